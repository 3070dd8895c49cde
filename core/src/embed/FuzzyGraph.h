#pragma once
// UMAP's fuzzy simplicial set: the k-nearest-neighbour table turned into a weighted, symmetric
// graph. Internal to kindred_core (see kindred/embed/Umap.h for the definitions).

#include "embed/NeighbourTable.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kindred::detail {

/// Symmetric weighted graph in CSR form: row i's edges are columns[rowStart[i] .. rowStart[i+1]),
/// sorted by column, weights in (0, 1], no self loops; (i, j) is present iff (j, i) is, with the
/// same weight.
struct FuzzyGraph {
    std::vector<std::size_t> rowStart; ///< size rows + 1
    std::vector<std::uint32_t> columns;
    std::vector<float> weights;

    std::size_t rows() const { return rowStart.empty() ? 0 : rowStart.size() - 1; }
    /// Directed entries (twice the undirected edges).
    std::size_t entries() const { return columns.size(); }
};

/// Per row i of `table`: ρ_i = distance to the nearest neighbour at a positive distance, σ_i by
/// bisection so that Σ_j exp(−max(0, d_ij − ρ_i)/σ_i) = log2(neighbours) (σ_i at least 1e-3 × the
/// mean neighbour distance, so duplicates cannot make it vanish), w_ij = exp(−max(0, d_ij − ρ_i)/σ_i);
/// then the fuzzy union w_ij + w_ji − w_ij·w_ji. Distances are Euclidean (the square roots of the
/// table's). Uses `threads` OpenMP threads.
/// @param neighbours umap-learn's n_neighbors: table.k + 1 for a full table.
FuzzyGraph buildFuzzyGraph(const NeighbourTable& table, int neighbours, int threads);

/// Drops the edges lighter than `threshold` (both directions), keeping the CSR invariants.
void pruneFuzzyGraph(FuzzyGraph& graph, float threshold);

} // namespace kindred::detail
