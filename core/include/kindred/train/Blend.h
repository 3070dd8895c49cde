#pragma once
// Blend ("blend"): a linear combination of trained models, w0 + Σ_k w_k · clip01(model_k), whose
// weights are fitted by ridge least squares on the Validation part of the split (never Test) — the
// classic way to combine recommenders whose errors differ. Components must have been trained on the
// same split and must not have seen Validation ratings (their validation predictions must be
// honest): e.g. AutoRecOptions::encodeWithValidation = false.
//
// scoreAll ranks by the blended prediction. Thread-safety: like Recommender.

#include "kindred/common/Status.h"
#include "kindred/train/Recommender.h"

#include <memory>
#include <string>
#include <vector>

namespace kindred {

struct Split;
struct TrainingData;

/// Fails when there are no components or no validation ratings.
Result<std::unique_ptr<Recommender>> fitBlend(std::vector<std::unique_ptr<Recommender>> components,
                                              const TrainingData& data, const Split& split, double ridge = 1e-3);
/// Rebuilds a blend from Recommender::serialize() (components are reloaded with loadRecommender).
Result<std::unique_ptr<Recommender>> loadBlend(const std::string& bytes);

} // namespace kindred
