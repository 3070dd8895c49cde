// The twin network's kindred-people term (KindredPeople.h, TwinModel::kindredShares/kindredScores):
// for a person new to a medium (at most 3 of its items), the similarity-weighted share of the most
// similar training people who rated an item, times γ_m, joins the score — in scoreAll, in a
// profile's item terms and in the explanation alike; it survives serialize → load; a person with
// more than 3 items of the medium gets none; and γ_m is chosen on a validation probe.
#include "kindred/space/TasteSpace.h"
#include "kindred/train/TwinNetwork.h"
#include "TwinTestModels.h"
#include "model/TwinModel.h"
#include "train/KindredPeople.h"

#include <gtest/gtest.h>

#include <random>

namespace kindred {
namespace {

/// Books 0, 1 and music 2..5 on a 2-d space; u0 rated {0, 2}, u1 {0, 3}, u2 {1, 3}.
/// Kindred people: none for books, γ = 2 for music, other-media weight 1 in both.
model::TwinParameters smallTwin() {
    model::TwinParameters p;
    p.dimension = 2;
    test::neutralRatingHead(p, 6, 3);
    p.encodings = {1, 0, 0, 1, 0.6f, 0.8f, 0.8f, 0.6f, 0, 1, 0, 1};
    p.scale = std::vector<float>(6, 1.0f);
    p.appeal = std::vector<float>(6, 0.0f);
    p.history.offsets = {0, 2, 4, 6};
    p.history.index = {0, 2, 0, 3, 1, 3};
    p.history.value = std::vector<float>(6, 1.0f);
    p.itemDomain = {0, 0, 1, 1, 1, 1};
    p.kindredOtherWeight = {1, 1};
    p.kindredWeight = {0, 2};
    return p;
}

TEST(KindredPeople, SharesAreTheSimilarityWeightedShareOfTheMostSimilarPeopleWhoRatedAnItem) {
    const model::TwinModel twin(smallTwin());
    const std::vector<HistoryEntry> oneBook = {{0, 1.0f}};
    // Music: u0 and u1 share book 0 (cosine 1 each over their one other-medium item); u2 shares nothing.
    const auto music = twin.kindredShares(-1, oneBook, 1, 1.0);
    ASSERT_EQ(music.size(), 2u);
    EXPECT_EQ(music[0].first, 2);
    EXPECT_NEAR(music[0].second, 0.5, 1e-6);
    EXPECT_EQ(music[1].first, 3);
    EXPECT_NEAR(music[1].second, 0.5, 1e-6);
    EXPECT_TRUE(twin.kindredShares(-1, oneBook, 1, 0.0).empty()) << "no other-media weight: no one is similar in music";
    // Books: u0 and u1 rated book 0 too (cosine 1 each): every similar person rated it.
    const auto books = twin.kindredShares(-1, oneBook, 0, 1.0);
    ASSERT_EQ(books.size(), 1u);
    EXPECT_NEAR(books[0].second, 1.0, 1e-6);
    // A known person is never their own kindred: u0 (books 0, music 2) is like u1 only.
    const auto own = twin.kindredShares(0, twin.trainHistory(0), 1, 1.0);
    ASSERT_EQ(own.size(), 1u);
    EXPECT_EQ(own[0].first, 3);
    EXPECT_NEAR(own[0].second, 1.0, 1e-6);
}

TEST(KindredPeople, TheTermJoinsTheScoreEverywhereItIsReadAndOnlyForPeopleNewToTheDomain) {
    const model::TwinModel twin(smallTwin());
    // u0: u = a0 + a2 = (1.6, 0.8); one music item, so music gets 2 × its shares (item 3: 1.0).
    std::vector<float> scores(6);
    twin.scoreAll(0, scores);
    EXPECT_NEAR(scores[3], 0.8 * 1.6 + 0.6 * 0.8 + 2.0, 1e-5);
    EXPECT_NEAR(scores[2], 0.6 * 1.6 + 0.8 * 0.8, 1e-5) << "only u1 is like u0, and u1 did not rate item 2";
    EXPECT_NEAR(scores[0], 1.6, 1e-5) << "books have no kindred term (γ 0)";

    const auto history = twin.trainHistory(0);
    const auto terms = twinTerms(twin, 0, history, 3);
    double sum = 0;
    int kindred = 0;
    for (const auto& t : terms) {
        sum += t.amount;
        if (t.kind == ScoreTerm::Kind::KindredPeople) {
            ++kindred;
            EXPECT_NEAR(t.amount, 2.0, 1e-6);
            EXPECT_NEAR(t.share, 1.0, 1e-6) << "u1, the one person like u0, rated item 3";
        }
    }
    EXPECT_EQ(kindred, 1);
    EXPECT_NEAR(sum, scores[3], 1e-5);
    const auto profile = twinProfile(twin, 0, history);
    ASSERT_EQ(profile.itemTerms.size(), 1u);
    EXPECT_EQ(profile.itemTerms[0].first, 3);
    EXPECT_NEAR(profile.itemTerms[0].second, 2.0, 1e-6);

    // Four music items: no longer new to music, no kindred term.
    const std::vector<HistoryEntry> fourSongs = {{2, 1.0f}, {3, 1.0f}, {4, 1.0f}, {5, 1.0f}};
    EXPECT_TRUE(twin.kindredScores(-1, fourSongs).empty());
    for (const auto& t : twinTerms(twin, -1, fourSongs, 3))
        EXPECT_NE(t.kind, ScoreTerm::Kind::KindredPeople);

    auto loaded = loadTwinNetwork(twin.serialize());
    ASSERT_TRUE(loaded) << loaded.status().message();
    std::vector<float> again(6);
    loaded.value()->scoreAll(0, again);
    EXPECT_EQ(again, scores);
}

TEST(KindredPeople, WrongDomainsAreRefusedAndModelsWithoutThemHaveNoTerm) {
    auto damaged = smallTwin();
    damaged.itemDomain[5] = 7; // no medium 7
    EXPECT_THROW(model::TwinModel{std::move(damaged)}, std::invalid_argument);
    auto shortWeights = smallTwin();
    shortWeights.kindredOtherWeight = {1};
    EXPECT_THROW(model::TwinModel{std::move(shortWeights)}, std::invalid_argument);

    auto older = smallTwin(); // as stored before the term existed
    older.itemDomain.clear();
    older.kindredOtherWeight.clear();
    older.kindredWeight.clear();
    const model::TwinModel twin(std::move(older));
    EXPECT_TRUE(twin.kindredScores(0, twin.trainHistory(0)).empty());
    EXPECT_TRUE(twin.kindredShares(0, twin.trainHistory(0), 1, 1.0).empty());
}

/// 240 people in four taste groups (u % 4), books 0..39 and music 40..79, each item belonging to
/// group i % 4; people rate 60 % of their group's items (and like them) and 10 % of the others. A model
/// whose encoder knows nothing (every score equal) carries the Train histories.
struct TwoDomains {
    model::TwinParameters parameters;
    std::vector<detail::RankingList> lists;
    TwoDomains() {
        constexpr std::int32_t users = 240, items = 80;
        std::mt19937 engine(11);
        std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
        auto& p = parameters;
        p.dimension = 2;
        test::neutralRatingHead(p, items, users);
        for (std::int32_t i = 0; i < items; ++i) {
            p.encodings.insert(p.encodings.end(), {1.0f, 0.0f});
            p.itemDomain.push_back(i < 40 ? 0 : 1);
        }
        p.scale.assign(items, 1.0f);
        p.appeal.assign(items, 0.0f);
        p.kindredOtherWeight = {0, 0};
        p.kindredWeight = {0, 0};
        p.history.offsets.push_back(0);
        for (std::int32_t u = 0; u < users; ++u) {
            std::vector<std::int32_t> relevant[2];
            for (std::int32_t i = 0; i < items; ++i) {
                const bool liked = u % 4 == i % 4;
                if (uniform(engine) >= (liked ? 0.6f : 0.1f))
                    continue;
                if (uniform(engine) < 0.8f) { // Train
                    p.history.index.push_back(i);
                    p.history.value.push_back(liked ? 1.0f : 0.25f);
                } else if (liked) {           // validation
                    relevant[i < 40 ? 0 : 1].push_back(i);
                }
            }
            p.history.offsets.push_back(p.history.index.size());
            for (int m = 0; m < 2; ++m)
                if (!relevant[m].empty())
                    lists.push_back({u, m, relevant[m]});
        }
    }
};

TEST(KindredPeople, TheWeightIsChosenOnAValidationProbeOfPeopleMadeNewToTheDomain) {
    TwoDomains world;
    const model::TwinModel blank(world.parameters);
    const auto fit = detail::fitKindredPeople(blank, world.lists, 42, nullptr);
    ASSERT_EQ(fit.weight.size(), 2u);
    for (int m = 0; m < 2; ++m) {
        EXPECT_GE(fit.probeLists[std::size_t(m)], 20u);
        EXPECT_GT(fit.weight[std::size_t(m)], 0.0f) << "an encoder that knows nothing: the kindred people must be asked";
        EXPECT_GT(fit.withKindred[std::size_t(m)], fit.withoutKindred[std::size_t(m)] + 0.2);
    }

    // One medium: a person's other media are what the term asks, so there is none.
    auto single = world.parameters;
    std::fill(single.itemDomain.begin(), single.itemDomain.end(), 0);
    single.kindredOtherWeight = {0};
    single.kindredWeight = {0};
    const model::TwinModel oneDomain(std::move(single));
    const auto none = detail::fitKindredPeople(oneDomain, world.lists, 42, nullptr);
    ASSERT_EQ(none.weight.size(), 1u);
    EXPECT_EQ(none.weight[0], 0.0f);
}

} // namespace
} // namespace kindred
