#pragma once
// The Siamese twin network (kind "siamese"), Kindred's flagship model.
//
// One item encoder embeds every item of every medium: a_i = normalise(id_i + mean of its genres'
// embeddings + mean of its hashed title/text words' embeddings), a unit vector of `dimension`
// numbers. A person is read through the same encoder (shared weights): their vector is the sum of
// the encodings of the items they rated, plus a "people like you" vector from their demographics
// (age group, gender, occupation) when the project has them:
//
//     u = Σ_{j ∈ history} a_j + c(demographics)
//
// so two people, or a person and an item, are compared in one space, and a person is a function
// of what they rated (no free per-person vector carries the score). Beside the encoder, a
// neighbourhood memory (TwinMemory.h) remembers for each item i the items j the same people rated,
// with weights w_ij; a rated item j adds w_ij × its 0..1 value v_j. The ranking score of item i is
//
//     score(u, i) = σ_i · (u · a_i) + b_i + Σ_{j ∈ history} w_ij v_j
//                 = Σ_j [σ_i (a_j · a_i) + w_ij v_j] + σ_i (c · a_i) + b_i
//
// an exact sum of one term per history item, one "people like you" term and the item's own appeal
// b_i (σ_i > 0 is a learned per-item scale). For a person who has rated at most 3 items of item i's
// medium, one more term asks the people whose ratings most resemble theirs: γ_m × the
// similarity-weighted share of them who rated i (KindredPeople.h; γ_m chosen on validation, 0 where
// it does not help). Training the encoder (after ELSA, Vančura et al.,
// RecSys 2022): each person's history reconstructs which items of each medium they rated well
// (value ≥ `relevance`, every interaction of an implicit medium), by a normalised squared error
// per medium, with the item itself left out of its own reconstruction; Adam; the epoch with the
// best validation NDCG@10 (within each medium) is kept. The memory's weights are then chosen per
// medium on the same validation lists (none where it does not help). The rating head, trained
// afterwards on the frozen encoder, predicts ratings:
// r(u, i) = baseline_i + b_u + (p_u + W h_u) · (V a_i + q_i), with h_u the rating-centred mean of the person's history encodings; the epoch with the best validation RMSE
// is kept. scoreAll() ranks by the ranking score; predict() is the rating head.

#include "kindred/common/History.h"
#include "kindred/common/Status.h"
#include "kindred/train/TrainingEvents.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace kindred {

class DataParallelGroup;
class ProgressToken;
class Recommender;
struct Split;
struct TrainingData;

struct TwinOptions {
    int dimension = 256;          ///< size of the shared space
    bool useGenres = true;        ///< item genres in the item encoder
    bool useText = false;         ///< hashed title/text words in the item encoder
    std::uint32_t textBuckets = 1u << 13;
    bool useDemographics = true;  ///< the "people like you" vector (projects with demographics)
    double learningRate = 0.01;   ///< Adam, ranking stage
    int epochs = 30;              ///< ranking stage, upper bound (early stopping on validation); an epoch
                                  ///< visits every person, or a seeded 32,768 of more
    int patience = 4;             ///< epochs without validation improvement before stopping
    int batchUsers = 64;          ///< people per optimiser step (64 beat 256 on u1, Douban and Amazon validation)
    double inputDropout = 0;      ///< share of a history hidden from each step's input
    /// Ranking stage: a medium with more than kSampledFrom × this many items is scored, each step,
    /// on this many of them drawn uniformly (with replacement), the part of the loss from each
    /// person's items outside their history estimated from the drawn ones outside it; its item
    /// table then follows Adam on the rows a step touched. Smaller media (and 0: every medium) are
    /// scored in full. A step then scores a fixed number of items, whatever the catalogue's size
    /// (it still encodes every item its people rated).
    int sampledItems = 4096;
    /// Sampling starts at this multiple of sampledItems: below it the whole medium costs at most
    /// this many samples' work, and every real dataset of the ranking table (up to 9,742 items a
    /// medium) stays exact at the default.
    static constexpr int kSampledFrom = 4;
    /// True when a medium of `items` items is scored on samples.
    bool samplesMedium(std::int64_t items) const {
        return sampledItems > 0 && items > std::int64_t(kSampledFrom) * sampledItems;
    }
    double relevance = 0.75;      ///< a rating counts as liked from this 0..1 value (4 of 1..5)
    int ratingFactors = 32;       ///< rating head: size of its interaction part
    double ratingL2 = 0.01;       ///< rating head: L2 weight, on each step's people's and items' rows
                                  ///< (factors and bias, mean over the step) and on its two maps
    int ratingEpochs = 40;        ///< rating head, upper bound (early stopping on validation RMSE); an
                                  ///< epoch visits every Train rating, or a seeded 5 M of more
    int neighbours = 100;         ///< neighbourhood memory: items remembered per item (0: no memory)
    bool kindredPeople = true;    ///< the kindred-people term for people new to a medium (weighted on validation)
    /// "cpu", "cuda" (fails when LibTorch sees no CUDA device) or "auto" (CUDA when present).
    std::string device = "cpu";
    std::uint64_t seed = 42;
};

