#pragma once
// Data-parallel training across processes and machines on PyTorch's own distributed engine:
// c10d's rendezvous stores (TCPStore, FileStore) and its Gloo process group. Kindred adds no
// networking of its own; this is a torch-free face of c10d for the training job and trainers.
//
// How a run across processes works (kinds with ModelCapability::DataParallel): every process of a
// group runs the same training request on the same project (one file on a shared disk, or a copy on
// each machine) and checks that the others see the same data, split and parameters. As in
// PyTorch's DistributedDataParallel, the batch is per process: each computes its own batch of every
// optimiser step (a step of the group sees world size × batch; a trainer may scale its learning
// rate to match), the gradients are summed across the group (allreduce) before the identical
// optimiser step on every process, and the validation
// lists are shared out. Rank 0 alone stores the split, writes checkpoints, finishes the model,
// evaluates it and stores it; the other ranks stop after the shared stage.
//
// Failure: when a process dies or stops answering, the others' next exchange fails with a
// DataParallelError (at once for a closed connection, after `timeoutSeconds` for a silent peer);
// nothing waits forever.
//
// Threading: a group is used from one thread at a time.

#include "kindred/common/Status.h"

#include <cstddef>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>

namespace kindred {

class DataParallelEngine; // c10d's side of a group, in the LibTorch module (src/train/TorchRuntime.h)

struct DataParallelOptions {
    int worldSize = 1; ///< processes in the group; 1 = train alone (the other fields are not used)
    int rank = 0;      ///< this process, 0 .. worldSize-1; rank 0 serves the TCP rendezvous
    /// "HOST:PORT": rank 0 listens on PORT and the others connect to HOST (an address every
    /// process can reach; 127.0.0.1 for processes on one machine). "file:PATH": a file on a disk
    /// every process sees (it must not exist when the group starts).
    std::string rendezvous;
    int timeoutSeconds = 300; ///< for joining, and for any one exchange
    bool enabled() const { return worldSize > 1; }
};

/// Checks the options: rank within the world, a rendezvous of either form (required above one
/// process), a positive timeout.
Status validateDataParallel(const DataParallelOptions& options);

/// A failed exchange: another process died, stopped answering or saw different data.
class DataParallelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class DataParallelGroup {
public:
    /// Joins the group: waits (up to the timeout) until all worldSize processes have arrived.
    /// Gloo's connections use the loopback interface for a 127.x or localhost rendezvous, else
    /// the interface of this machine's host name (Gloo's default); $GLOO_SOCKET_IFNAME names another.
    static Result<std::unique_ptr<DataParallelGroup>> join(const DataParallelOptions& options);
    ~DataParallelGroup();
    DataParallelGroup(const DataParallelGroup&) = delete;
    DataParallelGroup& operator=(const DataParallelGroup&) = delete;

    int rank() const { return m_rank; }
    int size() const { return m_size; }
    /// This process's share [begin, end) of `count` things cut into size() contiguous parts
    /// (the first count % size() parts one longer). Equal on every process for equal `count`.
    std::pair<std::size_t, std::size_t> share(std::size_t count) const;

    /// Replaces `values` on every process by their element-wise sum over the group (every
    /// process passes the same length). Throws DataParallelError.
    void sum(std::span<float> values);
    void sum(std::span<double> values);
    /// Throws DataParallelError on every process ("… do not see the same <what>") unless every
    /// process passed equal `fingerprint`s;
    /// each value must be an integer below 2^40.
    void requireSame(std::span<const double> fingerprint, const std::string& what);

private:
    DataParallelGroup(std::unique_ptr<DataParallelEngine> engine, int rank, int size, std::string rendezvous);
    std::unique_ptr<DataParallelEngine> m_engine;
    int m_rank = 0, m_size = 1;
    std::string m_rendezvous;
};

} // namespace kindred
