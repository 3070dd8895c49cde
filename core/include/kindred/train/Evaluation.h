#pragma once
// Offline evaluation of a Recommender on one part of a Split: rating error (on each domain's raw
// scale) and top-K ranking quality over all items the user has not interacted with in training.
//
// Definitions (per ranked user u, top-k list L_u, relevant evaluated items R_u, |R_u| ≥ 1):
//   candidates   every item of the evaluated domain(s) without a Train interaction of u; items of
//                other parts that are not relevant stay candidates and count as misses
//   order        score from Recommender::scoreAll, descending; ties by lower item index
//   precision    |L_u ∩ R_u| / k          recall   |L_u ∩ R_u| / |R_u|
//   NDCG         Σ_{r: L_u[r] ∈ R_u} 1/log2(r + 2) over the ideal Σ_{r < min(k, |R_u|)} 1/log2(r + 2)
//   MRR          1 / rank of the first relevant item in L_u (0 when none in the top k)
//   hit rate     1 when L_u ∩ R_u is not empty
// each averaged over the ranked users;
//   coverage     |∪ L_u| / number of items in the evaluated domain(s)
//   diversity    mean over lists of the mean over item pairs of 1 − Jaccard(genres); pairs where
//                neither item has genres are left out, lists without such pairs too
//   RMSE, MAE    over evaluated interactions of explicit domains: prediction clipped to 0..1, then
//                (prediction − value) × (scale max − min) of the item's domain

#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

class Recommender;
class ProgressToken;

inline constexpr std::size_t kDefaultRankedUsers = 20000;

struct EvaluationOptions {
    SplitPart part = SplitPart::Test;
    int k = 10;
    /// An evaluated interaction is relevant when its 0..1 value ≥ this (4 of 1..5 is 0.75).
    /// Implicit domains: every positive interaction (value > 0) is relevant.
    double relevanceThreshold = 0.75;
    int domain = -1;          ///< evaluate only items of this domain index (-1: all; see coldStartOnly)
    /// Only users in split.coldStartUser; with domain == -1 the domain becomes split.coldStartDomain,
    /// since that is the domain in which those users are cold.
    bool coldStartOnly = false;
    /// Above this many rankable users, ranking metrics cover a seeded sample of this many (scoring
    /// every item for each of 160 k users takes minutes); 0 ranks everyone. Rating error always
    /// covers every evaluated interaction.
    std::size_t maxRankedUsers = kDefaultRankedUsers;
    std::uint64_t seed = 7;
};

struct Evaluation {
    // Rating error on the raw scale of each interaction's domain (meaningful for explicit domains).
    double rmse = 0, mae = 0;
    std::uint64_t ratedCount = 0;
    // Ranking @k, averaged over users with at least one relevant held-out item.
    int k = 10;
    double precision = 0, recall = 0, ndcg = 0, mrr = 0, hitRate = 0;
    double coverage = 0;  ///< share of candidate items that appear in some top-k list
    double diversity = 0; ///< mean intra-list genre distance (1 - Jaccard) of the top-k lists
    std::uint64_t rankedUsers = 0;
    /// When the ranked users are a seeded sample: how many users could have been ranked (0: none
    /// were left out by sampling).
    std::uint64_t sampledFrom = 0;
    bool cancelled = false; ///< progress was cancelled: ranking metrics cover rankedUsers users only

    /// Pretty-printed JSON, keys in this order: rmse, mae, rated_count, k, precision, recall, ndcg,
    /// mrr, hit_rate, coverage, diversity, ranked_users (+ sampled_from when sampled, cancelled:
    /// true when cancelled).
    std::string toJson() const;
};

/// Runs on the calling thread (calls model.scoreAll once per ranked user and model.predict once
/// per rated interaction); reports progress and checks cancel between users. Precondition:
/// `split` belongs to `data` (else std::invalid_argument).
Evaluation evaluate(const Recommender& model, const TrainingData& data, const Split& split,
                    const EvaluationOptions& options = {}, ProgressToken* progress = nullptr);

} // namespace kindred
