#pragma once
// Projections of a TasteSpace for the 3D explorer and the CLI: PCA, t-SNE or UMAP coordinates of its
// items and/or users, with k-means clusters (computed on the full vectors), stored in the project
// (table projections) so the GUI opens them instantly.
//
// Rows: items first (dense item order), then users when `entities` includes them. A row's id is
// the project item id or user id. Threading: computeProjection runs on the calling thread (a
// worker); it reports progress and stops on cancel through `progress`.

#include "kindred/common/Progress.h"
#include "kindred/common/Status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

class Project;
class TasteSpace;

enum class ProjectedEntities : std::uint8_t { Items = 0, Users = 1, Both = 2 };

struct ProjectionRequest {
    std::string method = "pca";  ///< "pca" | "tsne" | "umap"
    int dimensions = 3;          ///< 2 or 3
    ProjectedEntities entities = ProjectedEntities::Items;
    double perplexity = 30;      ///< t-SNE
    int iterations = 1000;       ///< t-SNE
    int neighbours = 15;         ///< UMAP: n_neighbors (the point itself included)
    double minDist = 0.1;        ///< UMAP: min_dist
    int epochs = 0;              ///< UMAP: SGD epochs; 0 = automatic (500 up to 10,000 rows, else 200)
    int clusters = 8;            ///< k-means k; 0 = no clustering
    /// Each medium's offset removed before projecting (centreDomains below), so taste rather than
    /// medium decides where a point lands. Without effect when the data has one medium.
    bool centreDomains = true;
    std::uint64_t seed = 1;
};

/// The space's vectors with each medium's offset removed: an item minus the mean vector of its
/// medium's items; a person minus the mean vector of the people who rated the same media (the
/// same set of media). Row-major, dense order. Both are the space's vectors unchanged when the
/// data has one medium.
struct DomainCentredVectors {
    std::vector<float> items; ///< [itemCount × dimension]
    std::vector<float> users; ///< [userCount × dimension]
    std::vector<float> userOffsets; ///< [userCount × dimension] what was subtracted from each person
};
DomainCentredVectors centreDomains(const TasteSpace& space);

struct Projection {
    std::int64_t id = 0;         ///< set when stored / loaded
    std::int64_t modelId = 0;
    ProjectionRequest request;
    std::string createdAt;       ///< ISO 8601 UTC
    std::vector<std::uint8_t> isUser; ///< [rows] 0 = item, 1 = user
    std::vector<std::int64_t> ids;    ///< [rows] project item or user id
    std::vector<float> coordinates;   ///< row-major [rows × dimensions]
    std::vector<std::int32_t> cluster;///< [rows], -1 without clustering
    /// One name per cluster: clusterLabels (ClusterSummary.h) when computed, or as the person
    /// renamed it (renameCluster); empty for projections stored before labels existed.
    std::vector<std::string> clusterLabels;
    std::vector<double> explainedVarianceRatio; ///< PCA: per axis
    double klDivergence = 0;          ///< t-SNE: final KL(P‖Q)
    /// PCA only: the axes and mean, so later vectors (taste trajectories) land in the same view.
    std::vector<float> pcaAxes, pcaMean;

    std::size_t rows() const { return ids.size(); }
};

/// Computes a projection of `space` (rows and parameters above). Fails with a message on bad
/// parameters, an empty selection or cancel.
Result<Projection> computeProjection(const TasteSpace& space, const ProjectionRequest& request,
                                     ProgressToken* progress = nullptr);
/// About how long computeProjection takes for `request` on `points` vectors of `dimension` numbers,
/// in seconds, with the threads projections use (every core, or $KINDRED_THREADS): each method's
/// cost model fitted to runs on the 2-core development machine (bench/pca_bench, tsne_bench,
/// umap_bench; see the definition) and scaled by thread count. To show before a job starts; not a
/// promise.
double estimatedProjectionSeconds(const ProjectionRequest& request, std::size_t points, int dimension);

/// Stores a projection of model `projection.modelId`; returns its id.
Result<std::int64_t> saveProjection(Project& project, const Projection& projection);
/// Renames cluster `cluster` of stored projection `projectionId` (the name is kept as given, shown
/// as text). Fails on an unknown projection or cluster, an empty name or a read-only project.
Status renameCluster(Project& project, std::int64_t projectionId, int cluster, const std::string& name);
/// Stored projections of a model (coordinates included), newest first.
Result<std::vector<Projection>> loadProjections(const Project& project, std::int64_t modelId);

/// A user's taste trajectory: their profile recomputed by the space's encoder from growing
/// prefixes of their time-ordered history (`steps` prefixes, evenly spaced, the last = all; in a
/// media-centred projection each minus the person's offset),
/// placed into the projection — PCA exactly through its axes; t-SNE at the similarity-weighted
/// mean position of the 5 items nearest (cosine) to each profile. Returns [steps × dimensions].
Result<std::vector<float>> tasteTrajectory(const TasteSpace& space, const Projection& projection,
                                           std::int32_t user, int steps = 8);

} // namespace kindred
