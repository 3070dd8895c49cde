#pragma once
// UMAP (McInnes, Healy & Melville 2018) to 2 or 3 dimensions.
//
// 1. Neighbours: the k = neighbours − 1 nearest other points of every point (Euclidean; the point
//    itself counts as its own first neighbour, as in umap-learn's n_neighbors), exact (FAISS flat
//    scan, O(n²·d)) or approximate (FAISS HNSW, recall ≈ 0.97 at these settings) — see
//    UmapNeighbourSearch.
// 2. Fuzzy simplicial set: per point, ρ = distance to its nearest neighbour and σ such that
//    Σ_j exp(−max(0, d_j − ρ)/σ) = log2(neighbours); membership w_ij = exp(−max(0, d_ij − ρ_i)/σ_i);
//    symmetrised by the fuzzy union w_ij + w_ji − w_ij·w_ji. Edges below max(w)/epochs are dropped
//    (they would never be sampled).
// 3. Initial layout: spectral (the leading non-trivial eigenvectors of the graph's normalised
//    adjacency, by subspace iteration), PCA of the input, or uniform random; scaled to [0, 10].
// 4. Layout: epochs of stochastic gradient descent; an edge of weight w is sampled every
//    max(w)/w epochs, pulling its ends together with the gradient of log(1/(1 + a·d^{2b})) and pushing
//    its head away from `negativeSampleRate` uniformly drawn points; the step size falls linearly
//    from learningRate to 0; every gradient coordinate is clipped to ±4. a, b are fitted to
//    minDist/spread by fitUmapCurve.
//
// Determinism: with threads == 1 a seed gives bit-identical output on every run. With more threads
// the layout is "hogwild" (threads update shared coordinates without locks, as umap-learn and uwot
// do), so runs differ slightly; the quality does not.
// Threading: runs on the caller's thread plus `threads` OpenMP workers; reentrant. Progress is
// reported on the caller's thread.

#include "kindred/common/Progress.h"
#include "kindred/common/Status.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace kindred {

enum class UmapInit : std::uint8_t { Spectral = 0, Pca = 1, Random = 2 };
enum class UmapNeighbourSearch : std::uint8_t {
    Automatic = 0,  ///< exact up to UmapOptions::exactNeighbourLimit rows, approximate above
    Exact = 1,
    Approximate = 2
};

struct UmapOptions {
    int dimensions = 2;            ///< output dimensions: 2 or 3
    int neighbours = 15;           ///< umap-learn's n_neighbors (the point itself included); ≥ 2, capped at rows
    double minDist = 0.1;          ///< smallest distance between embedded points, in units of spread (0 ≤ minDist)
    double spread = 1.0;           ///< scale of the embedded clusters (> 0)
    int epochs = 0;                ///< SGD epochs; 0 = automatic: 500 up to 10,000 rows, 200 above
    double learningRate = 1.0;     ///< initial SGD step (falls linearly to 0)
    int negativeSampleRate = 5;    ///< negative samples per positive sample
    double repulsionStrength = 1.0;///< weight of the negative samples (umap-learn's gamma)
    UmapInit init = UmapInit::Spectral;
    UmapNeighbourSearch neighbourSearch = UmapNeighbourSearch::Automatic;
    std::size_t exactNeighbourLimit = 30000;
    std::uint64_t seed = 1;
    int threads = 0;               ///< OpenMP threads for the heavy loops; 0 = OpenMP's default
    /// Optional, not owned. Phases "UMAP: nearest neighbours" (unit rows), "UMAP: fuzzy graph",
    /// "UMAP: initial layout", then one report per epoch (unit "epochs"). Cancelling makes runUmap
    /// return a failure saying so.
    ProgressToken* progress = nullptr;
};

struct UmapResult {
    std::size_t rows = 0;
    int dimensions = 0;
    std::vector<float> coordinates; ///< row-major [rows × dimensions]
    int epochs = 0;                 ///< SGD epochs run
    double a = 0, b = 0;            ///< the curve 1 / (1 + a·d^{2b}) the layout used
    std::size_t edges = 0;          ///< undirected edges of the fuzzy graph after pruning
    bool exactNeighbours = true;    ///< which neighbour search ran
    UmapInit init = UmapInit::Spectral; ///< the initialisation used (Spectral falls back to Pca when it fails)
};

/// @param data row-major input vectors, size rows * columns; rows ≥ 2, all values finite.
Result<UmapResult> runUmap(std::span<const float> data, std::size_t rows, std::size_t columns,
                           const UmapOptions& options = {});

/// a, b of the curve 1 / (1 + a·x^{2b}) closest (least squares over x in [0, 3·spread], 300 points)
/// to the target membership: 1 for x < minDist, exp(−(x − minDist)/spread) beyond.
/// E.g. minDist 0.1, spread 1 → a ≈ 1.58, b ≈ 0.90.
struct UmapCurve {
    double a = 0, b = 0;
};
UmapCurve fitUmapCurve(double minDist, double spread);

/// The number of epochs runUmap uses for `rows` points when options.epochs is 0.
int defaultUmapEpochs(std::size_t rows);

} // namespace kindred
