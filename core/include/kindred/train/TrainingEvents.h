#pragma once
// What a training run reports while it runs (TrainingEvent, on the trainer's thread) and what is
// stored of it afterwards (one EpochRecord per epoch, the model's history). The stored form is
// written and read here only (historyToJson / historyFromJson), so readers never guess keys.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace kindred {

/// One epoch (SGD pass, ALS round, or validation check of a full-batch model).
struct EpochRecord {
    int epoch = 0;                ///< 1-based
    /// The kind's training objective over the epoch (neural kinds: mean loss over its batches;
    /// bias and mf: RMSE on the 0..1 scale over its training samples).
    double trainLoss = 0;
    /// Rating MSE on the 0..1 scale on the validation part; NaN when the kind does not measure it.
    double validationLoss = std::numeric_limits<double>::quiet_NaN();
    double validationRmse = std::numeric_limits<double>::quiet_NaN(); ///< raw scales; NaN when not measured
    double samplesPerSecond = 0;  ///< training samples per second of the update loop; 0 when unknown
    double seconds = 0;           ///< wall time of the whole epoch
    /// NDCG@10 over the unseen items of a medium, mean over (user, medium) lists of ≤ 2000 sampled
    /// validation users; NaN when not measured.
    double validationNdcg = std::numeric_limits<double>::quiet_NaN();
};

/// Events from the trainer's thread. Batch events carry the running loss; epoch events the record.
struct TrainingEvent {
    enum class Kind { Batch, Epoch, Finished } kind = Kind::Batch;
    int epoch = 0;
    std::int64_t batch = 0, batchesPerEpoch = 0;
    double loss = 0;
    double samplesPerSecond = 0;
    double etaSeconds = -1;       ///< -1 when unknown
    EpochRecord record;           ///< Epoch events
};

/// The stored form of a history: a JSON array of objects (epoch, train_loss, validation_loss,
/// validation_rmse, validation_ndcg, samples_per_second, seconds; NaN values left out).
std::string historyToJson(const std::vector<EpochRecord>& history);
/// Reads historyToJson() output, and the forms stored before it (baselines' "train_rmse").
/// Malformed text gives an empty history.
std::vector<EpochRecord> historyFromJson(const std::string& json);

} // namespace kindred
