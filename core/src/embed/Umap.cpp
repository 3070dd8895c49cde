#include "kindred/embed/Umap.h"

#include "embed/FuzzyGraph.h"
#include "embed/NeighbourTable.h"
#include "embed/SpectralLayout.h"
#include "kindred/embed/Pca.h"

#include <faiss/impl/FaissException.h>

#include <omp.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <new>
#include <random>
#include <string>

namespace kindred {

namespace {

constexpr float kGradientClip = 4.0f;
constexpr double kLayoutRange = 10.0;   // initial layouts are scaled to [0, 10] per axis
constexpr int kNegativeBatch = 8;       // negative samples computed together (see sampleEdge)
constexpr std::size_t kEdgeChunk = 512;  // rows of the graph per parallel work item (and per generator)

/// splitmix64: decorrelated seeds for per-chunk generators from (seed, epoch, chunk).
std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// xorshift128+ (small state, fast): the negative samples' generator.
class FastRandom {
public:
    explicit FastRandom(std::uint64_t seed) : m_a(mix(seed)), m_b(mix(seed ^ 0xda3e39cb94b95bdbULL) | 1) {}
    std::uint64_t next() {
        std::uint64_t x = m_a;
        const std::uint64_t y = m_b;
        m_a = y;
        x ^= x << 23;
        m_b = x ^ y ^ (x >> 17) ^ (y >> 26);
        return m_b + y;
    }
    /// Uniform in [0, n) (Lemire's multiply-shift; the bias is below 2^-32 for n < 2^32).
    std::uint32_t below(std::uint32_t n) { return std::uint32_t(((next() >> 32) * std::uint64_t(n)) >> 32); }

private:
    std::uint64_t m_a, m_b;
};

/// Branch-free (minss/maxss), so that loops over samples vectorise.
inline float clip(float g) {
    return std::min(std::max(g, -kGradientClip), kGradientClip);
}

/// log2 of a positive, finite x to about 1.5e-5 (absolute): exponent bits plus a degree-5
/// polynomial in the mantissa (least-squares fit on [1, 2)).
inline float fastLog2(float x) {
    const auto bits = std::bit_cast<std::uint32_t>(x);
    const float exponent = float(int((bits >> 23) & 0xff) - 127);
    const float m = std::bit_cast<float>((bits & 0x007fffffu) | 0x3f800000u) - 1.5f; // mantissa − 1.5
    const float p = ((((0.0439286278f * m - 0.0800108769f) * m + 0.1417181589f) * m - 0.3197490951f) * m +
                     0.9618212283f) * m + 0.5849504981f;
    return exponent + p;
}

/// 2^x to about 4e-6 (relative) for x in [−126, 127]: integer part into the exponent bits, a
/// degree-4 polynomial for the fraction (least-squares fit on [0, 1)).
inline float fastExp2(float x) {
    x = std::min(std::max(x, -126.0f), 127.0f);
    int whole = int(x);             // truncates towards zero…
    whole -= int(float(whole) > x); // …so step down for negative fractions: floor without a branch
    const float f = x - float(whole) - 0.5f;
    const float p = (((0.0136839829f * f + 0.0790857012f) * f + 0.3397239002f) * f + 0.9802211666f) * f +
                    1.4142136691f;
    return p * std::bit_cast<float>(std::uint32_t(whole + 127) << 23);
}

/// x^y for x > 0: the layout evaluates d^{2b} for every sample, where std::pow dominates the cost
/// and a relative error of 1e-5 changes nothing.
inline float fastPow(float x, float y) {
    return fastExp2(y * fastLog2(x));
}

/// Scales every column of a row-major [rows × dims] layout to [0, range].
std::vector<float> scaledLayout(const std::vector<double>& layout, std::size_t rows, int dims) {
    std::vector<float> out(layout.size());
    for (int a = 0; a < dims; ++a) {
        double lo = HUGE_VAL, hi = -HUGE_VAL;
        for (std::size_t i = 0; i < rows; ++i) {
            lo = std::min(lo, layout[i * std::size_t(dims) + std::size_t(a)]);
            hi = std::max(hi, layout[i * std::size_t(dims) + std::size_t(a)]);
        }
        const double scale = hi > lo ? kLayoutRange / (hi - lo) : 0.0;
        for (std::size_t i = 0; i < rows; ++i)
            out[i * std::size_t(dims) + std::size_t(a)] =
                float((layout[i * std::size_t(dims) + std::size_t(a)] - lo) * scale);
    }
    return out;
}

/// Adds N(0, 1e-4²)·range noise so that rows with identical starting points can separate.
void jitter(std::vector<float>& layout, std::uint64_t seed) {
    std::mt19937_64 engine(mix(seed ^ 0x6a09e667f3bcc909ULL));
    std::normal_distribution<float> normal(0.0f, float(1e-4 * kLayoutRange));
    for (float& v : layout)
        v += normal(engine);
}

/// The SGD layout for output dimension D over the (pruned) fuzzy graph.
template <int D> class UmapOptimiser {
public:
    UmapOptimiser(const detail::FuzzyGraph& graph, std::vector<float> layout, const UmapOptions& options,
                  UmapCurve curve, int epochs, int threads)
        : m_graph(graph), m_y(std::move(layout)), m_options(options), m_a(float(curve.a)), m_b(float(curve.b)),
          m_epochs(epochs), m_threads(threads) {
        float maxWeight = 0;
        for (float w : graph.weights)
            maxWeight = std::max(maxWeight, w);
        const std::size_t entries = graph.entries();
        m_epochsPerSample.resize(entries);
        m_nextSample.resize(entries);
        m_nextNegative.resize(entries);
        const float rate = float(std::max(1, options.negativeSampleRate));
        for (std::size_t e = 0; e < entries; ++e) {
            // An edge of the largest weight is sampled every epoch, a lighter one proportionally less.
            m_epochsPerSample[e] = maxWeight / graph.weights[e];
            m_nextSample[e] = m_epochsPerSample[e];
            m_nextNegative[e] = m_epochsPerSample[e] / rate;
        }
        m_negativeRate = rate;
    }

    void epoch(int n) {
        const float alpha = float(m_options.learningRate * (1.0 - double(n) / double(m_epochs)));
        const std::size_t rows = m_graph.rows();
        const std::size_t chunks = (rows + kEdgeChunk - 1) / kEdgeChunk;
        const std::uint64_t epochSeed = mix(m_options.seed ^ mix(std::uint64_t(n) + 1));
#pragma omp parallel for schedule(dynamic, 1) num_threads(m_threads)
        for (std::ptrdiff_t c = 0; c < std::ptrdiff_t(chunks); ++c) {
            FastRandom random(epochSeed ^ mix(std::uint64_t(c)));
            const std::size_t first = std::size_t(c) * kEdgeChunk;
            const std::size_t last = std::min(rows, first + kEdgeChunk);
            for (std::size_t i = first; i < last; ++i)
                for (std::size_t e = m_graph.rowStart[i]; e < m_graph.rowStart[i + 1]; ++e)
                    if (m_nextSample[e] <= float(n))
                        sampleEdge(i, e, float(n), alpha, random);
        }
    }

    const std::vector<float>& positions() const { return m_y; }

private:
    void sampleEdge(std::size_t i, std::size_t e, float n, float alpha, FastRandom& random) {
        float* yi = m_y.data() + i * D;
        float* yj = m_y.data() + std::size_t(m_graph.columns[e]) * D;
        float diff[D], d2 = 0;
        for (int k = 0; k < D; ++k) {
            diff[k] = yi[k] - yj[k];
            d2 += diff[k] * diff[k];
        }
        if (d2 > 0) {
            // d/dy of log(1 / (1 + a·d^{2b})) = −2ab·d^{2(b−1)} / (1 + a·d^{2b}) · (yi − yj).
            const float powB = fastPow(d2, m_b);
            const float coefficient = -2.0f * m_a * m_b * (powB / d2) / (1.0f + m_a * powB);
            for (int k = 0; k < D; ++k) {
                const float g = clip(coefficient * diff[k]) * alpha;
                yi[k] += g;
                yj[k] -= g;
            }
        }
        m_nextSample[e] += m_epochsPerSample[e];

        // Negative samples owed since the last visit (negativeSampleRate per positive sample).
        const float perNegative = m_epochsPerSample[e] / m_negativeRate;
        const int negatives = int((n - m_nextNegative[e]) / perNegative);
        const auto rows = std::uint32_t(m_graph.rows());
        const float gamma = float(m_options.repulsionStrength);
        // Every negative sample is taken against yi as it is now and the pushes are added up after,
        // in batches whose arithmetic has no branches: the samples then neither wait for each other
        // (a loop that moves yi between samples is bound by the latency of one sample's arithmetic)
        // nor stop the compiler from vectorising them.
        float from[D], push[D] = {};
        for (int k = 0; k < D; ++k)
            from[k] = yi[k];
        for (int done = 0; done < negatives; done += kNegativeBatch) {
            const int count = std::min(kNegativeBatch, negatives - done);
            float away[D][kNegativeBatch], dk2[kNegativeBatch], keep[kNegativeBatch];
            for (int s = 0; s < kNegativeBatch; ++s) {
                const std::uint32_t other = s < count ? random.below(rows) : std::uint32_t(i);
                const float* yk = m_y.data() + std::size_t(other) * D;
                dk2[s] = 0;
                for (int k = 0; k < D; ++k) {
                    away[k][s] = from[k] - yk[k];
                    dk2[s] += away[k][s] * away[k][s];
                }
                // The point itself, a padding slot or a coincident point: no direction to push along.
                keep[s] = other != i && dk2[s] > 0 ? 1.0f : 0.0f;
                dk2[s] = keep[s] > 0 ? dk2[s] : 1.0f;
            }
            float coefficient[kNegativeBatch];
            for (int s = 0; s < kNegativeBatch; ++s)
                // d/dy of log(1 − 1/(1 + a·d^{2b})), with 0.001 keeping it finite near 0.
                coefficient[s] = keep[s] * 2.0f * gamma * m_b /
                                 ((0.001f + dk2[s]) * (1.0f + m_a * fastPow(dk2[s], m_b)));
            for (int k = 0; k < D; ++k)
                for (int s = 0; s < kNegativeBatch; ++s)
                    push[k] += clip(coefficient[s] * away[k][s]);
        }
        for (int k = 0; k < D; ++k)
            yi[k] += push[k] * alpha;
        m_nextNegative[e] += float(negatives) * perNegative;
    }

    const detail::FuzzyGraph& m_graph;
    std::vector<float> m_y;
    const UmapOptions& m_options;
    float m_a, m_b;
    int m_epochs, m_threads;
    float m_negativeRate = 5;
    std::vector<float> m_epochsPerSample, m_nextSample, m_nextNegative;
};

std::vector<float> centred(std::vector<float> y, std::size_t rows, int dims) {
    for (int a = 0; a < dims; ++a) {
        double mean = 0;
        for (std::size_t i = 0; i < rows; ++i)
            mean += y[i * std::size_t(dims) + std::size_t(a)];
        mean /= double(rows);
        for (std::size_t i = 0; i < rows; ++i)
            y[i * std::size_t(dims) + std::size_t(a)] -= float(mean);
    }
    return y;
}

template <int D>
std::vector<float> layOut(const detail::FuzzyGraph& graph, std::vector<float> initial, const UmapOptions& options,
                          UmapCurve curve, int epochs, int threads) {
    UmapOptimiser<D> optimiser(graph, std::move(initial), options, curve, epochs, threads);
    const auto total = std::uint64_t(epochs);
    for (int n = 0; n < epochs; ++n) {
        if (options.progress) {
            options.progress->throwIfCancelled();
            options.progress->report({.phase = "UMAP: optimising the layout", .done = std::uint64_t(n),
                                      .total = total, .unit = "epochs"});
        }
        optimiser.epoch(n);
    }
    if (options.progress)
        options.progress->report(
            {.phase = "UMAP: optimising the layout", .done = total, .total = total, .unit = "epochs"}, true);
    return optimiser.positions();
}

} // namespace

int defaultUmapEpochs(std::size_t rows) {
    return rows <= 10000 ? 500 : 200;
}

UmapCurve fitUmapCurve(double minDist, double spread) {
    // Levenberg-Marquardt on the two parameters, from a = b = 1.
    constexpr int kPoints = 300;
    std::vector<double> x(kPoints), y(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        x[std::size_t(i)] = 3.0 * spread * double(i) / double(kPoints - 1);
        y[std::size_t(i)] = x[std::size_t(i)] < minDist ? 1.0 : std::exp(-(x[std::size_t(i)] - minDist) / spread);
    }
    auto residuals = [&](double a, double b, double* jaa, double* jab, double* jbb, double* ga, double* gb) {
        double cost = 0;
        *jaa = *jab = *jbb = *ga = *gb = 0;
        for (int i = 0; i < kPoints; ++i) {
            const double xi = x[std::size_t(i)];
            const double p = xi > 0 ? std::pow(xi, 2 * b) : 0.0;
            const double denominator = 1 + a * p;
            const double r = 1 / denominator - y[std::size_t(i)];
            const double da = -p / (denominator * denominator);
            const double db = xi > 0 ? -a * p * 2 * std::log(xi) / (denominator * denominator) : 0.0;
            cost += r * r;
            *jaa += da * da;
            *jab += da * db;
            *jbb += db * db;
            *ga += da * r;
            *gb += db * r;
        }
        return cost;
    };
    double a = 1, b = 1, lambda = 1e-3;
    double jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
    double cost = residuals(a, b, &jaa, &jab, &jbb, &ga, &gb);
    for (int it = 0; it < 500; ++it) {
        const double m11 = jaa * (1 + lambda), m22 = jbb * (1 + lambda), m12 = jab;
        const double det = m11 * m22 - m12 * m12;
        if (!(std::abs(det) > 0))
            break;
        const double stepA = -(m22 * ga - m12 * gb) / det;
        const double stepB = -(m11 * gb - m12 * ga) / det;
        const double na = a + stepA, nb = b + stepB;
        double njaa = 0, njab = 0, njbb = 0, nga = 0, ngb = 0;
        const double newCost = nb > 0 && na > 0 ? residuals(na, nb, &njaa, &njab, &njbb, &nga, &ngb) : HUGE_VAL;
        if (newCost < cost) {
            const bool small = std::abs(stepA) < 1e-12 * (1 + a) && std::abs(stepB) < 1e-12 * (1 + b);
            a = na, b = nb, cost = newCost;
            jaa = njaa, jab = njab, jbb = njbb, ga = nga, gb = ngb;
            lambda = std::max(lambda / 10, 1e-12);
            if (small)
                break;
        } else {
            lambda *= 10;
            if (lambda > 1e12)
                break;
        }
    }
    return {a, b};
}

Result<UmapResult> runUmap(std::span<const float> data, std::size_t rows, std::size_t columns,
                           const UmapOptions& options) {
    if (options.dimensions != 2 && options.dimensions != 3)
        return Status::failure("UMAP can embed into 2 or 3 dimensions, not " + std::to_string(options.dimensions));
    if (rows < 2 || columns == 0)
        return Status::failure("UMAP needs at least 2 points with at least one feature");
    if (data.size() != rows * columns)
        return Status::failure("UMAP: the matrix has " + std::to_string(data.size()) + " values, expected " +
                               std::to_string(rows) + " × " + std::to_string(columns));
    if (rows >= std::size_t(UINT32_MAX))
        return Status::failure("UMAP: too many points");
    if (options.neighbours < 2)
        return Status::failure("UMAP needs at least 2 neighbours (the point itself and one other)");
    if (!(options.minDist >= 0) || !(options.spread > 0) || options.minDist > options.spread * 3)
        return Status::failure("UMAP: min-dist must be between 0 and 3 × spread, and spread positive");
    if (options.epochs < 0 || !(options.learningRate > 0) || options.negativeSampleRate < 0 ||
        !(options.repulsionStrength >= 0))
        return Status::failure("UMAP: epochs, negative sample rate and repulsion must not be negative, the "
                               "learning rate must be positive");
    if (!std::all_of(data.begin(), data.end(), [](float v) { return std::isfinite(v); }))
        return Status::failure("UMAP: the input contains NaN or infinite values");
    const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
    const int epochs = options.epochs > 0 ? options.epochs : defaultUmapEpochs(rows);
    const int dims = options.dimensions;
    try {
        UmapResult result;
        result.rows = rows;
        result.dimensions = dims;
        result.epochs = epochs;
        const std::size_t k = std::min(rows - 1, std::size_t(options.neighbours - 1));
        const bool exact = options.neighbourSearch == UmapNeighbourSearch::Exact ||
                           (options.neighbourSearch == UmapNeighbourSearch::Automatic &&
                            rows <= options.exactNeighbourLimit);
        result.exactNeighbours = exact;
        const std::string phase = "UMAP: nearest neighbours";
        const auto table = exact ? detail::exactNeighbourTable(data, rows, columns, k, options.progress, phase)
                                 : detail::approximateNeighbourTable(data, rows, columns, k, options.progress, phase);
        if (options.progress) {
            options.progress->throwIfCancelled();
            options.progress->report({.phase = "UMAP: fuzzy graph", .done = 0, .total = 0, .unit = "rows"}, true);
        }
        auto graph = detail::buildFuzzyGraph(table, int(std::min<std::size_t>(k + 1, std::size_t(options.neighbours))),
                                             threads);
        float maxWeight = 0;
        for (float w : graph.weights)
            maxWeight = std::max(maxWeight, w);
        // Edges lighter than this would be sampled less than once in the whole run.
        detail::pruneFuzzyGraph(graph, maxWeight / float(epochs));
        result.edges = graph.entries() / 2;

        std::vector<float> initial;
        result.init = options.init;
        if (options.init == UmapInit::Spectral) {
            if (const auto layout = detail::spectralLayout(graph, dims, options.seed, threads, options.progress))
                initial = scaledLayout(*layout, rows, dims);
            else
                result.init = UmapInit::Pca;
        }
        if (result.init == UmapInit::Pca) {
            if (options.progress)
                options.progress->report({.phase = "UMAP: initial layout", .done = 0, .total = 0, .unit = "rows"});
            std::vector<double> layout(rows * std::size_t(dims), 0.0);
            if (columns >= std::size_t(dims)) {
                const auto pca = computePca(data, rows, columns, std::size_t(dims));
                if (!pca)
                    return pca.status();
                layout.assign(pca->coordinates.begin(), pca->coordinates.end());
            } else {
                for (std::size_t i = 0; i < rows; ++i)
                    for (std::size_t a = 0; a < columns; ++a)
                        layout[i * std::size_t(dims) + a] = data[i * columns + a];
            }
            initial = scaledLayout(layout, rows, dims);
        } else if (result.init == UmapInit::Random) {
            std::mt19937_64 engine(mix(options.seed));
            std::uniform_real_distribution<float> uniform(0.0f, float(kLayoutRange));
            initial.resize(rows * std::size_t(dims));
            for (float& v : initial)
                v = uniform(engine);
        }
        jitter(initial, options.seed);

        const UmapCurve curve = fitUmapCurve(options.minDist, options.spread);
        result.a = curve.a;
        result.b = curve.b;
        auto y = dims == 2 ? layOut<2>(graph, std::move(initial), options, curve, epochs, threads)
                           : layOut<3>(graph, std::move(initial), options, curve, epochs, threads);
        result.coordinates = centred(std::move(y), rows, dims);
        return result;
    } catch (const CancelledError&) {
        return Status::failure("UMAP was cancelled");
    } catch (const faiss::FaissException& e) {
        return Status::failure(std::string("UMAP: nearest-neighbour search failed: ") + e.what());
    } catch (const std::bad_alloc&) {
        return Status::failure("UMAP: out of memory for " + std::to_string(rows) + " points");
    }
}

} // namespace kindred
