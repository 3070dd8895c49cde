#pragma once
// Threads of the OpenMP work (projections: t-SNE, UMAP, k-means, FAISS neighbour tables) versus
// LibTorch's intra-op threads. configureComputeThreads() (Siamese.h) sets LibTorch to one thread
// at start-up (applied when the LibTorch module loads), measured faster for Kindred's models (twin
// on Douban: 28.6 s on 1 thread, 34.0 s on 2), and the OpenMP default to the same, as LibTorch's
// own setting would. A projection therefore raises its own thread's OpenMP default to every core
// for its duration.

#include <omp.h>

#include <algorithm>
#include <cstdlib>
#include <thread>

namespace kindred::detail {

/// $KINDRED_THREADS when set (> 0), else the machine's cores.
inline int computeCores() {
    if (const char* env = std::getenv("KINDRED_THREADS"))
        if (const int n = std::atoi(env); n > 0)
            return n;
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

/// For its lifetime, OpenMP parallel regions started by this thread use computeCores() threads.
class AllCoresScope {
public:
    AllCoresScope() : m_before(omp_get_max_threads()) { omp_set_num_threads(computeCores()); }
    ~AllCoresScope() { omp_set_num_threads(m_before); }
    AllCoresScope(const AllCoresScope&) = delete;
    AllCoresScope& operator=(const AllCoresScope&) = delete;

private:
    int m_before;
};

} // namespace kindred::detail
