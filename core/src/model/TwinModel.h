#pragma once
// The trained twin network at inference time (no LibTorch): item encodings, per-item scale and
// appeal, the demographic vectors, each training user's history, and the rating head. Formulas in
// kindred/train/TwinNetwork.h. Immutable after construction; const methods are thread-safe.

#include "../train/BaselineSupport.h"
#include "kindred/common/History.h"
#include "kindred/train/Recommender.h"

#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace kindred::model {

/// Everything a twin network is made of; row-major matrices.
struct TwinParameters {
    int dimension = 0;
    int ratingFactors = 0;
    std::vector<float> encodings;  ///< [items × dimension], unit rows a_i
    std::vector<float> scale;      ///< [items] σ_i > 0
    std::vector<float> appeal;     ///< [items] b_i
    std::vector<float> attributeVectors; ///< [attributes × dimension] (empty without demographics)
    detail::SparseRows userAttributes;   ///< per user: attribute indexes (values unused)
    detail::SparseRows history;          ///< per user: Train items (ascending) and values (0..1)
    // Rating head.
    std::vector<float> ratingBaseline;   ///< [items] domain mean + item bias
    std::vector<float> ratingCentre;     ///< [items] value subtracted from a rating of the item in h_u
    std::vector<float> userBias;         ///< [users]
    std::vector<float> userFactors;      ///< [users × k] p_u
    std::vector<float> historyWeights;   ///< [dimension × k] W
    std::vector<float> itemWeights;      ///< [dimension × k] V
    std::vector<float> itemFactors;      ///< [items × k] q_i
    std::string optionsJson;
    /// Neighbourhood memory: per item i, the items j (ascending) whose rating adds w_ij × value to
    /// i's ranking score. Empty (no rows): no memory.
    detail::SparseRows memory;
};

/// One item's share of a history's neighbourhood memory.
using MemoryEntry = std::pair<std::int32_t, float>;

class TwinModel final : public Recommender {
public:
    /// Throws std::invalid_argument when the sizes do not fit together.
    explicit TwinModel(TwinParameters parameters);

    std::string kind() const override { return "siamese"; }
    float predict(std::int32_t user, std::int32_t item) const override;
    void scoreAll(std::int32_t user, std::span<float> scores) const override;
    std::string serialize() const override;
    std::optional<FactorForm> factorForm() const override;
    static std::unique_ptr<TwinModel> deserialize(const std::string& bytes);

    const TwinParameters& parameters() const { return m_p; }
    int itemCount() const { return int(m_p.scale.size()); }
    int userCount() const { return int(m_p.userBias.size()); }
    /// u = Σ a_j over the history + the known user's demographic vector (knownUser < 0: none).
    std::vector<float> personVector(std::int32_t knownUser, std::span<const HistoryEntry> history) const;
    /// The rating head's history feature h (size k... before W: size dimension).
    std::vector<float> ratingHistory(std::span<const HistoryEntry> history) const;
    /// The encoder part of the ranking score of `item` for a person vector (without the memory).
    double score(std::span<const float> person, std::int32_t item) const;
    /// Σ_h w_{j_h, item}·value_h over the history: the memory part of the score, per item with a
    /// non-zero part (ascending item, each once).
    std::vector<MemoryEntry> memoryScores(std::span<const HistoryEntry> history) const;
    /// w_ij of the memory (0 when j is not remembered for i).
    float memoryWeight(std::int32_t item, std::int32_t historyItem) const;
    bool hasMemory() const { return !m_p.memory.index.empty(); }
    /// Rating head on 0..1 (unclipped); knownUser < 0 uses no per-user parameters.
    float predictRating(std::int32_t knownUser, std::span<const float> historyFeature, std::int32_t item) const;
    /// The known user's demographic vector c (zeros without demographics).
    std::vector<float> demographicVector(std::int32_t user) const;
    /// The user's Train history as entries.
    std::vector<HistoryEntry> trainHistory(std::int32_t user) const;
    std::span<const float> encoding(std::int32_t item) const {
        return {m_p.encodings.data() + std::size_t(item) * std::size_t(m_p.dimension), std::size_t(m_p.dimension)};
    }

private:
    TwinParameters m_p;
    std::vector<float> m_userVectors;   ///< [users × dimension] u from the Train history
    std::vector<float> m_userFeatures;  ///< [users × dimension] h from the Train history
    detail::SparseRows m_memoryByHistoryItem; ///< the memory transposed: per j, the items i and w_ij
};

} // namespace kindred::model
