#pragma once
// EASE (Steck 2019, "Embarrassingly Shallow Autoencoders for Sparse Data"): the closed-form
// item-item model every ranking model here is measured against.
//
//   B = argmin ‖X − X B‖² + λ ‖B‖²  subject to diag(B) = 0
//     = I − P · diag(1 / diag(P)),   P = (XᵀX + λI)⁻¹
//
// X is the binary user × item matrix of the Train part (every interaction, any rating; all media
// together, so weights cross media). score(u, i) = Σ_{j ∈ history(u)} B[j, i]: the model explains
// itself, one term per history item. λ is chosen on the Validation part by NDCG@10 (within each
// medium) from a grid, or fixed. float32 throughout.
//
// Two ways to the same B: with fewer users than items the dual (Woodbury) form works on the
// U × U Gram matrix K = XXᵀ + λI (B[j, i] = x_jᵀ K⁻¹ x_i / (1 − x_iᵀ K⁻¹ x_i)), otherwise the
// primal n × n one. Before anything is allocated the job estimates its memory and refuses, with a
// message saying why, when it would pass the budget. Each item keeps its `keepPerItem` strongest
// outgoing weights (by |B[j, i]|); scores and explanations use exactly the stored weights.
//
// predict() is the item's mean training value (EASE ranks; it does not predict ratings).

#include "kindred/common/Status.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kindred {

class ProgressToken;
class Recommender;
struct Split;
struct TrainingData;

struct EaseOptions {
    double lambda = 0;             ///< > 0: use this λ; 0: choose from lambdaGrid on validation
    std::vector<double> lambdaGrid = {10, 20, 50, 100, 200, 500, 1000, 2000};
    double memoryBudgetGiB = 4;    ///< refuse when the closed form would need more than this
    int keepPerItem = 500;         ///< stored weights per item (its strongest); 0 = all
};

/// One λ tried on validation.
struct EaseTrial {
    double lambda = 0;
    double validationNdcg = 0;
};

struct EaseTrainingResult {
    std::unique_ptr<Recommender> model;
    double lambda = 0;             ///< the λ of the model
    std::vector<EaseTrial> trials; ///< in grid order; empty when λ was fixed
    double estimatedGiB = 0;       ///< the memory estimate that was checked against the budget
};

/// Bytes the closed form needs for `users` × `items` (the cheaper of the two forms).
double easeMemoryGiB(std::int64_t users, std::int64_t items);

/// Fits EASE on the Train part. `token` (may be null) reports progress and cancels between λs and
/// blocks of rows. Fails with a message on an empty training part, a project past the memory
/// budget, or cancel.
Result<EaseTrainingResult> trainEase(const TrainingData& data, const Split& split, const EaseOptions& options,
                                     ProgressToken* token = nullptr);

/// The exact terms of an EASE score: for each history item j (dense item indexes of the model's
/// data), B[j, item]; their sum is scoreAll()'s score of `item` for a user with that history.
/// `model` must be an EASE model (kind "ease"), else the result is empty.
std::vector<float> easeTerms(const Recommender& model, const std::vector<std::int32_t>& history, std::int32_t item);

/// Rebuilds a model from Recommender::serialize().
Result<std::unique_ptr<Recommender>> loadEase(const std::string& bytes);

} // namespace kindred
