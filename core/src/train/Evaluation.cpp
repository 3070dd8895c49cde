// Offline evaluation. Rating error: every evaluated interaction of an explicit domain, the
// prediction clipped to 0..1, both mapped to the domain's raw scale. Ranking: for each user with
// at least one relevant evaluated interaction, every item of the evaluated domain(s) that the
// user has no Train interaction with is a candidate; the evaluated relevant items are the
// positives; the top k by score (ties: lower item index first) are compared with them.
#include "kindred/train/Evaluation.h"

#include "kindred/common/Progress.h"
#include "kindred/train/Recommender.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <stdexcept>

namespace kindred {

namespace {

/// 1 − |A ∩ B| / |A ∪ B| of two sorted genre lists; -1 when both are empty (no information).
double genreDistance(const std::vector<std::int32_t>& a, const std::vector<std::int32_t>& b) {
    if (a.empty() && b.empty())
        return -1;
    std::size_t common = 0;
    auto x = a.begin();
    auto y = b.begin();
    while (x != a.end() && y != b.end()) {
        if (*x < *y)
            ++x;
        else if (*y < *x)
            ++y;
        else {
            ++common;
            ++x;
            ++y;
        }
    }
    const auto unionSize = a.size() + b.size() - common;
    return 1.0 - double(common) / double(unionSize);
}

} // namespace

Evaluation evaluate(const Recommender& model, const TrainingData& data, const Split& split,
                    const EvaluationOptions& options, ProgressToken* progress) {
    if (split.part.size() != data.interactions.size())
        throw std::invalid_argument("evaluate: the split does not belong to the training data");
    if (options.coldStartOnly && split.coldStartUser.size() != std::size_t(data.userCount()))
        throw std::invalid_argument("evaluate: the split has no cold-start flags for these users");
    const auto users = std::size_t(data.userCount()), items = std::size_t(data.itemCount());
    const int domain = options.domain >= 0     ? options.domain
                       : options.coldStartOnly ? split.coldStartDomain
                                               : -1;
    const auto k = std::size_t(std::max(1, options.k));

    Evaluation result;
    result.k = int(k);

    auto inDomain = [&](std::int32_t item) {
        return domain < 0 || data.itemDomain[std::size_t(item)] == domain;
    };
    auto userIncluded = [&](std::int32_t user) {
        return !options.coldStartOnly || split.coldStartUser[std::size_t(user)] != 0;
    };
    auto relevant = [&](const Interaction& x) {
        const auto& d = data.domains[std::size_t(data.itemDomain[std::size_t(x.item)])];
        return d.isExplicit ? double(x.value) >= options.relevanceThreshold - 1e-6 : x.value > 0;
    };

    // Rating error, and the users the ranking can judge.
    double squared = 0, absolute = 0;
    std::vector<std::int32_t> rankable;
    for (std::int32_t u = 0; u < std::int32_t(users); ++u) {
        if (!userIncluded(u))
            continue;
        const auto [begin, end] = data.userRange(u);
        bool hasRelevant = false;
        for (std::size_t i = begin; i < end; ++i) {
            const auto& x = data.interactions[i];
            if (split.part[i] != options.part || !inDomain(x.item))
                continue;
            hasRelevant = hasRelevant || relevant(x);
            const auto& d = data.domains[std::size_t(data.itemDomain[std::size_t(x.item)])];
            if (!d.isExplicit)
                continue;
            const double span = d.scale.max - d.scale.min;
            const double predicted = std::clamp(double(model.predict(x.user, x.item)), 0.0, 1.0);
            const double error = (predicted - double(x.value)) * span;
            squared += error * error;
            absolute += std::abs(error);
            ++result.ratedCount;
        }
        if (hasRelevant)
            rankable.push_back(u);
    }
    if (result.ratedCount > 0) {
        result.rmse = std::sqrt(squared / double(result.ratedCount));
        result.mae = absolute / double(result.ratedCount);
    }

    if (options.maxRankedUsers > 0 && rankable.size() > options.maxRankedUsers) {
        // Seeded partial Fisher–Yates, then back to user order so the report reads the same.
        result.sampledFrom = rankable.size();
        std::mt19937_64 engine(options.seed);
        for (std::size_t i = 0; i < options.maxRankedUsers; ++i)
            std::swap(rankable[i], rankable[i + std::size_t(engine() % (rankable.size() - i))]);
        rankable.resize(options.maxRankedUsers);
        std::sort(rankable.begin(), rankable.end());
    }

    std::vector<std::uint8_t> isCandidateDomain(items, 0);
    std::size_t catalogue = 0;
    for (std::size_t i = 0; i < items; ++i)
        if (inDomain(std::int32_t(i))) {
            isCandidateDomain[i] = 1;
            ++catalogue;
        }

    // Sorted genre lists for the Jaccard merge (TrainingData numbers genres by first appearance).
    std::vector<std::vector<std::int32_t>> genres(data.itemGenres);
    genres.resize(items);
    for (auto& g : genres)
        std::sort(g.begin(), g.end());

    // People are scored kScoreBlock at a time (Recommender::scoreMany: one matrix product for
    // the models that have one), then ranked one by one.
    constexpr std::size_t kScoreBlock = 64;
    std::vector<float> blockScores(kScoreBlock * items);
    float* scores = blockScores.data(); // the ranked person's row
    std::vector<std::uint8_t> excluded(items, 0), positive(items, 0), recommended(items, 0);
    std::vector<std::int32_t> candidates;
    double precision = 0, recall = 0, ndcg = 0, mrr = 0, hits = 0, diversity = 0;
    std::uint64_t diverseLists = 0;
    const auto better = [&](std::int32_t a, std::int32_t b) {
        const float sa = scores[std::size_t(a)], sb = scores[std::size_t(b)];
        return sa > sb || (sa == sb && a < b);
    };

    try {
        for (std::size_t n = 0; n < rankable.size(); ++n) {
            if (progress) {
                progress->throwIfCancelled();
                progress->report({"ranking users", n, rankable.size(), "users", 0, 0, -1});
            }
            const auto u = rankable[n];
            const auto [begin, end] = data.userRange(u);
            std::size_t relevantCount = 0;
            for (std::size_t i = begin; i < end; ++i) {
                const auto& x = data.interactions[i];
                if (split.part[i] == SplitPart::Train)
                    excluded[std::size_t(x.item)] = 1;
                else if (split.part[i] == options.part && inDomain(x.item) && relevant(x)) {
                    positive[std::size_t(x.item)] = 1;
                    ++relevantCount;
                }
            }
            if (n % kScoreBlock == 0) {
                const std::size_t count = std::min(kScoreBlock, rankable.size() - n);
                model.scoreMany(std::span(rankable).subspan(n, count), std::span(blockScores).first(count * items));
            }
            scores = blockScores.data() + (n % kScoreBlock) * items;
            candidates.clear();
            for (std::size_t i = 0; i < items; ++i) {
                if (!isCandidateDomain[i] || excluded[i])
                    continue;
                // NaN would break the strict weak ordering: rank it last.
                if (std::isnan(scores[i]))
                    scores[i] = -std::numeric_limits<float>::infinity();
                candidates.push_back(std::int32_t(i));
            }
            const auto top = std::min(k, candidates.size());
            std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(top), candidates.end(),
                              better);

            double dcg = 0, reciprocal = 0;
            std::size_t found = 0;
            for (std::size_t r = 0; r < top; ++r) {
                const auto item = std::size_t(candidates[r]);
                recommended[item] = 1;
                if (!positive[item])
                    continue;
                ++found;
                dcg += 1.0 / std::log2(double(r) + 2.0);
                if (reciprocal == 0)
                    reciprocal = 1.0 / double(r + 1);
            }
            double ideal = 0;
            for (std::size_t r = 0; r < std::min(k, relevantCount); ++r)
                ideal += 1.0 / std::log2(double(r) + 2.0);
            precision += double(found) / double(k);
            recall += double(found) / double(relevantCount);
            ndcg += dcg / ideal;
            mrr += reciprocal;
            hits += found > 0 ? 1.0 : 0.0;

            // Intra-list diversity over the pairs where at least one item has genres.
            double distanceSum = 0;
            std::uint64_t pairs = 0;
            for (std::size_t a = 0; a < top; ++a)
                for (std::size_t b = a + 1; b < top; ++b) {
                    const double d =
                        genreDistance(genres[std::size_t(candidates[a])], genres[std::size_t(candidates[b])]);
                    if (d >= 0) {
                        distanceSum += d;
                        ++pairs;
                    }
                }
            if (pairs > 0) {
                diversity += distanceSum / double(pairs);
                ++diverseLists;
            }

            for (std::size_t i = begin; i < end; ++i) {
                excluded[std::size_t(data.interactions[i].item)] = 0;
                positive[std::size_t(data.interactions[i].item)] = 0;
            }
            ++result.rankedUsers;
        }
    } catch (const CancelledError&) {
        result.cancelled = true;
    }

