// Loading libkindred_torch.so (contract in TorchRuntime.h), and the public functions that run in it.
#include "TorchRuntime.h"

#include <dlfcn.h>
#include <faiss/utils/distances.h>
#include <omp.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <utility>

namespace kindred {

namespace {

constexpr const char* kModuleFileName = "libkindred_torch.so";

/// The folder of the shared object this function is compiled into (libkindred_core.so).
std::filesystem::path folderOfThisLibrary() {
    Dl_info info{};
    if (dladdr(reinterpret_cast<const void*>(&folderOfThisLibrary), &info) == 0 || !info.dli_fname)
        return {};
    return std::filesystem::path(info.dli_fname).parent_path();
}

/// LibTorch's threads as configureComputeThreads() asked for them (0: not asked yet).
std::atomic<int> g_requestedThreads{0};
/// The loaded runtime, once loaded (read by configureComputeThreads without taking the load's lock).
std::atomic<const TorchRuntime*> g_loaded{nullptr};

Result<const TorchRuntime*> loadModule() {
    const std::filesystem::path path = folderOfThisLibrary() / kModuleFileName;
    // RTLD_NOW: a module that does not match this libkindred_core fails here, not mid-training.
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char* reason = dlerror();
        return Status::failure("cannot load Kindred's LibTorch module " + path.string() + ": " +
                               (reason ? reason : "unknown reason"));
    }
    auto entry = reinterpret_cast<KindredTorchRuntimeEntry>(dlsym(handle, "kindred_torch_runtime"));
    const TorchRuntime* runtime = entry ? entry(TorchRuntime::kInterfaceVersion) : nullptr;
    if (!runtime)
        return Status::failure(path.string() + " is from another build of Kindred (interface version " +
                               std::to_string(TorchRuntime::kInterfaceVersion) + " expected)");
    // The handle stays open for the life of the process: trained models hold the module's code.
    // Published before the thread count is read: a configureComputeThreads() running meanwhile
    // either sees the runtime or has stored its count for this read (or both: set twice).
    g_loaded.store(runtime);
    if (const int threads = g_requestedThreads.load())
        runtime->setThreads(threads);
    return runtime;
}

/// Runs `call` on the runtime, or returns the load failure as the call's result type.
template <class Call> auto withRuntime(Call&& call) -> decltype(call(std::declval<const TorchRuntime&>())) {
    auto runtime = torchRuntime();
    if (!runtime)
        return runtime.status();
    return call(*runtime.value());
}

} // namespace

Result<const TorchRuntime*> torchRuntime() {
    static std::once_flag once;
    static std::optional<Result<const TorchRuntime*>> loaded;
    std::call_once(once, [] { loaded.emplace(loadModule()); });
    return *loaded;
}

void configureComputeThreads(int threads) {
    // Default 1: the Siamese model's tensors are small, and on this 2-core machine two intra-op
    // threads trained ML-100K 2.4x slower than one (5.9 k vs 14.3 k samples/s, OpenMP hand-offs).
    // KINDRED_THREADS overrides the default for larger models.
    int n = threads;
    if (n <= 0)
        if (const char* env = std::getenv("KINDRED_THREADS"))
            n = std::atoi(env);
    n = std::max(1, n);
    // LibTorch's set_num_threads also sets the OpenMP default; done here as well so that OpenMP
    // work behaves the same whether or not LibTorch has been loaded yet (ComputeThreads.h).
    omp_set_num_threads(n);
    // Exact FAISS searches of any number of queries go through BLAS: Debian's FAISS is built for
    // the baseline x86-64 (no SSE3), so below its threshold (20 queries) it scores with scalar
    // code, while OpenBLAS picks the CPU's vector units at run time (a pair's candidates on
    // 59,047 items × 256: see README, queries on the 25 M model).
    faiss::distance_compute_blas_threshold = 1;
    g_requestedThreads.store(n);
    if (const TorchRuntime* runtime = g_loaded.load())
        runtime->setThreads(n);
}

Result<SiameseTrainingResult> trainSiamese(const TrainingData& data, const Split& split, const SiameseOptions& options,
                                           const SiameseCallbacks& callbacks, ProgressToken* control,
                                           const std::string& resumeFrom) {
    return withRuntime([&](const TorchRuntime& torch) {
        return torch.trainSiamese(data, split, options, callbacks, control, resumeFrom);
    });
}

Result<SiameseTrainingResult> trainAutoRec(const TrainingData& data, const Split& split, const AutoRecOptions& options,
                                           const SiameseCallbacks& callbacks, ProgressToken* control) {
    return withRuntime(
        [&](const TorchRuntime& torch) { return torch.trainAutoRec(data, split, options, callbacks, control); });
}

Result<TwinTrainingResult> trainTwinNetwork(const TrainingData& data, const Split& split, const TwinOptions& options,
                                            ProgressToken* token,
                                            const std::function<void(const TrainingEvent&)>& onEvent,
                                            const std::function<void(const std::string&, int)>& onCheckpoint,
                                            const std::string& resumeFrom, DataParallelGroup* group) {
    return withRuntime([&](const TorchRuntime& torch) {
        return torch.trainTwinNetwork(data, split, options, token, onEvent, onCheckpoint, resumeFrom, group);
    });
}

Result<UserEncoder> makeSiameseUserEncoder(const Recommender& model, const TrainingData& data) {
    return withRuntime([&](const TorchRuntime& torch) { return torch.makeSiameseUserEncoder(model, data); });
}

Status saveHashedBagTextEncoder(const std::string& path, std::uint32_t buckets, int dimension, std::uint64_t seed) {
    return withRuntime(
        [&](const TorchRuntime& torch) { return torch.saveHashedBagTextEncoder(path, buckets, dimension, seed); });
}

} // namespace kindred
