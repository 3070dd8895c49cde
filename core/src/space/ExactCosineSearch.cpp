#include "kindred/space/ExactCosineSearch.h"

#include "../recommend/VectorMath.h"

#include <Eigen/Core>

#include <algorithm>
#include <stdexcept>

namespace kindred {

using recommend::cosine;
using recommend::norm;

ExactCosineSearch::ExactCosineSearch(std::span<const float> rows, std::size_t dimension)
    : m_rows(rows), m_dimension(dimension) {
    if (dimension == 0 || rows.size() % dimension != 0)
        throw std::invalid_argument("ExactCosineSearch: the rows' size is not a multiple of the dimension");
    m_inverseLengths.resize(rows.size() / dimension);
    for (std::size_t r = 0; r < m_inverseLengths.size(); ++r) {
        const double length = norm(rows.subspan(r * dimension, dimension));
        m_inverseLengths[r] = length > 0 ? float(1.0 / length) : 0.0f;
    }
}

std::vector<Neighbour> ExactCosineSearch::nearest(std::span<const float> query, std::size_t k, std::int64_t exclude,
                                                  const std::function<bool(std::int32_t row)>& keep) const {
    if (query.size() != m_dimension)
        throw std::invalid_argument("ExactCosineSearch: the query's size differs from the dimension");
    const auto count = Eigen::Index(size());
    using Rows = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>;
    Eigen::VectorXf similarity = Rows(m_rows.data(), count, Eigen::Index(m_dimension)) *
                                 Eigen::Map<const Eigen::VectorXf>(query.data(), Eigen::Index(m_dimension));
    // The query's own length does not change the order, so it is left out until the end.
    for (Eigen::Index r = 0; r < count; ++r)
        similarity[r] *= m_inverseLengths[std::size_t(r)];
    std::vector<std::int32_t> order;
    order.reserve(size());
    for (std::int32_t r = 0; r < std::int32_t(count); ++r)
        if (r != exclude && (!keep || keep(r)))
            order.push_back(r);
    const auto better = [&](std::int32_t x, std::int32_t y) {
        return similarity[x] > similarity[y] || (similarity[x] == similarity[y] && x < y);
    };
    k = std::min(k, order.size());
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(k), order.end(), better);
    std::vector<Neighbour> out;
    out.reserve(k);
    for (std::size_t r = 0; r < k; ++r) {
        const auto row = m_rows.subspan(std::size_t(order[r]) * m_dimension, m_dimension);
        out.push_back({order[r], float(cosine(query, row))});
    }
    return out;
}

} // namespace kindred
