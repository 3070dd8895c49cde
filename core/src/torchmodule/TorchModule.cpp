// The module's entry point: its TorchRuntime (contract in ../train/TorchRuntime.h).
#include "TorchModule.h"

#include <torch/torch.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kindred::torchmodule {

namespace {

/// LibTorch's CPU kernels allocate a fresh output per operation: megabytes per operation when a
/// step encodes thousands of item rows. glibc serves such blocks from mmap or gives them back to
/// the system when they top the heap, so every step faulted its pages in again (a sixth of a step
/// on 25 M ratings; 99 → 81 ms a step). Blocks up to 32 MB (glibc's ceiling for the threshold)
/// stay in the heap, and the heap keeps up to 1 GB of free top before returning it. Set once, when
/// the module is first asked for its runtime; a training run gives the free heap back when it ends
/// (returnFreeHeap).
void keepStepSizedBlocksInTheHeap() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#endif
}

/// Hands the heap's free pages back to the system: a finished training run's tensors are freed,
/// and the app goes on without them.
template <typename T>
T returnFreeHeap(T&& result) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    return std::forward<T>(result);
}

class LibTorchRuntime final : public TorchRuntime {
public:
    void setThreads(int threads) const override { torch::set_num_threads(threads); }
    Result<SiameseTrainingResult> trainSiamese(const TrainingData& data, const Split& split,
                                               const SiameseOptions& options, const SiameseCallbacks& callbacks,
                                               ProgressToken* control, const std::string& resumeFrom) const override {
        return returnFreeHeap(torchmodule::trainSiamese(data, split, options, callbacks, control, resumeFrom));
    }
    Result<SiameseTrainingResult> trainAutoRec(const TrainingData& data, const Split& split,
                                               const AutoRecOptions& options, const SiameseCallbacks& callbacks,
                                               ProgressToken* control) const override {
        return returnFreeHeap(torchmodule::trainAutoRec(data, split, options, callbacks, control));
    }
    Result<TwinTrainingResult> trainTwinNetwork(const TrainingData& data, const Split& split,
                                                const TwinOptions& options, ProgressToken* token,
                                                const std::function<void(const TrainingEvent&)>& onEvent,
                                                const std::function<void(const std::string&, int)>& onCheckpoint,
                                                const std::string& resumeFrom, DataParallelGroup* group) const override {
        return returnFreeHeap(
            torchmodule::trainTwinNetwork(data, split, options, token, onEvent, onCheckpoint, resumeFrom, group));
    }
    Result<UserEncoder> makeSiameseUserEncoder(const Recommender& model, const TrainingData& data) const override {
        return torchmodule::makeSiameseUserEncoder(model, data);
    }
    Status saveHashedBagTextEncoder(const std::string& path, std::uint32_t buckets, int dimension,
                                    std::uint64_t seed) const override {
        return torchmodule::saveHashedBagTextEncoder(path, buckets, dimension, seed);
    }
    Result<std::unique_ptr<DataParallelEngine>> joinGroup(const DataParallelOptions& options) const override {
        return joinGlooGroup(options);
    }
};

} // namespace

} // namespace kindred::torchmodule

extern "C" __attribute__((visibility("default"))) const kindred::TorchRuntime* kindred_torch_runtime(int interfaceVersion) {
    static const kindred::torchmodule::LibTorchRuntime runtime;
    static const bool heapSet = (kindred::torchmodule::keepStepSizedBlocksInTheHeap(), true);
    (void)heapSet;
    return interfaceVersion == kindred::TorchRuntime::kInterfaceVersion ? &runtime : nullptr;
}
