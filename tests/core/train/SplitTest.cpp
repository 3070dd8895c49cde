// Splits: reproducible from their seed, the documented shapes, stored and loaded unchanged, and
// restrictSplit() mapping a whole-project split onto a domain selection.
#include "TrainTestData.h"
#include "kindred/store/Project.h"

#include <random>

namespace kindred {
namespace {

/// 200 users × up to 30 of 60 items over two domains, timestamps increasing with the item.
TrainingData syntheticData() {
    std::vector<test::Row> rows;
    std::mt19937 engine(3);
    for (std::int32_t u = 0; u < 200; ++u)
        for (std::int32_t i = 0; i < 60; ++i)
            if (engine() % 2)
                rows.push_back({u, i, float(engine() % 5) / 4.0f, SplitPart::Train, 1000 + i * 10 + u % 7,
                                std::int32_t(i % 2)});
    std::vector<std::int32_t> itemDomain(60);
    for (std::size_t i = 0; i < itemDomain.size(); ++i)
        itemDomain[i] = i < 40 ? 0 : 1;
    return test::makeData(200, itemDomain,
                          {test::explicitDomain("movies", 1, 5), test::explicitDomain("books", 1, 10)}, rows);
}

TEST(Split, RandomSplitIsReproducibleFromItsSeed) {
    const auto data = syntheticData();
    const auto a = randomSplit(data, 11), b = randomSplit(data, 11), c = randomSplit(data, 12);
    EXPECT_EQ(a.part, b.part);
    EXPECT_NE(a.part, c.part);
    EXPECT_EQ(a.seed, 11u);
    EXPECT_EQ(a.kind, "random");
    const double n = double(data.interactions.size());
    EXPECT_NEAR(double(a.count(SplitPart::Train)) / n, 0.70, 0.03);
    EXPECT_NEAR(double(a.count(SplitPart::Validation)) / n, 0.15, 0.03);
    EXPECT_NEAR(double(a.count(SplitPart::Test)) / n, 0.15, 0.03);
    EXPECT_EQ(a.count(SplitPart::Train) + a.count(SplitPart::Validation) + a.count(SplitPart::Test),
              data.interactions.size());
}

TEST(Split, SourceSplitHoldsOutTheSourceAndSeedsTheValidation) {
    const auto data = syntheticData();
    // Source index 1 has project id 2.
    const auto a = sourceSplit(data, {2}, 5), b = sourceSplit(data, {2}, 5), c = sourceSplit(data, {2}, 6);
    EXPECT_EQ(a.part, b.part);
    EXPECT_NE(a.part, c.part);
    std::size_t validation = 0, trainOrValidation = 0;
    for (std::size_t i = 0; i < data.interactions.size(); ++i) {
        EXPECT_EQ(a.part[i] == SplitPart::Test, data.interactions[i].source == 1) << i;
        if (data.interactions[i].source == 0) {
            ++trainOrValidation;
            validation += a.part[i] == SplitPart::Validation;
        }
    }
    EXPECT_NEAR(double(validation) / double(trainOrValidation), 0.10, 0.03);
}

TEST(Split, LeaveLastOutTakesEachUsersLatestForTest) {
    const auto data = syntheticData();
    const auto split = leaveLastOutSplit(data);
    for (std::int32_t u = 0; u < data.userCount(); ++u) {
        const auto [begin, end] = data.userRange(u);
        std::int64_t latestTrain = kNoTimestamp, test = kNoTimestamp, validation = kNoTimestamp;
        int tests = 0;
        for (std::size_t i = begin; i < end; ++i) {
            const auto ts = data.interactions[i].timestamp;
            if (split.part[i] == SplitPart::Test) {
                test = ts;
                ++tests;
            } else if (split.part[i] == SplitPart::Validation)
                validation = ts;
            else
                latestTrain = std::max(latestTrain, ts);
        }
        ASSERT_EQ(tests, 1) << "user " << u;
        EXPECT_GE(test, validation);
        EXPECT_GE(validation, latestTrain);
    }
}

TEST(Split, ColdStartSliceIsReproducibleAndKeepsAtMostKInTrain) {
    const auto data = syntheticData();
    auto a = randomSplit(data, 1), b = randomSplit(data, 1), c = randomSplit(data, 1);
    addColdStartSlice(a, data, 1, 9, 0.3, 2);
    addColdStartSlice(b, data, 1, 9, 0.3, 2);
    addColdStartSlice(c, data, 1, 10, 0.3, 2);
    EXPECT_EQ(a.part, b.part);
    EXPECT_EQ(a.coldStartUser, b.coldStartUser);
    EXPECT_NE(a.coldStartUser, c.coldStartUser);
    EXPECT_EQ(a.coldStartDomain, 1);
    EXPECT_EQ(a.kind, "random+cold-start");
    std::size_t coldUsers = 0;
    for (std::int32_t u = 0; u < data.userCount(); ++u) {
        if (!a.coldStartUser[std::size_t(u)])
            continue;
        ++coldUsers;
        const auto [begin, end] = data.userRange(u);
        int trainInDomain = 0;
        for (std::size_t i = begin; i < end; ++i)
            if (data.itemDomain[std::size_t(data.interactions[i].item)] == 1)
                trainInDomain += a.part[i] == SplitPart::Train;
        EXPECT_EQ(trainInDomain, 2) << "user " << u;
    }
    EXPECT_NEAR(double(coldUsers) / 200.0, 0.3, 0.08);
}

TEST(Split, SaveAndLoadRoundTrip) {
    test::SmallProject p;
    auto split = randomSplit(p.data, 77);
    split.coldStartUser[3] = 1;
    split.coldStartDomain = 0;
    const auto id = saveSplit(*p.project, "round trip", split);
    ASSERT_TRUE(id) << id.status().message();
    const auto loaded = loadSplit(*p.project, id.value(), p.data.interactions.size());
    ASSERT_TRUE(loaded) << loaded.status().message();
    EXPECT_EQ(loaded->kind, split.kind);
    EXPECT_EQ(loaded->seed, split.seed);
    EXPECT_EQ(loaded->part, split.part);
    EXPECT_EQ(loaded->coldStartUser, split.coldStartUser);
    EXPECT_EQ(loaded->coldStartDomain, split.coldStartDomain);
}

TEST(Split, LoadRefusesAChangedRatingsTableAndUnknownIds) {
    test::SmallProject p;
    const auto id = saveSplit(*p.project, "s", randomSplit(p.data, 1));
    ASSERT_TRUE(id);
    const auto wrongCount = loadSplit(*p.project, id.value(), p.data.interactions.size() + 1);
    ASSERT_FALSE(wrongCount);
    EXPECT_NE(wrongCount.status().message().find("make a new split"), std::string::npos)
        << wrongCount.status().message();
    const auto unknown = loadSplit(*p.project, id.value() + 100, p.data.interactions.size());
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.status().message().find("no split"), std::string::npos);
}

TEST(Split, RestrictSplitFollowsProjectIds) {
    const auto whole = syntheticData();
    auto split = randomSplit(whole, 4);
    split.coldStartUser[5] = 1;
    split.coldStartDomain = 1;
    // The "books" selection: items 40..59, renumbered from 0, domain index 0 (id 2).
    std::vector<test::Row> rows;
    std::vector<std::int64_t> wholeIndex; // subset interaction → whole interaction, in subset order
    for (std::size_t i = 0; i < whole.interactions.size(); ++i) {
        const auto& x = whole.interactions[i];
        if (x.item >= 40) {
            rows.push_back({x.user, x.item - 40, x.value});
            wholeIndex.push_back(std::int64_t(i));
        }
    }
    auto subset =
        test::makeData(200, std::vector<std::int32_t>(20, 0), {test::explicitDomain("books", 1, 10)}, rows);
    subset.domains[0].id = 2;
    for (auto& id : subset.itemIds)
        id += 40;
    const auto restricted = restrictSplit(split, whole, subset);
    ASSERT_TRUE(restricted) << restricted.status().message();
    ASSERT_EQ(restricted->part.size(), subset.interactions.size());
    for (std::size_t i = 0; i < subset.interactions.size(); ++i)
        ASSERT_EQ(restricted->part[i], split.part[std::size_t(wholeIndex[i])]) << i;
    EXPECT_EQ(restricted->coldStartUser, split.coldStartUser);
    EXPECT_EQ(restricted->coldStartDomain, 0);
    EXPECT_EQ(restricted->seed, 4u);

    // An interaction the whole data does not have is an error, not a silent Train.
    subset.itemIds.back() = 1000;
    EXPECT_FALSE(restrictSplit(split, whole, subset));
}

} // namespace
} // namespace kindred
