#pragma once
// SpaceTree<D>: the Barnes-Hut space-partitioning tree of t-SNE (D = 2: quadtree, D = 3: octree).
// Rebuilt from scratch every iteration: build() is O(n log n) (counting-sort partitioning of an
// index array, no per-node allocation); repulsion() approximates one point's repulsive forces in
// O(log n). Cells are boxes split at their midpoints; only non-empty children are stored, and the
// children of a node are contiguous in m_nodes.
//
// Precision: the tree and its traversal use float positions (half the memory traffic of double,
// and no conversions in the inner loop); the caller sums the per-point results in double.
//
// Threading: build() from one thread; afterwards repulsion() is const and may run concurrently.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace kindred::detail {

template <int D> class SpaceTree {
public:
    static_assert(D == 2 || D == 3, "SpaceTree supports 2 and 3 dimensions");

    /// @param y row-major positions, size n * D (copied to float).
    void build(const double* y, std::size_t n) {
        m_y.resize(n * D);
        for (std::size_t e = 0; e < n * D; ++e)
            m_y[e] = float(y[e]);
        m_order.resize(n);
        m_scratch.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            m_order[i] = std::uint32_t(i);
        m_nodes.clear();
        m_nodes.reserve(2 * n + 1);
        std::array<double, D> lo, hi;
        lo.fill(std::numeric_limits<double>::max());
        hi.fill(std::numeric_limits<double>::lowest());
        for (std::size_t i = 0; i < n; ++i)
            for (int k = 0; k < D; ++k) {
                lo[k] = std::min(lo[k], y[i * D + k]);
                hi[k] = std::max(hi[k], y[i * D + k]);
            }
        for (int k = 0; k < D; ++k) { // a little slack so that no point sits exactly on the border
            const double pad = 1e-5 + 1e-9 * (hi[k] - lo[k]);
            lo[k] -= pad;
            hi[k] += pad;
        }
        m_nodes.emplace_back();
        if (n > 0)
            buildNode(0, 0, std::uint32_t(n), lo, hi, 0);
    }

    /// Points in tree order (spatially coherent): iterating queries in this order keeps the
    /// traversals of consecutive points similar, which helps the caches.
    const std::vector<std::uint32_t>& order() const { return m_order; }

    /// Adds Σ_j q_ij² (y_i − y_j) to neg[0..D) and returns Σ_j q_ij, where q_ij = 1 / (1 + |y_i − y_j|²)
    /// over all j ≠ i. A cell is summarised by its centre of mass when (its largest half-width) <
    /// theta · (distance to that centre) — the criterion of van der Maaten's bhtsne (and Rtsne), so
    /// that theta means the same thing here as there.
    double repulsion(std::uint32_t i, double theta, double* neg) const {
        const auto theta2 = float(theta * theta);
        const float* yi = m_y.data() + std::size_t(i) * D;
        float z = 0, acc[D] = {}; // per-point sums of ≲ n terms: float is accurate enough
        std::uint32_t stack[64 * (1 << D)];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node& node = m_nodes[stack[--top]];
            float diff[D], d2 = 0;
            for (int k = 0; k < D; ++k) {
                diff[k] = yi[k] - node.com[k];
                d2 += diff[k] * diff[k];
            }
            if (node.childCount == 0) { // leaf: its points one by one (usually exactly one)
                if (node.count == 1) {
                    if (node.firstChild == i) // a one-point leaf keeps its point's id there
                        continue;
                    const float q = 1.0f / (1.0f + d2);
                    z += q;
                    for (int k = 0; k < D; ++k)
                        acc[k] += q * q * diff[k];
                    continue;
                }
                for (std::uint32_t p = node.begin; p < node.begin + node.count; ++p) {
                    const std::uint32_t j = m_order[p];
                    if (j == i)
                        continue;
                    const float* yj = m_y.data() + std::size_t(j) * D;
                    float dj[D], dj2 = 0;
                    for (int k = 0; k < D; ++k) {
                        dj[k] = yi[k] - yj[k];
                        dj2 += dj[k] * dj[k];
                    }
                    const float q = 1.0f / (1.0f + dj2);
                    z += q;
                    for (int k = 0; k < D; ++k)
                        acc[k] += q * q * dj[k];
                }
            } else if (node.halfWidth2 < theta2 * d2) {
                const float q = 1.0f / (1.0f + d2);
                const float mq = float(node.count) * q;
                z += mq;
                for (int k = 0; k < D; ++k)
                    acc[k] += mq * q * diff[k];
            } else {
                for (std::uint32_t c = 0; c < node.childCount; ++c)
                    stack[top++] = node.firstChild + c;
            }
        }
        for (int k = 0; k < D; ++k)
            neg[k] += acc[k];
        return z;
    }

