// Fitting the twin network's neighbourhood memory (contract in TwinMemory.h).
#include "TwinMemory.h"

#include "ItemNeighbourhood.h"
#include "kindred/common/Progress.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <cmath>

namespace kindred::detail {

namespace {

constexpr double kShrinkage = 100;   ///< of the similarities, as item-kNN's default
constexpr std::size_t kBatch = 256;  ///< lists scored at once
constexpr std::size_t kTop = 10;             ///< NDCG@10, the evaluation's
/// Multiples of the spread ratio tried for α_m.
constexpr double kMultiples[] = {0, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8};

/// Mean within-list variance of `values` over a list's candidates.
double variance(const std::vector<std::int32_t>& candidates, const float* values) {
    double sum = 0, squares = 0;
    for (const auto i : candidates) {
        sum += values[i];
        squares += double(values[i]) * double(values[i]);
    }
    const double n = double(std::max<std::size_t>(1, candidates.size()));
    return std::max(0.0, squares / n - (sum / n) * (sum / n));
}

} // namespace

NeighbourhoodMemory fitNeighbourhoodMemory(const TrainingData& data, const Split& split, std::span<const RankingList> lists,
                                           const std::vector<std::vector<std::int32_t>>& trainItems,
                                           const EncoderScores& encoderScores, std::size_t keep, ProgressToken* token) {
    const auto items = std::size_t(data.itemCount());
    const int domainCount = std::max<int>(1, int(data.domains.size()));
    TrainingProgress progress(token, "neighbourhood memory", items + lists.size(), "steps");
    ItemNeighbourhood hood = itemNeighbourhood(data, split, keep, kShrinkage, progress);
    const SparseRows byHistoryItem = transposed(hood.neighbours, items);

    NeighbourhoodMemory fit;
    fit.multiple.assign(std::size_t(domainCount), 0.0);
    fit.withoutMemory.assign(std::size_t(domainCount), std::nan(""));
    fit.withMemory = fit.withoutMemory;
    std::vector<double> ratio(std::size_t(domainCount), 0.0);
    constexpr std::size_t grid = std::size(kMultiples);
    std::vector<std::vector<double>> ndcg(std::size_t(domainCount), std::vector<double>(grid, 0.0));
    std::vector<std::size_t> listCount(std::size_t(domainCount), 0);

    std::vector<float> encoder, neighbourhood(items, 0.0f);
    std::vector<std::int32_t> candidates;
    for (std::size_t begin = 0; begin < lists.size();) {
        // A batch never spans two media: a medium's spread ratio comes from its first batch.
        std::size_t end = begin;
        while (end < lists.size() && end - begin < kBatch && lists[end].domain == lists[begin].domain)
            ++end;
        const int domain = lists[begin].domain;
        const bool firstOfDomain = listCount[std::size_t(domain)] == 0;
        std::vector<std::int32_t> users;
        for (std::size_t l = begin; l < end; ++l)
            users.push_back(lists[l].user);
        encoderScores(users, encoder);
        // Per list: the neighbourhood scores Σ_j s_ij value_j and the candidates.
        std::vector<std::vector<std::int32_t>> listCandidates(end - begin);
        std::vector<std::vector<float>> listNeighbourhood(end - begin);
        double encoderVariance = 0, neighbourhoodVariance = 0;
        for (std::size_t l = begin; l < end; ++l) {
            const auto u = std::size_t(lists[l].user);
            std::fill(neighbourhood.begin(), neighbourhood.end(), 0.0f);
            for (auto k = hood.byUser.offsets[u]; k < hood.byUser.offsets[u + 1]; ++k) {
                const auto j = std::size_t(hood.byUser.index[k]);
                for (auto n = byHistoryItem.offsets[j]; n < byHistoryItem.offsets[j + 1]; ++n)
                    neighbourhood[std::size_t(byHistoryItem.index[n])] += byHistoryItem.value[n] * hood.byUser.value[k];
            }
            candidates.clear();
            for (std::size_t i = 0; i < items; ++i)
                if (data.itemDomain[i] == domain &&
                    !std::binary_search(trainItems[u].begin(), trainItems[u].end(), std::int32_t(i)))
                    candidates.push_back(std::int32_t(i));
            encoderVariance += variance(candidates, encoder.data() + (l - begin) * items);
            neighbourhoodVariance += variance(candidates, neighbourhood.data());
            auto& own = listNeighbourhood[l - begin];
            own.reserve(candidates.size());
            for (const auto i : candidates)
                own.push_back(neighbourhood[std::size_t(i)]);
            listCandidates[l - begin] = candidates;
        }
        // An encoder without spread (nothing learnt) leaves the order to the memory alone.
        if (firstOfDomain && neighbourhoodVariance > 0)
            ratio[std::size_t(domain)] = encoderVariance > 0 ? std::sqrt(encoderVariance / neighbourhoodVariance) : 1.0;
        for (std::size_t l = begin; l < end; ++l) {
            const auto& cands = listCandidates[l - begin];
            const float* e = encoder.data() + (l - begin) * items;
            const auto& n = listNeighbourhood[l - begin];
            for (std::size_t g = 0; g < grid; ++g) {
                const double alpha = kMultiples[g] * ratio[std::size_t(domain)];
                std::size_t position = 0;
                // Candidates are visited in order, so position tracks each one's neighbourhood score.
                ndcg[std::size_t(domain)][g] += topNdcg(cands, lists[l].relevant, kTop, [&](std::int32_t item) {
                    return float(double(e[item]) + alpha * double(n[position++]));
                });
            }
        }
        listCount[std::size_t(domain)] += end - begin;
        progress.throwIfCancelled();
        progress.report(items + end);
        begin = end;
    }

    std::vector<double> alpha(std::size_t(domainCount), 0.0);
    for (int m = 0; m < domainCount; ++m) {
        if (listCount[std::size_t(m)] == 0)
            continue;
        const auto& row = ndcg[std::size_t(m)];
        const std::size_t best = std::size_t(std::max_element(row.begin(), row.end()) - row.begin());
        fit.multiple[std::size_t(m)] = kMultiples[best];
        alpha[std::size_t(m)] = kMultiples[best] * ratio[std::size_t(m)];
        fit.withoutMemory[std::size_t(m)] = row[0] / double(listCount[std::size_t(m)]);
        fit.withMemory[std::size_t(m)] = row[best] / double(listCount[std::size_t(m)]);
    }

    // w_ij = α_m(i) s_ij, each row ascending j; rows of media without memory stay empty.
    fit.weights.offsets.assign(items + 1, 0);
    std::vector<std::pair<std::int32_t, float>> row;
    for (std::size_t i = 0; i < items; ++i) {
        const double a = alpha[std::size_t(data.itemDomain[i])];
        row.clear();
        if (a > 0)
            for (auto k = hood.neighbours.offsets[i]; k < hood.neighbours.offsets[i + 1]; ++k)
                row.push_back({hood.neighbours.index[k], float(a * double(hood.neighbours.value[k]))});
        std::sort(row.begin(), row.end());
        for (const auto& [j, w] : row) {
            fit.weights.index.push_back(j);
            fit.weights.value.push_back(w);
        }
        fit.weights.offsets[i + 1] = fit.weights.index.size();
    }
    progress.report(items + lists.size(), true);
    return fit;
}

} // namespace kindred::detail
