// Cluster summaries count items, users, media and genres per k-means cluster of a projection.
#include "kindred/space/ClusterSummary.h"
#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"

#include <gtest/gtest.h>

namespace kindred {
namespace {

TEST(ClusterSummary, CountsMediaAndGenreSharesPerCluster) {
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
    using Media = std::vector<std::pair<std::string, std::int64_t>>;
    EXPECT_EQ(summaries[0].media, (Media{{"movies", 2}, {"books", 1}}));
    ASSERT_EQ(summaries[0].topGenres.size(), 2u);
    EXPECT_EQ(summaries[0].topGenres[0].first, "Comedy"); // tie at 2/3: by name
    EXPECT_DOUBLE_EQ(summaries[0].topGenres[0].second, 2.0 / 3.0);
    EXPECT_EQ(summaries[0].topGenres[1].first, "Drama");

    EXPECT_EQ(summaries[1].items, 1);
    EXPECT_EQ(summaries[1].users, 1);
    EXPECT_EQ(summaries[1].media, (Media{{"books", 1}}));
    EXPECT_TRUE(summaries[1].topGenres.empty());

    EXPECT_EQ(summarizeClusters(space, projection, 1)[0].topGenres.size(), 1u);
    projection.cluster.assign(projection.ids.size(), -1);
    EXPECT_TRUE(summarizeClusters(space, projection).empty()); // no clustering
}

} // namespace
} // namespace kindred
