#include "kindred/embed/KMeans.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>

namespace kindred {

namespace {

double squaredDistance(const float* a, const double* b, std::size_t d) {
    double sum = 0;
    for (std::size_t j = 0; j < d; ++j) {
        const double diff = double(a[j]) - b[j];
        sum += diff * diff;
    }
    return sum;
}

/// k-means++: the first centre uniformly, each next one with probability ∝ D(x)².
std::vector<double> seedCentres(const float* x, std::size_t n, std::size_t d, std::size_t k, std::mt19937_64& engine) {
    std::vector<double> centres(k * d);
    std::vector<double> nearest(n, std::numeric_limits<double>::infinity());
    std::size_t pick = std::uniform_int_distribution<std::size_t>(0, n - 1)(engine);
    for (std::size_t c = 0; c < k; ++c) {
        std::copy(x + pick * d, x + (pick + 1) * d, centres.begin() + std::ptrdiff_t(c * d));
        if (c + 1 == k)
            break;
        const double* centre = centres.data() + c * d;
#pragma omp parallel for schedule(static)
        for (std::ptrdiff_t i = 0; i < std::ptrdiff_t(n); ++i)
            nearest[std::size_t(i)] = std::min(nearest[std::size_t(i)], squaredDistance(x + std::size_t(i) * d, centre, d));
        double total = 0;
        for (double v : nearest)
            total += v;
        if (!(total > 0)) { // fewer distinct points than k: any point will do
            pick = std::uniform_int_distribution<std::size_t>(0, n - 1)(engine);
            continue;
        }
        double target = std::uniform_real_distribution<double>(0.0, total)(engine);
        pick = n - 1;
        for (std::size_t i = 0; i < n; ++i) {
            target -= nearest[i];
            if (target < 0 && nearest[i] > 0) {
                pick = i;
                break;
            }
        }
    }
    return centres;
}

} // namespace

Result<KMeansResult> kMeans(std::span<const float> data, std::size_t rows, std::size_t columns,
                            const KMeansOptions& options) {
    const std::size_t n = rows, d = columns, k = options.clusters;
    if (n == 0 || d == 0)
        return Status::failure("k-means needs at least one row and one column");
    if (data.size() != n * d)
        return Status::failure("k-means: the matrix has " + std::to_string(data.size()) + " values, expected " +
                               std::to_string(n) + " × " + std::to_string(d));
    if (k == 0 || k > n)
        return Status::failure("k-means: cannot make " + std::to_string(k) + " clusters of " + std::to_string(n) +
                               " rows (need 1 ≤ k ≤ rows)");
    if (!std::all_of(data.begin(), data.end(), [](float v) { return std::isfinite(v); }))
        return Status::failure("k-means: the input contains NaN or infinite values");
    const float* x = data.data();

    // Scale for the tolerance: mean per-column variance.
    double meanVariance = 0;
    {
        std::vector<double> sum(d, 0.0), sum2(d, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < d; ++j) {
                sum[j] += x[i * d + j];
                sum2[j] += double(x[i * d + j]) * x[i * d + j];
            }
        for (std::size_t j = 0; j < d; ++j)
            meanVariance += std::max(0.0, sum2[j] / double(n) - (sum[j] / double(n)) * (sum[j] / double(n)));
        meanVariance /= double(d);
    }
    const double threshold = options.tolerance * meanVariance;

    std::mt19937_64 engine(options.seed);
    std::vector<double> centres = seedCentres(x, n, d, k, engine);
    KMeansResult result;
    result.clusters = k;
    result.columns = d;
    result.assignments.assign(n, 0);
    std::vector<double> distance(n);
    std::vector<double> sums(k * d);
    std::vector<std::int64_t> sizes(k);
    try {
        for (int it = 0;; ++it) {
            if (options.progress) {
                options.progress->throwIfCancelled();
                options.progress->report({.phase = "k-means", .done = std::uint64_t(it),
                                          .total = std::uint64_t(options.maxIterations), .unit = "iterations"});
            }
            // Assignment step (also on the final centres, so assignments and inertia match them).
#pragma omp parallel for schedule(static)
            for (std::ptrdiff_t ii = 0; ii < std::ptrdiff_t(n); ++ii) {
                const auto i = std::size_t(ii);
                double best = std::numeric_limits<double>::infinity();
                std::int32_t bestCluster = 0;
                for (std::size_t c = 0; c < k; ++c) {
                    const double dist = squaredDistance(x + i * d, centres.data() + c * d, d);
                    if (dist < best) {
                        best = dist;
                        bestCluster = std::int32_t(c);
                    }
                }
                result.assignments[i] = bestCluster;
                distance[i] = best;
            }
            if (it >= options.maxIterations || result.converged)
                break;
            // Update step.
            std::fill(sums.begin(), sums.end(), 0.0);
            std::fill(sizes.begin(), sizes.end(), 0);
            for (std::size_t i = 0; i < n; ++i) {
                const auto c = std::size_t(result.assignments[i]);
                ++sizes[c];
                for (std::size_t j = 0; j < d; ++j)
                    sums[c * d + j] += x[i * d + j];
            }
            double moved = 0;
            for (std::size_t c = 0; c < k; ++c) {
                double* centre = centres.data() + c * d;
                if (sizes[c] == 0) {
                    // Empty cluster: move it to the row farthest from its centre (ties: lowest row).
                    const auto far = std::size_t(std::max_element(distance.begin(), distance.end()) - distance.begin());
                    distance[far] = 0;
                    for (std::size_t j = 0; j < d; ++j) {
                        moved += (x[far * d + j] - centre[j]) * (x[far * d + j] - centre[j]);
                        centre[j] = x[far * d + j];
                    }
                    continue;
                }
                for (std::size_t j = 0; j < d; ++j) {
                    const double updated = sums[c * d + j] / double(sizes[c]);
                    moved += (updated - centre[j]) * (updated - centre[j]);
                    centre[j] = updated;
                }
            }
            result.iterations = it + 1;
            result.converged = moved <= threshold;
        }
    } catch (const CancelledError&) {
        return Status::failure("k-means was cancelled");
    }
    result.sizes.assign(k, 0);
    result.inertia = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ++result.sizes[std::size_t(result.assignments[i])];
        result.inertia += distance[i];
    }
    result.centroids.assign(centres.begin(), centres.end());
    return result;
}

} // namespace kindred
