// Item-based kNN (Sarwar et al. 2001) on the mean-centred cosine similarity of ItemNeighbourhood.h;
// each item keeps its `neighbours` most similar items with s_ij > 0.
//   predict(u, i) = m_i + Σ_{j ∈ N(i) ∩ I_u} s_ij (r_uj − m_j) / Σ |s_ij|   (m_i when the sum is empty)
//   scoreAll(u)_i = Σ_{j ∈ N(i) ∩ I_u} s_ij r_uj   (Deshpande & Karypis 2004 top-N scoring: it ranks
//                   items near much of what the user liked, where the rating estimate would favour
//                   rare items with one lucky neighbour)
#include "BaselineModels.h"
#include "BaselineSupport.h"
#include "ByteIo.h"
#include "ItemNeighbourhood.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace kindred {

namespace {

constexpr std::string_view kTag = "KKNN";
constexpr std::uint32_t kVersion = 1;

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
    detail::TrainingProgress progress(progressToken, "item-kNN similarities", std::size_t(data.itemCount()), "items");
    try {
        auto n = detail::itemNeighbourhood(data, split, std::size_t(std::max(1, options.neighbours)),
                                           std::max(0.0, options.shrinkage), progress);
        return std::make_unique<ItemKnn>(std::move(n.itemMean), std::move(n.neighbours), std::move(n.byUser));
    } catch (const CancelledError&) {
        return nullptr;
    }
}

namespace detail {
std::unique_ptr<Recommender> loadItemKnn(const std::string& bytes) {
    return ItemKnn::load(bytes);
}
} // namespace detail

} // namespace kindred
