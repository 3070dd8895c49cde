#pragma once
// How faithfully a low-dimensional embedding keeps local neighbourhoods (Venna & Kaski 2001):
//
//   T(k) = 1 − 2 / (n·k·(2n − 3k − 1)) · Σ_i Σ_{j ∈ N_k^low(i) \ N_k^high(i)} (r(i, j) − k)
//
// where N_k are the k nearest other points and r(i, j) the rank of j among i's neighbours in the
// input (1 = nearest). 1 = every embedded neighbourhood is an input neighbourhood. Same definition as
// scikit-learn's sklearn.manifold.trustworthiness (Euclidean), computed exactly in O(n²·d) time and
// O(n) memory per thread, so it works for 100 k points where a dense distance matrix would not.
//
// Threading: reentrant; uses OpenMP for the rank counting.

#include "kindred/common/Progress.h"
#include "kindred/common/Status.h"

#include <cstddef>
#include <span>

namespace kindred {

/// @param high input vectors, row-major [rows × highColumns]
/// @param low  embedding, row-major [rows × lowColumns]
/// @param k    neighbourhood size, 1 ≤ k < rows / 2
/// @param progress optional; reports "trustworthiness" (unit rows) and stops on cancel
Result<double> trustworthiness(std::span<const float> high, std::size_t highColumns, std::span<const float> low,
                               std::size_t lowColumns, std::size_t rows, std::size_t k, int threads = 0,
                               ProgressToken* progress = nullptr);

} // namespace kindred
