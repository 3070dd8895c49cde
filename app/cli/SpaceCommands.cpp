// kindred-cli embed | neighbours | export-projector: projections, exact neighbours and exports of a
// stored model's taste space.
#include "SpaceCommands.h"

#include "ExitCodes.h"
#include "TerminalText.h"
#include "kindred/recommend/ProjectLookup.h"
#include "kindred/space/ClusterSummary.h"
#include "kindred/space/Projection.h"
#include "kindred/space/ProjectorExport.h"
#include "kindred/space/SpaceNeighbours.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <cmath>
#include <iomanip>
#include <unordered_map>

namespace kindred::cli {

using Json = nlohmann::ordered_json;

struct SpaceCommands::Options {
    CLI::App* embed = nullptr;
    CLI::App* neighbours = nullptr;
    CLI::App* exportProjector = nullptr;
    std::string db;
    std::int64_t modelId = 0;
    // embed
    std::string method = "pca", entities = "items";
    int dimensions = 3, iterations = 1000, clusters = 8, umapNeighbours = 15, epochs = 0;
    double perplexity = 30, minDist = 0.1;
    std::uint64_t seed = 1;
    bool json = false, quiet = false, centreDomains = true;
    // neighbours
    std::string item, user, domain, domainFilter = "any";
    int k = 10;
    // export-projector
    std::string outFolder;
    std::int64_t projectionId = 0;

