// Every registered model kind, through the registry alone: it trains on a tiny two-medium project
// with small settings, survives serialize → load with identical scores, is evaluated by the
// project's protocol, and does what its capabilities promise (a taste space whose scores match
// the model's; explanations whose terms add up to the score). Then the flagship's explanations on
// ML-100K u1: the terms add up, and removing the top-3 listed history items lowers a
// recommendation's score more than removing 3 random ones.
#include "kindred/train/ModelKind.h"

#include "DataParallelTestSupport.h"
#include "TrainTestData.h"
#include "kindred/common/Progress.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/train/Ease.h"
#include "kindred/train/Evaluation.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <numeric>
#include <random>

namespace kindred {
namespace {

using test::Row;

/// 80 people × 60 items in two media (items < 30: movies, else books), genres by item, a taste
/// dimension shared across media; 70/15/15 random split.
struct TwoDomains {
    TrainingData data;
    Split split;
    TwoDomains() {
        std::mt19937 engine(5);
        std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
        std::vector<Row> rows;
        std::vector<std::int32_t> itemDomain(60);
        for (std::int32_t i = 0; i < 60; ++i)
            itemDomain[std::size_t(i)] = i < 30 ? 0 : 1;
        for (std::int32_t u = 0; u < 80; ++u)
            for (std::int32_t i = 0; i < 60; ++i) {
                if (uniform(engine) < 0.55f)
                    continue;
                const float taste = (u % 2 == i % 2) ? 0.3f : -0.3f;
                const float value = std::clamp(0.55f + taste + 0.2f * (uniform(engine) - 0.5f), 0.0f, 1.0f);
                rows.push_back({u, i, std::round(value * 4) / 4});
            }
        auto books = test::explicitDomain("books", 1, 5);
        books.kind = "book";
        data = test::makeData(80, itemDomain, {test::explicitDomain("movies", 1, 5), books}, rows);
        data.genreNames = {"even", "odd", "other"};
        for (std::size_t i = 0; i < data.itemGenres.size(); ++i)
            data.itemGenres[i] = {std::int32_t(i % 2), 2};
        split = randomSplit(data, 3);
    }
};

/// Small settings for whichever of these parameters a kind has.
ParameterValues quickSettings(const ModelKind& kind) {
    const std::map<std::string, double> small = {{"epochs", 3},     {"dimension", 8},   {"factors", 8},
                                                 {"hidden", 8},     {"neighbours", 10}, {"rating-epochs", 3},
                                                 {"heads", 2},      {"history-length", 16}, {"text-buckets", 64}};
    ParameterValues values;
    for (const auto& [name, value] : small)
        if (kind.parameter(name))
            values[name] = value;
    return values;
}

Result<TrainedModel> trainKind(const ModelKind& kind, const TrainingData& data, const Split& split,
                               ParameterValues given) {
    auto values = kind.resolve(given);
    if (!values)
        return values.status();
    ProgressToken token;
    TrainingContext context{data, split, std::move(values).value(), 42, token, {}, {}, {}, false};
    return kind.train(context);
}

std::vector<float> allScores(const Recommender& model, std::int32_t user, std::size_t items) {
    std::vector<float> scores(items);
    model.scoreAll(user, scores);
    return scores;
}

/// A run of `kind` with `values` (seed 42), started afresh or resumed from `checkpoint`, and the
/// checkpoint it wrote after its first epoch (empty when it wrote none then).
struct CheckpointedRun {
    Result<TrainedModel> trained;
    std::string firstCheckpoint;
};

CheckpointedRun trainCheckpointed(const ModelKind& kind, const TwoDomains& s, const ParameterValues& values,
                                  const std::string& checkpoint = {}) {
    ProgressToken token;
    std::string first;
    TrainingContext context{s.data, s.split, values, 42, token, {}, checkpoint, {}, false};
    context.onCheckpoint = [&](const std::string& bytes, int epoch) {
        if (epoch == 1)
            first = bytes;
    };
    auto trained = kind.train(context);
    return {std::move(trained), std::move(first)};
}

/// The two models score people 0, 33 and 71 alike on the first 60 items (within 1e-5).
void expectSameScores(const Recommender& a, const Recommender& b) {
    for (std::int32_t u : {0, 33, 71}) {
        const auto x = allScores(a, u, 60), y = allScores(b, u, 60);
        for (std::size_t i = 0; i < x.size(); ++i)
            ASSERT_NEAR(x[i], y[i], 1e-5) << "user " << u << " item " << i;
    }
}

TEST(ModelKindRegistry, EveryKindTrainsSavesLoadsEvaluatesAndKeepsItsPromises) {
    TwoDomains s;
    const auto shared = std::make_shared<const TrainingData>(s.data);
    ASSERT_FALSE(modelKinds().empty());
    EXPECT_EQ(modelKinds().front()->id, "siamese") << "the flagship is the default kind";
    for (const ModelKind* kind : modelKinds()) {
        SCOPED_TRACE(kind->id);
        auto trained = trainKind(*kind, s.data, s.split, quickSettings(*kind));
        ASSERT_TRUE(trained) << trained.status().message();
        const Recommender& model = *trained->model;
        EXPECT_EQ(model.kind(), kind->id);
        EXPECT_TRUE(nlohmann::json::parse(trained->hyperparametersJson).is_object());

        auto loaded = kind->load(model.serialize());
        ASSERT_TRUE(loaded) << loaded.status().message();
        for (std::int32_t u : {0, 17, 79}) {
            EXPECT_EQ(allScores(model, u, 60), allScores(*loaded.value(), u, 60)) << "user " << u;
            EXPECT_EQ(model.predict(u, 31), loaded.value()->predict(u, 31));
        }
        // Many people scored at once (evaluation's way) score as each one alone.
        const std::vector<std::int32_t> some = {0, 17, 79, 17};
        std::vector<float> many(some.size() * 60);
        model.scoreMany(some, many);
        for (std::size_t n = 0; n < some.size(); ++n) {
            const auto alone = allScores(model, some[n], 60);
            for (std::size_t i = 0; i < alone.size(); ++i)
                ASSERT_NEAR(many[n * 60 + i], alone[i], 1e-5f * (1.0f + std::abs(alone[i]))) << "user " << some[n];
        }

        EvaluationOptions options;
        const Evaluation e = evaluate(model, s.data, s.split, options);
        EXPECT_GT(e.rankedUsers, 0u);
        EXPECT_TRUE(std::isfinite(e.ndcg));
        EXPECT_GE(e.ndcg, 0.0);

        if (kind->has(ModelCapability::Epochs)) {
            EXPECT_FALSE(trained->history.empty());
        }
        if (!kind->has(ModelCapability::TasteSpace))
            continue;
        auto space = makeTasteSpace(model, shared);
        ASSERT_TRUE(space) << space.status().message();
        const TasteSpace& taste = *space.value();
        // What loadTasteSpaceFor decides by: a space placing people from their ratings needs them all
        // placed, from every rating or from the vectors stored with the model.
        EXPECT_EQ(taste.profilesFromHistory, kind->has(ModelCapability::PlacesPeopleFromHistory));
        if (!kind->has(ModelCapability::ExplainsScores))
            continue;
        ASSERT_TRUE(taste.explainer);
        for (std::int32_t u : {0, 17, 79}) {
            const auto history = taste.history(u);
            const UserProfile profile = taste.encoder(u, history);
            for (std::int32_t item : {3, 31, 58}) {
                const auto terms = taste.explainer(u, history, item);
                double sum = 0;
                for (const auto& term : terms)
                    sum += term.amount;
                EXPECT_NEAR(sum, taste.score(profile, item), 1e-5) << "user " << u << " item " << item;
            }
        }
    }
}

TEST(ModelKindRegistry, KindsWithCheckpointsResumeToTheUninterruptedResult) {
    TwoDomains s;
    for (const ModelKind* kind : modelKinds()) {
        if (!kind->has(ModelCapability::Checkpoints))
            continue;
        SCOPED_TRACE(kind->id);
        auto values = kind->resolve(quickSettings(*kind));
        ASSERT_TRUE(values) << values.status().message();
        auto [uninterrupted, firstCheckpoint] = trainCheckpointed(*kind, s, values.value());
        ASSERT_TRUE(uninterrupted) << uninterrupted.status().message();
        ASSERT_FALSE(firstCheckpoint.empty()) << "the first epoch is always checkpointed";
        auto continued = trainCheckpointed(*kind, s, values.value(), firstCheckpoint).trained;
        ASSERT_TRUE(continued) << continued.status().message();
        expectSameScores(*uninterrupted->model, *continued->model);
        for (std::int32_t u : {0, 33, 71})
            EXPECT_NEAR(uninterrupted->model->predict(u, 31), continued->model->predict(u, 31), 1e-5);
    }
}

// A medium of more than 4 × --sampled-items items is scored each step on a sample of its items,
// its item table moved by row-wise Adam: the model still learns the media's taste (most of what
// scoring every item learns), and a resumed run, whose checkpoint carries the row-wise moments,
// ends where the uninterrupted one does. Up to 4 × --sampled-items, every item is scored.
TEST(ModelKindRegistry, TheTwinScoredOnSampledItemsLearnsAndResumesToTheUninterruptedResult) {
    TwoDomains s;
    const ModelKind* twin = modelKinds().front();
    auto settings = quickSettings(*twin);
    settings["epochs"] = 6.0;
    settings["sampled-items"] = 0.0;
    auto full = trainKind(*twin, s.data, s.split, settings);
    ASSERT_TRUE(full) << full.status().message();
    settings["sampled-items"] = 8.0; // 30 items per medium ≤ 4 × 8: every item is scored
    auto exact = trainKind(*twin, s.data, s.split, settings);
    ASSERT_TRUE(exact) << exact.status().message();
    for (std::int32_t u : {0, 33, 71})
        EXPECT_EQ(allScores(*full->model, u, 60), allScores(*exact->model, u, 60)) << "user " << u;
    settings["sampled-items"] = 7.0; // 30 items per medium > 4 × 7: 7 drawn each step
    auto values = twin->resolve(settings);
    ASSERT_TRUE(values) << values.status().message();
    auto [sampled, firstCheckpoint] = trainCheckpointed(*twin, s, values.value());
    ASSERT_TRUE(sampled) << sampled.status().message();
    // Each medium's term compares two unit vectors, |a − b|² ∈ [0, 4]: an estimate of |o|² from
    // the sample must not take the loss out of that range (a negative estimate did, on 25 M).
    // One item drawn per step is the harshest estimate.
    auto harshest = settings;
    harshest["sampled-items"] = 1.0;
    auto single = trainKind(*twin, s.data, s.split, harshest);
    ASSERT_TRUE(single) << single.status().message();
    for (const auto* run : {&sampled.value(), &single.value()})
        for (const EpochRecord& epoch : run->history) {
            EXPECT_GE(epoch.trainLoss, 0.0) << "epoch " << epoch.epoch;
            EXPECT_LE(epoch.trainLoss, 4.0 * 2) << "epoch " << epoch.epoch;
        }

    EvaluationOptions options;
    options.part = SplitPart::Validation;
    const double fullNdcg = evaluate(*full->model, s.data, s.split, options).ndcg;
    const double sampledNdcg = evaluate(*sampled->model, s.data, s.split, options).ndcg;
    const double popularityNdcg = [&] {
        auto popularity = trainKind(*findModelKind("popularity"), s.data, s.split, {});
        return popularity ? evaluate(*popularity->model, s.data, s.split, options).ndcg : 1.0;
    }();
    EXPECT_GT(sampledNdcg, popularityNdcg) << "full " << fullNdcg;
    EXPECT_GT(sampledNdcg, 0.9 * fullNdcg) << "popularity " << popularityNdcg;

    ASSERT_FALSE(firstCheckpoint.empty()) << "the first epoch is always checkpointed";
    auto continued = trainCheckpointed(*twin, s, values.value(), firstCheckpoint).trained;
    ASSERT_TRUE(continued) << continued.status().message();
    expectSameScores(*sampled->model, *continued->model);
}

TEST(ModelKindRegistry, KindsThatTrainAcrossProcessesMatchOneProcessWithTheirBatchesTogether) {
    TwoDomains s;
    for (const ModelKind* kind : modelKinds()) {
        if (!kind->has(ModelCapability::DataParallel))
            continue;
        SCOPED_TRACE(kind->id);
        ASSERT_TRUE(kind->parameter("batch-users")) << "a data-parallel kind has a per-process batch";
        ASSERT_TRUE(kind->parameter("learning-rate"));
        auto settings = quickSettings(*kind);
        const double learningRate = std::get<double>(kind->parameter("learning-rate")->defaultValue);
        settings["batch-users"] = 8.0;
        settings["learning-rate"] = learningRate * std::sqrt(2.0); // the square-root rule of a group of 2
        auto alone = trainKind(*kind, s.data, s.split, settings);
        ASSERT_TRUE(alone) << alone.status().message();

        // Two members (threads here; processes in DistributedCliTest) with 4 people each per step.
        settings["batch-users"] = 4.0;
        settings["learning-rate"] = learningRate;
        auto values = kind->resolve(settings);
        ASSERT_TRUE(values) << values.status().message();
        test::TempDir dir;
        auto members = test::inGroup<Result<TrainedModel>>(dir, 2, [&](DataParallelGroup& group) {
            ProgressToken token;
            TrainingContext context{s.data, s.split, values.value(), 42, token, {}, {}, {}, false, &group};
            return kind->train(context);
        });
        auto &first = members[0], &second = members[1];
        ASSERT_TRUE(first) << first.status().message();
        ASSERT_TRUE(second) << second.status().message();
        ASSERT_TRUE(first->model) << "rank 0 finishes the model";
        EXPECT_FALSE(second->model) << "another rank only helps";
        EXPECT_EQ(second->history.size(), first->history.size());
        for (std::int32_t u : {0, 33, 71}) {
            const auto a = allScores(*alone->model, u, 60), b = allScores(*first->model, u, 60);
            for (std::size_t i = 0; i < a.size(); ++i)
                ASSERT_NEAR(a[i], b[i], 1e-3) << "user " << u << " item " << i;
        }
    }
}

TEST(ModelKindRegistry, EaseScoresAreTheSumOfItsItemItemTerms) {
    TwoDomains s;
    auto trained = trainKind(*findModelKind("ease"), s.data, s.split, {});
    ASSERT_TRUE(trained) << trained.status().message();
    for (std::int32_t u : {2, 40}) {
        std::vector<std::int32_t> history;
        for (std::size_t k = s.data.userOffsets[std::size_t(u)]; k < s.data.userOffsets[std::size_t(u) + 1]; ++k)
            if (s.split.part[k] == SplitPart::Train)
                history.push_back(s.data.interactions[k].item);
        const auto scores = allScores(*trained->model, u, 60);
        for (std::int32_t item = 0; item < 60; ++item) {
            const auto terms = easeTerms(*trained->model, history, item);
            ASSERT_EQ(terms.size(), history.size());
            EXPECT_NEAR(std::accumulate(terms.begin(), terms.end(), 0.0), scores[std::size_t(item)], 1e-5);
        }
    }
}

TEST(ModelKindRegistry, EaseRefusesOverItsMemoryBudgetSayingWhy) {
    TwoDomains s;
    EaseOptions options;
    options.memoryBudgetGiB = 1e-6; // below the tiny project's need; the form allows ≥ 0.01 GiB
    auto trained = trainEase(s.data, s.split, options);
    ASSERT_FALSE(trained);
    EXPECT_NE(trained.status().message().find("memory"), std::string::npos) << trained.status().message();
    EXPECT_NE(trained.status().message().find("--memory-budget"), std::string::npos);
}

/// The flagship on ML-100K u1: for 500 sampled (person, top-10 item) cases the explanation's terms
/// add up to the score, and removing the 3 history items with the largest listed contributions
/// lowers the re-encoded score more than removing 3 random history items in ≥ 90 % of cases.
TEST(ModelKindRegistry, FlagshipExplanationsAreFaithfulOnMl100k) {
    std::string error;
    const auto* u1 = test::ml100kU1(&error);
    if (!u1)
        GTEST_SKIP() << error;
    const ModelKind& kind = *modelKinds().front();
    auto trained = trainKind(kind, u1->data, u1->split, {{"epochs", 4.0}, {"rating-epochs", 2.0}});
    ASSERT_TRUE(trained) << trained.status().message();
    auto space = makeTasteSpace(*trained->model, std::make_shared<const TrainingData>(u1->data));
    ASSERT_TRUE(space) << space.status().message();
    const TasteSpace& taste = *space.value();
    ASSERT_TRUE(taste.explainer);

    std::mt19937_64 random(11);
    int cases = 0, faithful = 0;
    auto scoreWithout = [&](std::int32_t u, const std::vector<HistoryEntry>& history,
                            const std::vector<std::size_t>& removed, std::int32_t item) {
        std::vector<HistoryEntry> kept;
        for (std::size_t k = 0; k < history.size(); ++k)
            if (std::find(removed.begin(), removed.end(), k) == removed.end())
                kept.push_back(history[k]);
        return double(taste.score(taste.encoder(u, kept), item));
    };
    while (cases < 500) {
        const auto u = std::int32_t(random() % std::uint64_t(u1->data.userCount()));
        const auto history = taste.history(u);
        if (history.size() < 10)
            continue;
        const UserProfile profile = taste.encoder(u, history);
        std::vector<std::int32_t> order(std::size_t(u1->data.itemCount()));
        std::iota(order.begin(), order.end(), 0);
        std::partial_sort(order.begin(), order.begin() + 10, order.end(), [&](std::int32_t a, std::int32_t b) {
            return taste.score(profile, a) > taste.score(profile, b);
        });
        const std::int32_t item = order[std::size_t(random() % 10)];
        const auto terms = taste.explainer(u, history, item);
        double sum = 0;
        std::vector<std::pair<double, std::size_t>> byAmount;
        for (const auto& term : terms) {
            sum += term.amount;
            if (term.kind == ScoreTerm::Kind::HistoryItem)
                byAmount.push_back({term.amount, term.historyIndex});
        }
        const double full = taste.score(profile, item);
        ASSERT_NEAR(sum, full, 1e-5);
        std::sort(byAmount.rbegin(), byAmount.rend());
        const std::vector<std::size_t> top = {byAmount[0].second, byAmount[1].second, byAmount[2].second};
        std::vector<std::size_t> shuffled(history.size());
        std::iota(shuffled.begin(), shuffled.end(), 0);
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        const std::vector<std::size_t> any(shuffled.begin(), shuffled.begin() + 3);
        if (full - scoreWithout(u, history, top, item) > full - scoreWithout(u, history, any, item))
            ++faithful;
        ++cases;
    }
    EXPECT_GE(faithful, 450) << faithful << " of 500";
}

} // namespace
} // namespace kindred