private:
    static constexpr std::uint32_t kLeafSize = 1;
    static constexpr int kMaxDepth = 48; // duplicates end up together in one leaf at this depth

    struct Node {
        float com[D] = {};         // centre of mass
        float halfWidth2 = 0;      // (largest half-width of the cell)²
        std::uint32_t count = 0;   // points in the cell
        std::uint32_t begin = 0;   // first point in m_order
        std::uint32_t firstChild = 0; // inner node: index of its first child; leaf: id of its first point
        std::uint32_t childCount = 0; // 0 for leaves
    };

    void buildNode(std::uint32_t index, std::uint32_t begin, std::uint32_t end, const std::array<double, D>& lo,
                   const std::array<double, D>& hi, int depth) {
        {
            Node& node = m_nodes[index];
            node.begin = begin;
            node.count = end - begin;
            double w = 0;
            for (int k = 0; k < D; ++k)
                w = std::max(w, 0.5 * (hi[k] - lo[k]));
            node.halfWidth2 = float(w * w);
        }
        const std::uint32_t count = end - begin;
        if (count <= kLeafSize || depth >= kMaxDepth) {
            double com[D] = {};
            for (std::uint32_t p = begin; p < end; ++p)
                for (int k = 0; k < D; ++k)
                    com[k] += m_y[std::size_t(m_order[p]) * D + k];
            for (int k = 0; k < D; ++k)
                m_nodes[index].com[k] = float(com[k] / count);
            m_nodes[index].firstChild = m_order[begin];
            return;
        }
        // Counting sort of the range into the 2^D octants around the midpoint.
        constexpr int kChildren = 1 << D;
        std::array<double, D> mid;
        for (int k = 0; k < D; ++k)
            mid[k] = 0.5 * (lo[k] + hi[k]);
        auto octant = [&](std::uint32_t point) {
            int code = 0;
            for (int k = 0; k < D; ++k)
                code |= (m_y[std::size_t(point) * D + k] >= mid[k]) << k;
            return code;
        };
        std::array<std::uint32_t, kChildren + 1> start{};
        for (std::uint32_t p = begin; p < end; ++p)
            ++start[octant(m_order[p]) + 1];
        for (int c = 0; c < kChildren; ++c)
            start[c + 1] += start[c];
        std::array<std::uint32_t, kChildren> fill{};
        for (std::uint32_t p = begin; p < end; ++p) {
            const int c = octant(m_order[p]);
            m_scratch[begin + start[c] + fill[c]++] = m_order[p];
        }
        std::copy(m_scratch.begin() + begin, m_scratch.begin() + end, m_order.begin() + begin);

        int nonEmpty = 0;
        for (int c = 0; c < kChildren; ++c)
            nonEmpty += start[c + 1] > start[c];
        const auto first = std::uint32_t(m_nodes.size());
        m_nodes.resize(m_nodes.size() + std::size_t(nonEmpty));
        m_nodes[index].firstChild = first;
        m_nodes[index].childCount = std::uint32_t(nonEmpty);
        std::uint32_t child = first;
        for (int c = 0; c < kChildren; ++c) {
            if (start[c + 1] == start[c])
                continue;
            std::array<double, D> clo, chi;
            for (int k = 0; k < D; ++k) {
                const bool upper = (c >> k) & 1;
                clo[k] = upper ? mid[k] : lo[k];
                chi[k] = upper ? hi[k] : mid[k];
            }
            buildNode(child++, begin + start[c], begin + start[c + 1], clo, chi, depth + 1);
        }
        double com[D] = {};
        for (std::uint32_t c = first; c < first + std::uint32_t(nonEmpty); ++c)
            for (int k = 0; k < D; ++k)
                com[k] += double(m_nodes[c].com[k]) * m_nodes[c].count;
        for (int k = 0; k < D; ++k)
            m_nodes[index].com[k] = float(com[k] / count);
    }

    std::vector<float> m_y;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_order;
    std::vector<std::uint32_t> m_scratch;
};

} // namespace kindred::detail
