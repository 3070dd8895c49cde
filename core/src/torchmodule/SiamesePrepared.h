#pragma once
// The Siamese trainer's data, as tensors, and its validation pass (private to core: includes
// LibTorch). prepare() turns TrainingData + Split into what the training loop indexes; validate()
// scores the network on the validation part after every epoch.

#include "SiameseNet.h"
#include "kindred/train/Siamese.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kindred {
struct Split;
struct TrainingData;
} // namespace kindred

namespace kindred::siamese {

/// A rating counts as a positive (ranking loss, validation ranking) from this 0..1 value (4 of 1..5).
constexpr float kRelevantValue = 0.75f;
/// Users whose validation ranking is measured each epoch (a seeded sample when there are more).
constexpr std::size_t kValidationRankUsers = 2000;
/// Length of the validation ranking lists.
constexpr std::int64_t kValidationRankK = 10;

/// Softmax temperature of the ranking head's dot products.
constexpr double kRankingTemperature = 0.2;

/// Everything the loop needs, as tensors, built once from TrainingData + Split.
struct Prepared {
    std::vector<std::int64_t> train, validation;        ///< interaction indexes
    torch::Tensor users, items, values;                  ///< [N] for all interactions
    torch::Tensor historyItems, historyValues;           ///< [U, L]
    torch::Tensor pairA, pairB, pairAgreement;           ///< paired-user term
    torch::Tensor rawMin, rawSpan;                       ///< [I] raw scale of each item's domain
    torch::Tensor logFrequency;                          ///< [I] log share of training interactions (logQ)
    // Validation ranking, one list per (sampled user, medium with a relevant validation item of
    // theirs): the user, the medium whose items are ranked (as recommendations and the ranking
    // head rank within one medium), the user's training items (excluded) and the relevant items.
    std::vector<std::int64_t> rankUsers, rankDomains;
    std::vector<std::vector<std::int64_t>> rankSeen, rankRelevant;
    model::SiameseNetConfig config;
    model::FeatureTensors features;
    torch::Device device = torch::kCPU; ///< where every tensor above lives (see moveTo)
};

torch::Tensor toTensor(const std::vector<std::int64_t>& values);
torch::Tensor toTensor(const std::vector<float>& values);
/// Pads ragged rows to [rows, width] with `padding`, keeping at most `width` entries per row.
torch::Tensor padRows(const std::vector<std::vector<std::int64_t>>& rows, std::int64_t width, std::int64_t padding);
/// `source` rows (ids) padded to [rowCount, width] with `padding`, width being the longest row
/// capped at `maxWidth`; rows past the end of `source` are all padding.
torch::Tensor padIdRows(const std::vector<std::vector<std::int32_t>>& source, std::size_t rowCount,
                        std::int64_t maxWidth, std::int64_t padding);

/// A module's parameters and buffers as bytes (a torch archive): the best epoch kept in memory.
std::string moduleBytes(torch::nn::Module& module);
/// Loads moduleBytes() output saved on any device onto `device` (the module must live there).
void loadModuleBytes(torch::nn::Module& module, const std::string& bytes, torch::Device device);
/// A training checkpoint: the network, the optimiser, the loop's state as JSON text and the best
/// epoch's moduleBytes(), in one archive (keys "net", "optimizer", "loop", "best"); with `extra`
/// (may be null: a second optimiser's state kept as a module), its state under "extra" too.
std::string writeCheckpoint(torch::nn::Module& net, torch::optim::Optimizer& optimizer, const std::string& loopJson,
                            const std::string& bestState, torch::nn::Module* extra = nullptr);
struct CheckpointParts {
    std::string loopJson, bestState;
};
/// Restores net, optimiser and `extra` (when not null; the checkpoint must hold it) from
/// writeCheckpoint() bytes onto `device`; returns the rest.
CheckpointParts readCheckpoint(const std::string& bytes, torch::nn::Module& net, torch::optim::Optimizer& optimizer,
                               torch::Device device, torch::nn::Module* extra = nullptr);

/// The device SiameseOptions::device names; throws when it is not available here.
torch::Device resolveDevice(const std::string& name);
/// Moves the prepared tensors to `device` (before the network is built from them).
void moveTo(Prepared& p, torch::Device device);
/// Builds the tensors for `data` and `split` (on the CPU). Throws std::runtime_error on bad input.
Prepared prepare(const TrainingData& data, const Split& split, const SiameseOptions& options);

/// History padding (and, with `exclude` [B], the item being predicted) masked out: [B, L] bool.
torch::Tensor historyMask(const Prepared& p, const torch::Tensor& history, const torch::Tensor* exclude);
/// Eval-mode vectors for all users (full training history) and all items.
std::pair<torch::Tensor, torch::Tensor> allVectors(model::SiameseNet& net, const Prepared& p);

struct ValidationScores {
    double loss = 0;  ///< rating MSE on the 0..1 scale
    double rmse = 0;  ///< on the raw scales
    double ndcg = 0;  ///< mean NDCG@kValidationRankK over the ranking lists (unseen items of one medium)
};

/// Validation rating error and ranking quality of the current network (eval mode).
ValidationScores validate(model::SiameseNet& net, const Prepared& p);

} // namespace kindred::siamese
