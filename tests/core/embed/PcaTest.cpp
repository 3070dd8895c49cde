#include "kindred/embed/Pca.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace kindred {
namespace {

/// An orthonormal basis of R^d (rows), by Gram-Schmidt on seeded random vectors.
std::vector<std::vector<double>> randomBasis(std::size_t d, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal;
    std::vector<std::vector<double>> basis;
    while (basis.size() < d) {
        std::vector<double> v(d);
        for (double& x : v)
            x = normal(engine);
        for (const auto& b : basis) {
            double dot = 0;
            for (std::size_t j = 0; j < d; ++j)
                dot += v[j] * b[j];
            for (std::size_t j = 0; j < d; ++j)
                v[j] -= dot * b[j];
        }
        double norm = 0;
        for (double x : v)
            norm += x * x;
        for (double& x : v)
            x /= std::sqrt(norm);
        basis.push_back(v);
    }
    return basis;
}

// Data with exactly known principal axes: x_t = mean + Σ_a s_a · √2 cos(2π f_a t / n) · axis_a. The
// cosines of distinct frequencies are exactly orthogonal, zero-mean and of variance 1 over t = 0..n-1,
// so the covariance is Σ s_a² axis_a axis_aᵀ · n / (n - 1).
TEST(Pca, RecoversKnownAxesAndVarianceRatios) {
    const std::size_t n = 4000, d = 6;
    const std::vector<double> scales = {5.0, 3.0, 2.0, 1.0, 0.5, 0.2};
    const std::vector<int> frequencies = {1, 2, 3, 5, 7, 11};
    const auto basis = randomBasis(d, 7);
    std::vector<float> data(n * d);
    for (std::size_t t = 0; t < n; ++t)
        for (std::size_t j = 0; j < d; ++j) {
            double x = 10.0 + double(j);
            for (std::size_t a = 0; a < d; ++a)
                x += scales[a] * std::sqrt(2.0) * std::cos(2 * std::numbers::pi * frequencies[a] * double(t) / double(n)) *
                     basis[a][j];
            data[t * d + j] = float(x);
        }
    double total = 0;
    for (double s : scales)
        total += s * s;

    const auto result = computePca(data, n, d, 3);
    ASSERT_TRUE(result.ok()) << result.status().message();
    ASSERT_EQ(result->axes.size(), 3 * d);
    ASSERT_EQ(result->coordinates.size(), 3 * n);
    for (std::size_t a = 0; a < 3; ++a) {
        double dot = 0;
        std::size_t largest = 0;
        for (std::size_t j = 0; j < d; ++j) {
            dot += result->axes[a * d + j] * basis[a][j];
            if (std::abs(result->axes[a * d + j]) > std::abs(result->axes[a * d + largest]))
                largest = j;
        }
        EXPECT_NEAR(std::abs(dot), 1.0, 1e-5) << "axis " << a;
        EXPECT_GT(result->axes[a * d + largest], 0) << "sign convention, axis " << a;
        EXPECT_NEAR(result->explainedVarianceRatio[a], scales[a] * scales[a] / total, 1e-5);
        EXPECT_NEAR(result->explainedVariance[a], scales[a] * scales[a] * double(n) / double(n - 1), 1e-3);
        // The coordinates along an axis have that axis's variance.
        double sum2 = 0;
        for (std::size_t t = 0; t < n; ++t)
            sum2 += double(result->coordinates[t * 3 + a]) * result->coordinates[t * 3 + a];
        EXPECT_NEAR(sum2 / double(n - 1), result->explainedVariance[a], 1e-3);
    }
    for (std::size_t j = 0; j < d; ++j)
        EXPECT_NEAR(result->mean[j], 10.0 + double(j), 1e-4);
}

TEST(Pca, IsDeterministicAndRejectsBadInput) {
    std::mt19937_64 engine(3);
    std::normal_distribution<float> normal;
    std::vector<float> data(500 * 8);
    for (float& x : data)
        x = normal(engine);
    const auto a = computePca(data, 500, 8, 2);
    const auto b = computePca(data, 500, 8, 2);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->coordinates, b->coordinates);
    EXPECT_EQ(a->axes, b->axes);

    EXPECT_FALSE(computePca(data, 500, 8, 9).ok());
    EXPECT_FALSE(computePca(data, 500, 8, 0).ok());
    EXPECT_FALSE(computePca(data, 499, 8, 2).ok());
    data[5] = std::nanf("");
    EXPECT_FALSE(computePca(data, 500, 8, 2).ok());
}

TEST(Pca, ConstantDataHasZeroRatios) {
    const std::vector<float> data(30, 2.5f);
    const auto result = computePca(data, 10, 3, 2);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->explainedVarianceRatio, (std::vector<double>{0.0, 0.0}));
    for (float c : result->coordinates)
        EXPECT_FLOAT_EQ(c, 0.0f);
}

} // namespace
} // namespace kindred
