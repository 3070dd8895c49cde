#pragma once
// Offline evaluation of a Recommender on one part of a Split: rating error (on each domain's raw
// scale) and top-K ranking quality over all items the user has not interacted with in training.

#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

class Recommender;
class ProgressToken;

struct EvaluationOptions {
    SplitPart part = SplitPart::Test;
    int k = 10;
    /// An evaluated interaction is relevant when its 0..1 value ≥ this (4 of 1..5 is 0.75).
    /// Implicit domains: every positive interaction (value > 0) is relevant.
    double relevanceThreshold = 0.75;
    int domain = -1;          ///< evaluate only items of this domain index (-1: all)
    bool coldStartOnly = false; ///< only users in split.coldStartUser
    std::size_t maxRankedUsers = 0; ///< 0: all users; else a seeded sample of this many
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

    std::string toJson() const;
};

Evaluation evaluate(const Recommender& model, const TrainingData& data, const Split& split,
                    const EvaluationOptions& options = {}, ProgressToken* progress = nullptr);

} // namespace kindred
