#pragma once
// The boundary between kindred_core and the code that runs on LibTorch.
//
// Debian's LibTorch pulls in about 290 shared libraries (OpenCV, FFmpeg, GDAL, Qt 5, …) and
// registers its operators when loaded: 0.6–0.7 s before main() on the development machine. Only
// training (the Siamese, attention, AutoRec and twin kinds), rebuilding an attention model's user
// tower and c10d's process groups need it, so that code lives in a module of its own,
// libkindred_torch.so (core/src/torchmodule), next to libkindred_core.so and loaded the first time
// one of them is used. Commands and panels that only read a project never load LibTorch.
//
// The public functions (trainSiamese, trainAutoRec, trainTwinNetwork, makeSiameseUserEncoder,
// saveHashedBagTextEncoder, DataParallelGroup::join) keep their headers; kindred_core forwards them
// to the module through this interface. The module is built from the same tree as kindred_core
// and resolves kindred_core's symbols from the loaded libkindred_core.so.

#include "kindred/common/History.h"
#include "kindred/common/Status.h"
#include "kindred/train/AutoRec.h"
#include "kindred/train/DataParallel.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/TwinNetwork.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace kindred {

/// The exchanges of a joined c10d group (DataParallelGroup holds one). Both throw
/// DataParallelError when another process died or stopped answering.
class DataParallelEngine {
public:
    virtual ~DataParallelEngine() = default;
    virtual void sum(std::span<float> values) = 0;
    virtual void sum(std::span<double> values) = 0;
};

/// A rendezvous string taken apart (DataParallelOptions::rendezvous): "file:PATH" or "HOST:PORT".
struct RendezvousAddress {
    std::string filePath; ///< non-empty for a file rendezvous
    std::string host;
    std::uint16_t port = 0;
};
/// nullopt when `rendezvous` is of neither form.
std::optional<RendezvousAddress> parseRendezvous(const std::string& rendezvous);

/// What the module provides. Every function behaves as the public function of the same name.
class TorchRuntime {
public:
    /// Bumped whenever this class changes; the module refuses to load into another version.
    static constexpr int kInterfaceVersion = 1;

    virtual ~TorchRuntime() = default;
    /// LibTorch's intra-op threads (≥ 1).
    virtual void setThreads(int threads) const = 0;
    virtual Result<SiameseTrainingResult> trainSiamese(const TrainingData& data, const Split& split,
                                                       const SiameseOptions& options, const SiameseCallbacks& callbacks,
                                                       ProgressToken* control, const std::string& resumeFrom) const = 0;
    virtual Result<SiameseTrainingResult> trainAutoRec(const TrainingData& data, const Split& split,
                                                       const AutoRecOptions& options, const SiameseCallbacks& callbacks,
                                                       ProgressToken* control) const = 0;
    virtual Result<TwinTrainingResult>
    trainTwinNetwork(const TrainingData& data, const Split& split, const TwinOptions& options, ProgressToken* token,
                     const std::function<void(const TrainingEvent&)>& onEvent,
                     const std::function<void(const std::string&, int)>& onCheckpoint, const std::string& resumeFrom,
                     DataParallelGroup* group) const = 0;
    virtual Result<UserEncoder> makeSiameseUserEncoder(const Recommender& model, const TrainingData& data) const = 0;
    virtual Status saveHashedBagTextEncoder(const std::string& path, std::uint32_t buckets, int dimension,
                                            std::uint64_t seed) const = 0;
    /// Joins a c10d group over Gloo (options already validated). Fails with c10d's reason.
    virtual Result<std::unique_ptr<DataParallelEngine>> joinGroup(const DataParallelOptions& options) const = 0;
};

/// The module, loaded on first use (thread-safe; later calls return the same object, or the same
/// failure, which names the file looked for and the loader's reason).
Result<const TorchRuntime*> torchRuntime();

} // namespace kindred

/// The module's one exported symbol: its runtime, or null when built for another interface version.
extern "C" {
using KindredTorchRuntimeEntry = const kindred::TorchRuntime* (*)(int interfaceVersion);
}
