#include "kindred/embed/Tsne.h"

#include "embed/SpaceTree.h"
#include "embed/TsneAffinities.h"

#include <faiss/impl/FaissException.h>

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <new>
#include <random>
#include <string>

namespace kindred {

namespace {

constexpr int kKlEvery = 50;

/// Gradient-descent state and one step of it, for output dimension D.
template <int D> class TsneOptimiser {
public:
    TsneOptimiser(const detail::SparseAffinities& p, std::size_t n, const TsneOptions& options, int threads)
        : m_p(p), m_n(n), m_options(options), m_threads(threads), m_y(n * D), m_update(n * D, 0.0),
          m_gains(n * D, 1.0), m_gradient(n * D), m_negative(n * D), m_partialZ(n), m_partialLog(n) {
        std::mt19937_64 engine(options.seed);
        std::normal_distribution<double> normal(0.0, options.initialStdDev);
        for (double& v : m_y)
            v = normal(engine);
        for (double v : p.values)
            if (v > 0)
                m_pLogP += v * std::log(v);
    }

    /// One gradient step.
    void step(int iteration, double learningRate) {
        const bool exaggerated = iteration < m_options.exaggerationIterations;
        const double exaggeration = exaggerated ? m_options.earlyExaggeration : 1.0;
        const double momentum =
            iteration < m_options.momentumSwitchIteration ? m_options.initialMomentum : m_options.finalMomentum;
        forces(exaggeration, false);
        for (std::size_t e = 0; e < m_y.size(); ++e) {
            const double g = m_gradient[e];
            double& gain = m_gains[e];
            gain = (g > 0) != (m_update[e] > 0) ? gain + 0.2 : gain * 0.8; // delta-bar-delta
            gain = std::max(gain, m_options.minGain);
            m_update[e] = momentum * m_update[e] - learningRate * gain * g;
            m_y[e] += m_update[e];
        }
        centre();
    }

    /// KL of the current positions (one extra tree pass, no step).
    double divergence() { return forces(1.0, true); }

    const std::vector<double>& positions() const { return m_y; }

private:
    /// Fills m_gradient = ∂KL/∂y for P × exaggeration. With withKl, also returns KL(P‖Q) for the
    /// true P: Σ p log p + Σ p log(1 + d²) + log Z (as Σ p = 1 and q = 1 / ((1 + d²) Z)); the logs
    /// cost a fifth of an iteration, hence only on request.
    double forces(double exaggeration, bool withKl) {
        m_tree.build(m_y.data(), m_n);
        const auto& order = m_tree.order();
        const double theta = m_options.theta;
        std::fill(m_negative.begin(), m_negative.end(), 0.0);
        // Per-point partial sums, added up serially afterwards: an OpenMP reduction would combine
        // the threads' sums in arrival order and make the result vary from run to run.
#pragma omp parallel for schedule(dynamic, 64) num_threads(m_threads)
        for (std::ptrdiff_t o = 0; o < std::ptrdiff_t(m_n); ++o) {
            const std::uint32_t i = order[std::size_t(o)];
            m_partialZ[i] = m_tree.repulsion(i, theta, m_negative.data() + std::size_t(i) * D);
        }
        double z = 0;
        for (double v : m_partialZ)
            z += v;
#pragma omp parallel for schedule(static, 256) num_threads(m_threads)
        for (std::ptrdiff_t ii = 0; ii < std::ptrdiff_t(m_n); ++ii) {
            const auto i = std::size_t(ii);
            const double* yi = m_y.data() + i * D;
            double attract[D] = {}, logTerm = 0;
            for (std::size_t e = m_p.rowStart[i]; e < m_p.rowStart[i + 1]; ++e) {
                const double* yj = m_y.data() + std::size_t(m_p.columns[e]) * D;
                double diff[D], d2 = 0;
                for (int k = 0; k < D; ++k) {
                    diff[k] = yi[k] - yj[k];
                    d2 += diff[k] * diff[k];
                }
                const double q = 1.0 / (1.0 + d2);
                const double pq = m_p.values[e] * q;
                for (int k = 0; k < D; ++k)
                    attract[k] += pq * diff[k];
                if (withKl)
                    logTerm += m_p.values[e] * std::log1p(d2);
            }
            for (int k = 0; k < D; ++k)
                m_gradient[i * D + k] = 4.0 * (exaggeration * attract[k] - m_negative[i * D + k] / z);
            m_partialLog[i] = logTerm;
        }
        double logTerm = 0;
        for (double v : m_partialLog)
            logTerm += v;
        return m_pLogP + logTerm + std::log(z);
    }

    void centre() {
        double mean[D] = {};
        for (std::size_t i = 0; i < m_n; ++i)
            for (int k = 0; k < D; ++k)
                mean[k] += m_y[i * D + k];
        for (int k = 0; k < D; ++k)
            mean[k] /= double(m_n);
        for (std::size_t i = 0; i < m_n; ++i)
            for (int k = 0; k < D; ++k)
                m_y[i * D + k] -= mean[k];
    }

    const detail::SparseAffinities& m_p;
    std::size_t m_n;
    const TsneOptions& m_options;
    int m_threads;
    std::vector<double> m_y, m_update, m_gains, m_gradient, m_negative, m_partialZ, m_partialLog;
    double m_pLogP = 0;
    detail::SpaceTree<D> m_tree;
};

std::string phaseText(const std::vector<double>& history) {
    if (history.empty())
        return "t-SNE: optimising";
    char text[96];
    std::snprintf(text, sizeof text, "t-SNE: optimising (KL divergence %.4f)", history.back());
    return text;
}

template <int D>
TsneResult optimise(const detail::SparseAffinities& p, std::size_t n, const TsneOptions& options) {
    const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
    const double learningRate = options.learningRate
                                    ? *options.learningRate
                                    : std::max(double(n) / options.earlyExaggeration / 4.0, 50.0);
    TsneOptimiser<D> optimiser(p, n, options, threads);
    TsneResult result;
    const auto total = std::uint64_t(std::max(0, options.iterations));
    for (int it = 0; it < options.iterations; ++it) {
        if (options.progress) {
            options.progress->throwIfCancelled();
            options.progress->report({.phase = phaseText(result.klHistory), .done = std::uint64_t(it),
                                      .total = total, .unit = "iterations"});
        }
        optimiser.step(it, learningRate);
        result.iterations = it + 1;
        if ((it + 1) % kKlEvery == 0 && it + 1 < options.iterations)
            result.klHistory.push_back(optimiser.divergence());
    }
    result.klDivergence = optimiser.divergence();
    result.klHistory.push_back(result.klDivergence);
    if (options.progress)
        options.progress->report({.phase = phaseText(result.klHistory), .done = total, .total = total,
                                  .unit = "iterations"}, true);
    result.rows = n;
    result.dimensions = D;
    result.coordinates.assign(optimiser.positions().begin(), optimiser.positions().end());
    return result;
}

} // namespace

Result<TsneResult> runTsne(std::span<const float> data, std::size_t rows, std::size_t columns,
                           const TsneOptions& options) {
    if (options.dimensions != 2 && options.dimensions != 3)
        return Status::failure("t-SNE can embed into 2 or 3 dimensions, not " + std::to_string(options.dimensions));
    if (rows < 2 || columns == 0)
        return Status::failure("t-SNE needs at least 2 points with at least one feature");
    if (data.size() != rows * columns)
        return Status::failure("t-SNE: the matrix has " + std::to_string(data.size()) + " values, expected " +
                               std::to_string(rows) + " × " + std::to_string(columns));
    if (rows > std::size_t(UINT32_MAX))
        return Status::failure("t-SNE: too many points");
    if (!(options.perplexity > 0) || !(options.theta >= 0) || options.iterations < 0 ||
        (options.learningRate && !(*options.learningRate > 0)) || !(options.earlyExaggeration > 0))
        return Status::failure("t-SNE: perplexity, learning rate and exaggeration must be positive, theta and "
                               "iterations non-negative");
    if (!std::all_of(data.begin(), data.end(), [](float v) { return std::isfinite(v); }))
        return Status::failure("t-SNE: the input contains NaN or infinite values");
    try {
        const auto p = detail::computeTsneAffinities(data, rows, columns, options.perplexity, options.progress);
        return options.dimensions == 2 ? optimise<2>(p, rows, options) : optimise<3>(p, rows, options);
    } catch (const CancelledError&) {
        return Status::failure("t-SNE was cancelled");
    } catch (const faiss::FaissException& e) {
        return Status::failure(std::string("t-SNE: nearest-neighbour search failed: ") + e.what());
    } catch (const std::bad_alloc&) {
        return Status::failure("t-SNE: out of memory for " + std::to_string(rows) + " points");
    }
}

} // namespace kindred