    int runEmbed() const;
    int runNeighbours() const;
    int runExport() const;
};

namespace {

int fail(const std::string& message, int code = kExitBadInput) {
    std::cerr << "kindred-cli: " << shown(message) << "\n";
    return code;
}

/// Opens the project (mode); prints the error itself.
std::unique_ptr<Project> openProject(const std::string& db, OpenMode mode) {
    // Full check also when reading: a damaged file is refused here, not halfway through the output.
    auto project = Project::open(db, mode, OpenCheck::Full);
    if (!project) {
        fail(project.status().message());
        return nullptr;
    }
    if (mode != OpenMode::ReadOnly && project.value()->isReadOnly()) {
        fail(db + ": the project is read-only (" + project.value()->readOnlyReason() + "); this command writes to it",
             kExitBadInput);
        return nullptr;
    }
    return std::move(project).value();
}

/// The model's taste space with every rating, or (people given) only those people's ratings;
/// prints the error itself.
std::shared_ptr<const TasteSpace> openSpace(const Project& project, std::int64_t modelId,
                                            const std::vector<std::int64_t>* people = nullptr,
                                            PeopleVectors vectors = PeopleVectors::Everyone) {
    auto space = people ? loadTasteSpaceFor(project, modelId, *people, vectors) : loadTasteSpace(project, modelId);
    if (!space) {
        fail(space.status().message());
        return nullptr;
    }
    return std::move(space).value();
}

/// The project (mode) and the model's taste space with every rating.
struct Loaded {
    std::unique_ptr<Project> project;
    std::shared_ptr<const TasteSpace> space;
};
std::optional<Loaded> load(const std::string& db, std::int64_t modelId, OpenMode mode) {
    auto project = openProject(db, mode);
    if (!project)
        return std::nullopt;
    auto space = openSpace(*project, modelId);
    if (!space)
        return std::nullopt;
    return Loaded{std::move(project), std::move(space)};
}

} // namespace

SpaceCommands::SpaceCommands(CLI::App& app)
    : m_options(std::make_unique<Options>()) {
    auto& o = *m_options;
    o.embed = app.add_subcommand("embed", "Project a model's items/users to 2D/3D (PCA, t-SNE or UMAP) with k-means clusters "
                                          "and store the projection in the project");
    o.embed->add_option("--db", o.db, "Project file")->required();
    o.embed->add_option("--model", o.modelId, "Model id (kindred-cli models)")->required();
    o.embed->add_option("--method", o.method, "pca|tsne|umap")->check(CLI::IsMember({"pca", "tsne", "umap"}));
    o.embed->add_option("--dims", o.dimensions, "2 or 3")->check(CLI::IsMember({2, 3}));
    o.embed->add_option("--entities", o.entities, "items|users|both")->check(CLI::IsMember({"items", "users", "both"}));
    o.embed->add_option("--perplexity", o.perplexity, "t-SNE perplexity")->check(CLI::Range(2.0, 500.0));
    o.embed->add_option("--iterations", o.iterations, "t-SNE iterations")->check(CLI::Range(50, 100000));
    o.embed->add_option("--neighbours", o.umapNeighbours, "UMAP n_neighbors (the point itself included)")
        ->check(CLI::Range(2, 500));
    o.embed->add_option("--min-dist", o.minDist, "UMAP min_dist")->check(CLI::Range(0.0, 3.0));
    o.embed->add_option("--epochs", o.epochs, "UMAP epochs (0: 500 up to 10,000 points, else 200)")
        ->check(CLI::Range(0, 100000));
    o.embed->add_option("--clusters", o.clusters, "k-means clusters (0: none)")->check(CLI::Range(0, 1000));
    o.embed->add_option("--seed", o.seed, "Seed of t-SNE, UMAP and k-means");
    o.embed->add_flag("--centre-media,!--raw-media", o.centreDomains,
                      "Remove each medium's offset first, so taste rather than medium places a point (default); "
                      "--raw-media projects the vectors as they are");
    o.embed->add_flag("--json", o.json, "Print JSON");
    o.embed->add_flag("-q,--quiet", o.quiet, "No progress on stderr");

    o.neighbours = app.add_subcommand("neighbours", "Nearest items to an item, users to a user, or items to a user (exact cosine over the model's vectors)");
    o.neighbours->add_option("--db", o.db, "Project file")->required();
    o.neighbours->add_option("--model", o.modelId, "Model id")->required();
    auto* item = o.neighbours->add_option("--item", o.item, "Item: external id, 'domain:id' or '#project id'");
    auto* user = o.neighbours->add_option("--user", o.user, "User: external id or 'namespace:id'");
    item->excludes(user);
    auto* domain = o.neighbours->add_option("--domain", o.domain, "Only items of this domain");
    o.neighbours
        ->add_option("--media", o.domainFilter,
                     "An item's neighbours from any medium, its own (same) or every other one (other)")
        ->check(CLI::IsMember({"any", "same", "other"}))
        ->excludes(domain)
        ->capture_default_str();
    o.neighbours->add_option("-k", o.k, "How many")->check(CLI::Range(1, 10000));
    o.neighbours->add_flag("--json", o.json, "Print JSON");

    o.exportProjector = app.add_subcommand(
        "export-projector", "Write vectors.tsv + metadata.tsv (TensorFlow Embedding Projector) and coordinates.csv");
    o.exportProjector->add_option("--db", o.db, "Project file")->required();
    o.exportProjector->add_option("--model", o.modelId, "Model id")->required();
    o.exportProjector->add_option("--out", o.outFolder, "Output folder")->required();
    o.exportProjector->add_option("--projection", o.projectionId,
                                  "Projection id for clusters and coordinates (default: the newest)");
}

SpaceCommands::~SpaceCommands() = default;

std::optional<int> SpaceCommands::run() const {
    if (*m_options->embed)
        return m_options->runEmbed();
    if (*m_options->neighbours)
        return m_options->runNeighbours();
    if (*m_options->exportProjector)
        return m_options->runExport();
    return std::nullopt;
}

int SpaceCommands::Options::runEmbed() const {
    auto loaded = load(db, modelId, OpenMode::OpenExisting);
    if (!loaded)
        return kExitBadInput;
    ProjectionRequest request;
    request.method = method;
    request.dimensions = dimensions;
    request.entities = entities == "users" ? ProjectedEntities::Users
                       : entities == "both" ? ProjectedEntities::Both
                                            : ProjectedEntities::Items;
    request.perplexity = perplexity;
    request.iterations = iterations;
    request.neighbours = umapNeighbours;
    request.minDist = minDist;
    request.epochs = epochs;
    request.clusters = clusters;
    request.centreDomains = centreDomains;
    request.seed = seed;
    ProgressToken progress([this](const ProgressEvent& e) {
        if (!quiet)
            std::cerr << "\r" << e.phase << " " << e.done << "/" << e.total << "   " << std::flush;
    });
    auto projection = computeProjection(*loaded->space, request, &progress);
    if (!quiet)
        std::cerr << "\n";
    if (!projection)
        return fail(projection.status().message());
    auto id = saveProjection(*loaded->project, projection.value());
    if (!id)
        return fail(id.status().message());
    const auto& p = projection.value();
    const auto summaries = summarizeClusters(*loaded->space, p);
    if (json) {
        Json out = {{"projection", id.value()}, {"model", modelId},      {"method", method},
                    {"dimensions", dimensions}, {"rows", p.rows()},       {"clusters", clusters},
                    {"centre_media", p.request.centreDomains},
                    {"explained_variance_ratio", p.explainedVarianceRatio}, {"kl_divergence", p.klDivergence}};
        if (method == "umap")
            out["umap"] = {{"neighbours", p.request.neighbours}, {"min_dist", p.request.minDist},
                           {"epochs", p.request.epochs}};
        Json clusterSummaries = Json::array();
        for (const ClusterSummary& c : summaries) {
            Json domains = Json::object(), genres = Json::array();
            for (const auto& [name, count] : c.domains)
                domains[name] = count;
            for (const auto& [name, share] : c.topGenres)
                genres.push_back({{"genre", name}, {"share", share}});
            clusterSummaries.push_back(
                {{"cluster", c.cluster}, {"label", c.label}, {"items", c.items}, {"users", c.users}, {"media", domains},
                 {"top_genres", genres}});
        }
        out["cluster_summaries"] = clusterSummaries;
        std::cout << jsonText(out) << "\n";
    } else {
        std::cout << "projection " << id.value() << ": " << method << " " << dimensions << "D of " << p.rows()
                  << " points" << (p.request.centreDomains ? " (each medium's offset removed)" : "");
        if (method == "pca") {
            std::cout << ", explained variance";
            for (const auto r : p.explainedVarianceRatio)
                std::cout << " " << std::fixed << std::setprecision(3) << r;
        } else if (method == "umap") {
            std::cout << ", " << p.request.neighbours << " neighbours, min-dist " << p.request.minDist << ", "
                      << p.request.epochs << " epochs";
        } else {
            std::cout << ", KL divergence " << std::fixed << std::setprecision(4) << p.klDivergence;
        }
        std::cout << "\n";
        for (const ClusterSummary& c : summaries) {
            std::cout << "  cluster " << std::setw(2) << c.cluster << " \"" << shown(c.label) << "\": " << c.items
                      << " items, " << c.users << " users;";
            for (const auto& [name, count] : c.domains)
                std::cout << " " << shown(name) << " " << count;
            if (!c.topGenres.empty())
                std::cout << "; genres";
            for (const auto& [name, share] : c.topGenres)
                std::cout << " " << shown(name) << " " << std::lround(100 * share) << "%";
            std::cout << "\n";
        }
    }
    return kExitOk;
}

namespace {

/// The k people most like `userId` (asked for as `asked`) by the model's vectors, as rows {user,
/// label, similarity}. The people's vectors stored with the model are searched directly while
/// they hold (no weight and no rating is read); otherwise the model's space places everyone again.
Result<Json> peopleLikePerson(const Project& project, std::int64_t modelId, std::int64_t userId,
                              const std::string& asked, std::size_t k) {
    std::vector<std::int64_t> ids;
    std::vector<Neighbour> hits;
    auto stored = readStoredPeople(project, modelId);
    if (!stored)
        return stored.status();
    if (stored.value()) {
        const StoredPeople& people = *stored.value();
        const auto at = std::lower_bound(people.userIds.begin(), people.userIds.end(), userId);
        if (at == people.userIds.end() || *at != userId)
            return Status::failure("user " + asked + " is not in the model's data");
        const auto row = std::size_t(at - people.userIds.begin()), d = std::size_t(people.dimension);
        const ExactCosineSearch search(people.vectors, d);
        hits = search.nearest(std::span(people.vectors).subspan(row * d, d), k, std::int64_t(row));
        ids = people.userIds;
    } else {
        const std::vector<std::int64_t> person{userId};
        auto loaded = loadTasteSpaceFor(project, modelId, person, PeopleVectors::Everyone);
        if (!loaded)
            return loaded.status();
        const auto space = std::move(loaded).value();
        const auto dense = space->data->denseUser(userId);
        if (dense < 0)
            return Status::failure("user " + asked + " is not in the model's data");
        auto neighbours = SpaceNeighbours::openExact(space, SpaceNeighbours::Indexes::Users);
        if (!neighbours)
            return neighbours.status();
        auto found = neighbours.value()->usersLikeUser(dense, k);
        if (!found)
            return found.status();
        hits = std::move(found).value();
        ids = space->data->userIds;
    }
    Json rows = Json::array();
    for (const Neighbour& n : hits) {
        const auto id = ids[std::size_t(n.index)];
        rows.push_back({{"user", id}, {"label", userLabel(project, id)}, {"similarity", n.similarity}});
    }
    return rows;
}

/// Items most like `itemId` (of `domain`, else by `domainFilter`), or nearest to person
/// `userId`'s vector within `domain` (either asked for as `asked`), as rows {item, external_id,
/// title, domain, genres, similarity}. Only the asked person's ratings are read (PeopleVectors::AskedOnly).
Result<Json> itemsNear(const Project& project, std::int64_t modelId, std::optional<std::int64_t> itemId,
                       std::optional<std::int64_t> userId, const std::string& asked, const std::string& domain,
                       const std::string& domainFilter, std::size_t k) {
    std::vector<std::int64_t> people;
    if (userId)
        people.push_back(*userId);
    auto loaded = loadTasteSpaceFor(project, modelId, people, PeopleVectors::AskedOnly);
    if (!loaded)
        return loaded.status();
    const auto space = std::move(loaded).value();
    const auto& data = *space->data;
    auto neighbours = SpaceNeighbours::openExact(space, SpaceNeighbours::Indexes::Items);
    if (!neighbours)
        return neighbours.status();
    int domainIndex = -1;
    if (!domain.empty() && (domainIndex = data.domainIndex(domain)) < 0)
        return Status::failure("no domain named '" + domain + "' among the model's domains");
    Result<std::vector<Neighbour>> hits = Status::failure("");
    if (itemId) {
        const auto dense = data.denseItem(*itemId);
        if (dense < 0)
            return Status::failure("item " + asked + " is not in the model's data");
        using DomainFilter = SpaceNeighbours::DomainFilter;
        hits = domainIndex >= 0 ? neighbours.value()->itemsLikeItem(dense, k, domainIndex)
                                : neighbours.value()->itemsLikeItem(dense, k,
                                                                    domainFilter == "same"    ? DomainFilter::Same
                                                                    : domainFilter == "other" ? DomainFilter::Other
                                                                                              : DomainFilter::Any);
    } else {
        const auto dense = data.denseUser(*userId);
        if (dense < 0)
            return Status::failure("user " + asked + " is not in the model's data");
        hits = neighbours.value()->itemsNearVector(space->userProfile(dense).vector, k, domainIndex);
    }
    if (!hits)
        return hits.status();
    std::vector<std::int64_t> itemIds;
    for (const auto& n : hits.value())
        itemIds.push_back(data.itemIds[std::size_t(n.index)]);
    const auto labels = itemLabels(project, itemIds);
    Json rows = Json::array();
    for (std::size_t r = 0; r < hits->size(); ++r) {
        const auto& n = hits.value()[r];
        rows.push_back({{"item", itemIds[r]},
                        {"external_id", labels[r].externalId},
                        {"title", labels[r].title},
                        {"domain", data.domains[std::size_t(data.itemDomain[std::size_t(n.index)])].name},
                        {"genres", data.genresText(n.index)},
                        {"similarity", n.similarity}});
    }
    return rows;
}

} // namespace

int SpaceCommands::Options::runNeighbours() const {
    if (item.empty() == user.empty())
        return fail("give --item or --user", kExitUsage);
    const auto project = openProject(db, OpenMode::ReadOnly);
    if (!project)
        return kExitBadInput;
    const auto subject = item.empty() ? findUserId(*project, user) : findItemId(*project, item);
    if (!subject)
        return fail(subject.status().message());
    // One query reads what it searches and nothing is built or stored: people's vectors for a
    // person's neighbours; the items' vectors and at most the asked person's ratings otherwise.
    const bool peopleResult = !user.empty() && domain.empty();
    Json out = Json::object();
    out[item.empty() ? "user" : "item"] = subject.value();
    const auto& asked = item.empty() ? user : item;
    const auto rows = peopleResult ? peopleLikePerson(*project, modelId, subject.value(), asked, std::size_t(k))
                                   : itemsNear(*project, modelId,
                                               item.empty() ? std::nullopt : std::optional(subject.value()),
                                               item.empty() ? std::optional(subject.value()) : std::nullopt, asked,
                                               domain, domainFilter, std::size_t(k));
    if (!rows)
        return fail(rows.status().message());
    out["neighbours"] = rows.value();
    if (json) {
        std::cout << jsonText(out) << "\n";
        return kExitOk;
    }
    for (const auto& row : out["neighbours"]) {
        std::cout << std::fixed << std::setprecision(3) << row["similarity"].get<double>() << "  ";
        if (peopleResult)
            std::cout << shown(row["label"].get<std::string>()) << "\n";
        else {
            // Untitled items (Douban, Amazon ids) by their id, as the app's lists show them.
            const auto title = row["title"].get<std::string>();
            std::cout << shown(title.empty() ? "#" + row["external_id"].get<std::string>() : title) << "  ["
                      << shown(row["domain"].get<std::string>()) << "] " << shown(row["genres"].get<std::string>())
                      << "\n";
        }
    }
    return kExitOk;
}

int SpaceCommands::Options::runExport() const {
    auto loaded = load(db, modelId, OpenMode::ReadOnly);
    if (!loaded)
        return kExitBadInput;
    const auto& space = *loaded->space;
    const auto& data = *space.data;
    auto projections = loadProjections(*loaded->project, modelId);
    if (!projections)
        return fail(projections.status().message());
    const Projection* projection = nullptr;
    for (const auto& p : projections.value())
        if (projectionId == 0 ? projection == nullptr : p.id == projectionId)
            projection = &p;
    if (projectionId != 0 && !projection)
        return fail("model " + std::to_string(modelId) + " has no projection " + std::to_string(projectionId));
    const std::filesystem::path folder(outFolder);
    auto exported = kindred::exportProjector(*loaded->project, space, projection, folder);
    if (!exported)
        return fail(exported.status().message());
    std::cout << "wrote " << data.itemCount() << " items to " << shown((folder / "vectors.tsv").string()) << " and "
              << shown((folder / "metadata.tsv").string())
              << (projection ? ", coordinates of projection " + std::to_string(projection->id) + " to " +
                                   shown((folder / "coordinates.csv").string())
                             : std::string(" (no projection: coordinates.csv has the header only)"))
              << "\n";
    return kExitOk;
}

} // namespace kindred::cli
