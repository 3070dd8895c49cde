#pragma once
// k-means clustering (Lloyd's iterations) with k-means++ seeding, squared Euclidean distance.
//
// Determinism: the seeding draws from std::mt19937_64(seed); assignments are computed in parallel
// but every sum is taken serially in row order, so a seed gives identical results on every run.
// Threading: reentrant; uses OpenMP for the assignment step. Progress is reported on the caller's
// thread once per iteration (unit "iterations").

#include "kindred/common/Progress.h"
#include "kindred/common/Status.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace kindred {

struct KMeansOptions {
    std::size_t clusters = 8;   ///< k, 1 ≤ k ≤ rows
    int maxIterations = 300;    ///< Lloyd iterations at most
    /// Converged when the summed squared centroid movement of one iteration is at most
    /// tolerance × (mean per-column variance of the data) — scale-free, like scikit-learn's tol.
    double tolerance = 1e-4;
    std::uint64_t seed = 1;
    ProgressToken* progress = nullptr; ///< optional, not owned; cancelling makes kMeans fail
};

struct KMeansResult {
    std::size_t clusters = 0;
    std::size_t columns = 0;
    std::vector<std::int32_t> assignments; ///< [rows]: cluster of each row, 0..k-1
    std::vector<float> centroids;          ///< row-major [k × columns]
    std::vector<std::int64_t> sizes;       ///< [k]: rows per cluster (empty clusters are reseeded; 0 only with fewer distinct rows than k)
    double inertia = 0;                    ///< Σ squared distance of each row to its centroid
    int iterations = 0;                    ///< Lloyd iterations run
    bool converged = false;                ///< tolerance reached before maxIterations
};

/// @param data row-major vectors, size rows * columns
Result<KMeansResult> kMeans(std::span<const float> data, std::size_t rows, std::size_t columns,
                            const KMeansOptions& options = {});

} // namespace kindred
