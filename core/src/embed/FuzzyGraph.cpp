#include "embed/FuzzyGraph.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kindred::detail {

namespace {

constexpr double kMinSigmaScale = 1e-3;
constexpr int kBisectionSteps = 64;
constexpr double kTolerance = 1e-5;

/// Membership strengths of one row: d are its neighbour distances (ascending, finite ones first),
/// `count` of them finite. Writes `count` weights to w.
void smoothRow(const float* d, std::size_t count, double target, double globalMeanDistance, float* w) {
    if (count == 0)
        return;
    double rho = 0, mean = 0;
    for (std::size_t j = 0; j < count; ++j) {
        mean += d[j];
        if (rho == 0 && d[j] > 0)
            rho = d[j];
    }
    mean /= double(count);
    auto total = [&](double sigma) {
        double sum = 0;
        for (std::size_t j = 0; j < count; ++j) {
            const double excess = double(d[j]) - rho;
            sum += excess > 0 ? std::exp(-excess / sigma) : 1.0;
        }
        return sum;
    };
    // total(σ) grows with σ: bisect on it, doubling the upper end until it is bracketed.
    double lo = 0, hi = std::numeric_limits<double>::infinity(), sigma = 1;
    for (int step = 0; step < kBisectionSteps; ++step) {
        const double value = total(sigma);
        if (std::abs(value - target) < kTolerance)
            break;
        if (value > target) {
            hi = sigma;
            sigma = 0.5 * (lo + hi);
        } else {
            lo = sigma;
            sigma = std::isinf(hi) ? 2 * sigma : 0.5 * (lo + hi);
        }
    }
    sigma = std::max(sigma, kMinSigmaScale * (rho > 0 ? mean : globalMeanDistance));
    if (!(sigma > 0))
        sigma = 1e-12;
    for (std::size_t j = 0; j < count; ++j) {
        const double excess = double(d[j]) - rho;
        w[j] = float(excess > 0 ? std::exp(-excess / sigma) : 1.0);
    }
}

} // namespace

FuzzyGraph buildFuzzyGraph(const NeighbourTable& table, int neighbours, int threads) {
    const std::size_t n = table.rows, k = table.k;
    std::vector<float> distance(n * k);
    std::vector<std::size_t> finite(n, 0);
    double globalSum = 0;
    std::size_t globalCount = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            const float d2 = table.distance2[i * k + j];
            if (table.index[i * k + j] == kNoNeighbour || !std::isfinite(d2))
                break;
            distance[i * k + j] = std::sqrt(d2);
            globalSum += distance[i * k + j];
            ++globalCount;
            ++finite[i];
        }
    const double globalMean = globalCount ? globalSum / double(globalCount) : 1.0;
    const double target = std::log2(double(std::max(2, neighbours)));
    std::vector<float> membership(n * k, 0.0f);
#pragma omp parallel for schedule(static, 512) num_threads(threads)
    for (std::ptrdiff_t ii = 0; ii < std::ptrdiff_t(n); ++ii) {
        const auto i = std::size_t(ii);
        smoothRow(distance.data() + i * k, finite[i], target, globalMean, membership.data() + i * k);
    }

    // Each directed entry i → j lands in row i as "own" and in row j as "other"; rows are then
    // sorted and each column merged: w = own + other − own·other.
    struct Entry {
        std::uint32_t column;
        float own, other;
    };
    std::vector<std::size_t> start(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < finite[i]; ++j) {
            const std::uint32_t nb = table.index[i * k + j];
            if (nb == i)
                continue;
            ++start[i + 1];
            ++start[std::size_t(nb) + 1];
        }
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<Entry> entries(start[n]);
    {
        std::vector<std::size_t> fill(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < finite[i]; ++j) {
                const std::uint32_t nb = table.index[i * k + j];
                if (nb == i)
                    continue;
                const float w = membership[i * k + j];
                entries[fill[i]++] = {nb, w, 0.0f};
                entries[fill[nb]++] = {std::uint32_t(i), 0.0f, w};
            }
    }
    std::vector<std::size_t> kept(n + 1, 0);
#pragma omp parallel for schedule(dynamic, 256) num_threads(threads)
    for (std::ptrdiff_t ii = 0; ii < std::ptrdiff_t(n); ++ii) {
        const auto i = std::size_t(ii);
        Entry* first = entries.data() + start[i];
        Entry* last = entries.data() + start[i + 1];
        std::sort(first, last, [](const Entry& a, const Entry& b) { return a.column < b.column; });
        Entry* out = first;
        for (Entry* e = first; e != last;) {
            Entry merged = *e;
            for (++e; e != last && e->column == merged.column; ++e) {
                merged.own = std::max(merged.own, e->own); // an approximate table may list a neighbour twice
                merged.other = std::max(merged.other, e->other);
            }
            const float w = merged.own + merged.other - merged.own * merged.other;
            if (w > 0)
                *out++ = {merged.column, w, 0.0f};
        }
        kept[i + 1] = std::size_t(out - first);
    }
    FuzzyGraph graph;
    graph.rowStart.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        graph.rowStart[i + 1] = graph.rowStart[i] + kept[i + 1];
    graph.columns.resize(graph.rowStart[n]);
    graph.weights.resize(graph.rowStart[n]);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t e = 0; e < kept[i + 1]; ++e) {
            graph.columns[graph.rowStart[i] + e] = entries[start[i] + e].column;
            graph.weights[graph.rowStart[i] + e] = entries[start[i] + e].own;
        }
    return graph;
}

void pruneFuzzyGraph(FuzzyGraph& graph, float threshold) {
    const std::size_t n = graph.rows();
    std::size_t out = 0;
    std::size_t rowBegin = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t rowEnd = graph.rowStart[i + 1];
        for (std::size_t e = rowBegin; e < rowEnd; ++e)
            if (graph.weights[e] >= threshold) {
                graph.columns[out] = graph.columns[e];
                graph.weights[out] = graph.weights[e];
                ++out;
            }
        rowBegin = rowEnd;
        graph.rowStart[i + 1] = out;
    }
    graph.columns.resize(out);
    graph.weights.resize(out);
}

} // namespace kindred::detail
