// Cluster summaries count items, users, media and genres per k-means cluster of a projection.
#include "kindred/space/ClusterSummary.h"
#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"

#include <gtest/gtest.h>

namespace kindred {
namespace {

TEST(ClusterSummary, CountsDomainsAndGenreSharesPerCluster) {
    auto data = std::make_shared<TrainingData>();
    data->itemIds = {10, 20, 30, 40};
    data->itemDomain = {0, 0, 1, 1};
    data->domains.resize(2);
    data->domains[0].name = "movies";
    data->domains[1].name = "books";
    data->genreNames = {"Drama", "Comedy"};
    data->itemGenres = {{0}, {0, 1}, {}, {1}};
    data->userIds = {5};
    TasteSpace space;
    space.data = data;

    Projection projection;
    projection.ids = {10, 20, 30, 40, 5, 999}; // 999: not an item of this space, skipped
    projection.isUser = {0, 0, 0, 0, 1, 0};
    projection.cluster = {0, 0, 1, 0, 1, 1};
    const auto summaries = summarizeClusters(space, projection, 5);
    ASSERT_EQ(summaries.size(), 2u);

    EXPECT_EQ(summaries[0].cluster, 0);
    EXPECT_EQ(summaries[0].items, 3);
    EXPECT_EQ(summaries[0].users, 0);
    using DomainCounts = std::vector<std::pair<std::string, std::int64_t>>;
    EXPECT_EQ(summaries[0].domains, (DomainCounts{{"movies", 2}, {"books", 1}}));
    ASSERT_EQ(summaries[0].topGenres.size(), 2u);
    EXPECT_EQ(summaries[0].topGenres[0].first, "Comedy"); // tie at 2/3: by name
    EXPECT_DOUBLE_EQ(summaries[0].topGenres[0].second, 2.0 / 3.0);
    EXPECT_EQ(summaries[0].topGenres[1].first, "Drama");

    EXPECT_EQ(summaries[1].items, 1);
    EXPECT_EQ(summaries[1].users, 1);
    EXPECT_EQ(summaries[1].domains, (DomainCounts{{"books", 1}}));
    EXPECT_TRUE(summaries[1].topGenres.empty());

    EXPECT_EQ(summarizeClusters(space, projection, 1)[0].topGenres.size(), 1u);
    projection.cluster.assign(projection.ids.size(), -1);
    EXPECT_TRUE(summarizeClusters(space, projection).empty()); // no clustering
}

/// Labels name a cluster by what sets it apart: a term every cluster has ("love") loses to the
/// cluster's own ("space", "Sci-Fi"); a cluster without terms is named by its media mix.
TEST(ClusterSummary, LabelsAreTheMostDistinctiveTermsThenTheDomainMix) {
    TrainingData data;
    data.domains.resize(2);
    data.domains[0].name = "movies";
    data.domains[1].name = "books";
    data.genreNames = {"Sci-Fi", "Romance"};
    Projection projection;
    for (std::int64_t i = 0; i < 9; ++i) {
        data.itemIds.push_back(100 + i);
        const int cluster = i < 4 ? 0 : i < 8 ? 1 : 2;
        data.itemDomain.push_back(cluster == 2 || i == 3 ? 1 : 0);
        data.itemGenres.push_back(cluster == 0 ? std::vector<std::int32_t>{0}
                                  : cluster == 1 ? std::vector<std::int32_t>{1}
                                                 : std::vector<std::int32_t>{});
        data.itemText.push_back(cluster == 0 ? "The Love of Space (1999)"
                                : cluster == 1 ? "Love in Paris, and the Love of Paris"
                                               : "");
        projection.ids.push_back(100 + i);
        projection.isUser.push_back(0);
        projection.cluster.push_back(cluster);
    }
    const auto labels = clusterLabels(data, projection);
    ASSERT_EQ(labels.size(), 3u);
    EXPECT_EQ(labels[0], "Sci-Fi · space · love — 75 % movies") << labels[0];
    EXPECT_EQ(labels[1].substr(0, labels[1].find(" · love")), "Romance · paris") << labels[1];
    EXPECT_EQ(labels[2], "books 100 %") << "no terms: the media mix";
    TasteSpace space;
    space.data = std::make_shared<const TrainingData>(data);
    EXPECT_EQ(summarizeClusters(space, projection)[0].label, labels[0]);
}

} // namespace
} // namespace kindred
