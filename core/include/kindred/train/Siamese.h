#pragma once
// The cross-media Siamese / two-tower recommender (LibTorch, CPU).
//
// One shared USER tower embeds every user (the twin network: the same weights embed user A and
// user B, so two users are directly comparable): user id embedding + multi-head attention over the
// user's training history across ALL media (item embedding + rating), queried by the user's id
// embedding plus their demographic attributes (age group, gender, occupation) when the project has them.
// ITEM towers, one per domain, project item id embedding + genres (multi-hot bag) + hashed text
// features (tokenised, stop words removed, Snowball-stemmed unigrams and bigrams; or a user-supplied
// TorchScript text encoder) into the same space. Heads: rating (MSE on the 0..1 scale, biases +
// dot product) and ranking (in-batch sampled softmax), plus a paired-user term pulling together
// users whose ratings of the same items agree. Trained on SplitPart::Train; early stopping and model
// selection on Validation only.

#include "kindred/common/Progress.h"
#include "kindred/common/Status.h"
#include "kindred/common/History.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/TrainingEvents.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace kindred {

struct Split;
struct TrainingData;

/// What picks the returned epoch (and drives early stopping), on the validation part only.
enum class SelectionMetric {
    ValidationLoss, ///< lowest rating MSE
    ValidationNdcg, ///< highest NDCG@10 over the unseen items of each medium (what ranked
                    ///< recommendations need: they rank within one medium);
                    ///< the loss decides when no validation user has a relevant (≥ 4 of 5) item
};

struct SiameseOptions {
    int dimension = 64;          ///< size of the shared taste space
    int heads = 4;               ///< attention heads (must divide dimension)
    int historyLength = 64;      ///< training interactions the user tower attends to (balancedHistoryWindow)
    bool useGenres = true;
    bool useDemographics = true; ///< age group, gender, occupation in the user tower (when present)
    bool useText = true;
    std::uint32_t textBuckets = 1u << 13; ///< hashed unigram/bigram buckets (a dense table: size matters for speed)
    std::string textEncoderPath; ///< optional TorchScript module: forward(Tensor[N, T] int64 ids, 0 = pad) -> [N, D]
    double dropout = 0.1;
    double learningRate = 3e-3;
    double weightDecay = 1e-4;
    int epochs = 20;
    int batchSize = 512;         ///< interactions per optimiser step
    int samplesPerUser = 8;      ///< a batch holds chunks of up to this many interactions of one user
    double warmupFraction = 0.05; ///< of all steps, linear warm-up before the cosine decay
    double ratingWeight = 1.0;
    double rankingWeight = 0.1;
    /// The ranking head: in-batch sampled softmax within each medium, corrected for how often
    /// each item appears in batches (logQ), with its own per-item bias; the model's scoreAll()
    /// (the full rankings of evaluation) then ranks by u · i + that bias instead of the predicted
    /// rating. The taste space (pair view, explorer) keeps predicted ratings, which its explanations
    /// decompose. False: scoreAll() ranks by predicted rating.
    bool rankingHead = true;
    double pairWeight = 0.05;
    /// Cross-medium transfer term (projects with several media): each batch's positives in a
    /// medium are ranked, as in the ranking head, from a user vector whose history hides that
    /// whole medium, which is the path a user new to the medium takes. It trains the shared user
    /// tower to carry taste from one medium to another. Off by default: over 4 seeds it moved the
    /// cold-start lift from +6.0 % to +8.8 % on Amazon books → movies (weight 0.5) but from +10.9 %
    /// to −0.4 % on Douban books → music (bench/cross_domain_lift).
    double transferWeight = 0;
    int patience = 3;             ///< epochs without validation improvement before stopping
    SelectionMetric selectOn = SelectionMetric::ValidationLoss;
    /// "cpu", "cuda" (fails when LibTorch sees no CUDA device) or "auto" (CUDA when present).
    /// Debian's libtorch is CPU-only: the CUDA path needs a CUDA build of LibTorch.
    std::string device = "cpu";
    std::uint64_t seed = 42;
};

struct SiameseTrainingResult {
    std::unique_ptr<Recommender> model; ///< the best epoch by options.selectOn
    std::vector<EpochRecord> history;
    int bestEpoch = 0;
    bool stoppedEarly = false;
};

struct SiameseCallbacks {
    std::function<void(const TrainingEvent&)> onEvent;
    /// Called after every epoch with the full training state; store it to resume later.
    std::function<void(const std::string& checkpoint, int epoch)> onCheckpoint;
};

/// Trains on the calling thread (run it on a worker). `resumeFrom` is a checkpoint from
/// onCheckpoint of an earlier run with the same data, split and options: training continues after
/// its epoch and ends with the same result as an uninterrupted run. Fails with a readable message.
Result<SiameseTrainingResult> trainSiamese(const TrainingData& data, const Split& split, const SiameseOptions& options,
                                           const SiameseCallbacks& callbacks = {},
                                           ProgressToken* control = nullptr,
                                           const std::string& resumeFrom = {});

/// The shared user tower of a trained Siamese model as a TasteSpace encoder: a chronological
/// history (oldest first; the tower reads its balancedHistoryWindow of historyLength) → user
/// vector; known users keep their id embedding and bias, new users get a zero id query and bias 0.
/// `data` must be the data the model was trained on. The encoder is thread-safe (calls are serialised).
Result<UserEncoder> makeSiameseUserEncoder(const Recommender& model, const TrainingData& data);
/// How many history entries the encoder of a Siamese model reads (its historyLength, chosen by
/// balancedHistoryWindow); 0 when `model` is not a Siamese model.
std::size_t siameseHistoryWindow(const Recommender& model);

/// Every option as a JSON object (the text a trained model stores as its options; the training job
/// stores it as the model's hyperparameters and keys resumable runs by it). The one place that
/// names the options: a new option added here is stored, shown and part of the resume key.
std::string siameseOptionsJson(const SiameseOptions& options);

/// Rebuilds a trained Siamese model from Recommender::serialize().
Result<std::unique_ptr<Recommender>> loadSiamese(const std::string& bytes);

/// Writes a TorchScript text encoder usable as SiameseOptions::textEncoderPath: the mean of a
/// seeded random embedding table over hashed token ids ([N, T] int64, 0 = padding → [N, dimension]).
/// A starting point for user-supplied encoders, and the one the tests load.
Status saveHashedBagTextEncoder(const std::string& path, std::uint32_t buckets, int dimension, std::uint64_t seed);

/// The number of threads LibTorch uses; call once at start-up. 0 = $KINDRED_THREADS, else 1
/// (measured fastest for models of this size; see the implementation). Projections raise their own
/// thread's OpenMP threads to every core while they run (src/common/ComputeThreads.h).
void configureComputeThreads(int threads = 0);

} // namespace kindred
