#pragma once
// Exact cosine search over the rows of a matrix: the one home of "who is most like this vector"
// when every row is read (a person's neighbours in one query, kindred users). One pass over the
// rows per search; no copy of them is made.
//
// Threading: immutable once built; nearest() may be called from several threads at once.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace kindred {

struct Neighbour {
    std::int32_t index = 0; ///< dense item or user index of the space's data (a row)
    float similarity = 0;   ///< cosine, −1..1
};

class ExactCosineSearch {
public:
    /// Searches `rows` ([rows.size() / dimension × dimension], row-major), which the caller keeps
    /// alive and unchanged; reads them once here for their lengths.
    ExactCosineSearch(std::span<const float> rows, std::size_t dimension);

    std::size_t size() const { return m_inverseLengths.size(); }
    /// The k rows most similar to `query` (query.size() == dimension), best first, without row
    /// `exclude` (−1: none) and only rows `keep` accepts (empty: every row). Rows are ranked by
    /// their cosine in float, equal ones by lower row; each similarity returned is the cosine in
    /// double precision. A zero row or query has cosine 0.
    std::vector<Neighbour> nearest(std::span<const float> query, std::size_t k, std::int64_t exclude = -1,
                                   const std::function<bool(std::int32_t row)>& keep = {}) const;

private:
    std::span<const float> m_rows;
    std::size_t m_dimension;
    std::vector<float> m_inverseLengths; ///< 1 / |row| (0 for a zero row)
};

} // namespace kindred
