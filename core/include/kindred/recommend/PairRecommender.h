#pragma once
// PairRecommender: recommendations for two people at once, across media, with numeric
// explanations, taste match and "kindred users" (nearest users in the taste space).
//
// Pipeline of recommend():
//   1. candidates  both people's scores of every item of each allowed medium (TasteSpace::scores,
//                  the whole score with every term a model has): in each medium the
//                  `candidatesPerQuery` largest scores of A, of B and of their mean (plus as many
//                  as the two rated, since rated items are dropped), united. The same scores give
//                  each person's standing in step 2, so the search costs no extra scoring.
//   2. scores      TasteSpace::score for A and B. The strategies combine 0..1 values: the score
//                  clipped to 0..1 for rating models; for ranking models (TasteSpace::scoresRank)
//                  each person's standing, the share of the medium's items they score lower, so
//                  the pair score is the ranking the benchmarks measure and stays within 0..1.
//   3. slate       greedy selection with MMR: at each step the eligible item maximising
//                  λ·rel(i) − (1 − λ)·max_{j in slate} cos(v_i, v_j), rel(i) min-max normalised to
//                  0..1 over the remaining candidates (λ = 1: pure relevance, no diversity).
//                  Quotas and the media filter decide eligibility.
//   4. explanations  per slate item (see ItemExplanation).
//
// Threading: the object is immutable after create() except for lazily built, mutex-guarded caches;
// every const method may be called from several threads at once. The TasteSpace is shared.

#include "kindred/common/Status.h"
#include "kindred/space/TasteSpace.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kindred {

enum class PairStrategy {
    Average,      ///< rel = (s_A + s_B) / 2
    LeastMisery,  ///< rel = min(s_A, s_B)
    MostPleasure, ///< rel = max(s_A, s_B)
    /// GFAR-style greedy (Kaya, Bridge & Tintarev 2020): p_u(i) = (T − rank_u(i)) / (T + 1) for the
    /// user's T best candidates (rank 0 = best), 0 beyond; T = max(5k, 50) capped by the candidate
    /// count. Step gain of item i = Σ_u p_u(i) · Π_{j in slate} (1 − p_u(j)), i.e. the marginal gain
    /// of Σ_u P(u finds at least one relevant item in the slate). Ties (all gains 0) fall back to
    /// the average score.
    Fairness,
    /// rel = Borda points: (n − 1 − rank_A(i)) + (n − 1 − rank_B(i)) over the n candidates,
    /// divided by 2(n − 1).
    Borda,
};

/// "average", "least-misery", "most-pleasure", "fairness", "borda".
std::string pairStrategyName(PairStrategy strategy);
std::optional<PairStrategy> parsePairStrategy(const std::string& name);

/// One of the two people: a known user of the space, or a profile with its history (cold start,
/// feedback-updated). When `profile` is set it is used for scores instead of the stored vector.
/// When `history` is empty and `user` ≥ 0 the user's stored history is used.
struct PairUser {
    std::int32_t user = -1;             ///< dense user index of TasteSpace::data, or -1
    std::optional<UserProfile> profile; ///< required when user == -1
    std::vector<HistoryEntry> history;  ///< for exclusion and explanations

    static PairUser known(std::int32_t user) { return PairUser{user, std::nullopt, {}}; }
};

struct PairOptions {
    PairStrategy strategy = PairStrategy::Average;
    int k = 10;
    double mmrLambda = 1.0;          ///< 1 = no diversity; 0 = diversity only
    std::vector<int> domains;        ///< domain indexes allowed; empty = all
    /// Domain index → exact number of slate items of that domain (when enough candidates). Domains
    /// without a quota share the remaining k − Σ quotas slots; k is raised to Σ quotas if smaller.
    std::map<int, int> quotas;
    bool includeRated = false;       ///< false: drop items either user rated
    int candidatesPerQuery = 300;    ///< top items per person (and their mean) and domain
    /// Non-empty: rank exactly these dense items (no search; media filter, exclusion and quotas
    /// still apply), e.g. for sampled offline evaluation or "which of these?" questions.
    std::vector<std::int32_t> candidates;
    bool explain = true;
    int contributorsPerUser = 5;     ///< history items listed per user and slate item
    int prefilterPerUser = 5;        ///< exact leave-one-out only for this many prefiltered items
};

