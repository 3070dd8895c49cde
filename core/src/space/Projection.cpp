#include "kindred/space/Projection.h"

#include "store/ProjectInternals.h"
#include "../common/ComputeThreads.h"
#include "../store/Sqlite.h"
#include "kindred/common/Time.h"
#include "kindred/embed/KMeans.h"
#include "kindred/embed/Pca.h"
#include "kindred/embed/Tsne.h"
#include "kindred/embed/Umap.h"
#include "kindred/space/ClusterSummary.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>
#include <optional>
#include <unordered_map>

namespace kindred {

namespace {

using Json = nlohmann::json;

const char* entityName(ProjectedEntities e) {
    return e == ProjectedEntities::Items ? "items" : e == ProjectedEntities::Users ? "users" : "both";
}

ProjectedEntities entityFromName(const std::string& name) {
    return name == "users" ? ProjectedEntities::Users : name == "both" ? ProjectedEntities::Both : ProjectedEntities::Items;
}

template <class T> void append(std::string& out, const std::vector<T>& values) {
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

template <class T> bool take(const std::string& in, std::size_t& at, std::size_t count, std::vector<T>& out) {
    if (count > (in.size() - at) / sizeof(T))
        return false;
    out.resize(count);
    std::memcpy(out.data(), in.data() + at, count * sizeof(T));
    at += count * sizeof(T);
    return true;
}

/// Cosine-normalised copy of a row.
std::vector<float> normalised(std::span<const float> v) {
    double norm = 0;
    for (const float x : v)
        norm += double(x) * x;
    norm = std::sqrt(std::max(norm, 1e-24));
    std::vector<float> out(v.begin(), v.end());
    for (auto& x : out)
        x = float(x / norm);
    return out;
}

} // namespace

DomainCentredVectors centreDomains(const TasteSpace& space) {
    const auto& data = *space.data;
    const auto d = std::size_t(space.dimension);
    const auto items = std::size_t(data.itemCount()), users = std::size_t(data.userCount());
    DomainCentredVectors out{space.itemVectors, space.userVectors, std::vector<float>(users * d, 0.0f)};
    if (data.domains.size() < 2)
        return out;
    // Items: minus their medium's mean.
    const auto domainCount = data.domains.size();
    std::vector<double> mean(domainCount * d, 0.0);
    std::vector<double> count(domainCount, 0.0);
    for (std::size_t i = 0; i < items; ++i) {
        const auto m = std::size_t(data.itemDomain[i]);
        count[m] += 1;
        for (std::size_t k = 0; k < d; ++k)
            mean[m * d + k] += space.itemVectors[i * d + k];
    }
    for (std::size_t i = 0; i < items; ++i) {
        const auto m = std::size_t(data.itemDomain[i]);
        for (std::size_t k = 0; k < d; ++k)
            out.items[i * d + k] = float(space.itemVectors[i * d + k] - mean[m * d + k] / count[m]);
    }
    // People: minus the mean of the people who rated the same set of media.
    std::map<std::vector<bool>, std::vector<std::size_t>> groups;
    for (std::size_t u = 0; u < users; ++u) {
        std::vector<bool> rated(domainCount, false);
        const auto [begin, end] = data.userRange(std::int32_t(u));
        for (auto x = begin; x < end; ++x)
            rated[std::size_t(data.itemDomain[std::size_t(data.interactions[x].item)])] = true;
        groups[rated].push_back(u);
    }
    for (const auto& [rated, members] : groups) {
        std::vector<double> offset(d, 0.0);
        for (const auto u : members)
            for (std::size_t k = 0; k < d; ++k)
                offset[k] += space.userVectors[u * d + k];
        for (const auto u : members)
            for (std::size_t k = 0; k < d; ++k) {
                out.userOffsets[u * d + k] = float(offset[k] / double(members.size()));
                out.users[u * d + k] -= out.userOffsets[u * d + k];
            }
    }
    return out;
}

Result<Projection> computeProjection(const TasteSpace& space, const ProjectionRequest& request,
                                     ProgressToken* progress) {
    const detail::AllCoresScope cores; // t-SNE, UMAP, k-means and FAISS use every core
    if (request.method != "pca" && request.method != "tsne" && request.method != "umap")
        return Status::failure("unknown projection method '" + request.method + "' (use pca, tsne or umap)");
    if (request.dimensions != 2 && request.dimensions != 3)
        return Status::failure("projections have 2 or 3 dimensions");
    if (!space.data->ratingsComplete) // centring groups people by every domain they rated in
        return Status::failure("a projection needs the space with every rating (loadTasteSpace)");
    Projection out;
    out.modelId = space.modelId;
    out.request = request;
    out.createdAt = isoNowUtc();
    const auto d = std::size_t(space.dimension);
    std::vector<float> vectors;
    out.request.centreDomains = request.centreDomains && space.data->domains.size() > 1; // what ran
    // The space's vectors as they are, or centred (a copy only then).
    std::optional<DomainCentredVectors> centred;
    if (out.request.centreDomains)
        centred = centreDomains(space);
    const std::vector<float>& itemVectors = centred ? centred->items : space.itemVectors;
    const std::vector<float>& userVectors = centred ? centred->users : space.userVectors;
    if (request.entities != ProjectedEntities::Users) {
        vectors.insert(vectors.end(), itemVectors.begin(), itemVectors.end());
        out.ids.insert(out.ids.end(), space.data->itemIds.begin(), space.data->itemIds.end());
        out.isUser.resize(out.ids.size(), 0);
    }
    if (request.entities != ProjectedEntities::Items) {
        vectors.insert(vectors.end(), userVectors.begin(), userVectors.end());
        out.ids.insert(out.ids.end(), space.data->userIds.begin(), space.data->userIds.end());
        out.isUser.resize(out.ids.size(), 1);
    }
    const auto rows = out.ids.size();
    if (rows < 2)
        return Status::failure("a projection needs at least two points");
    if (request.method == "pca") {
        auto pca = computePca(vectors, rows, d, std::size_t(request.dimensions));
        if (!pca)
            return pca.status();
        out.coordinates = std::move(pca->coordinates);
        out.explainedVarianceRatio = pca->explainedVarianceRatio;
        out.pcaAxes = std::move(pca->axes);
        out.pcaMean = std::move(pca->mean);
    } else if (request.method == "umap") {
        UmapOptions options;
        options.dimensions = request.dimensions;
        options.neighbours = request.neighbours;
        options.minDist = request.minDist;
        options.epochs = request.epochs;
        options.seed = request.seed;
        options.progress = progress;
        auto umap = runUmap(vectors, rows, d, options);
        if (!umap)
            return umap.status();
        out.coordinates = std::move(umap->coordinates);
        out.request.epochs = umap->epochs; // the stored request says what ran, not "automatic"
    } else {
        TsneOptions options;
        options.dimensions = request.dimensions;
        options.perplexity = request.perplexity;
        options.iterations = request.iterations;
        options.seed = request.seed;
        options.progress = progress;
        auto tsne = runTsne(vectors, rows, d, options);
        if (!tsne)
            return tsne.status();
        out.coordinates = std::move(tsne->coordinates);
        out.klDivergence = tsne->klDivergence;
    }
    out.cluster.assign(rows, -1);
    if (request.clusters > 0) {
        KMeansOptions options;
        options.clusters = std::min<std::size_t>(std::size_t(request.clusters), rows);
        options.seed = request.seed;
        options.progress = progress;
        auto clusters = kMeans(vectors, rows, d, options);
        if (!clusters)
            return clusters.status();
        out.cluster = std::move(clusters->assignments);
        out.clusterLabels = clusterLabels(*space.data, out);
    }
    return out;
}

double estimatedProjectionSeconds(const ProjectionRequest& request, std::size_t points, int dimension) {
    // Seconds on 2 cores of the development machine for n points of d numbers:
    //   PCA      kPca · n · d
    //   t-SNE    kTsne · n^1.26 · iterations / 1000   (n^1.26: 10 k → 60 k points took 9.6×)
    //   UMAP     kUmap · n^1.15 · epochs / 200        (epochs automatic: 500 up to 10 k points)
    // plus, for the last two, the exact neighbour search they start with, kNeighbours · n² · d.
    // Fitted to: `kindred-cli embed` on Douban's twin space (12,344 items × 256: t-SNE 20.3 s,
    // UMAP 2.5 s, the model's loading taken off), umap_bench (10,000 × 64, 500 epochs: 2.7 s;
    // 60,000 × 64: 14.4 s) and pca_bench (100,000 × 64: 0.06 s). Synthetic clustered data
    // embeds faster than real spaces (t-SNE 60,000 × 64: 75.7 s, estimated 144 s).
    constexpr double kPca = 1.0e-8, kTsne = 1.33e-4, kUmap = 2.5e-5, kNeighbours = 3.2e-11;
    const double n = double(points), d = double(std::max(1, dimension));
    double seconds = 0;
    if (request.method == "tsne") {
        seconds = kTsne * std::pow(n, 1.26) * double(request.iterations) / 1000 + kNeighbours * n * n * d;
    } else if (request.method == "umap") {
        const int epochs = request.epochs > 0 ? request.epochs : (points <= 10000 ? 500 : 200);
        seconds = kUmap * std::pow(n, 1.15) * double(epochs) / 200 + kNeighbours * n * n * d;
    } else {
        seconds = kPca * n * d;
    }
    return seconds * 2.0 / double(detail::computeCores());
}

Result<std::int64_t> saveProjection(Project& project, const Projection& p) {
    const auto rows = p.rows();
    if (p.isUser.size() != rows || p.cluster.size() != rows ||
        p.coordinates.size() != rows * std::size_t(p.request.dimensions))
        return Status::failure("the projection's arrays do not match its row count");
    Json parameters = {{"method", p.request.method},         {"dimensions", p.request.dimensions},
                       {"entities", entityName(p.request.entities)}, {"perplexity", p.request.perplexity},
                       {"iterations", p.request.iterations}, {"clusters", p.request.clusters},
                       {"neighbours", p.request.neighbours}, {"min_dist", p.request.minDist},
                       {"epochs", p.request.epochs},
                       {"seed", p.request.seed},             {"rows", rows},
                       {"centre_media", p.request.centreDomains},
                       {"explained_variance_ratio", p.explainedVarianceRatio},
                       {"kl_divergence", p.klDivergence},    {"pca_axes", p.pcaAxes},
                       {"pca_mean", p.pcaMean},              {"cluster_labels", p.clusterLabels}};
    // Blob layout: ids i64[rows], isUser u8[rows], coordinates f32[rows × dims], cluster i32[rows].
    std::string blob;
    append(blob, p.ids);
    append(blob, p.isUser);
    append(blob, p.coordinates);
    append(blob, p.cluster);
    try {
        sql::Statement insert(rawHandle(project), "INSERT INTO projections(model_id, method, parameters_json, created_at, "
                                                "coordinates) VALUES(?,?,?,?,?)");
        insert.bind(1, p.modelId).bind(2, p.request.method).bind(3, parameters.dump());
        insert.bind(4, p.createdAt.empty() ? isoNowUtc() : p.createdAt).bindBlob(5, blob);
        insert.run();
        return std::int64_t(sqlite3_last_insert_rowid(rawHandle(project)));
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": saving the projection failed: " + error.what());
    }
}

Status renameCluster(Project& project, std::int64_t projectionId, int cluster, const std::string& name) {
    if (project.isReadOnly())
        return Status::failure(project.path().string() + " is open read-only; cannot rename a cluster");
    if (name.empty())
        return Status::failure("a cluster's name cannot be empty");
    try {
        sql::Statement select(rawHandle(project), "SELECT parameters_json FROM projections WHERE id = ?");
        select.bind(1, projectionId);
        if (!select.step())
            return Status::failure("no projection with id " + std::to_string(projectionId));
        auto parameters = Json::parse(select.text(0));
        auto labels = parameters.value("cluster_labels", std::vector<std::string>{});
        const int clusters = parameters.value("clusters", 0);
        if (cluster < 0 || cluster >= clusters)
            return Status::failure("projection " + std::to_string(projectionId) + " has no cluster " +
                                   std::to_string(cluster + 1));
        labels.resize(std::max(labels.size(), std::size_t(cluster) + 1));
        labels[std::size_t(cluster)] = name;
        parameters["cluster_labels"] = labels;
        sql::Statement update(rawHandle(project), "UPDATE projections SET parameters_json = ? WHERE id = ?");
        update.bind(1, parameters.dump()).bind(2, projectionId);
        update.run();
        return Status::success();
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": renaming the cluster failed: " + error.what());
    }
}

