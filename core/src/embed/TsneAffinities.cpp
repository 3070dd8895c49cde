#include "embed/TsneAffinities.h"

#include <faiss/IndexFlat.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kindred::detail {

namespace {

constexpr std::size_t kQueryBatch = 2048; // rows per FAISS search call: the cancel/progress granularity

/// Conditional P_{j|i} over one row's neighbours (squared distances d2, ascending), written to p.
void calibrateRow(const float* d2, std::size_t k, double targetEntropy, double* p) {
    const double shift = d2[0]; // entropy and P are invariant to shifting all distances
    double mean = 0;
    for (std::size_t j = 0; j < k; ++j)
        mean += std::max(0.0, double(d2[j]) - shift);
    mean /= double(k);
    double beta = mean > 0 ? 1.0 / mean : 1.0;
    double lo = 0, hi = std::numeric_limits<double>::infinity();
    for (int step = 0; step < 200; ++step) {
        double sum = 0, weighted = 0;
        for (std::size_t j = 0; j < k; ++j) {
            const double d = std::max(0.0, double(d2[j]) - shift);
            p[j] = std::exp(-beta * d);
            sum += p[j];
            weighted += p[j] * d;
        }
        const double entropy = std::log(sum) + beta * weighted / sum; // nats
        const double error = entropy - targetEntropy;
        if (std::abs(error) < 1e-5)
            break;
        if (error > 0) { // too flat: narrow the Gaussian
            lo = beta;
            beta = std::isinf(hi) ? beta * 2 : 0.5 * (beta + hi);
        } else {
            hi = beta;
            beta = 0.5 * (beta + lo);
        }
    }
    double sum = 0;
    for (std::size_t j = 0; j < k; ++j)
        sum += p[j];
    for (std::size_t j = 0; j < k; ++j)
        p[j] /= sum;
}

} // namespace

SparseAffinities computeTsneAffinities(std::span<const float> data, std::size_t rows, std::size_t columns,
                                       double perplexity, ProgressToken* progress) {
    const std::size_t k = std::min(rows - 1, std::size_t(std::max(1.0, std::floor(3 * perplexity))));
    const double targetEntropy = std::log(std::min(perplexity, double(k)));

    // Exact neighbours, k + 1 so that each point's own entry can be dropped.
    faiss::IndexFlatL2 index{faiss::Index::idx_t(columns)};
    index.add(faiss::Index::idx_t(rows), data.data());
    std::vector<float> d2(rows * k);
    std::vector<std::uint32_t> neighbours(rows * k);
    {
        std::vector<float> distances(kQueryBatch * (k + 1));
        std::vector<faiss::Index::idx_t> labels(kQueryBatch * (k + 1));
        for (std::size_t first = 0; first < rows; first += kQueryBatch) {
            if (progress) {
                progress->throwIfCancelled();
                progress->report({.phase = "t-SNE: exact nearest neighbours", .done = first, .total = rows, .unit = "rows"});
            }
            const std::size_t count = std::min(kQueryBatch, rows - first);
            index.search(faiss::Index::idx_t(count), data.data() + first * columns, faiss::Index::idx_t(k + 1),
                         distances.data(), labels.data());
            for (std::size_t q = 0; q < count; ++q) {
                const std::size_t i = first + q;
                const float* dist = distances.data() + q * (k + 1);
                const faiss::Index::idx_t* label = labels.data() + q * (k + 1);
                // Drop the point itself; among duplicates it may not come first (then drop the last).
                std::size_t skip = k;
                for (std::size_t j = 0; j <= k; ++j)
                    if (label[j] == faiss::Index::idx_t(i)) {
                        skip = j;
                        break;
                    }
                std::size_t out = 0;
                for (std::size_t j = 0; j <= k; ++j) {
                    if (j == skip)
                        continue;
                    d2[i * k + out] = std::max(0.0f, dist[j]);
                    neighbours[i * k + out] = std::uint32_t(std::max<faiss::Index::idx_t>(0, label[j]));
                    ++out;
                }
            }
        }
    }
    if (progress) {
        progress->throwIfCancelled();
        progress->report({.phase = "t-SNE: input affinities", .done = 0, .total = rows, .unit = "rows"}, true);
    }

    std::vector<double> conditional(rows * k);
#pragma omp parallel for schedule(static)
    for (std::ptrdiff_t i = 0; i < std::ptrdiff_t(rows); ++i)
        calibrateRow(d2.data() + std::size_t(i) * k, k, targetEntropy, conditional.data() + std::size_t(i) * k);

    // Symmetrise: P = (C + Cᵀ) / sum, merging entries present in both directions.
    SparseAffinities result;
    std::vector<std::size_t> degree(rows + 1, 0);
    for (std::size_t i = 0; i < rows; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            ++degree[i + 1];
            ++degree[neighbours[i * k + j] + 1];
        }
    for (std::size_t i = 0; i < rows; ++i)
        degree[i + 1] += degree[i];
    std::vector<std::uint32_t> cols(degree[rows]);
    std::vector<double> vals(degree[rows]);
    {
        std::vector<std::size_t> fill(degree.begin(), degree.end() - 1);
        for (std::size_t i = 0; i < rows; ++i)
            for (std::size_t j = 0; j < k; ++j) {
                const std::uint32_t nb = neighbours[i * k + j];
                const double v = conditional[i * k + j];
                cols[fill[i]] = nb;
                vals[fill[i]++] = v;
                cols[fill[nb]] = std::uint32_t(i);
                vals[fill[nb]++] = v;
            }
    }
    result.rowStart.assign(rows + 1, 0);
    result.columns.reserve(cols.size());
    result.values.reserve(cols.size());
    std::vector<std::pair<std::uint32_t, double>> row;
    double total = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        row.clear();
        for (std::size_t e = degree[i]; e < degree[i + 1]; ++e)
            row.emplace_back(cols[e], vals[e]);
        std::sort(row.begin(), row.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t e = 0; e < row.size(); ++e) {
            if (row[e].first == i)
                continue; // a duplicate of i was listed among its own neighbours
            if (!result.columns.empty() && result.values.size() > result.rowStart[i] &&
                result.columns.back() == row[e].first)
                result.values.back() += row[e].second;
            else {
                result.columns.push_back(row[e].first);
                result.values.push_back(row[e].second);
            }
            total += row[e].second;
        }
        result.rowStart[i + 1] = result.columns.size();
    }
    if (total > 0)
        for (double& v : result.values)
            v /= total;
    return result;
}

} // namespace kindred::detail