/// One history item's part in a score, in the score's own units.
struct Contribution {
    std::int32_t item = 0;   ///< dense item index (of the history)
    float value = 0;         ///< the user's rating on 0..1
    double similarity = 0;   ///< cosine of the two item vectors
    /// Exact attributions: the item's term of the score. Estimates: s(H) − s(H \ {item}) through
    /// the encoder (a single leave-one-out).
    double contribution = 0;
    /// contribution / UserAttribution::weight: the signed part of everything that moves this
    /// score, in −1..1. Never a part of a near-zero quantity (see weight).
    double share = 0;
};

/// How one person's score of an item comes from what they rated.
///
/// Exact (exact == true; models whose explainer writes a score as a sum of named terms, the twin
/// network): fullScore == Σ contributors + otherHistory + itemAppeal + peopleLikeYou + kindredPeople, to
/// rounding; every listed contribution is that item's term; nothing is a remainder.
///
/// Estimated (other models with an encoder), all through TasteSpace::encoder(user, ·):
///   fullScore s(H); withoutListed s(H \ L) with every listed item removed; claimed = s(H) −
///   s(H \ L); listedSum = Σ single leave-one-out contributions; interaction = claimed −
///   listedSum, what the listed items do together beyond one by one.
/// Listed items: exact: the contributorsPerUser history terms with the largest |amount|;
/// estimated: among the entries the encoder reads, the prefilterPerUser with the largest
/// |cos(v_item, v_j) × (r_j − mean r)|, each evaluated exactly, then kept by |contribution|.
struct UserAttribution {
    bool exact = false;
    double fullScore = 0;
    std::vector<Contribution> contributors; ///< largest |contribution| first
    // Exact attributions.
    double otherHistory = 0;            ///< Σ of the terms of the history items not listed
    std::size_t otherHistoryCount = 0;  ///< how many they are
    double otherHistoryMagnitude = 0;   ///< Σ |terms| of those items (their part of `weight`)
    double itemAppeal = 0;              ///< the item's own term, the same for everyone
    double peopleLikeYou = 0;           ///< the demographic term (0 without demographics)
    /// What the people most like them rated (0 unless they are new to the item's medium), and the
    /// similarity-weighted share of those people who rated the item (0..1).
    double kindredPeople = 0, kindredShare = 0;
    // Estimated attributions.
    double withoutListed = 0, claimed = 0, listedSum = 0, interaction = 0;
    /// What the shares are parts of: exact: Σ |terms|; estimated: |claimed| when it is at least
    /// a tenth of |fullScore|, else 0 (then no share is meaningful and shares are 0).
    double weight = 0;
    /// Exact: Σ |history terms| / Σ |terms| in 0..1, how much of the score this person's own
    /// ratings carry. Estimated: NaN (not defined).
    double historyShare = 0;
    /// Genres of the item shared with the items this user liked (rated above their own mean):
    /// genre index → number of liked items having it, most frequent first.
    std::vector<std::pair<std::int32_t, int>> sharedGenres;
};

/// How a person's strongest reason for an item reads: what they did with the history item.
enum class ReasonVerb {
    Loved, ///< rated it at least 0.75 of the scale (4 of 1..5)
    Liked, ///< at least 0.5
    Rated, ///< lower
    Chose, ///< an implicit medium (plays, clicks): there is no rating
};
struct Reason {
    const Contribution* contribution = nullptr; ///< the listed item adding most, or nullptr
    ReasonVerb verb = ReasonVerb::Rated;
};
/// The listed history item that adds most to the score (positive contributions only), for the
/// "because A loved X" sentence; no contribution when none adds anything. `isExplicit` says
/// whether an item's medium holds ratings.
Reason strongestReason(const UserAttribution& attribution, const std::function<bool(std::int32_t item)>& isExplicit);

struct ItemExplanation {
    double scoreA = 0, scoreB = 0; ///< TasteSpace::score (see PairItem)
    double pairScore = 0;          ///< the strategy's relevance (before MMR)
    UserAttribution a, b;
};

