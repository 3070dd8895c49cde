// The twin network's stored form (TwinModel::serialize / loadTwinNetwork): every person's history,
// most of a large project's model, is stored compactly (format 4) and reads back bit-identical;
// models stored by earlier builds (format 3, raw rows) still load; a damaged blob is an error.
#include "TwinTestModels.h"
#include "kindred/train/TwinNetwork.h"
#include "model/TwinModel.h"
#include "train/ByteIo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <set>

namespace kindred {
namespace {

constexpr std::size_t kItems = 40000, kUsers = 300;

/// A twin of kItems items and kUsers people, each with 20..200 rated items (ascending, spread
/// over the whole catalogue) on ten rating levels, and a memory of arbitrary weights.
model::TwinParameters largeTwin() {
    std::mt19937 rng(11);
    model::TwinParameters p;
    p.dimension = 4;
    test::neutralRatingHead(p, kItems, kUsers);
    std::normal_distribution<float> normal;
    for (std::size_t i = 0; i < kItems * 4; ++i)
        p.encodings.push_back(normal(rng));
    p.scale.assign(kItems, 1.0f);
    p.appeal.assign(kItems, 0.0f);
    std::uniform_int_distribution<int> count(20, 200), item(0, int(kItems) - 1), level(1, 10);
    p.history.offsets = {0};
    for (std::size_t u = 0; u < kUsers; ++u) {
        std::set<int> rated;
        for (int n = count(rng); int(rated.size()) < n;)
            rated.insert(item(rng));
        for (const int i : rated) {
            p.history.index.push_back(i);
            p.history.value.push_back(float(level(rng)) / 10.0f);
        }
        p.history.offsets.push_back(p.history.index.size());
    }
    p.memory.offsets = {0};
    for (std::size_t i = 0; i < kItems; ++i) {
        if (i % 100 == 0)
            for (int j : {3, 70, int(kItems) - 1}) {
                p.memory.index.push_back(j);
                p.memory.value.push_back(normal(rng));
            }
        p.memory.offsets.push_back(p.memory.index.size());
    }
    return p;
}

void expectSameRows(const detail::SparseRows& a, const detail::SparseRows& b) {
    EXPECT_EQ(a.offsets, b.offsets);
    EXPECT_EQ(a.index, b.index);
    ASSERT_EQ(a.value.size(), b.value.size());
    EXPECT_TRUE(std::equal(a.value.begin(), a.value.end(), b.value.begin(),
                           [](float x, float y) { return std::bit_cast<std::uint32_t>(x) == std::bit_cast<std::uint32_t>(y); }));
}

TEST(TwinBlob, HistoriesAreStoredCompactlyAndReadBackBitIdentical) {
    const model::TwinModel twin(largeTwin());
    const auto bytes = twin.serialize();
    auto loaded = loadTwinNetwork(bytes);
    ASSERT_TRUE(loaded) << loaded.status().message();
    const auto& again = dynamic_cast<const model::TwinModel&>(*loaded.value()).parameters();
    expectSameRows(again.history, twin.parameters().history);
    expectSameRows(again.memory, twin.parameters().memory);
    EXPECT_EQ(again.encodings, twin.parameters().encodings);
    // Raw, a history takes 8 bytes an entry; stored, an ascending one over 40,000 items with ten
    // levels takes under three and a half.
    auto withoutHistory = twin.parameters();
    withoutHistory.history = {};
    withoutHistory.history.offsets.assign(kUsers + 1, 0);
    const auto historyBytes = bytes.size() - model::TwinModel(std::move(withoutHistory)).serialize().size();
    EXPECT_LT(double(historyBytes), 3.5 * double(twin.parameters().history.index.size()));
    std::vector<float> before(kItems), after(kItems);
    twin.scoreAll(7, before);
    loaded.value()->scoreAll(7, after);
    EXPECT_EQ(before, after);
}

/// The model as format 3 wrote it: the same fields with raw rows.
std::string formatThree(const model::TwinParameters& p) {
    detail::ByteWriter out("KTWN", 3);
    const auto rows = [&](const detail::SparseRows& r) {
        out.putVector(r.offsets);
        out.putVector(r.index);
        out.putVector(r.value);
    };
    out.put(std::int32_t(p.dimension));
    out.put(std::int32_t(p.ratingFactors));
    for (const auto* v : {&p.encodings, &p.scale, &p.appeal, &p.attributeVectors})
        out.putVector(*v);
    rows(p.userAttributes);
    rows(p.history);
    for (const auto* v : {&p.ratingBaseline, &p.ratingCentre, &p.userBias, &p.userFactors, &p.historyWeights,
                          &p.itemWeights, &p.itemFactors})
        out.putVector(*v);
    out.putVector(std::vector<char>(p.optionsJson.begin(), p.optionsJson.end()));
    rows(p.memory);
    out.putVector(p.itemDomain);
    out.putVector(p.kindredOtherWeight);
    out.putVector(p.kindredWeight);
    return out.take();
}

TEST(TwinBlob, AModelStoredByAnEarlierBuildStillLoads) {
    const auto p = largeTwin();
    const model::TwinModel twin{model::TwinParameters(p)};
    auto loaded = loadTwinNetwork(formatThree(p));
    ASSERT_TRUE(loaded) << loaded.status().message();
    const auto& again = dynamic_cast<const model::TwinModel&>(*loaded.value()).parameters();
    expectSameRows(again.history, p.history);
    expectSameRows(again.memory, p.memory);
    EXPECT_GT(formatThree(p).size() - twin.serialize().size(), 4 * p.history.index.size());
}

TEST(TwinBlob, ADamagedBlobIsAnErrorNotACrash) {
    const model::TwinModel twin(largeTwin());
    const auto bytes = twin.serialize();
    // Cut anywhere (inside the packed indexes, the palette or the codes) or flip the packed bytes.
    for (const double at : {0.3, 0.5, 0.7, 0.9, 0.999}) {
        const auto cut = bytes.substr(0, std::size_t(double(bytes.size()) * at));
        EXPECT_FALSE(loadTwinNetwork(cut).ok()) << "cut at " << at;
    }
    // A byte set to 0xFF anywhere: an error or a model, never a crash; inside the packed histories
    // the reader itself finds the damage.
    int damagedRows = 0;
    for (std::size_t k = 8; k < bytes.size(); k += 3001) {
        auto flipped = bytes;
        flipped[k] = char(0xFF);
        const auto result = loadTwinNetwork(flipped);
        if (!result.ok() && result.status().message().find("rows are damaged") != std::string::npos)
            ++damagedRows;
    }
    EXPECT_GT(damagedRows, 0);
}

TEST(TwinBlob, ADamagedEntryCountIsRefusedBeforeAnythingIsAllocated) {
    // Three people with two rated items each: history offsets {0, 2, 4, 6}, stored as a count
    // and four uint64 values, a pattern found once in the blob.
    model::TwinParameters p;
    p.dimension = 2;
    test::neutralRatingHead(p, 4, 3);
    p.encodings = {1, 0, 0, 1, 0.6f, 0.8f, 0.8f, 0.6f};
    p.scale.assign(4, 1.0f);
    p.appeal.assign(4, 0.0f);
    p.history.offsets = {0, 2, 4, 6};
    p.history.index = {0, 2, 0, 3, 1, 3};
    p.history.value.assign(6, 1.0f);
    auto bytes = model::TwinModel(std::move(p)).serialize();
    const std::uint64_t pattern[] = {4, 0, 2, 4, 6};
    const std::string needle(reinterpret_cast<const char*>(pattern), sizeof(pattern));
    const auto at = bytes.find(needle);
    ASSERT_NE(at, std::string::npos);
    ASSERT_EQ(bytes.find(needle, at + 1), std::string::npos);
    const std::uint64_t huge = std::uint64_t(1) << 40; // a terabyte of entries
    std::memcpy(bytes.data() + at + 4 * sizeof(std::uint64_t), &huge, sizeof(huge));
    const auto result = loadTwinNetwork(bytes);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.status().message().find("rows are damaged"), std::string::npos) << result.status().message();
}

} // namespace
} // namespace kindred
