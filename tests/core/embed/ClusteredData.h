#pragma once
// Seeded synthetic data for the embedding tests: well-separated isotropic Gaussian clusters.

#include <cstddef>
#include <cstdint>
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

} // namespace kindred::test
