#include "kindred/embed/Trustworthiness.h"

#include "embed/NeighbourTable.h"

#include <faiss/impl/FaissException.h>
#include <faiss/utils/distances.h>

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <new>
#include <string>
#include <vector>

namespace kindred {

namespace {

constexpr std::size_t kBlockRows = 256; // input rows whose full distance rows are held at once

} // namespace

Result<double> trustworthiness(std::span<const float> high, std::size_t highColumns, std::span<const float> low,
                               std::size_t lowColumns, std::size_t rows, std::size_t k, int threads,
                               ProgressToken* progress) {
    if (high.size() != rows * highColumns || low.size() != rows * lowColumns || highColumns == 0 || lowColumns == 0)
        return Status::failure("trustworthiness: the matrices do not have the stated sizes");
    if (k < 1 || 2 * k >= rows)
        return Status::failure("trustworthiness: k must be at least 1 and below half the number of points");
    threads = threads > 0 ? threads : omp_get_max_threads();
    try {
        const auto embedded = detail::exactNeighbourTable(low, rows, lowColumns, k, progress, "trustworthiness");
        std::vector<float> distances(kBlockRows * rows);
        std::vector<double> penalty(rows, 0.0);
        for (std::size_t first = 0; first < rows; first += kBlockRows) {
            if (progress) {
                progress->throwIfCancelled();
                progress->report({.phase = "trustworthiness", .done = first, .total = rows, .unit = "rows"});
            }
            const std::size_t count = std::min(kBlockRows, rows - first);
            faiss::pairwise_L2sqr(std::int64_t(highColumns), std::int64_t(count), high.data() + first * highColumns,
                                  std::int64_t(rows), high.data(), distances.data());
#pragma omp parallel for schedule(dynamic, 4) num_threads(threads)
            for (std::ptrdiff_t qq = 0; qq < std::ptrdiff_t(count); ++qq) {
                const auto q = std::size_t(qq);
                const std::size_t i = first + q;
                const float* row = distances.data() + q * rows;
                double sum = 0;
                for (std::size_t m = 0; m < k; ++m) {
                    const std::uint32_t j = embedded.index[i * k + m];
                    if (j == detail::kNoNeighbour)
                        continue;
                    // r(i, j) = 1 + the points other than i strictly closer to i than j is.
                    const float threshold = row[j];
                    std::size_t closer = 0;
                    for (std::size_t l = 0; l < rows; ++l)
                        closer += row[l] < threshold;
                    if (row[i] < threshold)
                        --closer;
                    const std::size_t rank = closer + 1;
                    if (rank > k)
                        sum += double(rank - k);
                }
                penalty[i] = sum;
            }
        }
        double total = 0;
        for (double p : penalty)
            total += p;
        const double n = double(rows), kk = double(k);
        return 1.0 - 2.0 / (n * kk * (2.0 * n - 3.0 * kk - 1.0)) * total;
    } catch (const CancelledError&) {
        return Status::failure("trustworthiness was cancelled");
    } catch (const faiss::FaissException& e) {
        return Status::failure(std::string("trustworthiness: ") + e.what());
    } catch (const std::bad_alloc&) {
        return Status::failure("trustworthiness: out of memory for " + std::to_string(rows) + " points");
    }
}

} // namespace kindred
