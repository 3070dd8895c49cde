// The twin network's neighbourhood memory (TwinMemory.h, TwinModel): a remembered item adds
// w_ij × value to the score, in scoreAll, in a profile's item terms and in the explanation alike;
// it survives serialize → load; and its weight is chosen on validation (kept where it ranks
// better, none where the encoder alone is as good).
#include "TrainTestData.h"
#include "TwinTestModels.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/TwinNetwork.h"
#include "model/TwinModel.h"
#include "train/TwinMemory.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

namespace kindred {
namespace {

/// Three items on a 2-d space, two people; item 2 remembers item 0 (w 0.5) and item 1 (w 0.25).
model::TwinParameters smallTwin() {
    model::TwinParameters p;
    p.dimension = 2;
    test::neutralRatingHead(p, 3, 2);
    p.encodings = {1, 0, 0, 1, 0.6f, 0.8f};
    p.scale = {1, 1, 2};
    p.appeal = {0.1f, 0.2f, 0.3f};
    p.history.offsets = {0, 2, 3};
    p.history.index = {0, 1, 0};
    p.history.value = {1.0f, 0.5f, 0.75f};
    p.memory.offsets = {0, 0, 0, 2};
    p.memory.index = {0, 1};
    p.memory.value = {0.5f, 0.25f};
    return p;
}

TEST(TwinMemory, ARememberedItemAddsItsWeightTimesTheValueEverywhereTheScoreIsRead) {
    const model::TwinModel twin(smallTwin());
    // Person 0 rated items 0 (1.0) and 1 (0.5): u = (1, 1).
    std::vector<float> scores(3);
    twin.scoreAll(0, scores);
    const double encoder = 2 * (0.6 + 0.8) + 0.3;
    const double memory = 0.5 * 1.0 + 0.25 * 0.5;
    EXPECT_NEAR(scores[2], encoder + memory, 1e-6);
    EXPECT_NEAR(scores[0], 1 + 0.1, 1e-6) << "item 0 remembers nothing";

    const std::vector<HistoryEntry> history = {{0, 1.0f}, {1, 0.5f}};
    const auto profile = twinProfile(twin, 0, history);
    ASSERT_EQ(profile.itemTerms.size(), 1u);
    EXPECT_EQ(profile.itemTerms[0].first, 2);
    EXPECT_NEAR(profile.itemTerms[0].second, memory, 1e-6);

    const auto terms = twinTerms(twin, 0, history, 2);
    ASSERT_EQ(terms.size(), 3u); // two history items and the item's appeal
    EXPECT_NEAR(terms[0].amount, 2 * 0.6 + 0.5, 1e-6);
    EXPECT_NEAR(terms[1].amount, 2 * 0.8 + 0.25 * 0.5, 1e-6);
    double sum = 0;
    for (const auto& t : terms)
        sum += t.amount;
    EXPECT_NEAR(sum, scores[2], 1e-5);

    auto loaded = loadTwinNetwork(twin.serialize());
    ASSERT_TRUE(loaded) << loaded.status().message();
    std::vector<float> again(3);
    loaded.value()->scoreAll(0, again);
    EXPECT_EQ(again, scores);
}

TEST(TwinMemory, ScoresOfManyPeopleEqualTheEncoderPlusTheExplainedMemoryPartExactly) {
    // Two people, four items; item 3 remembers items 0, 1 and 2 with weights whose parts cancel
    // for person 0 (0.5 × 1 − 0.5 × 1) before the third adds to them.
    model::TwinParameters p;
    p.dimension = 2;
    test::neutralRatingHead(p, 4, 2);
    p.encodings = {1, 0, 0, 1, 0.6f, 0.8f, 0.8f, 0.6f};
    p.scale = {1, 1, 1, 1.5f};
    p.appeal = {0.1f, 0.2f, 0.3f, 0.4f};
    p.history.offsets = {0, 3, 5};
    p.history.index = {0, 1, 2, 1, 2};
    p.history.value = {1.0f, 1.0f, 0.7f, 0.3f, 0.9f};
    p.memory.offsets = {0, 0, 1, 1, 4};
    p.memory.index = {2, 0, 1, 2};
    p.memory.value = {0.2f, 0.5f, -0.5f, 0.125f};
    model::TwinParameters withoutMemory = p;
    withoutMemory.memory.offsets.assign(5, 0);
    withoutMemory.memory.index.clear();
    withoutMemory.memory.value.clear();
    const model::TwinModel twin(p), encoderOnly(withoutMemory);
    const std::vector<std::int32_t> people = {0, 1};
    std::vector<float> scores(8), encoder(8);
    twin.scoreMany(people, scores);
    encoderOnly.scoreMany(people, encoder);
    const std::vector<std::vector<HistoryEntry>> histories = {{{0, 1.0f}, {1, 1.0f}, {2, 0.7f}}, {{1, 0.3f}, {2, 0.9f}}};
    for (std::size_t r = 0; r < 2; ++r) {
        std::vector<float> expected(encoder.begin() + std::ptrdiff_t(r * 4), encoder.begin() + std::ptrdiff_t(r * 4 + 4));
        for (const auto& [item, amount] : twin.memoryScores(histories[r]))
            expected[std::size_t(item)] = float(double(expected[std::size_t(item)]) + double(amount));
        EXPECT_EQ(std::vector<float>(scores.begin() + std::ptrdiff_t(r * 4), scores.begin() + std::ptrdiff_t(r * 4 + 4)),
                  expected)
            << "person " << r;
    }
    EXPECT_NE(scores[3], encoder[3]);
    EXPECT_NE(scores[1], encoder[1]) << "item 1 remembers item 2";
}

TEST(TwinMemory, DamagedMemoryIsRefusedNotRead) {
    auto p = smallTwin();
    p.memory.index = {0, 7}; // item 7 does not exist
    EXPECT_THROW(model::TwinModel{std::move(p)}, std::invalid_argument);
}

/// 120 people × 40 items in one medium: people like the items of their group (u % 4 == i % 4).
struct Groups {
    TrainingData data;
    Split split;
    std::vector<std::vector<std::int32_t>> trainItems;
    std::vector<detail::RankingList> lists;
    Groups() {
        std::mt19937 engine(3);
        std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
        std::vector<test::Row> rows;
        for (std::int32_t u = 0; u < 120; ++u)
            for (std::int32_t i = 0; i < 40; ++i)
                if (uniform(engine) < 0.4f)
                    rows.push_back({u, i, u % 4 == i % 4 ? 1.0f : 0.25f});
        data = test::makeData(120, std::vector<std::int32_t>(40, 0), {test::explicitDomain("movies", 1, 5)}, rows);
        split = randomSplit(data, 5);
        trainItems.resize(120);
        std::vector<std::vector<std::int32_t>> relevant(120);
        for (std::size_t k = 0; k < data.interactions.size(); ++k) {
            const auto& x = data.interactions[k];
            if (split.part[k] == SplitPart::Train)
                trainItems[std::size_t(x.user)].push_back(x.item);
            else if (split.part[k] == SplitPart::Validation && x.value >= 0.75f)
                relevant[std::size_t(x.user)].push_back(x.item);
        }
        for (std::int32_t u = 0; u < 120; ++u) {
            std::sort(trainItems[std::size_t(u)].begin(), trainItems[std::size_t(u)].end());
            if (!relevant[std::size_t(u)].empty())
                lists.push_back({u, 0, relevant[std::size_t(u)]});
        }
    }
};

TEST(TwinMemory, TheWeightIsChosenOnValidationAndOnlyWhereItHelps) {
    Groups g;
    // An encoder that knows nothing (every score equal): the memory must be kept, and help.
    const detail::EncoderScores blank = [](std::span<const std::int32_t> users, std::vector<float>& out) {
        out.assign(users.size() * 40, 0.0f);
    };
    const auto kept = detail::fitNeighbourhoodMemory(g.data, g.split, g.lists, g.trainItems, blank, 10, nullptr);
    ASSERT_EQ(kept.multiple.size(), 1u);
    EXPECT_GT(kept.multiple[0], 0.0);
    EXPECT_GT(kept.withMemory[0], kept.withoutMemory[0] + 0.2);
    EXPECT_FALSE(kept.weights.index.empty());

    // An encoder that already ranks every list perfectly (it knows the validation answers):
    // nothing to add, no memory kept.
    const detail::EncoderScores perfect = [&](std::span<const std::int32_t> users, std::vector<float>& out) {
        out.assign(users.size() * 40, 0.0f);
        for (std::size_t r = 0; r < users.size(); ++r)
            for (const auto& list : g.lists)
                if (list.user == users[r])
                    for (const auto i : list.relevant)
                        out[r * 40 + std::size_t(i)] = 100.0f;
    };
    const auto none = detail::fitNeighbourhoodMemory(g.data, g.split, g.lists, g.trainItems, perfect, 10, nullptr);
    EXPECT_EQ(none.multiple[0], 0.0);
    EXPECT_TRUE(none.weights.index.empty());
}

} // namespace
} // namespace kindred
