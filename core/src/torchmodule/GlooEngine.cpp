// The c10d engine behind DataParallelGroup (contract in kindred/train/DataParallel.h): a TCPStore
// or FileStore rendezvous and a Gloo process group, both PyTorch's own.
#include "TorchModule.h"

#include <torch/csrc/distributed/c10d/FileStore.hpp>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <optional>
#include <vector>

namespace kindred {

namespace {

bool isLoopback(const std::string& host) {
    return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

std::string describe(const std::exception& error) {
    if (const auto* c10 = dynamic_cast<const c10::Error*>(&error))
        return c10->what_without_backtrace();
    return error.what();
}

/// Sums over the group with Gloo's allreduce; a failed exchange becomes a DataParallelError.
class GlooEngine final : public DataParallelEngine {
public:
    GlooEngine(c10::intrusive_ptr<c10d::Store> store, c10::intrusive_ptr<c10d::ProcessGroupGloo> group,
               std::string rendezvous)
        : m_store(std::move(store)), m_group(std::move(group)), m_rendezvous(std::move(rendezvous)) {}

    void sum(std::span<float> values) override {
        allreduceSum(torch::from_blob(values.data(), {std::int64_t(values.size())}, torch::kFloat32));
    }
    void sum(std::span<double> values) override {
        allreduceSum(torch::from_blob(values.data(), {std::int64_t(values.size())}, torch::kFloat64));
    }

private:
    void allreduceSum(torch::Tensor tensor) {
        try {
            std::vector<torch::Tensor> tensors{std::move(tensor)};
            m_group->allreduce(tensors)->wait();
        } catch (const std::exception& error) {
            throw DataParallelError("another training process of the group at " + m_rendezvous +
                                    " stopped or stopped answering (" + describe(error) + ")");
        }
    }

    c10::intrusive_ptr<c10d::Store> m_store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> m_group;
    std::string m_rendezvous;
};

} // namespace

namespace torchmodule {

Result<std::unique_ptr<DataParallelEngine>> joinGlooGroup(const DataParallelOptions& options) {
    const std::chrono::milliseconds timeout(std::int64_t(options.timeoutSeconds) * 1000);
    const RendezvousAddress address = *parseRendezvous(options.rendezvous); // validated by the caller
    try {
        c10::intrusive_ptr<c10d::Store> store;
        auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
        glooOptions->threads = 1; // one exchange at a time
        const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
        if (!address.filePath.empty()) {
            store = c10::make_intrusive<c10d::FileStore>(address.filePath, options.worldSize);
            glooOptions->devices.push_back(interface && *interface
                                               ? c10d::ProcessGroupGloo::createDeviceForInterface(interface)
                                               : c10d::ProcessGroupGloo::createDefaultDevice());
        } else {
            c10d::TCPStoreOptions storeOptions;
            storeOptions.port = address.port;
            storeOptions.isServer = options.rank == 0;
            storeOptions.numWorkers = std::size_t(options.worldSize);
            storeOptions.waitWorkers = true;
            storeOptions.timeout = timeout;
            store = c10::make_intrusive<c10d::TCPStore>(address.host, storeOptions);
            glooOptions->devices.push_back(
                interface && *interface ? c10d::ProcessGroupGloo::createDeviceForInterface(interface)
                : isLoopback(address.host) ? c10d::ProcessGroupGloo::createDeviceForHostname(address.host)
                                           : c10d::ProcessGroupGloo::createDefaultDevice());
        }
        store->setTimeout(timeout);
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("kindred", store);
        auto group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, options.rank, options.worldSize, glooOptions);
        // Constructing the group is not a meeting point: a member could leave (and close its
        // connections) while another is still connecting to it, which then fails with
        // "Connection closed by peer" (pytorch/pytorch#61396). Everyone has joined after this.
        group->barrier()->wait();
        return std::unique_ptr<DataParallelEngine>(
            std::make_unique<GlooEngine>(std::move(store), std::move(group), options.rendezvous));
    } catch (const std::exception& error) {
        return Status::failure("could not join the training group at " + options.rendezvous + " as rank " +
                               std::to_string(options.rank) + " of " + std::to_string(options.worldSize) +
                               " within " + std::to_string(options.timeoutSeconds) + " s: " + describe(error));
    }
}

} // namespace torchmodule

} // namespace kindred
