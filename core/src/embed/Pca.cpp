#include "kindred/embed/Pca.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <string>

namespace kindred {

namespace {
using RowMatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using RowMatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// Rows are processed in blocks so the centred double copy stays small (block × d) and hot in cache.
constexpr Eigen::Index kBlockRows = 4096;
} // namespace

Result<PcaResult> computePca(std::span<const float> data, std::size_t rows, std::size_t columns,
                             std::size_t k) {
    if (rows == 0 || columns == 0)
        return Status::failure("PCA needs at least one row and one column");
    if (data.size() != rows * columns)
        return Status::failure("PCA: the matrix has " + std::to_string(data.size()) + " values, expected " +
                               std::to_string(rows) + " × " + std::to_string(columns));
    if (k == 0 || k > columns)
        return Status::failure("PCA: cannot compute " + std::to_string(k) + " components of " +
                               std::to_string(columns) + "-dimensional data (need 1 ≤ k ≤ d)");
    if (!std::all_of(data.begin(), data.end(), [](float v) { return std::isfinite(v); }))
        return Status::failure("PCA: the input contains NaN or infinite values");

    const auto n = Eigen::Index(rows);
    const auto d = Eigen::Index(columns);
    const Eigen::Map<const RowMatrixF> x(data.data(), n, d);

    const Eigen::VectorXd mean = x.cast<double>().colwise().sum().transpose() / double(n);

    // Exact covariance, accumulated block by block in double precision.
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(d, d);
    for (Eigen::Index start = 0; start < n; start += kBlockRows) {
        const Eigen::Index count = std::min(kBlockRows, n - start);
        RowMatrixD block = x.middleRows(start, count).cast<double>();
        block.rowwise() -= mean.transpose();
        scatter.selfadjointView<Eigen::Lower>().rankUpdate(block.transpose());
    }
    const double divisor = n > 1 ? double(n - 1) : 1.0;
    Eigen::MatrixXd covariance = scatter.selfadjointView<Eigen::Lower>();
    covariance /= divisor;

    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(covariance);
    if (solver.info() != Eigen::Success)
        return Status::failure("PCA: the covariance eigendecomposition did not converge");
    const Eigen::VectorXd& values = solver.eigenvalues(); // ascending
    const Eigen::MatrixXd& vectors = solver.eigenvectors();
    const double total = std::max(0.0, covariance.trace());

    PcaResult result;
    result.rows = rows;
    result.columns = columns;
    result.components = k;
    result.mean.assign(mean.data(), mean.data() + d);
    RowMatrixF axes(Eigen::Index(k), d);
    for (std::size_t c = 0; c < k; ++c) {
        Eigen::VectorXd axis = vectors.col(d - 1 - Eigen::Index(c));
        Eigen::Index largest = 0;
        for (Eigen::Index j = 1; j < d; ++j)
            if (std::abs(axis[j]) > std::abs(axis[largest]) + 1e-12)
                largest = j;
        if (axis[largest] < 0)
            axis = -axis;
        axes.row(Eigen::Index(c)) = axis.cast<float>().transpose();
        const double variance = std::max(0.0, values[d - 1 - Eigen::Index(c)]);
        result.explainedVariance.push_back(variance);
        result.explainedVarianceRatio.push_back(total > 0 ? variance / total : 0.0);
    }
    result.axes.assign(axes.data(), axes.data() + axes.size());

    // Projection in float, centred block by block (centring first keeps float cancellation small).
    result.coordinates.resize(rows * k);
    Eigen::Map<RowMatrixF> coordinates(result.coordinates.data(), n, Eigen::Index(k));
    for (Eigen::Index start = 0; start < n; start += kBlockRows) {
        const Eigen::Index count = std::min(kBlockRows, n - start);
        RowMatrixF centred = x.middleRows(start, count);
        centred.rowwise() -= mean.cast<float>().transpose();
        coordinates.middleRows(start, count).noalias() = centred * axes.transpose();
    }
    return result;
}

} // namespace kindred
