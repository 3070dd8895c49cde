#pragma once
// Principal component analysis of a dense row-major matrix: centre the columns, eigendecompose the
// exact d × d covariance (meant for d up to ~1024; cost O(n·d² + d³)), project onto the top k axes.
//
// Sign convention (deterministic across runs and platforms): every component is flipped so that its
// entry of largest magnitude is positive (the lowest such index on ties).
//
// Threading: a pure function; safe to call from several threads at once.

#include "kindred/common/Status.h"

#include <cstddef>
#include <span>
#include <vector>

namespace kindred {

struct PcaResult {
    std::size_t rows = 0;       ///< n
    std::size_t columns = 0;    ///< d of the input
    std::size_t components = 0; ///< k
    std::vector<float> coordinates; ///< row-major [n × k]: (x - mean) · axis, for axes in order
    std::vector<float> axes;        ///< row-major [k × d]: unit principal axes, largest variance first
    std::vector<float> mean;        ///< [d] column means that were subtracted
    std::vector<double> explainedVariance;      ///< [k] variance along each axis (divisor n - 1; n when n = 1)
    std::vector<double> explainedVarianceRatio; ///< [k] share of the total variance; all 0 for constant data
};

/// @param data    row-major matrix, size rows * columns
/// @param k       number of components, 1 ≤ k ≤ columns (the embedding tools use 2 or 3)
/// Fails (with a message) on size mismatches, k out of range, or non-finite input.
Result<PcaResult> computePca(std::span<const float> data, std::size_t rows, std::size_t columns,
                             std::size_t k);

} // namespace kindred
