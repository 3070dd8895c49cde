#pragma once
// Members of one DataParallelGroup as threads of the test process, meeting at a file rendezvous in
// a test folder (no ports): for tests of what a group computes. Real processes over TCP are in
// tests/core/cli/DistributedCliTest.cpp.

#include "TestSupport.h"
#include "kindred/train/DataParallel.h"

#include <functional>
#include <future>
#include <stdexcept>
#include <vector>

namespace kindred::test {

inline DataParallelOptions groupMember(const TempDir& dir, int rank, int size, int timeoutSeconds = 30) {
    DataParallelOptions options;
    options.worldSize = size;
    options.rank = rank;
    options.rendezvous = "file:" + (dir / "rendezvous").string();
    options.timeoutSeconds = timeoutSeconds;
    return options;
}

/// Runs `work(group)` on `size` threads, each a member of one group; returns their results.
template <typename T>
std::vector<T> inGroup(const TempDir& dir, int size, const std::function<T(DataParallelGroup&)>& work,
                       int timeoutSeconds = 30) {
    std::vector<std::future<T>> members;
    for (int rank = 0; rank < size; ++rank)
        members.push_back(std::async(std::launch::async, [&, rank] {
            auto group = DataParallelGroup::join(groupMember(dir, rank, size, timeoutSeconds));
            if (!group)
                throw std::runtime_error(group.status().message());
            return work(*group.value());
        }));
    std::vector<T> results;
    for (auto& m : members)
        results.push_back(m.get());
    return results;
}

} // namespace kindred::test
