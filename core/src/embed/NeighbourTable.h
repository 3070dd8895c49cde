#pragma once
// The k nearest other rows of every row of a dense matrix (squared Euclidean distances), exact
// (FAISS flat scan) or approximate (FAISS HNSW). Internal to kindred_core: the UMAP graph and the
// trustworthiness measure build on it.

#include "kindred/common/Progress.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kindred::detail {

inline constexpr std::uint32_t kNoNeighbour = UINT32_MAX;

struct NeighbourTable {
    std::size_t rows = 0;
    std::size_t k = 0;
    /// [rows × k]: row i's neighbours, nearest first, never i itself (when duplicates of i exist,
    /// they come first at distance 0). An approximate search may leave a tail of kNoNeighbour.
    std::vector<std::uint32_t> index;
    std::vector<float> distance2; ///< [rows × k] squared distances, ascending; +inf for kNoNeighbour
};

/// Exact search. Reports progress as `phase` (unit rows) between batches and throws CancelledError
/// when the token is cancelled; FAISS errors propagate as faiss::FaissException.
/// @param data row-major, size rows * columns; 1 ≤ k < rows.
NeighbourTable exactNeighbourTable(std::span<const float> data, std::size_t rows, std::size_t columns,
                                   std::size_t k, ProgressToken* progress, const std::string& phase);

/// HNSW (M = 16, efConstruction 64, efSearch max(2k, 64)): builds the graph in batches (progress
/// and cancel between them), then searches. Same contract as exactNeighbourTable.
NeighbourTable approximateNeighbourTable(std::span<const float> data, std::size_t rows, std::size_t columns,
                                         std::size_t k, ProgressToken* progress, const std::string& phase);

} // namespace kindred::detail
