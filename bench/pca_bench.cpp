// pca_bench: wall time of kindred::computePca on 100,000 × 64 floats to 3 components, against the
// 1 s target. Data: seeded Gaussian with a decaying spectrum (column j scaled by 1 / (1 + j / 8)) and
// random correlations, so the eigendecomposition is non-trivial. Prints the median of 5 runs (s),
// its ratio to the target and PASS/FAIL; exits 1 on FAIL.
//
//   pca_bench [--rows N] [--columns D] [--components K]
#include "kindred/embed/Pca.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::size_t rows = 100000, columns = 64, k = 3;
    for (int a = 1; a + 1 < argc; a += 2) {
        const std::string key = argv[a];
        if (key == "--rows") rows = std::strtoull(argv[a + 1], nullptr, 10);
        else if (key == "--columns") columns = std::strtoull(argv[a + 1], nullptr, 10);
        else if (key == "--components") k = std::strtoull(argv[a + 1], nullptr, 10);
    }
    constexpr double kTargetSeconds = 1.0;
    std::mt19937_64 engine(42);
    std::normal_distribution<float> normal;
    std::vector<float> mixing(columns * columns);
    for (float& m : mixing)
        m = normal(engine) * 0.2f;
    std::vector<float> data(rows * columns), latent(columns);
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < columns; ++j)
            latent[j] = normal(engine) / (1.0f + float(j) / 8.0f);
        for (std::size_t j = 0; j < columns; ++j) {
            float x = latent[j];
            for (std::size_t m = 0; m < columns; ++m)
                x += mixing[j * columns + m] * latent[m];
            data[i * columns + j] = x;
        }
    }
    std::vector<double> times;
    double ratioSum = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const auto result = kindred::computePca(data, rows, columns, k);
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (!result.ok()) {
            std::fprintf(stderr, "pca_bench: %s\n", result.status().message().c_str());
            return 1;
        }
        ratioSum = 0;
        for (double r : result->explainedVarianceRatio)
            ratioSum += r;
    }
    std::sort(times.begin(), times.end());
    const double median = times[2];
    const bool pass = median <= kTargetSeconds;
    std::printf("pca %zu x %zu -> %zu: %.3f s (median of 5), ratio %.2f to the 1 s target (target ≤ 1 s) %s\n", rows,
                columns, k, median, median / kTargetSeconds, pass ? "PASS" : "FAIL");
    std::printf("  explained variance of the %zu axes: %.1f%%\n", k, 100 * ratioSum);
    return pass ? 0 : 1;
}
