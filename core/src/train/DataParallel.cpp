// The c10d engine behind DataParallelGroup (contract in kindred/train/DataParallel.h): a TCPStore
// or FileStore rendezvous and a Gloo process group, both PyTorch's own.
#include "kindred/train/DataParallel.h"

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

struct TcpAddress {
    std::string host;
    std::uint16_t port = 0;
};

/// "HOST:PORT" → host and port; nullopt when it is not of that form.
std::optional<TcpAddress> parseTcp(const std::string& rendezvous) {
    const auto colon = rendezvous.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= rendezvous.size())
        return std::nullopt;
    const std::string port = rendezvous.substr(colon + 1);
    if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const long number = std::stol(port);
    if (number < 1 || number > 65535)
        return std::nullopt;
    return TcpAddress{rendezvous.substr(0, colon), std::uint16_t(number)};
}

bool isFileRendezvous(const std::string& rendezvous) {
    return rendezvous.rfind("file:", 0) == 0 && rendezvous.size() > 5;
}

bool isLoopback(const std::string& host) {
    return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

std::string describe(const std::exception& error) {
    if (const auto* c10 = dynamic_cast<const c10::Error*>(&error))
        return c10->what_without_backtrace();
    return error.what();
}

} // namespace

struct DataParallelGroup::Engine {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
};

Status validateDataParallel(const DataParallelOptions& options) {
    if (options.worldSize < 1)
        return Status::failure("the world size must be at least 1");
    if (options.rank < 0 || options.rank >= options.worldSize)
        return Status::failure("rank " + std::to_string(options.rank) + " is outside the world of " +
                               std::to_string(options.worldSize) + " processes (ranks 0.." +
                               std::to_string(options.worldSize - 1) + ")");
    if (options.timeoutSeconds < 1)
        return Status::failure("the timeout must be at least one second");
    if (options.enabled() && options.rendezvous.empty())
        return Status::failure("a run across " + std::to_string(options.worldSize) +
                               " processes needs a rendezvous (--rendezvous HOST:PORT, or file:PATH on a shared disk)");
    if (options.enabled() && !isFileRendezvous(options.rendezvous) && !parseTcp(options.rendezvous))
        return Status::failure("the rendezvous '" + options.rendezvous +
                               "' is neither HOST:PORT (e.g. 10.0.0.5:29500) nor file:PATH on a shared disk");
    return Status::success();
}

Result<std::unique_ptr<DataParallelGroup>> DataParallelGroup::join(const DataParallelOptions& options) {
    if (Status valid = validateDataParallel(options); !valid)
        return valid;
    const std::chrono::milliseconds timeout(std::int64_t(options.timeoutSeconds) * 1000);
    try {
        auto engine = std::make_unique<Engine>();
        auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
        glooOptions->threads = 1; // one exchange at a time
        const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
        if (isFileRendezvous(options.rendezvous)) {
            engine->store = c10::make_intrusive<c10d::FileStore>(options.rendezvous.substr(5), options.worldSize);
            glooOptions->devices.push_back(interface && *interface
                                               ? c10d::ProcessGroupGloo::createDeviceForInterface(interface)
                                               : c10d::ProcessGroupGloo::createDefaultDevice());
        } else {
            const TcpAddress address = *parseTcp(options.rendezvous);
            c10d::TCPStoreOptions storeOptions;
            storeOptions.port = address.port;
            storeOptions.isServer = options.rank == 0;
            storeOptions.numWorkers = std::size_t(options.worldSize);
            storeOptions.waitWorkers = true;
            storeOptions.timeout = timeout;
            engine->store = c10::make_intrusive<c10d::TCPStore>(address.host, storeOptions);
            glooOptions->devices.push_back(
                interface && *interface ? c10d::ProcessGroupGloo::createDeviceForInterface(interface)
                : isLoopback(address.host) ? c10d::ProcessGroupGloo::createDeviceForHostname(address.host)
                                           : c10d::ProcessGroupGloo::createDefaultDevice());
        }
        engine->store->setTimeout(timeout);
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("kindred", engine->store);
        engine->group =
            c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, options.rank, options.worldSize, glooOptions);
        return std::unique_ptr<DataParallelGroup>(
            new DataParallelGroup(std::move(engine), options.rank, options.worldSize, options.rendezvous));
    } catch (const std::exception& error) {
        return Status::failure("could not join the training group at " + options.rendezvous + " as rank " +
                               std::to_string(options.rank) + " of " + std::to_string(options.worldSize) +
                               " within " + std::to_string(options.timeoutSeconds) + " s: " + describe(error));
    }
}

DataParallelGroup::DataParallelGroup(std::unique_ptr<Engine> engine, int rank, int size, std::string rendezvous)
    : m_engine(std::move(engine)), m_rank(rank), m_size(size), m_rendezvous(std::move(rendezvous)) {}

DataParallelGroup::~DataParallelGroup() = default;

std::pair<std::size_t, std::size_t> DataParallelGroup::share(std::size_t count) const {
    const auto parts = std::size_t(m_size), r = std::size_t(m_rank);
    const std::size_t base = count / parts, extra = count % parts;
    const std::size_t begin = r * base + std::min(r, extra);
    return {begin, begin + base + (r < extra ? 1 : 0)};
}

namespace {

void allreduceSum(c10d::ProcessGroupGloo& group, torch::Tensor tensor, const std::string& rendezvous) {
    try {
        std::vector<torch::Tensor> tensors{std::move(tensor)};
        group.allreduce(tensors)->wait();
    } catch (const std::exception& error) {
        throw DataParallelError("another training process of the group at " + rendezvous +
                                " stopped or stopped answering (" + describe(error) + ")");
    }
}

} // namespace

void DataParallelGroup::sum(std::span<float> values) {
    if (m_size > 1 && !values.empty())
        allreduceSum(*m_engine->group, torch::from_blob(values.data(), {std::int64_t(values.size())}, torch::kFloat32),
                     m_rendezvous);
}

void DataParallelGroup::sum(std::span<double> values) {
    if (m_size > 1 && !values.empty())
        allreduceSum(*m_engine->group, torch::from_blob(values.data(), {std::int64_t(values.size())}, torch::kFloat64),
                     m_rendezvous);
}

void DataParallelGroup::requireSame(std::span<const double> fingerprint, const std::string& what) {
    std::vector<double> total(fingerprint.begin(), fingerprint.end());
    sum(total);
    // Every process learns whether any differs (a process whose values equal the mean would not).
    double differs = 0;
    for (std::size_t k = 0; k < total.size(); ++k)
        differs += total[k] != fingerprint[k] * double(m_size) ? 1 : 0;
    sum(std::span<double>(&differs, 1));
    if (differs > 0)
        throw DataParallelError("the training processes of the group at " + m_rendezvous + " do not see the same " +
                                what + "; every process needs the same project and the same command");
}

} // namespace kindred
