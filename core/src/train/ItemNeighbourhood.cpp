// Item-item neighbourhoods (formulas in ItemNeighbourhood.h).
#include "ItemNeighbourhood.h"

#include "kindred/common/Progress.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <cmath>

namespace kindred::detail {

namespace {
constexpr float kMeanDamping = 2.0f; ///< pseudo-ratings at the medium's mean in each item mean
} // namespace

ItemNeighbourhood itemNeighbourhood(const TrainingData& data, const Split& split, std::size_t keep, double shrinkage,
                                    TrainingProgress& progress) {
    const auto train = ratingsOf(data, split, SplitPart::Train);
    const auto domainMean = domainMeans(data, train);
    const auto users = std::size_t(data.userCount()), items = std::size_t(data.itemCount());
    keep = std::max<std::size_t>(1, keep);
    shrinkage = std::max(0.0, shrinkage);

    // Damped item means.
    std::vector<double> sum(items, 0.0);
    std::vector<std::uint64_t> count(items, 0);
    for (const auto& r : train) {
        sum[std::size_t(r.item)] += r.value;
        ++count[std::size_t(r.item)];
    }
    std::vector<float> itemMean(items);
    for (std::size_t i = 0; i < items; ++i)
        itemMean[i] = float((sum[i] + kMeanDamping * domainMean[std::size_t(data.itemDomain[i])]) /
                            (double(count[i]) + kMeanDamping));

    // Train ratings by user (interaction order is (user, item)) and by item (its transpose).
    SparseRows byUser;
    byUser.offsets.assign(users + 1, 0);
    for (const auto& r : train)
        ++byUser.offsets[std::size_t(r.user) + 1];
    for (std::size_t u = 0; u < users; ++u)
        byUser.offsets[u + 1] += byUser.offsets[u];
    byUser.index.reserve(train.size());
    byUser.value.reserve(train.size());
    for (const auto& r : train) {
        byUser.index.push_back(r.item);
        byUser.value.push_back(r.value);
    }
    SparseRows byItem = transposed(byUser, items); // then centred on each item's damped mean
    for (std::size_t i = 0; i < items; ++i)
        for (auto k = byItem.offsets[i]; k < byItem.offsets[i + 1]; ++k)
            byItem.value[k] -= itemMean[i];
    std::vector<double> norm(items, 0.0);
    for (std::size_t i = 0; i < items; ++i) {
        for (auto k = byItem.offsets[i]; k < byItem.offsets[i + 1]; ++k)
            norm[i] += double(byItem.value[k]) * double(byItem.value[k]);
        norm[i] = std::sqrt(norm[i]);
    }

    SparseRows neighbours;
    neighbours.offsets.assign(items + 1, 0);
    std::vector<double> dotted(items, 0.0);
    std::vector<std::uint32_t> corated(items, 0);
    std::vector<std::int32_t> touched;
    struct Candidate {
        float similarity;
        std::int32_t item;
    };
    std::vector<Candidate> candidates;
    auto better = [](const Candidate& a, const Candidate& b) {
        return a.similarity > b.similarity || (a.similarity == b.similarity && a.item < b.item);
    };

    for (std::size_t i = 0; i < items; ++i) {
        if (i % 64 == 0) {
            progress.throwIfCancelled();
            progress.report(i);
        }
        touched.clear();
        for (auto a = byItem.offsets[i]; a < byItem.offsets[i + 1]; ++a) {
            const auto u = std::size_t(byItem.index[a]);
            const double cui = byItem.value[a];
            for (auto b = byUser.offsets[u]; b < byUser.offsets[u + 1]; ++b) {
                const auto j = byUser.index[b];
                if (std::size_t(j) == i)
                    continue;
                if (corated[std::size_t(j)]++ == 0)
                    touched.push_back(j);
                dotted[std::size_t(j)] += cui * double(byUser.value[b] - itemMean[std::size_t(j)]);
            }
        }
        candidates.clear();
        for (const auto j : touched) {
            const double n = corated[std::size_t(j)];
            const double denominator = norm[i] * norm[std::size_t(j)];
            if (denominator > 0) {
                const double s = dotted[std::size_t(j)] / denominator * n / (n + shrinkage);
                if (s > 0)
                    candidates.push_back({float(s), j});
            }
            dotted[std::size_t(j)] = 0;
            corated[std::size_t(j)] = 0;
        }
        const auto kept = std::min(keep, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(kept), candidates.end(),
                          better);
        for (std::size_t k = 0; k < kept; ++k) {
            neighbours.index.push_back(candidates[k].item);
            neighbours.value.push_back(candidates[k].similarity);
        }
        neighbours.offsets[i + 1] = neighbours.index.size();
    }
    progress.report(items, true);
    return {std::move(itemMean), std::move(neighbours), std::move(byUser)};
}

} // namespace kindred::detail
