#pragma once
// ClusterSummary: what each k-means cluster of a stored projection holds — its size, its media
// mix and the genres most common among its items — and a label that names it.
//
// Labels (clusterLabels): the cluster's most distinctive terms by a class-based TF-IDF over its
// items' genres and title/tag words (each cluster one document; weight(t, c) = tf(t, c) / |c| ·
// log(1 + A / f(t)), tf = items of c with term t, |c| = all term occurrences in c, f(t) = items with
// t in all clusters, A = mean |c|; terms of at least 2 items), the top three joined by " · ", then
// the media mix when the data has several media ("… — 80 % movies"); clusters without terms are
// named by their media mix alone.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kindred {

struct Projection;
struct TrainingData;
class TasteSpace;

struct ClusterSummary {
    int cluster = 0;
    std::int64_t items = 0, users = 0; ///< rows of the projection in this cluster
    /// Domain name → items of that domain in the cluster, most first (domains with none left out).
    std::vector<std::pair<std::string, std::int64_t>> domains;
    /// Genre name → share (0..1) of the cluster's items that have it, largest first, at most
    /// `topGenres` entries (ties by name).
    std::vector<std::pair<std::string, double>> topGenres;
    std::string label; ///< clusterLabels' label of this cluster
};

/// One label per cluster 0..k−1 of `projection`'s item rows of `data` (see above); empty when the
/// projection has no clustering.
std::vector<std::string> clusterLabels(const TrainingData& data, const Projection& projection);

/// One summary per cluster 0..k−1 of `projection` (empty when it has no clustering). Rows whose id
/// is not in `space` (the projection belongs to another model) are skipped. Projection ids are
/// project ids; the space maps them to its dense indexes.
std::vector<ClusterSummary> summarizeClusters(const TasteSpace& space, const Projection& projection,
                                              std::size_t topGenres = 5);

} // namespace kindred