Result<std::vector<Projection>> loadProjections(const Project& project, std::int64_t modelId) {
    std::vector<Projection> out;
    try {
        sql::Statement select(rawHandle(project), "SELECT id, parameters_json, created_at, coordinates FROM projections "
                                                "WHERE model_id = ? ORDER BY id DESC");
        select.bind(1, modelId);
        while (select.step()) {
            Projection p;
            p.id = select.int64(0);
            p.modelId = modelId;
            p.createdAt = select.text(2);
            const auto parameters = Json::parse(select.text(1));
            p.request.method = parameters.value("method", "pca");
            p.request.dimensions = parameters.value("dimensions", 3);
            p.request.entities = entityFromName(parameters.value("entities", "items"));
            p.request.perplexity = parameters.value("perplexity", 30.0);
            p.request.iterations = parameters.value("iterations", 1000);
            p.request.clusters = parameters.value("clusters", 0);
            p.request.neighbours = parameters.value("neighbours", 15);
            p.request.minDist = parameters.value("min_dist", 0.1);
            p.request.epochs = parameters.value("epochs", 0);
            p.request.seed = parameters.value("seed", std::uint64_t(1));
            p.request.centreDomains = parameters.value("centre_media", false); // projections stored before it: raw
            p.explainedVarianceRatio = parameters.value("explained_variance_ratio", std::vector<double>{});
            p.klDivergence = parameters.value("kl_divergence", 0.0);
            p.pcaAxes = parameters.value("pca_axes", std::vector<float>{});
            p.pcaMean = parameters.value("pca_mean", std::vector<float>{});
            p.clusterLabels = parameters.value("cluster_labels", std::vector<std::string>{});
            const auto rows = parameters.value("rows", std::size_t(0));
            const auto blob = select.blob(3);
            std::size_t at = 0;
            if (p.request.dimensions < 2 || p.request.dimensions > 3 || !take(blob, at, rows, p.ids) ||
                !take(blob, at, rows, p.isUser) ||
                !take(blob, at, rows * std::size_t(p.request.dimensions), p.coordinates) ||
                !take(blob, at, rows, p.cluster) || at != blob.size())
                return Status::failure(project.path().string() + ": projection " + std::to_string(p.id) +
                                       " is damaged (its sizes do not add up)");
            out.push_back(std::move(p));
        }
        return out;
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": reading projections failed: " + error.what());
    }
}

