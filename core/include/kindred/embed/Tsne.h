#pragma once
// Barnes-Hut t-SNE (van der Maaten 2014) to 2 or 3 dimensions, O(n log n) per iteration.
//
// Input affinities come from the EXACT k nearest neighbours (squared Euclidean distances, FAISS
// flat index), k = min(n − 1, ⌊3 · perplexity⌋); each point's Gaussian bandwidth is found by binary
// search to match the perplexity, then P = (P_{j|i} + P_{i|j}) / 2n (sparse, symmetric, sums to 1).
// The optimiser is gradient descent with momentum and delta-bar-delta gains; the gradient is the
// true KL gradient 4 · Σ_j (p_ij − q_ij) q_ij Z (y_i − y_j) (with the factor 4, as scikit-learn;
// bhtsne/Rtsne leave it out, so their eta = 4 × our learningRate for the same steps).
//
// Determinism: for a given seed, input and thread count the output is bit-identical across runs
// (parallel loops write per-point results; all sums are then taken serially in a fixed order).
// Threading: runs on the caller's thread plus `threads` OpenMP workers; the function itself is
// reentrant. Progress is reported on the caller's thread.

#include "kindred/common/Progress.h"
#include "kindred/common/Status.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace kindred {

struct TsneOptions {
    int dimensions = 2;                       ///< output dimensions: 2 or 3
    double perplexity = 30;                   ///< effective neighbour count; capped at k when n is small
    std::optional<double> learningRate = 200; ///< nullopt: "auto" = max(n / earlyExaggeration / 4, 50)
    double earlyExaggeration = 12;            ///< P is multiplied by this for the first exaggerationIterations
    int exaggerationIterations = 250;
    int iterations = 1000;                    ///< total gradient steps (including the exaggerated ones)
    double theta = 0.5;                       ///< Barnes-Hut accuracy; 0 = exact (O(n²)) repulsion
    double initialMomentum = 0.5;
    double finalMomentum = 0.8;
    int momentumSwitchIteration = 250;
    double minGain = 0.01;
    std::uint64_t seed = 1;                   ///< initial layout: N(0, initialStdDev²) from std::mt19937_64(seed)
    double initialStdDev = 1e-4;
    int threads = 0;                          ///< OpenMP threads for the heavy loops; 0 = OpenMP's default
    /// Optional, not owned. Gets one report per iteration (unit "iterations"); the phase text carries
    /// the latest KL divergence. Cancelling makes runTsne return a failure saying so.
    ProgressToken* progress = nullptr;
};

struct TsneResult {
    std::size_t rows = 0;
    int dimensions = 0;
    std::vector<float> coordinates; ///< row-major [rows × dimensions], centred on the origin
    /// KL(P‖Q) of the final layout: exact sum over the sparse P, with the normaliser Z of Q
    /// approximated by the same Barnes-Hut tree as the gradient (as Rtsne's reported costs).
    double klDivergence = 0;
    int iterations = 0;             ///< gradient steps run
    std::vector<double> klHistory;  ///< KL after every 50th iteration (50, 100, …), then the final one
};

/// @param data row-major input vectors, size rows * columns; rows ≥ 2.
Result<TsneResult> runTsne(std::span<const float> data, std::size_t rows, std::size_t columns,
                           const TsneOptions& options = {});

} // namespace kindred
