// Item-based kNN (Sarwar et al. 2001) on mean-centred cosine similarity:
//   c_ui = r_ui − m_i,   s_ij = Σ_u c_ui c_uj / (‖c_i‖ ‖c_j‖) · n_ij / (n_ij + shrinkage)
// over the train ratings (n_ij: users who rated both; the norms run over each item's own
// ratings). Each item keeps its `neighbours` most similar items with s_ij > 0.
//   predict(u, i) = m_i + Σ_{j ∈ N(i) ∩ I_u} s_ij (r_uj − m_j) / Σ |s_ij|   (m_i when the sum is empty)
//   scoreAll(u)_i = Σ_{j ∈ N(i) ∩ I_u} s_ij r_uj   (Deshpande & Karypis 2004 top-N scoring: it ranks
//                   items near much of what the user liked, where the rating estimate would favour
//                   rare items with one lucky neighbour)
// m_i is the item's train mean damped towards its domain mean by kMeanDamping pseudo-ratings,
// which keeps items with one or two ratings from getting extreme means.
#include "BaselineModels.h"
#include "BaselineSupport.h"
#include "ByteIo.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kindred {

namespace {

constexpr std::string_view kTag = "KKNN";
constexpr std::uint32_t kVersion = 1;
constexpr float kMeanDamping = 2.0f;

using detail::SparseRows;

class ItemKnn final : public Recommender {
public:
    ItemKnn(std::vector<float> itemMean, SparseRows neighbours, SparseRows userRatings)
        : m_itemMean(std::move(itemMean))
        , m_neighbours(std::move(neighbours))
        , m_user(std::move(userRatings)) {}

    std::string kind() const override { return "item-knn"; }

    float predict(std::int32_t user, std::int32_t item) const override {
        if (std::size_t(item) >= m_itemMean.size())
            return 0.5f;
        const float base = m_itemMean[std::size_t(item)];
        if (std::size_t(user) >= m_user.rows())
            return base;
        const auto* first = m_user.index.data() + m_user.offsets[std::size_t(user)];
        const auto* last = m_user.index.data() + m_user.offsets[std::size_t(user) + 1];
        double num = 0, den = 0;
        for (auto n = m_neighbours.offsets[std::size_t(item)];
             n < m_neighbours.offsets[std::size_t(item) + 1]; ++n) {
            const auto j = m_neighbours.index[n];
            const auto* found = std::lower_bound(first, last, j);
            if (found == last || *found != j)
                continue;
            const float rating = m_user.value[std::size_t(found - m_user.index.data())];
            const float s = m_neighbours.value[n];
            num += double(s) * double(rating - m_itemMean[std::size_t(j)]);
            den += std::abs(double(s));
        }
        return den > 0 ? base + float(num / den) : base;
    }

    void scoreAll(std::int32_t user, std::span<float> scores) const override {
        std::fill(scores.begin(), scores.end(), 0.0f);
        if (std::size_t(user) >= m_user.rows())
            return;
        // The user's ratings as a dense row (0: not rated; values are > 0 only when rated
        // positively, and an unrated neighbour contributes nothing either way).
        std::vector<float> rated(m_itemMean.size(), 0.0f);
        for (auto k = m_user.offsets[std::size_t(user)]; k < m_user.offsets[std::size_t(user) + 1]; ++k)
            rated[std::size_t(m_user.index[k])] = m_user.value[k];
        const auto count = std::min(scores.size(), m_itemMean.size());
        for (std::size_t i = 0; i < count; ++i) {
            float score = 0;
            for (auto n = m_neighbours.offsets[i]; n < m_neighbours.offsets[i + 1]; ++n)
                score += m_neighbours.value[n] * rated[std::size_t(m_neighbours.index[n])];
            scores[i] = score;
        }
    }

    std::string serialize() const override {
        detail::ByteWriter out(kTag, kVersion);
        out.putVector(m_itemMean);
        for (const auto* rows : {&m_neighbours, &m_user}) {
            out.putVector(rows->offsets);
            out.putVector(rows->index);
            out.putVector(rows->value);
        }
        return out.take();
    }

    static std::unique_ptr<Recommender> load(const std::string& bytes) {
        detail::ByteReader in(bytes, kTag, kVersion);
        auto itemMean = in.getVector<float>();
        SparseRows neighbours, user;
        for (auto* rows : {&neighbours, &user}) {
            rows->offsets = in.getVector<std::uint64_t>();
            rows->index = in.getVector<std::int32_t>();
            rows->value = in.getVector<float>();
        }
        in.expectEnd();
        if (!neighbours.consistent(itemMean.size()) || neighbours.rows() != itemMean.size() ||
            !user.consistent(itemMean.size()))
            throw std::runtime_error("the stored item-knn model is inconsistent");
        return std::make_unique<ItemKnn>(std::move(itemMean), std::move(neighbours), std::move(user));
    }

private:
    std::vector<float> m_itemMean;
    SparseRows m_neighbours; ///< per item: neighbour items (most similar first) and similarities
    SparseRows m_user;       ///< per user: train items (ascending) and values on the 0..1 scale
};

} // namespace

std::unique_ptr<Recommender> trainItemKnn(const TrainingData& data, const Split& split,
                                          const BaselineOptions& options, ProgressToken* progressToken) {
    detail::requireMatchingSplit(data, split);
    const auto train = detail::ratingsOf(data, split, SplitPart::Train);
    const auto domainMean = detail::domainMeans(data, train);
    const auto users = std::size_t(data.userCount()), items = std::size_t(data.itemCount());
    const auto keep = std::size_t(std::max(1, options.neighbours));
    const double shrinkage = std::max(0.0, options.shrinkage);

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

    // Train ratings by user (interaction order is (user, item)) and by item (counting sort).
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
    SparseRows byItem; // centred values
    byItem.offsets.assign(items + 1, 0);
    for (const auto& r : train)
        ++byItem.offsets[std::size_t(r.item) + 1];
    for (std::size_t i = 0; i < items; ++i)
        byItem.offsets[i + 1] += byItem.offsets[i];
    byItem.index.resize(train.size());
    byItem.value.resize(train.size());
    {
        auto next = byItem.offsets;
        for (const auto& r : train) {
            const auto slot = next[std::size_t(r.item)]++;
            byItem.index[slot] = r.user;
            byItem.value[slot] = r.value - itemMean[std::size_t(r.item)];
        }
    }
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

    detail::TrainingProgress progress(progressToken, "item-kNN similarities", items, "items");
    try {
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
    } catch (const CancelledError&) {
        return nullptr;
    }
    progress.report(items, true);
    return std::make_unique<ItemKnn>(std::move(itemMean), std::move(neighbours), std::move(byUser));
}

namespace detail {
std::unique_ptr<Recommender> loadItemKnn(const std::string& bytes) {
    return ItemKnn::load(bytes);
}
} // namespace detail

} // namespace kindred
