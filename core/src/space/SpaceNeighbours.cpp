#include "kindred/space/SpaceNeighbours.h"

#include "kindred/common/Fnv1a.h"
#include "kindred/index/NeighbourIndex.h"
#include "kindred/space/TasteSpace.h"

#include <limits>
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
                                                bool* rebuilt, const NeighbourIndexOptions& options) {
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
    auto built = NeighbourIndex::build(vectors, rows, std::size_t(dimension), options, wanted);
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

SpaceNeighbours::SpaceNeighbours(std::shared_ptr<const TasteSpace> space, std::unique_ptr<NeighbourIndex> items,
                                 std::unique_ptr<NeighbourIndex> users)
    : m_space(std::move(space)), m_items(std::move(items)), m_users(std::move(users)) {}

SpaceNeighbours::~SpaceNeighbours() = default;

std::filesystem::path SpaceNeighbours::folderFor(const std::filesystem::path& projectFile) {
    return projectFile.string() + ".indexes";
}

Result<std::unique_ptr<SpaceNeighbours>> SpaceNeighbours::openExact(std::shared_ptr<const TasteSpace> space,
                                                                    Indexes which) {
    NeighbourIndexOptions exact;
    exact.exactThreshold = std::numeric_limits<std::size_t>::max();
    return openWith(std::move(space), {}, nullptr, which, exact);
}

Result<std::unique_ptr<SpaceNeighbours>> SpaceNeighbours::open(std::shared_ptr<const TasteSpace> space,
                                                               const std::filesystem::path& folder, bool* rebuilt,
                                                               Indexes which) {
    return openWith(std::move(space), folder, rebuilt, which, {});
}

Result<std::unique_ptr<SpaceNeighbours>> SpaceNeighbours::openWith(std::shared_ptr<const TasteSpace> space,
                                                                   const std::filesystem::path& folder, bool* rebuilt,
                                                                   Indexes which, const NeighbourIndexOptions& options) {
    if (rebuilt)
        *rebuilt = false;
    if ((unsigned(which) & unsigned(Indexes::Users)) && !space->everyonePlaced)
        return Status::failure("people's neighbours need everyone's vectors: this space placed only the people it "
                               "was asked about (PeopleVectors::AskedOnly)");
    const auto stem = "model-" + std::to_string(space->modelId);
    // One index when `which` asks for it: null otherwise.
    auto openPart = [&](Indexes part, const std::vector<float>& vectors, std::int32_t rows,
                        const char* suffix) -> Result<std::unique_ptr<NeighbourIndex>> {
        if (!(unsigned(which) & unsigned(part)))
            return std::unique_ptr<NeighbourIndex>();
        return openOne(vectors, std::size_t(rows), space->dimension, space->modelId,
                       folder.empty() ? folder : folder / (stem + suffix), rebuilt, options);
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

Status SpaceNeighbours::requireIndex(const NeighbourIndex* index, const char* which) const {
    return index ? Status::success()
                 : Status::failure(std::string("the ") + which + " neighbour index was not opened (SpaceNeighbours::open)");
}

Result<std::vector<Neighbour>> SpaceNeighbours::itemsLikeItem(std::int32_t item, std::size_t k, int domain) const {
    if (item < 0 || item >= m_space->data->itemCount())
        return Status::failure("no such item in the model's data");
    if (auto ready = requireIndex(m_items.get(), "items'"); !ready)
        return ready;
    const auto v = m_space->itemVector(item);
    auto hits = m_items->search(v, 1, k + 1, domain < 0 ? NeighbourFilter() : [this, domain](std::int64_t id) {
        return m_space->data->itemDomain[std::size_t(id)] == domain;
    });
    if (!hits)
        return hits.status();
    return toNeighbours(hits.value(), item, k);
}

Result<std::vector<Neighbour>> SpaceNeighbours::itemsLikeItem(std::int32_t item, std::size_t k, DomainFilter filter) const {
    if (item < 0 || item >= m_space->data->itemCount())
        return Status::failure("no such item in the model's data");
    if (filter == DomainFilter::Any)
        return itemsLikeItem(item, k, -1);
    if (filter == DomainFilter::Same)
        return itemsLikeItem(item, k, m_space->data->itemDomain[std::size_t(item)]);
    if (auto ready = requireIndex(m_items.get(), "items'"); !ready)
        return ready;
    const int own = m_space->data->itemDomain[std::size_t(item)];
    auto hits = m_items->search(m_space->itemVector(item), 1, k + 1, [this, own](std::int64_t id) {
        return m_space->data->itemDomain[std::size_t(id)] != own;
    });
    if (!hits)
        return hits.status();
    return toNeighbours(hits.value(), item, k);
}

Result<std::vector<Neighbour>> SpaceNeighbours::usersLikeUser(std::int32_t user, std::size_t k) const {
    if (user < 0 || user >= m_space->data->userCount())
        return Status::failure("no such user in the model's data");
    if (auto ready = requireIndex(m_users.get(), "users'"); !ready)
        return ready;
    auto hits = m_users->search(m_space->userVector(user), 1, k + 1);
    if (!hits)
        return hits.status();
    return toNeighbours(hits.value(), user, k);
}

Result<std::vector<Neighbour>> SpaceNeighbours::itemsNearVector(const std::vector<float>& userVector, std::size_t k,
                                                                int domain) const {
    if (userVector.size() != std::size_t(m_space->dimension))
        return Status::failure("the vector's size differs from the space's dimension");
    if (auto ready = requireIndex(m_items.get(), "items'"); !ready)
        return ready;
    auto hits = m_items->search(userVector, 1, k, domain < 0 ? NeighbourFilter() : [this, domain](std::int64_t id) {
        return m_space->data->itemDomain[std::size_t(id)] == domain;
    });
    if (!hits)
        return hits.status();
    return toNeighbours(hits.value(), -1, k);
}

} // namespace kindred
