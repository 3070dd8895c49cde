#pragma once
// Synthetic data shared by the projection benchmarks (t-SNE, UMAP), so their references (Rtsne,
// umap-learn) and their runs see the same points.

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace bench {

/// n points in d dimensions, row-major, around `clusters` centres ~ N(0, 1.5²) per coordinate
/// (point i belongs to cluster i mod clusters), each point = its centre + N(0, 1). Seeded.
inline std::vector<float> makeClusters(std::size_t n, std::size_t d, std::size_t clusters, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> centres(clusters * d);
    for (double& c : centres)
        c = 1.5 * normal(engine);
    std::vector<float> data(n * d);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t c = i % clusters;
        for (std::size_t j = 0; j < d; ++j)
            data[i * d + j] = float(centres[c * d + j] + normal(engine));
    }
    return data;
}

} // namespace bench
