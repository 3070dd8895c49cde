#pragma once
// The item-autoencoder two-tower model ("autorec"; after Sedhain et al., I-AutoRec, 2015).
//
// ITEM tower: an item is encoded from the ratings it received, h_i = sigmoid(Σ_u t_ui V_u + μ),
// an embedding bag over its raters weighted by their ratings on a 1–5 pseudo-scale t = 4v + 1 (so the
// lowest rating differs from "not rated"). Because raters are shared across media, books, music and movies are encoded in
// the same coordinates. USER tower: a user vector W_u and bias b_u. Prediction: t̂_ui = W_u · h_i + b_u, stored
// converted to the 0..1 scale. Loss: squared error over the observed training ratings + λ/2 (|V|² + |W|²),
// full-batch Adam. Epochs are chosen on SplitPart::Validation (RMSE on the raw scales); Test is never
// read. After selection, the item codes are recomputed from Train + Validation ratings (both are
// known at that point), so the stored model's validation metrics are optimistic — selection used
// the Train-only codes and the history records them.
//
// The result is a factor model (kind "autorec"): user vectors W, biases b, item vectors h; loadable
// with loadRecommender("autorec", bytes) and usable as a TasteSpace.

#include "kindred/common/Status.h"
#include "kindred/train/Siamese.h"

#include <cstdint>

namespace kindred {

struct AutoRecOptions {
    int hidden = 500;              ///< size of the item code = dimension of the taste space
    double l2 = 200;               ///< λ, on the network's 1–5 pseudo-scale (4v + 1); chosen on ML-100K u1 validation
    double learningRate = 2e-3;    ///< Adam, full batch
    int epochs = 600;              ///< upper bound; one epoch = one full-batch step
    int evaluateEvery = 10;        ///< epochs between validation checks (= history records)
    int patience = 10;             ///< validation checks without improvement before stopping
    bool encodeWithValidation = true; ///< recompute the final item codes from Train + Validation
    std::uint64_t seed = 42;
};

/// Trains on the calling thread (run it on a worker). Events: one Epoch event per validation check
/// (record.epoch = full-batch steps so far), Batch events between them. Fails with a message on
/// empty training data or cancel.
Result<SiameseTrainingResult> trainAutoRec(const TrainingData& data, const Split& split, const AutoRecOptions& options,
                                           const SiameseCallbacks& callbacks = {},
                                           ProgressToken* control = nullptr);

} // namespace kindred
