#pragma once
// The input side of t-SNE: exact k-NN (FAISS IndexFlatL2) → per-point perplexity calibration →
// symmetric sparse P in CSR form. Internal to kindred_core.

#include "kindred/common/Progress.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace kindred::detail {

/// Symmetric joint probabilities, CSR: row i's entries are columns[rowStart[i] .. rowStart[i+1]).
/// Values sum to 1 over the whole matrix; no diagonal entries.
struct SparseAffinities {
    std::vector<std::size_t> rowStart; ///< size rows + 1
    std::vector<std::uint32_t> columns;
    std::vector<double> values;
};

/// Throws CancelledError (progress cancelled) or faiss exceptions. Uses OpenMP for the calibration.
SparseAffinities computeTsneAffinities(std::span<const float> data, std::size_t rows, std::size_t columns,
                                       double perplexity, ProgressToken* progress);

} // namespace kindred::detail
