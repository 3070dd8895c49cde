// PairRecommender on hand-made spaces: strategies, exclusion, quotas, MMR, explanations,
// taste match, kindred users and cold start.
#include "PairTestSpace.h"
#include "kindred/recommend/PairRecommender.h"
#include "kindred/common/Progress.h"
#include "kindred/train/HistoryWindow.h"
#include "kindred/train/ModelKind.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>

namespace kindred {
namespace {

using test::Row;

/// Two users A = (1, 0), B = (0, 1), baselines 0, so s_A(i) = x_i and s_B(i) = y_i:
///   item 0 (0.90, 0.10)  avg 0.50  min 0.10  max 0.90
///   item 1 (0.60, 0.60)  avg 0.60  min 0.60  max 0.60
///   item 2 (0.95, 0.35)  avg 0.65  min 0.35  max 0.95
///   item 3 (0.20, 0.20)
///   items 4, 5: history only (A rated 4, B rated 5).
std::shared_ptr<TasteSpace> strategySpace() {
    auto data = test::makeData(2, {0, 0, 0, 0, 0, 0}, {test::explicitDomain("movies", 1, 5)},
                               {Row{0, 4, 1.0f}, Row{1, 5, 1.0f}});
    return test::makeRidgeSpace(std::move(data), 2,
                                {0.90f, 0.10f, 0.60f, 0.60f, 0.95f, 0.35f, 0.20f, 0.20f, 0.1f, 0.1f, 0.1f, 0.1f},
                                std::vector<float>(6, 0.0f), {1, 0, 0, 1});
}

std::unique_ptr<PairRecommender> recommenderFor(std::shared_ptr<const TasteSpace> space) {
    auto created = PairRecommender::create(std::move(space));
    EXPECT_TRUE(created.ok()) << created.status().message();
    return created.ok() ? std::move(created).value() : nullptr;
}

std::int32_t topItem(const PairRecommender& r, PairStrategy strategy) {
    PairOptions options;
    options.strategy = strategy;
    options.k = 1;
    const auto result = r.recommend(PairUser::known(0), PairUser::known(1), options);
    EXPECT_TRUE(result.ok()) << result.status().message();
    return result.ok() && !result->items.empty() ? result->items.front().item : -1;
}

TEST(PairRecommenderTest, StrategiesPickTheirDefinedBestItem) {
    const auto r = recommenderFor(strategySpace());
    ASSERT_TRUE(r);
    EXPECT_EQ(topItem(*r, PairStrategy::Average), 2);
    EXPECT_EQ(topItem(*r, PairStrategy::LeastMisery), 1);
    EXPECT_EQ(topItem(*r, PairStrategy::MostPleasure), 2);
    // Borda over 4 candidates: A ranks 2,0,1,3; B ranks 1,2,3,0 → item 2 has 3 + 2 = 5 points.
    EXPECT_EQ(topItem(*r, PairStrategy::Borda), 2);
}

TEST(PairRecommenderTest, ScoresAndOrderFollowTheStrategy) {
    const auto r = recommenderFor(strategySpace());
    ASSERT_TRUE(r);
    PairOptions options;
    options.strategy = PairStrategy::LeastMisery;
    options.k = 4;
    const auto result = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    ASSERT_EQ(result->items.size(), 4u);
    std::vector<std::int32_t> order;
    for (const auto& item : result->items) {
        order.push_back(item.item);
        EXPECT_NEAR(item.pairScore, std::min(item.scoreA, item.scoreB), 1e-6);
        EXPECT_NEAR(item.scoreA, r->space().score(0, item.item), 1e-6);
    }
    EXPECT_EQ(order, (std::vector<std::int32_t>{1, 2, 3, 0}));
    // A rating model's predicted rating is its score on the domain's scale: 1..5, s_A(item 1) =
    // 0.6 → 1 + 0.6 × 4.
    EXPECT_NEAR(result->items[0].ratingA, 3.4, 1e-5);

    // Explicit candidates: only those are ranked (rated ones still dropped).
    options.candidates = {3, 0, 4};
    const auto among = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(among.ok());
    ASSERT_EQ(among->items.size(), 2u);
    EXPECT_EQ(among->items[0].item, 3); // min 0.2 beats item 0's min 0.1
    EXPECT_EQ(among->items[1].item, 0);
}

TEST(PairRecommenderTest, RatedItemsAreExcludedUnlessAsked) {
    const auto r = recommenderFor(strategySpace());
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 10;
    const auto result = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(result.ok());
    for (const auto& item : result->items)
        EXPECT_TRUE(item.item != 4 && item.item != 5) << item.item;
    EXPECT_EQ(result->items.size(), 4u);

    // A new person who rated item 2: it leaves the slate.
    PairUser newcomer;
    newcomer.history = {{2, 1.0f}};
    newcomer.profile = UserProfile{{1.0f, 0.0f}, 0.0f, {}};
    const auto without = r->recommend(newcomer, PairUser::known(1), options);
    ASSERT_TRUE(without.ok()) << without.status().message();
    for (const auto& item : without->items)
        EXPECT_NE(item.item, 2);

    options.includeRated = true;
    const auto with = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(with.ok());
    EXPECT_EQ(with->items.size(), 6u);
}

/// The brute-force candidates: per domain the n best whole scores (ties: lower item) of A, of B
/// and of their mean, united.
std::set<std::int32_t> bestByWholeScore(const TasteSpace& space, const UserProfile& a, const UserProfile& b, std::size_t n) {
    std::set<std::int32_t> out;
    for (int domain = 0; domain < int(space.data->domains.size()); ++domain) {
        std::vector<std::int32_t> items;
        for (std::int32_t i = 0; i < space.data->itemCount(); ++i)
            if (space.data->itemDomain[std::size_t(i)] == domain)
                items.push_back(i);
        for (const double weightA : {1.0, 0.0, 0.5}) {
            const auto score = [&](std::int32_t i) { return weightA * space.score(a, i) + (1 - weightA) * space.score(b, i); };
            auto ranked = items;
            std::stable_sort(ranked.begin(), ranked.end(), [&](auto x, auto y) { return score(x) > score(y); });
            out.insert(ranked.begin(), ranked.begin() + std::ptrdiff_t(std::min(n, ranked.size())));
        }
    }
    return out;
}

TEST(PairRecommenderTest, CandidatesAreEachPersonsAndTheirMeansBestWholeScores) {
    const auto space = test::randomRidgeSpace(20, 120, 3, 8);
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    // A new person whose profile adds an item term: item 7's vector score is A's lowest, the term
    // makes it their best, so only a search by the whole score finds it.
    UserProfile a{{1.0f, -0.5f, 0.25f}, 0.0f, {}};
    std::int32_t lowest = 0;
    for (std::int32_t i = 0; i < space->data->itemCount(); ++i)
        if (space->score(a, i) < space->score(a, lowest))
            lowest = i;
    a.itemTerms = {{lowest, 50.0f}};
    PairUser personA;
    personA.profile = a;
    PairOptions options;
    options.candidatesPerQuery = 4;
    options.includeRated = true; // no rated items to look past: exactly 4 per query
    options.k = space->data->itemCount(); // the slate takes every candidate
    const auto result = r->recommend(personA, PairUser::known(1), options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    std::set<std::int32_t> slate;
    for (const auto& item : result->items)
        slate.insert(item.item);
    const auto expected = bestByWholeScore(*space, a, space->userProfile(1), 4);
    EXPECT_EQ(slate, expected);
    EXPECT_EQ(result->candidateCount, expected.size());
    EXPECT_TRUE(slate.count(lowest));
}

/// 10 "A items" (A loves, B lukewarm) and 10 "B items" (B likes, A dislikes); A's enthusiasm makes
/// the average pick only A items.
std::shared_ptr<TasteSpace> lopsidedSpace() {
    std::vector<float> vectors;
    std::vector<std::int32_t> domains;
    for (int i = 0; i < 10; ++i) {
        vectors.insert(vectors.end(), {0.9f - 0.01f * float(i), 0.3f});
        domains.push_back(0);
    }
    for (int i = 0; i < 10; ++i) {
        vectors.insert(vectors.end(), {0.1f, 0.7f - 0.01f * float(i)});
        domains.push_back(1);
    }
    auto data = test::makeData(2, domains, {test::explicitDomain("movies", 1, 5), test::explicitDomain("books", 1, 5)}, {});
    return test::makeRidgeSpace(std::move(data), 2, vectors, std::vector<float>(20, 0.0f), {1, 0, 0, 1});
}

double meanScore(const PairRecommendation& r, bool forA) {
    double sum = 0;
    for (const auto& item : r.items)
        sum += forA ? item.scoreA : item.scoreB;
    return sum / double(r.items.size());
}

TEST(PairRecommenderTest, FairnessServesTheLessEnthusiasticUser) {
    const auto r = recommenderFor(lopsidedSpace());
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 4;
    const auto average = r->recommend(PairUser::known(0), PairUser::known(1), options);
    options.strategy = PairStrategy::Fairness;
    const auto fair = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(average.ok() && fair.ok());
    for (const auto& item : average->items)
        EXPECT_LT(item.item, 10);
    int bItems = 0;
    for (const auto& item : fair->items)
        bItems += item.item >= 10;
    EXPECT_EQ(bItems, 2); // alternates: A's best, B's best, ...
    EXPECT_GT(std::min(meanScore(fair.value(), true), meanScore(fair.value(), false)),
              std::min(meanScore(average.value(), true), meanScore(average.value(), false)));
}

TEST(PairRecommenderTest, QuotasAndDomainFilterAreRespected) {
    const auto r = recommenderFor(lopsidedSpace());
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 5;
    options.quotas = {{0, 1}, {1, 3}};
    const auto result = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    // Domain 0 gets exactly 1, domain 1 exactly 3, and the free slot goes to the best other
    // item; with quotas on every domain the slot stays empty.
    int counts[2] = {0, 0};
    for (const auto& item : result->items)
        ++counts[item.domain];
    EXPECT_EQ(counts[0], 1);
    EXPECT_EQ(counts[1], 3);
    EXPECT_EQ(result->items.size(), 4u);

    options.quotas = {{1, 2}};
    const auto partial = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(partial.ok());
    counts[0] = counts[1] = 0;
    for (const auto& item : partial->items)
        ++counts[item.domain];
    EXPECT_EQ(counts[1], 2);
    EXPECT_EQ(counts[0], 3);

    options.quotas.clear();
    options.domains = {1};
    const auto books = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(books.ok());
    for (const auto& item : books->items)
        EXPECT_EQ(item.domain, 1);
    EXPECT_NEAR(books->coverage, 5.0 / 10.0, 1e-12);
}

TEST(PairRecommenderTest, MmrRaisesIntraListDiversity) {
    const auto r = recommenderFor(lopsidedSpace());
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 4;
    const auto plain = r->recommend(PairUser::known(0), PairUser::known(1), options);
    options.mmrLambda = 0.3;
    const auto diverse = r->recommend(PairUser::known(0), PairUser::known(1), options);
    ASSERT_TRUE(plain.ok() && diverse.ok());
    EXPECT_GT(diverse->intraListDiversity, plain->intraListDiversity + 0.05);
    std::vector<std::int32_t> slate;
    for (const auto& item : diverse->items)
        slate.push_back(item.item);
    EXPECT_NEAR(diverse->intraListDiversity, intraListDiversity(r->space(), slate), 1e-12);
}

TEST(PairRecommenderTest, ExplanationsAreFaithfulToTheEncoder) {
    const auto space = test::randomRidgeSpace(30, 60, 4, 20);
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 5;
    const auto result = r->recommend(PairUser::known(3), PairUser::known(7), options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    ASSERT_EQ(result->items.size(), 5u);
    int positiveTops = 0;
    for (const auto& item : result->items) {
        ASSERT_TRUE(item.explanation);
        for (const auto* at : {&item.explanation->a, &item.explanation->b}) {
            const std::int32_t user = at == &item.explanation->a ? 3 : 7;
            const auto history = space->history(user);
            ASSERT_EQ(at->contributors.size(), 5u);
            // Listed contributions + interaction == claimed, and claimed is what removing them does.
            EXPECT_FALSE(at->exact);
            EXPECT_NEAR(at->listedSum + at->interaction, at->claimed, 1e-5);
            const double full = space->score(space->encoder(user, history), item.item);
            EXPECT_NEAR(at->fullScore, full, 1e-5);
            std::vector<HistoryEntry> rest;
            for (const auto& h : history)
                if (std::none_of(at->contributors.begin(), at->contributors.end(),
                                 [&](const Contribution& c) { return c.item == h.item; }))
                    rest.push_back(h);
            EXPECT_NEAR(at->claimed, full - space->score(space->encoder(user, rest), item.item), 1e-5);
            double sum = 0, shares = 0;
            for (const auto& c : at->contributors) {
                sum += c.contribution;
                shares += c.share;
            }
            EXPECT_NEAR(sum, at->listedSum, 1e-9);
            // Shares are parts of |claimed| only when it is at least a tenth of the score.
            if (std::abs(at->claimed) >= 0.1 * std::abs(at->fullScore))
                EXPECT_NEAR(shares, at->listedSum / std::abs(at->claimed), 1e-9);
            else
                EXPECT_EQ(shares, 0.0);
            // The top contributing item (largest contribution), removed from the history through
            // the encoder, lowers the score by exactly its contribution.
            const auto& top = *std::max_element(at->contributors.begin(), at->contributors.end(),
                                                [](const Contribution& x, const Contribution& y) {
                                                    return x.contribution < y.contribution;
                                                });
            std::vector<HistoryEntry> withoutTop;
            for (const auto& h : history)
                if (h.item != top.item)
                    withoutTop.push_back(h);
            const double reduced = space->score(space->encoder(user, withoutTop), item.item);
            EXPECT_NEAR(full - reduced, top.contribution, 1e-5);
            if (top.contribution > 0) {
                EXPECT_LT(reduced, full);
                ++positiveTops;
            }
            for (std::size_t c = 1; c < at->contributors.size(); ++c)
                EXPECT_LE(std::abs(at->contributors[c].contribution), std::abs(at->contributors[c - 1].contribution));
        }
    }
    // Every recommended item has, for each user, some history item that pushes its score up.
    EXPECT_EQ(positiveTops, 10);
}

/// A small twin network (the flagship, a ranking model that explains its scores) on two media;
/// with `disjoint`, people 0..29 rate only movies and 30..59 only books.
std::shared_ptr<const TasteSpace> twinSpace(bool disjoint = false) {
    std::mt19937 engine(9);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    std::vector<Row> rows;
    std::vector<std::int32_t> itemDomain(50);
    for (std::int32_t i = 0; i < 50; ++i)
        itemDomain[std::size_t(i)] = i < 25 ? 0 : 1;
    for (std::int32_t u = 0; u < 60; ++u)
        for (std::int32_t i = 0; i < 50; ++i)
            if (uniform(engine) < 0.4f && (!disjoint || (u < 30) == (i < 25)))
                rows.push_back({u, i, (u % 2 == i % 2) ? 1.0f : 0.25f});
    auto data = std::make_shared<TrainingData>(test::makeData(
        60, itemDomain, {test::explicitDomain("movies", 1, 5), test::explicitDomain("books", 1, 5)}, rows));
    const Split split = randomSplit(*data, 4);
    const ModelKind& kind = *findModelKind("siamese");
    auto values = kind.resolve({{"epochs", 3.0}, {"dimension", 8.0}, {"rating-epochs", 3.0}});
    EXPECT_TRUE(values);
    ProgressToken token;
    TrainingContext context{*data, split, values.value(), 42, token, {}, {}, {}, false};
    auto trained = kind.train(context);
    EXPECT_TRUE(trained) << trained.status().message();
    auto space = makeTasteSpace(*trained->model, data);
    EXPECT_TRUE(space) << space.status().message();
    return space.value();
}

TEST(PairRecommenderTest, ExactExplanationsAddUpAndTheRankingModelsPairScoreStaysOnItsScale) {
    const auto space = twinSpace();
    ASSERT_TRUE(space->scoresRank);
    ASSERT_TRUE(space->explainer);
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 6;
    const auto result = r->recommend(PairUser::known(2), PairUser::known(5), options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    ASSERT_EQ(result->items.size(), 6u);
    double previous = 2;
    for (const auto& item : result->items) {
        // Average strategy over standings: within 0..1, best first.
        EXPECT_GE(item.standingA, 0.0);
        EXPECT_LE(item.standingA, 1.0);
        EXPECT_NEAR(item.pairScore, 0.5 * (item.standingA + item.standingB), 1e-12);
        EXPECT_LE(item.pairScore, previous + 1e-12);
        previous = item.pairScore;
        EXPECT_FALSE(std::isnan(item.ratingA)) << "the twin has a rating head";
        EXPECT_GE(item.ratingA, 1.0);
        EXPECT_LE(item.ratingA, 5.0);
        ASSERT_TRUE(item.explanation);
        for (const auto* at : {&item.explanation->a, &item.explanation->b}) {
            EXPECT_TRUE(at->exact);
            double sum = at->otherHistory + at->itemAppeal + at->peopleLikeYou + at->kindredPeople;
            for (const auto& c : at->contributors)
                sum += c.contribution;
            EXPECT_NEAR(sum, at->fullScore, 1e-5);
            EXPECT_NEAR(at->fullScore, at == &item.explanation->a ? item.scoreA : item.scoreB, 1e-5);
            EXPECT_GE(at->historyShare, 0.0);
            EXPECT_LE(at->historyShare, 1.0);
            // The parts of everything that moves the score (Σ |terms|) add up to the whole.
            double parts = (at->otherHistoryMagnitude + std::abs(at->itemAppeal) + std::abs(at->peopleLikeYou) +
                            std::abs(at->kindredPeople)) / at->weight;
            for (const auto& c : at->contributors) {
                EXPECT_LE(std::abs(c.share), 1.0);
                parts += std::abs(c.share);
            }
            EXPECT_NEAR(parts, 1.0, 1e-9);
            EXPECT_GE(at->otherHistoryMagnitude, std::abs(at->otherHistory));
        }
    }
}

TEST(PairRecommenderTest, ADomainNoRatingLinksToIsNotRecommendedFromNoise) {
    // Two datasets without people in common: the model's scores of books say nothing about a
    // person who rated only movies, so books stand at 0 for them and the slate is movies.
    const auto r = recommenderFor(twinSpace(true));
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 5;
    const auto result = r->recommend(PairUser::known(2), PairUser::known(4), options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    ASSERT_EQ(result->items.size(), 5u);
    for (const auto& item : result->items)
        EXPECT_EQ(item.domain, 0) << "item " << item.item;
    options.domains = {1};
    const auto books = r->recommend(PairUser::known(2), PairUser::known(4), options);
    ASSERT_TRUE(books.ok());
    for (const auto& item : books->items) {
        EXPECT_EQ(item.standingA, 0.0);
        EXPECT_EQ(item.pairScore, 0.0);
    }
}

TEST(PairRecommenderTest, TheStrongestReasonIsTheLargestPositiveContribution) {
    UserAttribution at;
    at.contributors = {{1, 1.0f, 0, -0.9, 0}, {2, 0.75f, 0, 0.3, 0}, {3, 0.5f, 0, 0.4, 0}, {4, 0.25f, 0, 0.1, 0}};
    const auto explicitOnly = [](std::int32_t) { return true; };
    Reason reason = strongestReason(at, explicitOnly);
    ASSERT_NE(reason.contribution, nullptr);
    EXPECT_EQ(reason.contribution->item, 3); // +0.4 beats +0.3; the larger |−0.9| is no reason
    EXPECT_EQ(reason.verb, ReasonVerb::Liked);
    at.contributors[2].contribution = 0.2;
    EXPECT_EQ(strongestReason(at, explicitOnly).verb, ReasonVerb::Loved); // item 2, rated 0.75
    EXPECT_EQ(strongestReason(at, [](std::int32_t) { return false; }).verb, ReasonVerb::Chose);
    at.contributors = {{4, 0.25f, 0, 0.1, 0}};
    EXPECT_EQ(strongestReason(at, explicitOnly).verb, ReasonVerb::Rated);
    at.contributors = {{1, 1.0f, 0, -0.2, 0}};
    EXPECT_EQ(strongestReason(at, explicitOnly).contribution, nullptr);
}

TEST(PairRecommenderTest, ContributorsComeFromTheEncodersWindow) {
    // An encoder that reads only a balanced window of 6 entries over the two media (like the
    // Siamese user tower's historyLength): other entries cannot change a score, so they must not
    // be listed as contributors.
    auto space = test::randomRidgeSpace(30, 60, 4, 20);
    constexpr std::size_t kWindow = 6;
    const auto itemDomain = space->data->itemDomain;
    auto windowOf = [itemDomain](std::span<const HistoryEntry> history) {
        return balancedHistoryWindow(history, itemDomain, kWindow);
    };
    auto whole = space->encoder;
    space->encoder = [whole, windowOf](std::int32_t user, std::span<const HistoryEntry> history) {
        std::vector<HistoryEntry> read;
        for (const auto k : windowOf(history))
            read.push_back(history[k]);
        return whole(user, read);
    };
    space->encoderHistoryWindow = kWindow;
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    PairOptions options;
    options.k = 3;
    const auto result = r->recommend(PairUser::known(3), PairUser::known(7), options);
    ASSERT_TRUE(result.ok()) << result.status().message();
    for (const auto& item : result->items) {
        ASSERT_TRUE(item.explanation);
        for (const auto* at : {&item.explanation->a, &item.explanation->b}) {
            const auto history = space->history(at == &item.explanation->a ? 3 : 7);
            ASSERT_GT(history.size(), kWindow);
            const auto window = windowOf(history);
            ASSERT_FALSE(at->contributors.empty());
            for (const auto& c : at->contributors) {
                const auto position = std::size_t(std::find_if(history.begin(), history.end(),
                                                               [&](const HistoryEntry& h) { return h.item == c.item; }) -
                                                  history.begin());
                EXPECT_NE(std::find(window.begin(), window.end(), position), window.end()) << "item " << c.item;
            }
            EXPECT_GT(std::abs(at->contributors.front().contribution), 1e-7);
        }
    }
}

TEST(PairRecommenderTest, SharedGenresComeFromLikedItems) {
    const auto space = test::randomRidgeSpace(30, 60, 4, 20);
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    const auto e = r->explain(PairUser::known(1), PairUser::known(2), 3); // item 3: drama + sci-fi
    ASSERT_TRUE(e.ok()) << e.status().message();
    const auto history = space->history(1);
    double mean = 0;
    for (const auto& h : history)
        mean += h.value;
    mean /= double(history.size());
    for (std::int32_t genre : {0, 2}) {
        int liked = 0;
        for (const auto& h : history) {
            const auto& g = space->data->itemGenres[std::size_t(h.item)];
            liked += h.value > mean && std::find(g.begin(), g.end(), genre) != g.end();
        }
        const auto found = std::find_if(e->a.sharedGenres.begin(), e->a.sharedGenres.end(),
                                        [&](const auto& p) { return p.first == genre; });
        if (liked) {
            ASSERT_NE(found, e->a.sharedGenres.end());
        }
        if (found != e->a.sharedGenres.end()) {
            EXPECT_EQ(found->second, liked);
        }
    }
    for (const auto& [genre, count] : e->a.sharedGenres)
        EXPECT_NE(genre, 1); // comedy is not a genre of item 3
}

TEST(PairRecommenderTest, TasteMatchCountsAgreementAndPerDomain) {
    // A and B co-rate items 0..3: Δ = 0, 0.125, 0.5, 0.75 → agree 2, disagree 2.
    auto data = test::makeData(2, {0, 0, 1, 1, 1}, {test::explicitDomain("movies", 1, 5), test::explicitDomain("books", 1, 5)},
                               {Row{0, 0, 1.0f}, Row{1, 0, 1.0f}, Row{0, 1, 0.5f}, Row{1, 1, 0.625f},
                                Row{0, 2, 0.0f}, Row{1, 2, 0.5f}, Row{0, 3, 1.0f}, Row{1, 3, 0.25f}, Row{0, 4, 0.75f}});
    const auto space = test::makeRidgeSpace(std::move(data), 2, {1, 0, 0.5f, 0.5f, 0, 1, 0.3f, -0.2f, 0.7f, 0.7f},
                                            std::vector<float>(5, 0.5f));
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    const auto m = r->tasteMatch(PairUser::known(0), PairUser::known(1));
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->coRatedCount, 4);
    ASSERT_EQ(m->agree.size(), 2u);
    EXPECT_EQ(m->disagree.size(), 2u);
    EXPECT_EQ(m->agree[0].item, 0);
    EXPECT_NEAR(m->cosine,
                (space->userVector(0)[0] * space->userVector(1)[0] + space->userVector(0)[1] * space->userVector(1)[1]) /
                    (std::hypot(space->userVector(0)[0], space->userVector(0)[1]) *
                     std::hypot(space->userVector(1)[0], space->userVector(1)[1])),
                1e-5);
    ASSERT_EQ(m->perDomain.size(), 2u);
    EXPECT_EQ(m->perDomain[1].ratingsA, 3);
    EXPECT_EQ(m->perDomain[1].ratingsB, 2);
    EXPECT_GE(m->perDomain[0].cosine, -1.0);
    EXPECT_LE(m->perDomain[0].cosine, 1.0);
}

TEST(PairRecommenderTest, KindredUsersEqualBruteForceCosine) {
    const auto space = test::randomRidgeSpace(80, 60, 6, 15, 11);
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    for (std::int32_t user : {0, 17, 79}) {
        const auto found = r->kindredUsers(user, 10);
        ASSERT_TRUE(found.ok()) << found.status().message();
        ASSERT_EQ(found->size(), 10u);
        std::vector<std::pair<double, std::int32_t>> brute;
        const auto cos = [&](std::int32_t a, std::int32_t b) {
            double d = 0, na = 0, nb = 0;
            for (int j = 0; j < space->dimension; ++j) {
                d += double(space->userVector(a)[std::size_t(j)]) * space->userVector(b)[std::size_t(j)];
                na += double(space->userVector(a)[std::size_t(j)]) * space->userVector(a)[std::size_t(j)];
                nb += double(space->userVector(b)[std::size_t(j)]) * space->userVector(b)[std::size_t(j)];
            }
            return d / std::sqrt(na * nb);
        };
        for (std::int32_t other = 0; other < space->data->userCount(); ++other)
            if (other != user)
                brute.emplace_back(-cos(user, other), other);
        std::sort(brute.begin(), brute.end());
        for (std::size_t i = 0; i < 10; ++i) {
            EXPECT_NEAR(found.value()[i].cosine, -brute[i].first, 1e-6);
            EXPECT_NEAR(cos(user, found.value()[i].user), -brute[i].first, 1e-5);
            EXPECT_NE(found.value()[i].user, user);
        }
        // Co-rated items and agreement, checked by brute force for the nearest.
        const auto& nearest = found->front();
        int coRated = 0, agree = 0;
        for (const auto& a : space->history(user))
            for (const auto& b : space->history(nearest.user))
                if (a.item == b.item) {
                    ++coRated;
                    agree += std::abs(a.value - b.value) <= 0.125f;
                }
        EXPECT_EQ(nearest.coRated, coRated);
        EXPECT_NEAR(nearest.agreement, coRated ? double(agree) / coRated : 0.0, 1e-12);
    }
}

TEST(PairRecommenderTest, ColdStartFromFullHistoryMatchesStoredVector) {
    const auto space = test::randomRidgeSpace(20, 40, 4, 15);
    for (std::int32_t user : {0, 5, 19}) {
        const auto profile = coldStartProfile(*space, space->history(user));
        ASSERT_TRUE(profile.ok()) << profile.status().message();
        for (int j = 0; j < space->dimension; ++j)
            EXPECT_NEAR(profile->vector[std::size_t(j)], space->userVector(user)[std::size_t(j)], 1e-4);
        EXPECT_NEAR(profile->bias, space->userBias[std::size_t(user)], 1e-4);
    }
    EXPECT_FALSE(coldStartProfile(*space, {{999, 0.5f}}).ok());
    EXPECT_FALSE(coldStartProfile(*space, {{1, 1.5f}}).ok());

    // A new person with a few ratings can be paired with a known user.
    const auto newcomer = coldStartProfile(*space, {{1, 1.0f}, {2, 0.0f}, {3, 0.75f}});
    ASSERT_TRUE(newcomer.ok());
    const auto r = recommenderFor(space);
    ASSERT_TRUE(r);
    PairUser a;
    a.profile = newcomer.value();
    a.history = {{1, 1.0f}, {2, 0.0f}, {3, 0.75f}};
    const auto result = r->recommend(a, PairUser::known(4));
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->items.size(), 10u);
    for (const auto& item : result->items) {
        EXPECT_TRUE(item.item < 1 || item.item > 3) << item.item;
        EXPECT_EQ(item.explanation->a.contributors.size(), 3u);
    }
}

TEST(PairRecommenderTest, BadInputFailsWithAMessage) {
    const auto r = recommenderFor(strategySpace());
    ASSERT_TRUE(r);
    EXPECT_FALSE(r->recommend(PairUser::known(0), PairUser::known(9)).ok());
    PairOptions options;
    options.domains = {3};
    EXPECT_FALSE(r->recommend(PairUser::known(0), PairUser::known(1), options).ok());
    options.domains = {};
    options.mmrLambda = 2;
    EXPECT_FALSE(r->recommend(PairUser::known(0), PairUser::known(1), options).ok());
    EXPECT_EQ(parsePairStrategy("least-misery"), PairStrategy::LeastMisery);
    EXPECT_FALSE(parsePairStrategy("mean").has_value());
}

} // namespace
} // namespace kindred
