#include "kindred/space/ClusterSummary.h"

#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"

#include <algorithm>
#include <map>

namespace kindred {

namespace {

/// Dense index of a project id in an ascending id list, or -1.
std::int32_t denseIndex(const std::vector<std::int64_t>& ids, std::int64_t id) {
    const auto found = std::lower_bound(ids.begin(), ids.end(), id);
    return found != ids.end() && *found == id ? std::int32_t(found - ids.begin()) : -1;
}

} // namespace

std::vector<ClusterSummary> summarizeClusters(const TasteSpace& space, const Projection& projection,
                                              std::size_t topGenres) {
    int clusterCount = 0;
    for (const std::int32_t cluster : projection.cluster)
        clusterCount = std::max(clusterCount, cluster + 1);
    if (clusterCount == 0 || !space.data)
        return {};
    const TrainingData& data = *space.data;
    std::vector<ClusterSummary> summaries(static_cast<std::size_t>(clusterCount));
    std::vector<std::vector<std::int64_t>> domainItems(std::size_t(clusterCount),
                                                       std::vector<std::int64_t>(data.domains.size(), 0));
    std::vector<std::map<std::int32_t, std::int64_t>> genreItems(static_cast<std::size_t>(clusterCount));
    for (std::size_t row = 0; row < projection.rows() && row < projection.cluster.size(); ++row) {
        const std::int32_t cluster = projection.cluster[row];
        if (cluster < 0)
            continue;
        ClusterSummary& summary = summaries[std::size_t(cluster)];
        if (projection.isUser[row]) {
            summary.users += denseIndex(data.userIds, projection.ids[row]) >= 0;
            continue;
        }
        const std::int32_t item = denseIndex(data.itemIds, projection.ids[row]);
        if (item < 0)
            continue;
        ++summary.items;
        ++domainItems[std::size_t(cluster)][std::size_t(data.itemDomain[std::size_t(item)])];
        if (std::size_t(item) < data.itemGenres.size())
            for (const std::int32_t genre : data.itemGenres[std::size_t(item)])
                ++genreItems[std::size_t(cluster)][genre];
    }
    for (int c = 0; c < clusterCount; ++c) {
        ClusterSummary& summary = summaries[std::size_t(c)];
        summary.cluster = c;
        for (std::size_t d = 0; d < data.domains.size(); ++d)
            if (domainItems[std::size_t(c)][d] > 0)
                summary.media.emplace_back(data.domains[d].name, domainItems[std::size_t(c)][d]);
        std::stable_sort(summary.media.begin(), summary.media.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [genre, count] : genreItems[std::size_t(c)])
            summary.topGenres.emplace_back(data.genreNames[std::size_t(genre)],
                                           double(count) / double(std::max<std::int64_t>(1, summary.items)));
        std::sort(summary.topGenres.begin(), summary.topGenres.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (summary.topGenres.size() > topGenres)
            summary.topGenres.resize(topGenres);
    }
    return summaries;
}

} // namespace kindred