    if (result.rankedUsers > 0) {
        const double count = double(result.rankedUsers);
        result.precision = precision / count;
        result.recall = recall / count;
        result.ndcg = ndcg / count;
        result.mrr = mrr / count;
        result.hitRate = hits / count;
        result.coverage =
            catalogue ? double(std::count(recommended.begin(), recommended.end(), 1)) / double(catalogue)
                      : 0.0;
        result.diversity = diverseLists ? diversity / double(diverseLists) : 0.0;
    }
    if (progress && !result.cancelled)
        progress->report({"ranking users", rankable.size(), rankable.size(), "users", 0, 0, -1}, true);
    return result;
}

std::string Evaluation::toJson() const {
    nlohmann::ordered_json json;
    json["rmse"] = rmse;
    json["mae"] = mae;
    json["rated_count"] = ratedCount;
    json["k"] = k;
    json["precision"] = precision;
    json["recall"] = recall;
    json["ndcg"] = ndcg;
    json["mrr"] = mrr;
    json["hit_rate"] = hitRate;
    json["coverage"] = coverage;
    json["diversity"] = diversity;
    json["ranked_users"] = rankedUsers;
    if (sampledFrom > 0)
        json["sampled_from"] = sampledFrom;
    if (cancelled)
        json["cancelled"] = true;
    return json.dump(2);
}

} // namespace kindred