struct TwinTrainingResult {
    std::unique_ptr<Recommender> model; ///< null only on a data-parallel rank other than 0
    std::vector<EpochRecord> history; ///< ranking epochs (validation NDCG), then rating epochs
    int bestEpoch = 0;                ///< of the ranking stage
    int bestRatingEpoch = 0;
    // Neighbourhood memory, per medium (empty without one): the chosen multiple of the spread
    // ratio (0: the memory did not help), and validation NDCG@10 without and with it.
    std::vector<double> memoryMultiple, validationWithoutMemory, validationWithMemory;
    // Kindred people, per medium (empty without the term): the chosen other-media weight w_m and
    // weight γ_m (0: no term), and NDCG@10 on the cold probe without and with it (NaN: no probe).
    std::vector<double> kindredOtherWeight, kindredWeight, probeWithoutKindred, probeWithKindred;
};

/// Trains on the calling thread (run it on a worker). `token` (may be null) pauses and cancels
/// between steps; `onEvent` (may be empty) gets Batch and Epoch events; `onCheckpoint` (may be
/// empty) gets the full state after a ranking epoch (the first, then at most one every 20 s;
/// none after the last), and `resumeFrom` continues from such a state (same data, split and
/// options) to the same result as an uninterrupted run. With `group` (may be null; DataParallel.h)
/// the ranking stage is trained by every process of the group together: each computes
/// `batchUsers` people of every step and its share of the validation lists, so a group of N takes
/// exactly the steps one process takes with batchUsers × N and learningRate × √N (Adam's
/// square-root scaling rule; up to float summation order). Rank 0
/// then finishes the model alone; the other ranks return without one (`model` null, `history`
/// and `bestEpoch` filled).
Result<TwinTrainingResult> trainTwinNetwork(const TrainingData& data, const Split& split, const TwinOptions& options,
                                            ProgressToken* token = nullptr,
                                            const std::function<void(const TrainingEvent&)>& onEvent = {},
                                            const std::function<void(const std::string&, int)>& onCheckpoint = {},
                                            const std::string& resumeFrom = {}, DataParallelGroup* group = nullptr);

/// Rebuilds a trained twin network from Recommender::serialize().
Result<std::unique_ptr<Recommender>> loadTwinNetwork(const std::string& bytes);

/// The terms of score(history, item) for a person with this history (dense items of the model's
/// data) and, when knownUser ≥ 0, that user's demographics. Their sum is the score. Empty when
/// `model` is not a twin network.
std::vector<ScoreTerm> twinTerms(const Recommender& model, std::int32_t knownUser, std::span<const HistoryEntry> history,
                                std::int32_t item);

/// The person's vector u and the rating head's prediction for a history (0..1 scale, unclipped).
UserProfile twinProfile(const Recommender& model, std::int32_t knownUser, std::span<const HistoryEntry> history);
/// twinProfile's vector alone (without the memory's item terms).
std::vector<float> twinPersonVector(const Recommender& model, std::int32_t knownUser,
                                   std::span<const HistoryEntry> history);
float twinPredictRating(const Recommender& model, std::int32_t knownUser, std::span<const HistoryEntry> history,
                        std::int32_t item);

} // namespace kindred
