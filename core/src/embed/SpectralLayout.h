#pragma once
// Spectral initial layout of a fuzzy graph: the leading non-trivial eigenvectors of its normalised
// adjacency D^{-1/2} W D^{-1/2} (equivalently the smallest of the normalised Laplacian), found by
// seeded subspace iteration with Rayleigh-Ritz. Internal to kindred_core.

#include "embed/FuzzyGraph.h"
#include "kindred/common/Progress.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace kindred::detail {

/// Row-major [rows × dimensions] eigenvector coordinates (unscaled), or nullopt when the graph is
/// too small (rows ≤ dimensions + 1) or the iteration produced non-finite values. Reports the phase
/// "UMAP: initial layout" (unit "iterations") and throws CancelledError on cancel.
std::optional<std::vector<double>> spectralLayout(const FuzzyGraph& graph, int dimensions, std::uint64_t seed,
                                                  int threads, ProgressToken* progress);

} // namespace kindred::detail
