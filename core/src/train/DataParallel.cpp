// DataParallelGroup (contract in kindred/train/DataParallel.h). Its exchanges run on c10d's Gloo
// process group in the LibTorch module (torchmodule/GlooEngine.cpp); this part needs no LibTorch.
#include "kindred/train/DataParallel.h"

#include "TorchRuntime.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace kindred {

std::optional<RendezvousAddress> parseRendezvous(const std::string& rendezvous) {
    if (rendezvous.rfind("file:", 0) == 0)
        return rendezvous.size() > 5 ? std::optional(RendezvousAddress{rendezvous.substr(5), {}, 0}) : std::nullopt;
    const auto colon = rendezvous.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 >= rendezvous.size())
        return std::nullopt;
    const std::string port = rendezvous.substr(colon + 1);
    if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    const long number = std::stol(port);
    if (number < 1 || number > 65535)
        return std::nullopt;
    return RendezvousAddress{{}, rendezvous.substr(0, colon), std::uint16_t(number)};
}

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
    if (options.enabled() && !parseRendezvous(options.rendezvous))
        return Status::failure("the rendezvous '" + options.rendezvous +
                               "' is neither HOST:PORT (e.g. 10.0.0.5:29500) nor file:PATH on a shared disk");
    return Status::success();
}

Result<std::unique_ptr<DataParallelGroup>> DataParallelGroup::join(const DataParallelOptions& options) {
    if (Status valid = validateDataParallel(options); !valid)
        return valid;
    auto runtime = torchRuntime();
    if (!runtime)
        return runtime.status();
    auto engine = runtime.value()->joinGroup(options);
    if (!engine)
        return engine.status();
    return std::unique_ptr<DataParallelGroup>(
        new DataParallelGroup(std::move(engine).value(), options.rank, options.worldSize, options.rendezvous));
}

DataParallelGroup::DataParallelGroup(std::unique_ptr<DataParallelEngine> engine, int rank, int size, std::string rendezvous)
    : m_engine(std::move(engine)), m_rank(rank), m_size(size), m_rendezvous(std::move(rendezvous)) {}

DataParallelGroup::~DataParallelGroup() = default;

std::pair<std::size_t, std::size_t> DataParallelGroup::share(std::size_t count) const {
    const auto parts = std::size_t(m_size), r = std::size_t(m_rank);
    const std::size_t base = count / parts, extra = count % parts;
    const std::size_t begin = r * base + std::min(r, extra);
    return {begin, begin + base + (r < extra ? 1 : 0)};
}

void DataParallelGroup::sum(std::span<float> values) {
    if (m_size > 1 && !values.empty())
        m_engine->sum(values);
}

void DataParallelGroup::sum(std::span<double> values) {
    if (m_size > 1 && !values.empty())
        m_engine->sum(values);
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
