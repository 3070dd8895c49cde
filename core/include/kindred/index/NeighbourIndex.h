#pragma once
// NeighbourIndex: nearest-neighbour search over a fixed set of vectors (FAISS behind a pimpl).
//
// Scores are similarities, larger = closer: the inner product, or for Cosine the inner product of
// unit-length copies (zero vectors stay zero and score 0 against everything). Up to
// exactThreshold rows the index is exact (flat scan); above it, HNSW (approximate, recall ~0.95+).
// Ids are row numbers 0..rows-1 of the vectors given to build().
//
// Files: save() writes a small header (magic, version, rows, dimension, metric, kind, the caller's
// model fingerprint, payload size and checksum) followed by FAISS's own serialisation. Comparing
// modelFingerprint() with the current model's tells a caller that an index is stale.
//
// Threading: build/load produce an immutable object; search() and save() are const and may be
// called from several threads at once (FAISS parallelises a multi-query search with OpenMP).

#include "kindred/common/Status.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace kindred {

enum class NeighbourMetric : std::uint32_t { InnerProduct = 0, Cosine = 1 };

struct NeighbourIndexOptions {
    NeighbourMetric metric = NeighbourMetric::Cosine;
    std::size_t exactThreshold = 100000; ///< rows ≤ this: exact flat index; more: HNSW
    int hnswM = 32;                      ///< HNSW graph degree
    int hnswEfConstruction = 64;
    int hnswEfSearch = 128;
};

/// Which ids a search may return: true = allowed. Must be cheap and thread-safe.
using NeighbourFilter = std::function<bool(std::int64_t id)>;
/// A filter from a bitset: allowed[id]; ids beyond its size are not allowed.
NeighbourFilter allowedIds(std::vector<bool> allowed);

/// Results of a search for q queries and k neighbours: row-major [q × k], best first. When fewer
/// than k rows qualify, the tail of a row holds id -1 and score -infinity.
struct NeighbourHits {
    std::size_t queries = 0;
    std::size_t k = 0;
    std::vector<std::int64_t> ids;
    std::vector<float> scores;
};

class NeighbourIndex {
public:
    /// @param vectors row-major, size rows * dimension (copied; the caller keeps ownership)
    /// @param modelFingerprint caller-chosen identity of the vectors' model, stored with the index
    static Result<std::unique_ptr<NeighbourIndex>> build(std::span<const float> vectors, std::size_t rows,
                                                         std::size_t dimension, const NeighbourIndexOptions& options = {},
                                                         std::uint64_t modelFingerprint = 0);
    /// Fails with a message naming the file when it is missing, truncated, corrupt or not an index.
    static Result<std::unique_ptr<NeighbourIndex>> load(const std::filesystem::path& path);

    ~NeighbourIndex();
    NeighbourIndex(const NeighbourIndex&) = delete;
    NeighbourIndex& operator=(const NeighbourIndex&) = delete;

    /// Writes atomically (to a temporary file beside `path`, then renamed over it).
    Status save(const std::filesystem::path& path) const;

    /// @param queries row-major, size queryCount * dimension()
    /// @param k neighbours per query (k ≥ 1; more than size() leaves -1 tails)
    /// @param filter optional: the search over-fetches and filters; when that leaves fewer than k
    ///        hits it falls back to an exact scan of the allowed rows, so filtered results are complete.
    Result<NeighbourHits> search(std::span<const float> queries, std::size_t queryCount, std::size_t k,
                                 const NeighbourFilter& filter = {}) const;

    std::size_t size() const;
    std::size_t dimension() const;
    NeighbourMetric metric() const;
    bool isExact() const; ///< flat scan (true) or HNSW (false)
    std::uint64_t modelFingerprint() const;

private:
    struct Impl;
    explicit NeighbourIndex(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace kindred
