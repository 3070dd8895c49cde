#pragma once
// Seeded synthetic data for the embedding tests (well-separated isotropic Gaussian clusters) and
// how well an embedding keeps them apart.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace kindred::test {

struct ClusteredData {
    std::size_t rows = 0, columns = 0;
    std::vector<float> values; ///< row-major [rows × columns]
    std::vector<int> labels;   ///< [rows] true cluster of each row
};

/// `clusters` × `perCluster` points in `columns` dimensions; centres ~ N(0, separation²) per
/// coordinate, points ~ centre + N(0, 1). Rows are interleaved across clusters.
inline ClusteredData makeClusters(std::size_t clusters, std::size_t perCluster, std::size_t columns,
                                  double separation, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<double> centres(clusters * columns);
    for (double& c : centres)
        c = separation * normal(engine);
    ClusteredData data;
    data.rows = clusters * perCluster;
    data.columns = columns;
    for (std::size_t p = 0; p < perCluster; ++p)
        for (std::size_t c = 0; c < clusters; ++c) {
            data.labels.push_back(int(c));
            for (std::size_t j = 0; j < columns; ++j)
                data.values.push_back(float(centres[c * columns + j] + normal(engine)));
        }
    return data;
}

/// Share of points whose nearest other point in the embedding has the same label (brute force).
inline double neighbourAgreement(const std::vector<float>& y, int dims, const std::vector<int>& labels) {
    const std::size_t n = labels.size();
    std::size_t agree = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double best = std::numeric_limits<double>::infinity();
        std::size_t nearest = i;
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            double d2 = 0;
            for (int k = 0; k < dims; ++k) {
                const double diff = double(y[i * std::size_t(dims) + std::size_t(k)]) - y[j * std::size_t(dims) + std::size_t(k)];
                d2 += diff * diff;
            }
            if (d2 < best) {
                best = d2;
                nearest = j;
            }
        }
        agree += labels[nearest] == labels[i];
    }
    return double(agree) / double(n);
}

} // namespace kindred::test
