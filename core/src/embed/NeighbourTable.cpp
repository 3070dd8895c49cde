#include "embed/NeighbourTable.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>

#include <algorithm>
#include <limits>

namespace kindred::detail {

namespace {

using idx_t = faiss::Index::idx_t;

constexpr std::size_t kQueryBatch = 2048; // rows per search call: the cancel/progress granularity
constexpr std::size_t kAddBatch = 16384;  // rows per HNSW add call

void check(ProgressToken* progress, const std::string& phase, std::size_t done, std::size_t total) {
    if (!progress)
        return;
    progress->throwIfCancelled();
    progress->report({.phase = phase, .done = done, .total = total, .unit = "rows"});
}

/// Searches `index` for every row (k + 1 hits each) and keeps the k that are not the row itself.
/// `searched` counts rows already reported for the progress bar; `total` is the phase's total.
NeighbourTable searchAll(const faiss::Index& index, const faiss::SearchParameters* params,
                         std::span<const float> data, std::size_t rows, std::size_t columns, std::size_t k,
                         ProgressToken* progress, const std::string& phase, std::size_t searched,
                         std::size_t total) {
    NeighbourTable table;
    table.rows = rows;
    table.k = k;
    table.index.assign(rows * k, kNoNeighbour);
    table.distance2.assign(rows * k, std::numeric_limits<float>::infinity());
    const std::size_t wanted = k + 1;
    std::vector<float> distances(kQueryBatch * wanted);
    std::vector<idx_t> labels(kQueryBatch * wanted);
    for (std::size_t first = 0; first < rows; first += kQueryBatch) {
        check(progress, phase, searched + first, total);
        const std::size_t count = std::min(kQueryBatch, rows - first);
        index.search(idx_t(count), data.data() + first * columns, idx_t(wanted), distances.data(), labels.data(),
                     params);
        for (std::size_t q = 0; q < count; ++q) {
            const std::size_t i = first + q;
            const float* dist = distances.data() + q * wanted;
            const idx_t* label = labels.data() + q * wanted;
            // Drop the row itself; among duplicates it may not come first, and an approximate
            // search may miss it (then the last hit goes).
            std::size_t skip = wanted - 1;
            for (std::size_t j = 0; j < wanted; ++j)
                if (label[j] == idx_t(i)) {
                    skip = j;
                    break;
                }
            std::size_t out = 0;
            for (std::size_t j = 0; j < wanted && out < k; ++j) {
                if (j == skip || label[j] < 0)
                    continue;
                table.index[i * k + out] = std::uint32_t(label[j]);
                table.distance2[i * k + out] = std::max(0.0f, dist[j]);
                ++out;
            }
        }
    }
    return table;
}

} // namespace

NeighbourTable exactNeighbourTable(std::span<const float> data, std::size_t rows, std::size_t columns,
                                   std::size_t k, ProgressToken* progress, const std::string& phase) {
    faiss::IndexFlatL2 index{idx_t(columns)};
    index.add(idx_t(rows), data.data());
    return searchAll(index, nullptr, data, rows, columns, k, progress, phase, 0, rows);
}

NeighbourTable approximateNeighbourTable(std::span<const float> data, std::size_t rows, std::size_t columns,
                                         std::size_t k, ProgressToken* progress, const std::string& phase) {
    faiss::IndexHNSWFlat index(int(columns), 16);
    index.hnsw.efConstruction = 64;
    // Building costs about as much as searching every row once: report both as one phase.
    const std::size_t total = 2 * rows;
    for (std::size_t first = 0; first < rows; first += kAddBatch) {
        check(progress, phase, first, total);
        const std::size_t count = std::min(kAddBatch, rows - first);
        index.add(idx_t(count), data.data() + first * columns);
    }
    faiss::SearchParametersHNSW params;
    params.efSearch = int(std::max<std::size_t>(2 * (k + 1), 64));
    return searchAll(index, &params, data, rows, columns, k, progress, phase, rows, total);
}

} // namespace kindred::detail