Result<std::vector<float>> tasteTrajectory(const TasteSpace& space, const Projection& projection,
                                           std::int32_t user, int steps) {
    if (user < 0 || user >= space.data->userCount())
        return Status::failure("no such user in the model's data");
    const auto history = space.history(user); // oldest first
    if (history.empty())
        return Status::failure("the user has no ratings");
    steps = std::clamp(steps, 1, int(history.size()));
    const auto dims = std::size_t(projection.request.dimensions);
    const auto d = std::size_t(space.dimension);
    const bool pca = projection.request.method == "pca" && projection.pcaAxes.size() == dims * d &&
                     projection.pcaMean.size() == d;
    // In a media-centred projection: items centred, the person minus their group's offset.
    std::optional<DomainCentredVectors> centred;
    if (projection.request.centreDomains)
        centred = centreDomains(space);
    const std::vector<float>& itemVectors = centred ? centred->items : space.itemVectors;
    const std::vector<float> noOffset(centred ? 0 : d, 0.0f);
    const std::span<const float> offset =
        centred ? std::span<const float>(centred->userOffsets.data() + std::size_t(user) * d, d) : std::span(noOffset);
    // Item rows of the projection, for the t-SNE placement.
    std::vector<std::size_t> itemRow(std::size_t(space.data->itemCount()), SIZE_MAX);
    if (!pca) {
        std::unordered_map<std::int64_t, std::int32_t> denseItem;
        for (std::int32_t i = 0; i < space.data->itemCount(); ++i)
            denseItem.emplace(space.data->itemIds[std::size_t(i)], i);
        for (std::size_t r = 0; r < projection.rows(); ++r)
            if (!projection.isUser[r])
                if (const auto it = denseItem.find(projection.ids[r]); it != denseItem.end())
                    itemRow[std::size_t(it->second)] = r;
    }
    std::vector<float> out;
    for (int s = 1; s <= steps; ++s) {
        const auto length = std::max<std::size_t>(1, history.size() * std::size_t(s) / std::size_t(steps));
        const auto profile = space.encoder(user, std::span(history.data(), length));
        if (pca) {
            for (std::size_t a = 0; a < dims; ++a) {
                double x = 0;
                for (std::size_t k = 0; k < d; ++k)
                    x += (double(profile.vector[k]) - offset[k] - projection.pcaMean[k]) * projection.pcaAxes[a * d + k];
                out.push_back(float(x));
            }
            continue;
        }
        std::vector<float> placed(profile.vector);
        for (std::size_t k = 0; k < d; ++k)
            placed[k] -= offset[k];
        const auto query = normalised(placed);
        std::vector<std::pair<float, std::size_t>> best; // (similarity, projection row)
        for (std::int32_t i = 0; i < space.data->itemCount(); ++i) {
            if (itemRow[std::size_t(i)] == SIZE_MAX)
                continue;
            const auto v = normalised(std::span<const float>(itemVectors.data() + std::size_t(i) * d, d));
            const float similarity = std::inner_product(v.begin(), v.end(), query.begin(), 0.0f);
            best.emplace_back(similarity, itemRow[std::size_t(i)]);
        }
        if (best.empty())
            return Status::failure("the projection has no items to place the trajectory by");
        const auto keep = std::min<std::size_t>(5, best.size());
        std::partial_sort(best.begin(), best.begin() + std::ptrdiff_t(keep), best.end(),
                          [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<double> position(dims, 0);
        double total = 0;
        for (std::size_t k = 0; k < keep; ++k) {
            const double w = std::max(1e-3, double(best[k].first));
            total += w;
            for (std::size_t a = 0; a < dims; ++a)
                position[a] += w * projection.coordinates[best[k].second * dims + a];
        }
        for (std::size_t a = 0; a < dims; ++a)
            out.push_back(float(position[a] / total));
    }
    return out;
}

} // namespace kindred
