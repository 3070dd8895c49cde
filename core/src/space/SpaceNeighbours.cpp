#include "kindred/space/SpaceNeighbours.h"

#include "kindred/common/Fnv1a.h"
#include "kindred/index/NeighbourIndex.h"
#include "kindred/space/TasteSpace.h"

#include <system_error>

namespace kindred {

namespace {

/// FNV-1a over the vectors' bytes and the model id: a stored index is reused only when equal.
std::uint64_t fingerprint(std::int64_t modelId, const std::vector<float>& vectors) {
    // The basis is a digit short of FNV's; kept, since stored indexes carry this fingerprint.
    return fnv1aBytes(vectors.data(), vectors.size() * sizeof(float), 1469598103934665603ull ^ std::uint64_t(modelId));
}

Result<std::unique_ptr<NeighbourIndex>> openOne(const std::vector<float>& vectors, std::size_t rows, int dimension,
                                                std::int64_t modelId, const std::filesystem::path& file,
                                                bool* rebuilt) {
    // The fingerprint tells a stored index from a stale one: an index that is never stored needs
    // none (hashing 166 MB of people's vectors took a tenth of a one-off query).
    const auto wanted = file.empty() ? 0 : fingerprint(modelId, vectors);
    if (!file.empty()) {
        auto loaded = NeighbourIndex::load(file);
        if (loaded && loaded.value()->modelFingerprint() == wanted && loaded.value()->size() == rows)
            return loaded;
    }
    if (rebuilt)
        *rebuilt = true;
    auto built = NeighbourIndex::build(vectors, rows, std::size_t(dimension), {}, wanted);
    if (!built)
        return built.status();
    if (!file.empty()) {
        std::error_code error;
        std::filesystem::create_directories(file.parent_path(), error);
        if (auto saved = built.value()->save(file); !saved)
            return saved; // a read-only folder is reported, not ignored
    }
    return built;
}

std::vector<Neighbour> toNeighbours(const NeighbourHits& hits, std::int64_t exclude, std::size_t k) {
    std::vector<Neighbour> out;
    for (std::size_t j = 0; j < hits.ids.size() && out.size() < k; ++j)
        if (hits.ids[j] >= 0 && hits.ids[j] != exclude)
            out.push_back({std::int32_t(hits.ids[j]), hits.scores[j]});
    return out;
}

} // namespace

SpaceNeighbours::SpaceNeighbours(std::shared_ptr<const TasteSpace> space, Searcher items, Searcher users)
    : m_space(std::move(space)), m_items(std::move(items)), m_users(std::move(users)) {}

SpaceNeighbours::~SpaceNeighbours() = default;

std::filesystem::path SpaceNeighbours::folderFor(const std::filesystem::path& projectFile) {
    return projectFile.string() + ".indexes";
}

Result<std::unique_ptr<SpaceNeighbours>> SpaceNeighbours::openExact(std::shared_ptr<const TasteSpace> space,
                                                                    Indexes which) {
    if (auto usable = checkSpace(*space, which); !usable)
        return usable;
    const auto exact = [&](Indexes part, const std::vector<float>& vectors) {
        Searcher searcher;
        if (unsigned(which) & unsigned(part))
            searcher.exact = std::make_unique<ExactCosineSearch>(vectors, std::size_t(space->dimension));
        return searcher;
    };
    auto items = exact(Indexes::Items, space->itemVectors);
    auto users = exact(Indexes::Users, space->userVectors);
    return std::unique_ptr<SpaceNeighbours>(new SpaceNeighbours(std::move(space), std::move(items), std::move(users)));
}

Result<std::unique_ptr<SpaceNeighbours>> SpaceNeighbours::open(std::shared_ptr<const TasteSpace> space,
                                                               const std::filesystem::path& folder, bool* rebuilt,
                                                               Indexes which) {
    if (rebuilt)
        *rebuilt = false;
    if (auto usable = checkSpace(*space, which); !usable)
        return usable;
    const auto stem = "model-" + std::to_string(space->modelId);
    // One index when `which` asks for it: none otherwise.
    auto openPart = [&](Indexes part, const std::vector<float>& vectors, std::int32_t rows,
                        const char* suffix) -> Result<Searcher> {
        Searcher searcher;
        if (!(unsigned(which) & unsigned(part)))
            return searcher;
        auto index = openOne(vectors, std::size_t(rows), space->dimension, space->modelId,
                             folder.empty() ? folder : folder / (stem + suffix), rebuilt);
        if (!index)
            return index.status();
        searcher.index = std::move(index).value();
        return searcher;
    };
    auto items = openPart(Indexes::Items, space->itemVectors, space->data->itemCount(), "-items.faiss");
    if (!items)
        return items.status();
    auto users = openPart(Indexes::Users, space->userVectors, space->data->userCount(), "-users.faiss");
    if (!users)
        return users.status();
    return std::unique_ptr<SpaceNeighbours>(
        new SpaceNeighbours(std::move(space), std::move(items).value(), std::move(users).value()));
}

Status SpaceNeighbours::checkSpace(const TasteSpace& space, Indexes which) {
    if ((unsigned(which) & unsigned(Indexes::Users)) && !space.everyonePlaced)
        return Status::failure("people's neighbours need everyone's vectors: this space placed only the people it "
                               "was asked about (PeopleVectors::AskedOnly)");
    return Status::success();
}

Result<std::vector<Neighbour>> SpaceNeighbours::search(const Searcher& searcher, const char* which,
                                                       std::span<const float> query, std::size_t k,
                                                       std::int64_t exclude, const RowFilter& keep) const {
    if (searcher.exact)
        return searcher.exact->nearest(query, k, exclude, keep);
    if (!searcher.index)
        return Status::failure(std::string("the ") + which + " neighbour index was not opened (SpaceNeighbours::open)");
    // One more than asked: the excluded row may be among the hits.
    auto hits = searcher.index->search(query, 1, exclude >= 0 ? k + 1 : k,
                                       keep ? NeighbourFilter([&keep](std::int64_t id) { return keep(std::int32_t(id)); })
                                            : NeighbourFilter());
    if (!hits)
        return hits.status();
    return toNeighbours(hits.value(), exclude, k);
}

Result<std::vector<Neighbour>> SpaceNeighbours::itemsLikeItem(std::int32_t item, std::size_t k, int domain) const {
    if (item < 0 || item >= m_space->data->itemCount())
        return Status::failure("no such item in the model's data");
    const auto& domains = m_space->data->itemDomain;
    return search(m_items, "items'", m_space->itemVector(item), k, item,
                  domain < 0 ? RowFilter() : [&domains, domain](std::int32_t id) { return domains[std::size_t(id)] == domain; });
}

Result<std::vector<Neighbour>> SpaceNeighbours::itemsLikeItem(std::int32_t item, std::size_t k, DomainFilter filter) const {
    if (item < 0 || item >= m_space->data->itemCount())
        return Status::failure("no such item in the model's data");
    if (filter == DomainFilter::Any)
        return itemsLikeItem(item, k, -1);
    if (filter == DomainFilter::Same)
        return itemsLikeItem(item, k, m_space->data->itemDomain[std::size_t(item)]);
    const auto& domains = m_space->data->itemDomain;
    const int own = domains[std::size_t(item)];
    return search(m_items, "items'", m_space->itemVector(item), k, item,
                  [&domains, own](std::int32_t id) { return domains[std::size_t(id)] != own; });
}

Result<std::vector<Neighbour>> SpaceNeighbours::usersLikeUser(std::int32_t user, std::size_t k) const {
    if (user < 0 || user >= m_space->data->userCount())
        return Status::failure("no such user in the model's data");
    return search(m_users, "users'", m_space->userVector(user), k, user, {});
}

Result<std::vector<Neighbour>> SpaceNeighbours::itemsNearVector(const std::vector<float>& userVector, std::size_t k,
                                                                int domain) const {
    if (userVector.size() != std::size_t(m_space->dimension))
        return Status::failure("the vector's size differs from the space's dimension");
    const auto& domains = m_space->data->itemDomain;
    return search(m_items, "items'", userVector, k, -1,
                  domain < 0 ? RowFilter() : [&domains, domain](std::int32_t id) { return domains[std::size_t(id)] == domain; });
}

} // namespace kindred
