#pragma once
// The baselines every report compares against, trained on the Train part of a split. They need
// no autograd: plain C++ loops.
//
// Every trainer reads only SplitPart::Train interactions to fit parameters; where there is
// something to choose (the number of ALS rounds or SGD epochs) it is chosen on
// SplitPart::Validation by RMSE, never on Test. Preconditions: split.part.size() ==
// data.interactions.size() and split.coldStartUser.size() == data.userCount() (else
// std::invalid_argument). Trainers run on the calling thread; they check `progress` between
// epochs (and every ~1 M SGD samples) and return nullptr when it was cancelled.

#include "kindred/common/Status.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace kindred {

class ProgressToken;
class Recommender;
struct Split;
struct TrainingData;

/// One epoch (SGD pass or ALS round) of a baseline, for history curves and the model store.
struct BaselineEpoch {
    int epoch = 0;                ///< 1-based
    /// On the 0..1 scale, over the epoch's train samples (for SGD: each before its update).
    double trainRmse = 0;
    /// On each domain's raw scale (0..1 for implicit domains); 0 without validation ratings.
    double validationRmse = 0;
    /// mf: train samples / seconds of the update loop alone (no shuffle, no validation); 0 for ALS.
    double samplesPerSecond = 0;
    double seconds = 0;           ///< wall time of the whole epoch
};

struct BaselineOptions {
    int epochs = 20;                ///< mf: SGD epochs, bias: ALS rounds; the best on validation is kept
    int factors = 64;               ///< biased MF latent size
    // Defaults chosen on the validation part of ML-100K u1 (the values are on the 0..1 scale).
    double learningRate = 0.05;     ///< biased MF SGD step
    double regularization = 0.01;   ///< biased MF L2 weight of factors and biases
    double biasRegularization = 3;  ///< bias baseline: λ added to the rating counts (shrinks rare users/items to 0)
    int neighbours = 100;           ///< item-kNN: neighbours kept per item
    double shrinkage = 100;         ///< item-kNN: similarity × n / (n + shrinkage), n = co-rating users
    std::uint64_t seed = 42;
    /// Called on the training thread after every epoch or round (may be empty); keep it cheap.
    std::function<void(const BaselineEpoch&)> onEpoch;
};

/// Mean of the item's domain + user and item biases (regularised alternating least squares;
/// with one domain this is the global mean).
std::unique_ptr<Recommender> trainBiasBaseline(const TrainingData&, const Split&, const BaselineOptions&,
                                               ProgressToken* = nullptr);
/// Biased matrix factorisation by SGD (Funk / Koren): mu_d + b_u + b_i + p_u · q_i, float32,
/// seeded (same seed and data → the same bytes from serialize()). scoreAll ranks by the prediction.
std::unique_ptr<Recommender> trainBiasedMf(const TrainingData&, const Split&, const BaselineOptions&,
                                           ProgressToken* = nullptr);
/// Item popularity (number of training interactions, the scoreAll score); predict() returns the
/// item's mean value (its domain's mean for items without training interactions).
std::unique_ptr<Recommender> trainPopularity(const TrainingData&, const Split&, const BaselineOptions&,
                                             ProgressToken* = nullptr);
/// Item-based kNN on mean-centred cosine similarity with shrinkage, `neighbours` kept per item.
/// predict() = item mean + similarity-weighted deviations of the neighbours the user rated;
/// scoreAll() = Σ similarity × value over those neighbours (formulas in ItemKnn.cpp).
std::unique_ptr<Recommender> trainItemKnn(const TrainingData&, const Split&, const BaselineOptions&,
                                          ProgressToken* = nullptr);

/// Rebuilds a baseline from Recommender::serialize() output (kind as returned by kind()).
Result<std::unique_ptr<Recommender>> loadBaseline(const std::string& kind, const std::string& bytes);

} // namespace kindred