struct PairItem {
    std::int32_t item = 0; ///< dense item index
    int domain = 0;        ///< domain index
    /// TasteSpace::score: a 0..1 rating score for rating models, the model's ranking score for
    /// ranking ones (TasteSpace::scoresRank).
    double scoreA = 0, scoreB = 0;
    /// The share of this medium's items whose score for the person is below this one's (0..1):
    /// what the strategies combine for ranking models, so neither person's scale dominates. 0 in
    /// a medium the person cannot be placed in: one that neither the media of their ratings nor
    /// any medium sharing at least 10 people with those reaches (e.g. two datasets with no
    /// people in common); a person without ratings reaches every medium.
    double standingA = 0, standingB = 0;
    /// Predicted rating on the item's own scale (e.g. 1..5), from the model's rating head or its
    /// 0..1 score; NaN when the model predicts no ratings or the medium has none (implicit
    /// feedback: plays, clicks).
    double ratingA = 0, ratingB = 0;
    double pairScore = 0;  ///< the strategy's relevance, 0..1
    double mmrScore = 0;   ///< the value that won its greedy step
    std::optional<ItemExplanation> explanation;
};

/// How alike two people are.
struct TasteMatch {
    double cosine = 0; ///< of the two profile vectors
    struct Domain {
        int domain = 0;
        int ratingsA = 0, ratingsB = 0;
        /// Cosine of encoder(-1, history restricted to the domain) of each; 0 when one has no ratings.
        double cosine = 0;
    };
    std::vector<Domain> perDomain;
    struct CoRated {
        std::int32_t item = 0;
        float valueA = 0, valueB = 0; ///< 0..1
    };
    int coRatedCount = 0;
    std::vector<CoRated> agree;    ///< |valueA − valueB| ≤ 0.125
    std::vector<CoRated> disagree; ///< |valueA − valueB| ≥ 0.5
};

struct PairRecommendation {
    std::vector<PairItem> items;
    PairStrategy strategy = PairStrategy::Average;
    std::size_t candidateCount = 0;
    double intraListDiversity = 0; ///< mean over slate pairs of 1 − cos(item vectors); 0 below 2 items
    double coverage = 0;           ///< slate size / number of items of the allowed domains
    TasteMatch match;
};

/// A user near another in the taste space.
struct KindredUser {
    std::int32_t user = 0;
    double cosine = 0;                   ///< of the user vectors
    int coRated = 0;                     ///< items both rated
    double agreement = 0;                ///< share of co-rated items with |Δ| ≤ 0.125 (0 when none)
    double meanAbsDifference = 0;        ///< over co-rated items, 0..1 scale
    std::vector<TasteMatch::CoRated> items; ///< the co-rated items, best agreement first
};

class PairRecommender {
public:
    /// Groups the items by medium. Fails on an empty or inconsistent space.
    static Result<std::unique_ptr<PairRecommender>> create(std::shared_ptr<const TasteSpace> space);
    ~PairRecommender();
    PairRecommender(const PairRecommender&) = delete;
    PairRecommender& operator=(const PairRecommender&) = delete;

    const TasteSpace& space() const noexcept;

    Result<PairRecommendation> recommend(const PairUser& a, const PairUser& b,
                                         const PairOptions& options = {}) const;
    /// The explanation of one item for the pair (what recommend() attaches to each slate item;
    /// here pairScore is the mean of the two values the strategies combine, since there is no slate).
    Result<ItemExplanation> explain(const PairUser& a, const PairUser& b, std::int32_t item,
                                    const PairOptions& options = {}) const;
    Result<TasteMatch> tasteMatch(const PairUser& a, const PairUser& b) const;
    /// The n users with the largest cosine to `user` (an exact scan of every user vector; their
    /// lengths computed on first use), the user excluded. Zero vectors have cosine 0 with everyone.
    Result<std::vector<KindredUser>> kindredUsers(std::int32_t user, int n) const;

private:
    struct Impl;
    explicit PairRecommender(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Cold start: a profile for a new person from a few ratings (dense item, value 0..1) through
/// TasteSpace::encoder(-1, history). Fails on unknown items or values outside 0..1.
Result<UserProfile> coldStartProfile(const TasteSpace& space, const std::vector<HistoryEntry>& history);

/// Mean pairwise 1 − cosine of the item vectors (0 for fewer than two items).
double intraListDiversity(const TasteSpace& space, const std::vector<std::int32_t>& items);

} // namespace kindred
