#pragma once
// What the baseline trainers share: the ratings of one split part in a compact form, per-domain
// means, the raw-scale validation RMSE used for model selection, and progress plumbing.

#include "kindred/common/Progress.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace kindred::detail {

/// Compressed rows: row r is [offsets[r], offsets[r + 1]) of index/value.
struct SparseRows {
    std::vector<std::uint64_t> offsets;
    std::vector<std::int32_t> index;
    std::vector<float> value;

    std::size_t rows() const { return offsets.empty() ? 0 : offsets.size() - 1; }
    /// Offsets start at 0, never decrease and end at the entry count; indexes lie in 0..columns-1.
    bool consistent(std::size_t columns) const {
        if (offsets.empty() || offsets.front() != 0 || offsets.back() != index.size() ||
            index.size() != value.size())
            return false;
        for (std::size_t r = 0; r + 1 < offsets.size(); ++r)
            if (offsets[r] > offsets[r + 1])
                return false;
        return std::all_of(index.begin(), index.end(),
                           [&](std::int32_t c) { return c >= 0 && std::size_t(c) < columns; });
    }
};

/// NDCG of a ranked list (best first; its length is the cut-off k, or less when fewer items could
/// be ranked) against the relevant items: Σ_{r: ranked[r] relevant} 1/log2(r + 2) over the ideal
/// Σ_{r < min(k, |relevant|)} 1/log2(r + 2), the evaluation's definition (Evaluation.h).
template <class Ranked, class Relevant>
double rankedNdcg(const Ranked& ranked, std::size_t k, const Relevant& relevant) {
    double dcg = 0, ideal = 0;
    for (std::size_t r = 0; r < std::size(ranked) && r < k; ++r)
        if (std::find(std::begin(relevant), std::end(relevant), ranked[r]) != std::end(relevant))
            dcg += 1.0 / std::log2(double(r) + 2.0);
    for (std::size_t r = 0; r < std::min(k, std::size(relevant)); ++r)
        ideal += 1.0 / std::log2(double(r) + 2.0);
    return ideal > 0 ? dcg / ideal : 0.0;
}

/// NDCG@k of the candidates ordered by `score(item)` (highest first, ties by lower item) against
/// the relevant items; keeps only the k best while scanning, so it costs one pass.
template <class Score>
double topNdcg(const std::vector<std::int32_t>& candidates, const std::vector<std::int32_t>& relevant, std::size_t k,
               Score score) {
    std::vector<std::pair<float, std::int32_t>> top; // (score, item), best first
    const auto better = [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); };
    for (const auto item : candidates) {
        const std::pair<float, std::int32_t> entry{score(item), item};
        if (top.size() == k && !better(entry, top.back()))
            continue;
        top.insert(std::upper_bound(top.begin(), top.end(), entry, better), entry);
        if (top.size() > k)
            top.pop_back();
    }
    std::vector<std::int32_t> ranked;
    for (const auto& entry : top)
        ranked.push_back(entry.second);
    return rankedNdcg(ranked, k, relevant);
}

/// (item, amount) parts summed per item: ascending item, each once, zero sums dropped; parts of
/// one item are added in the order given.
inline std::vector<std::pair<std::int32_t, float>> summedByItem(std::vector<std::pair<std::int32_t, double>> parts) {
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::pair<std::int32_t, float>> out;
    for (std::size_t k = 0; k < parts.size();) {
        const std::int32_t item = parts[k].first;
        double sum = 0;
        for (; k < parts.size() && parts[k].first == item; ++k)
            sum += parts[k].second;
        if (sum != 0)
            out.push_back({item, float(sum)});
    }
    return out;
}

/// Rows become columns: out[c] lists (r, value) for every entry c of row r, ascending r.
/// Precondition: rows.consistent(columns).
SparseRows transposed(const SparseRows& rows, std::size_t columns);

struct Rating {
    std::int32_t user = 0;
    std::int32_t item = 0;
    float value = 0; ///< 0..1 scale
};

/// Throws std::invalid_argument when the split was not made for `data`.
void requireMatchingSplit(const TrainingData& data, const Split& split);

/// The interactions of one part, in interaction order.
std::vector<Rating> ratingsOf(const TrainingData& data, const Split& split, SplitPart part);

/// Mean value of `train` per domain; a domain without train ratings gets the overall mean
/// (0.5 when `train` is empty).
std::vector<float> domainMeans(const TrainingData& data, const std::vector<Rating>& train);

/// Factor from the 0..1 scale to each item's raw scale: max - min of its domain's scale for
/// explicit domains, 1 for implicit ones.
std::vector<float> itemRawSpan(const TrainingData& data);

/// RMSE of predict(user, item), clipped to 0..1, against `ratings`, on each item's raw scale.
/// Returns 0 for no ratings.
template <class Predict>
double rawRmse(const std::vector<Rating>& ratings, const std::vector<float>& span, Predict&& predict) {
    if (ratings.empty())
        return 0;
    double sum = 0;
    for (const auto& r : ratings) {
        const double p = std::clamp(double(predict(r.user, r.item)), 0.0, 1.0);
        const double e = (p - double(r.value)) * double(span[std::size_t(r.item)]);
        sum += e * e;
    }
    return std::sqrt(sum / double(ratings.size()));
}

/// Progress for one training phase; all calls are no-ops without a token.
class TrainingProgress {
public:
    TrainingProgress(ProgressToken* token, std::string phase, std::uint64_t total, std::string unit)
        : m_token(token)
        , m_phase(std::move(phase))
        , m_total(total)
        , m_unit(std::move(unit)) {
        report(0, true);
    }
    void report(std::uint64_t done, bool force = false) {
        if (m_token)
            m_token->report({m_phase, done, m_total, m_unit, 0, 0, -1}, force);
    }
    void throwIfCancelled() const {
        if (m_token)
            m_token->throwIfCancelled();
    }

private:
    ProgressToken* m_token;
    std::string m_phase;
    std::uint64_t m_total;
    std::string m_unit;
};

inline double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace kindred::detail
