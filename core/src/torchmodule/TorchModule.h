#pragma once
// libkindred_torch.so: the code that runs on LibTorch (why it is a module: ../train/TorchRuntime.h).
// These are the implementations behind the public functions of the same names; kindred_core calls
// them only through the TorchRuntime that TorchModule.cpp exports.

#include "../train/TorchRuntime.h"

namespace kindred::torchmodule {

Result<SiameseTrainingResult> trainSiamese(const TrainingData& data, const Split& split, const SiameseOptions& options,
                                           const SiameseCallbacks& callbacks, ProgressToken* control,
                                           const std::string& resumeFrom);
Result<SiameseTrainingResult> trainAutoRec(const TrainingData& data, const Split& split, const AutoRecOptions& options,
                                           const SiameseCallbacks& callbacks, ProgressToken* control);
Result<TwinTrainingResult> trainTwinNetwork(const TrainingData& data, const Split& split, const TwinOptions& options,
                                            ProgressToken* token,
                                            const std::function<void(const TrainingEvent&)>& onEvent,
                                            const std::function<void(const std::string&, int)>& onCheckpoint,
                                            const std::string& resumeFrom, DataParallelGroup* group);
Result<UserEncoder> makeSiameseUserEncoder(const Recommender& model, const TrainingData& data);
Status saveHashedBagTextEncoder(const std::string& path, std::uint32_t buckets, int dimension, std::uint64_t seed);
Result<std::unique_ptr<DataParallelEngine>> joinGlooGroup(const DataParallelOptions& options);

} // namespace kindred::torchmodule
