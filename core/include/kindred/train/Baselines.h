#pragma once
// The baselines every report compares against, trained on the Train part of a split. They need
// no autograd: plain C++ loops.

#include "kindred/common/Status.h"

#include <cstdint>
#include <memory>
#include <string>

namespace kindred {

class ProgressToken;
class Recommender;
struct Split;
struct TrainingData;

struct BaselineOptions {
    int epochs = 20;
    int factors = 64;               ///< biased MF latent size
    double learningRate = 0.01;
    double regularization = 0.05;
    int neighbours = 40;            ///< item-kNN
    std::uint64_t seed = 42;
};

/// Global mean + user and item biases (regularised alternating least squares).
std::unique_ptr<Recommender> trainBiasBaseline(const TrainingData&, const Split&, const BaselineOptions&,
                                               ProgressToken* = nullptr);
/// Biased matrix factorisation by SGD (Funk / Koren): mu + b_u + b_i + p_u · q_i.
std::unique_ptr<Recommender> trainBiasedMf(const TrainingData&, const Split&, const BaselineOptions&,
                                           ProgressToken* = nullptr);
/// Item popularity (number of training interactions); predict() returns the item's mean value.
std::unique_ptr<Recommender> trainPopularity(const TrainingData&, const Split&, const BaselineOptions&,
                                             ProgressToken* = nullptr);
/// Item-based kNN on mean-centred cosine similarity with shrinkage, k neighbours.
std::unique_ptr<Recommender> trainItemKnn(const TrainingData&, const Split&, const BaselineOptions&,
                                          ProgressToken* = nullptr);

/// Rebuilds a baseline from Recommender::serialize() output (kind as returned by kind()).
Result<std::unique_ptr<Recommender>> loadBaseline(const std::string& kind, const std::string& bytes);

} // namespace kindred
