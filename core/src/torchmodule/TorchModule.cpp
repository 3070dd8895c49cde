// The module's entry point: its TorchRuntime (contract in ../train/TorchRuntime.h).
#include "TorchModule.h"

#include <torch/torch.h>

namespace kindred::torchmodule {

namespace {

class LibTorchRuntime final : public TorchRuntime {
public:
    void setThreads(int threads) const override { torch::set_num_threads(threads); }
    Result<SiameseTrainingResult> trainSiamese(const TrainingData& data, const Split& split,
                                               const SiameseOptions& options, const SiameseCallbacks& callbacks,
                                               ProgressToken* control, const std::string& resumeFrom) const override {
        return torchmodule::trainSiamese(data, split, options, callbacks, control, resumeFrom);
    }
    Result<SiameseTrainingResult> trainAutoRec(const TrainingData& data, const Split& split,
                                               const AutoRecOptions& options, const SiameseCallbacks& callbacks,
                                               ProgressToken* control) const override {
        return torchmodule::trainAutoRec(data, split, options, callbacks, control);
    }
    Result<TwinTrainingResult> trainTwinNetwork(const TrainingData& data, const Split& split,
                                                const TwinOptions& options, ProgressToken* token,
                                                const std::function<void(const TrainingEvent&)>& onEvent,
                                                const std::function<void(const std::string&, int)>& onCheckpoint,
                                                const std::string& resumeFrom, DataParallelGroup* group) const override {
        return torchmodule::trainTwinNetwork(data, split, options, token, onEvent, onCheckpoint, resumeFrom, group);
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
    return interfaceVersion == kindred::TorchRuntime::kInterfaceVersion ? &runtime : nullptr;
}
