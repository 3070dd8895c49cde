#pragma once
// The trained twin network at inference time (no LibTorch): item encodings, per-item scale and
// appeal, the demographic vectors, each training user's history, the neighbourhood memory, the
// kindred-people weights and the rating head. Formulas in kindred/train/TwinNetwork.h. Immutable
// after construction (but for setKindredWeights before sharing); const methods are thread-safe.

#include "../train/BaselineSupport.h"
#include "kindred/common/History.h"
#include "kindred/train/Recommender.h"

#include <memory>
#include <mutex>
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
    /// Kindred people (see TwinModel::kindredScores): per item its medium (0-based), per medium
    /// the other-media weight w_m of the similarity and the term's weight γ_m (0: no term).
    /// All empty: no such term (models stored before it).
    std::vector<std::int32_t> itemDomain;
    std::vector<float> kindredOtherWeight, kindredWeight;
};

/// A person counts as new to a medium while their history holds at most this many of its items;
/// only then do kindred people add to the medium's scores.
inline constexpr std::size_t kKindredColdRatings = 3;
/// How many of the most similar training people the kindred-people term asks.
inline constexpr std::size_t kKindredNeighbours = 50;

/// One item's share of a history's neighbourhood memory.
using MemoryEntry = std::pair<std::int32_t, float>;

class TwinModel final : public Recommender {
public:
    /// Throws std::invalid_argument when the sizes do not fit together.
    explicit TwinModel(TwinParameters parameters);

    std::string kind() const override { return "siamese"; }
    float predict(std::int32_t user, std::int32_t item) const override;
    void scoreAll(std::int32_t user, std::span<float> scores) const override;
    void scoreMany(std::span<const std::int32_t> users, std::span<float> scores) const override;
    std::string serialize() const override;
    /// Item side only (userVectors empty): the space places people from their ratings.
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
    /// memoryScores() added into `row` (the scores of the first row.size() items), each item's
    /// sum formed as memoryScores() forms it (in double, parts in history order, then to float),
    /// so the scores equal the explained ones; without sorting the parts, which run to tens of
    /// thousands per person on a large project. `sums` (every item 0 on entry and on return)
    /// and `touched` are the caller's scratch, reused from person to person.
    void addMemoryScores(std::span<const HistoryEntry> history, std::span<float> row, std::vector<double>& sums,
                         std::vector<std::int32_t>& touched) const;
    /// w_ij of the memory (0 when j is not remembered for i).
    float memoryWeight(std::int32_t item, std::int32_t historyItem) const;
    bool hasMemory() const { return !m_p.memory.index.empty(); }
    /// The people most like this person for `domain`: every training user v ≠ knownUser with
    /// ratings in the medium, by similarity s_v = cos_m + otherWeight × cos_other, cosines between
    /// the sets of items rated in the medium and in every other medium; the kKindredNeighbours
    /// largest s_v > 0 are kept. Returns each item of the medium they rated with the
    /// similarity-weighted share of them who rated it, Σ s_v [v rated i] / Σ s_v, in 0..1
    /// (ascending item). Empty without item media.
    std::vector<MemoryEntry> kindredShares(std::int32_t knownUser, std::span<const HistoryEntry> history, int domain,
                                           double otherWeight) const;
    /// True when the kindred-people term scores `domain`'s items for this history: γ_m > 0 and the
    /// history holds at most kKindredColdRatings items of the medium.
    bool kindredApplies(std::span<const HistoryEntry> history, int domain) const;
    /// The kindred-people part of the score: γ_m × kindredShares(…, m, w_m) for every medium m
    /// with γ_m > 0 of which the history holds at most kKindredColdRatings items (ascending item).
    std::vector<MemoryEntry> kindredScores(std::int32_t knownUser, std::span<const HistoryEntry> history) const;
    int domainCount() const { return int(m_p.kindredWeight.size()); }
    /// Sets the kindred-people weights (per medium). Call before the model is shared: the only
    /// change after construction, not thread-safe. Throws std::invalid_argument on wrong sizes.
    void setKindredWeights(std::vector<float> otherWeight, std::vector<float> weight);
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
    void validateDomains() const;
    /// Who rated what, for the kindred people; built on first use (most scores never need it).
    struct RaterIndex {
        detail::SparseRows ratersByItem;          ///< the histories transposed: per item, the users who rated it
        std::vector<std::uint32_t> domainCounts;  ///< [users × media] how many items of each medium a user rated
    };
    const RaterIndex& raterIndex() const;
    /// The rating head's two sides for the Train histories, computed on first use (predict()).
    struct RatingSides {
        std::vector<float> userLeft;  ///< [users × k] p_u + Wᵀ h_u
        std::vector<float> itemRight; ///< [items × k] V a_i + q_i (Wᵀ, V: historyWeights, itemWeights)
    };
    const RatingSides& ratingSides() const;
    /// Calls addPart(item, w_{item,j} × value) for every history entry j and every item that
    /// remembers it, in history order: the memory part's one traversal.
    template <typename AddPart>
    void forEachMemoryPart(std::span<const HistoryEntry> history, AddPart addPart) const;
    TwinParameters m_p;
    detail::SparseRows m_memoryByHistoryItem; ///< the memory transposed: per j, the items i and w_ij
    mutable std::once_flag m_raterIndexOnce;
    mutable RaterIndex m_raterIndex;
    mutable std::once_flag m_ratingSidesOnce;
    mutable RatingSides m_ratingSides;
};

} // namespace kindred::model
