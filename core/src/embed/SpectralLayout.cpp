#include "embed/SpectralLayout.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <random>

namespace kindred::detail {

namespace {

constexpr int kMaxIterations = 300;
constexpr int kCheckEvery = 10;
constexpr double kRitzTolerance = 1e-7;
constexpr int kExtraVectors = 4; // beyond `dimensions`: speeds up convergence of the wanted ones

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

} // namespace

std::optional<std::vector<double>> spectralLayout(const FuzzyGraph& graph, int dimensions, std::uint64_t seed,
                                                  int threads, ProgressToken* progress) {
    const std::size_t n = graph.rows();
    if (n <= std::size_t(dimensions) + 1)
        return std::nullopt;
    const Eigen::Index p = std::min<Eigen::Index>(dimensions + kExtraVectors, Eigen::Index(n) - 1);

    // D^{-1/2}, and the trivial top eigenvector D^{1/2}·1 (normalised), which is projected out.
    Eigen::VectorXd invSqrtDegree(n), trivial(n);
    for (std::size_t i = 0; i < n; ++i) {
        double degree = 0;
        for (std::size_t e = graph.rowStart[i]; e < graph.rowStart[i + 1]; ++e)
            degree += graph.weights[e];
        invSqrtDegree[Eigen::Index(i)] = degree > 0 ? 1.0 / std::sqrt(degree) : 0.0;
        trivial[Eigen::Index(i)] = std::sqrt(degree);
    }
    if (!(trivial.norm() > 0))
        return std::nullopt;
    trivial.normalize();

    // Iterates with (I + M)/2, M = D^{-1/2} W D^{-1/2}: the same eigenvectors, eigenvalues moved to
    // [0, 1], so the wanted (largest) ones dominate rather than large negative ones.
    auto apply = [&](const Matrix& x, Matrix& y) {
#pragma omp parallel for schedule(dynamic, 1024) num_threads(threads)
        for (std::ptrdiff_t ii = 0; ii < std::ptrdiff_t(n); ++ii) {
            const auto i = Eigen::Index(ii);
            Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(p);
            for (std::size_t e = graph.rowStart[std::size_t(i)]; e < graph.rowStart[std::size_t(i) + 1]; ++e) {
                const auto j = Eigen::Index(graph.columns[e]);
                sum.noalias() += (double(graph.weights[e]) * invSqrtDegree[j]) * x.row(j);
            }
            y.row(i) = 0.5 * (x.row(i) + invSqrtDegree[i] * sum);
        }
    };
    auto orthonormalise = [&](Matrix& y) {
        y -= trivial * (trivial.transpose() * y);
        Eigen::HouseholderQR<Eigen::MatrixXd> qr(y);
        y = qr.householderQ() * Eigen::MatrixXd::Identity(Eigen::Index(n), p);
    };

    std::mt19937_64 engine(seed ^ 0x5eed5eedULL);
    std::normal_distribution<double> normal(0.0, 1.0);
    Matrix x(Eigen::Index(n), p), y(Eigen::Index(n), p);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        x.data()[i] = normal(engine);
    orthonormalise(x);
    Eigen::VectorXd previousRitz = Eigen::VectorXd::Constant(p, -1.0);
    for (int it = 0; it < kMaxIterations; ++it) {
        if (progress) {
            progress->throwIfCancelled();
            progress->report({.phase = "UMAP: initial layout", .done = std::uint64_t(it),
                              .total = std::uint64_t(kMaxIterations), .unit = "iterations"});
        }
        apply(x, y);
        if ((it + 1) % kCheckEvery == 0) {
            // Rayleigh quotients of the (orthonormal) block: converged when they stop moving.
            const Eigen::VectorXd ritz = (x.transpose() * y).diagonal();
            const bool converged = ((ritz - previousRitz).cwiseAbs().array() < kRitzTolerance).all();
            previousRitz = ritz;
            orthonormalise(y);
            x.swap(y);
            if (converged)
                break;
        } else {
            orthonormalise(y);
            x.swap(y);
        }
    }
    // Rayleigh-Ritz: the best eigenvector estimates within the block, largest eigenvalue first.
    apply(x, y);
    const Eigen::MatrixXd h = x.transpose() * y;
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(0.5 * (h + h.transpose()));
    if (eigen.info() != Eigen::Success)
        return std::nullopt;
    const Eigen::MatrixXd vectors = x * eigen.eigenvectors(); // ascending eigenvalues
    std::vector<double> out(n * std::size_t(dimensions));
    for (std::size_t i = 0; i < n; ++i)
        for (int a = 0; a < dimensions; ++a) {
            const double v = vectors(Eigen::Index(i), p - 1 - a);
            if (!std::isfinite(v))
                return std::nullopt;
            out[i * std::size_t(dimensions) + std::size_t(a)] = v;
        }
    return out;
}

} // namespace kindred::detail
