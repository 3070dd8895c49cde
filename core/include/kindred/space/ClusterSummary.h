#pragma once
// ClusterSummary: what each k-means cluster of a stored projection holds — its size, its media
// mix and the genres most common among its items — so a person can name the clusters.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kindred {

struct Projection;
class TasteSpace;

struct ClusterSummary {
    int cluster = 0;
    std::int64_t items = 0, users = 0; ///< rows of the projection in this cluster
    /// Domain name → items of that domain in the cluster, most first (domains with none left out).
    std::vector<std::pair<std::string, std::int64_t>> media;
    /// Genre name → share (0..1) of the cluster's items that have it, largest first, at most
    /// `topGenres` entries (ties by name).
    std::vector<std::pair<std::string, double>> topGenres;
};

/// One summary per cluster 0..k−1 of `projection` (empty when it has no clustering). Rows whose id
/// is not in `space` (the projection belongs to another model) are skipped. Projection ids are
/// project ids; the space maps them to its dense indexes.
std::vector<ClusterSummary> summarizeClusters(const TasteSpace& space, const Projection& projection,
                                              std::size_t topGenres = 5);

} // namespace kindred
