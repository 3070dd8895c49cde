#include "TwinModel.h"

#include "../train/ByteIo.h"
#include "kindred/train/TwinNetwork.h"

#include <Eigen/Core>

#include <algorithm>
#include <bit>
#include <limits>
#include <utility>
#include <cmath>
#include <stdexcept>

namespace kindred::model {

namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstRows = Eigen::Map<const RowMatrix>;

constexpr std::string_view kTag = "KTWN";
constexpr std::uint32_t kVersion = 4; ///< 2 added the neighbourhood memory, 3 the kindred people, 4 compact rows

double dot(const float* a, const float* b, int n) {
    double sum = 0;
    for (int k = 0; k < n; ++k)
        sum += double(a[k]) * double(b[k]);
    return sum;
}

// Sparse rows in the blob. Version 4 stores them compactly, since every person's history is most
// of a large project's model (20 M entries at 25 M ratings: 160 MB as raw int32 + float):
//   offsets  raw uint64;
//   indexes  each entry's difference to the previous index of its row (the first to 0), zigzag
//            mapped and written as LEB128 bytes: about two bytes for an ascending history;
//   values   the distinct values' bit patterns (ascending) and one byte per entry naming one, when
//            there are at most 256 (ratings on 0..1 take a few); else raw floats (palette empty).
// Both are exact: the rows read back bit-identical.

detail::SparseRows getRowsRaw(detail::ByteReader& in) {
    detail::SparseRows rows;
    rows.offsets = in.getVector<std::uint64_t>();
    rows.index = in.getVector<std::int32_t>();
    rows.value = in.getVector<float>();
    return rows;
}

constexpr std::size_t kMaxPalette = 256;

std::vector<std::uint8_t> packIndexes(const detail::SparseRows& rows) {
    std::vector<std::uint8_t> bytes;
    bytes.reserve(rows.index.size() * 2);
    for (std::size_t r = 0; r < rows.rows(); ++r) {
        std::int64_t previous = 0;
        for (auto k = rows.offsets[r]; k < rows.offsets[r + 1]; ++k) {
            const std::int64_t delta = std::int64_t(rows.index[k]) - previous;
            previous = rows.index[k];
            auto zigzag = std::uint64_t(delta < 0 ? ((-delta) << 1) - 1 : delta << 1);
            do {
                const auto low = std::uint8_t(zigzag & 0x7F);
                zigzag >>= 7;
                bytes.push_back(zigzag ? std::uint8_t(low | 0x80) : low);
            } while (zigzag);
        }
    }
    return bytes;
}

std::vector<std::int32_t> unpackIndexes(const std::vector<std::uint8_t>& bytes, const std::vector<std::uint64_t>& offsets) {
    const auto damaged = [] { return std::runtime_error("the stored twin network's rows are damaged"); };
    // Every entry takes at least one byte: a larger count is damage, not a size to allocate.
    if (offsets.empty() || offsets.back() > bytes.size())
        throw damaged();
    std::vector<std::int32_t> index(offsets.back());
    std::size_t at = 0;
    for (std::size_t r = 0; r + 1 < offsets.size(); ++r) {
        if (offsets[r] > offsets[r + 1] || offsets[r + 1] > index.size())
            throw damaged();
        std::int64_t previous = 0;
        for (auto k = offsets[r]; k < offsets[r + 1]; ++k) {
            std::uint64_t zigzag = 0;
            for (int shift = 0;; shift += 7) {
                if (at == bytes.size() || shift > 35)
                    throw damaged();
                const auto byte = bytes[at++];
                zigzag |= std::uint64_t(byte & 0x7F) << shift;
                if (!(byte & 0x80))
                    break;
            }
            const std::int64_t delta = (zigzag & 1) ? -std::int64_t(zigzag >> 1) - 1 : std::int64_t(zigzag >> 1);
            previous += delta;
            if (previous < 0 || previous > std::numeric_limits<std::int32_t>::max())
                throw damaged();
            index[k] = std::int32_t(previous);
        }
    }
    if (at != bytes.size())
        throw damaged();
    return index;
}

void putRows(detail::ByteWriter& out, const detail::SparseRows& rows) {
    out.putVector(rows.offsets);
    out.putVector(packIndexes(rows));
    std::vector<std::uint32_t> palette;
    for (const float v : rows.value) {
        const auto bits = std::bit_cast<std::uint32_t>(v);
        const auto at = std::lower_bound(palette.begin(), palette.end(), bits);
        if (at != palette.end() && *at == bits)
            continue;
        if (palette.size() == kMaxPalette) {
            palette.clear();
            break;
        }
        palette.insert(at, bits);
    }
    out.putVector(palette);
    if (palette.empty()) {
        out.putVector(rows.value);
        return;
    }
    std::vector<std::uint8_t> codes(rows.value.size());
    for (std::size_t k = 0; k < codes.size(); ++k)
        codes[k] = std::uint8_t(std::lower_bound(palette.begin(), palette.end(), std::bit_cast<std::uint32_t>(rows.value[k])) -
                                palette.begin());
    out.putVector(codes);
}

detail::SparseRows getRows(detail::ByteReader& in) {
    if (in.version() < 4)
        return getRowsRaw(in);
    detail::SparseRows rows;
    rows.offsets = in.getVector<std::uint64_t>();
    rows.index = unpackIndexes(in.getVector<std::uint8_t>(), rows.offsets);
    const auto palette = in.getVector<std::uint32_t>();
    if (palette.size() > kMaxPalette)
        throw std::runtime_error("the stored twin network's rows are damaged");
    if (palette.empty()) {
        rows.value = in.getVector<float>();
    } else {
        const auto codes = in.getVector<std::uint8_t>();
        rows.value.resize(codes.size());
        for (std::size_t k = 0; k < codes.size(); ++k) {
            if (codes[k] >= palette.size())
                throw std::runtime_error("the stored twin network's rows are damaged");
            rows.value[k] = std::bit_cast<float>(palette[codes[k]]);
        }
    }
    return rows;
}

} // namespace

TwinModel::TwinModel(TwinParameters parameters) : m_p(std::move(parameters)) {
    const std::size_t d = std::size_t(m_p.dimension), k = std::size_t(m_p.ratingFactors);
    const std::size_t n = m_p.scale.size(), users = m_p.userBias.size();
    const std::size_t attributes = d ? m_p.attributeVectors.size() / d : 0;
    if (d == 0 || m_p.encodings.size() != n * d || m_p.appeal.size() != n || m_p.ratingBaseline.size() != n ||
        m_p.ratingCentre.size() != n || m_p.userFactors.size() != users * k || m_p.historyWeights.size() != d * k ||
        m_p.itemWeights.size() != d * k || m_p.itemFactors.size() != n * k || m_p.attributeVectors.size() != attributes * d ||
        m_p.history.rows() != users || !m_p.history.consistent(n) || m_p.userAttributes.rows() != users ||
        !m_p.userAttributes.consistent(std::max<std::size_t>(attributes, 1)))
        throw std::invalid_argument("the twin network's parameters do not fit together");
    if (m_p.memory.offsets.empty())
        m_p.memory.offsets.assign(n + 1, 0);
    if (m_p.memory.rows() != n || !m_p.memory.consistent(n))
        throw std::invalid_argument("the twin network's neighbourhood memory does not fit its items");
    m_memoryByHistoryItem = detail::transposed(m_p.memory, n);
    validateDomains();
}

void TwinModel::validateDomains() const {
    const std::size_t domains = m_p.kindredWeight.size();
    if (m_p.itemDomain.empty() && domains == 0 && m_p.kindredOtherWeight.empty())
        return;
    if (m_p.itemDomain.size() != m_p.scale.size() || domains == 0 || m_p.kindredOtherWeight.size() != domains ||
        std::any_of(m_p.itemDomain.begin(), m_p.itemDomain.end(),
                    [&](std::int32_t m) { return m < 0 || std::size_t(m) >= domains; }))
        throw std::invalid_argument("the twin network's item media do not fit its kindred-people weights");
}

const TwinModel::RaterIndex& TwinModel::raterIndex() const {
    std::call_once(m_raterIndexOnce, [this] {
        const std::size_t users = m_p.userBias.size(), domains = std::size_t(domainCount());
        m_raterIndex.ratersByItem = detail::transposed(m_p.history, m_p.scale.size());
        m_raterIndex.domainCounts.assign(users * domains, 0);
        for (std::size_t u = 0; u < users; ++u)
            for (auto k = m_p.history.offsets[u]; k < m_p.history.offsets[u + 1]; ++k)
                ++m_raterIndex.domainCounts[u * domains + std::size_t(m_p.itemDomain[std::size_t(m_p.history.index[k])])];
    });
    return m_raterIndex;
}

void TwinModel::setKindredWeights(std::vector<float> otherWeight, std::vector<float> weight) {
    if (otherWeight.size() != weight.size() || weight.size() != m_p.kindredWeight.size())
        throw std::invalid_argument("kindred-people weights need one value per medium");
    m_p.kindredOtherWeight = std::move(otherWeight);
    m_p.kindredWeight = std::move(weight);
}

std::vector<MemoryEntry> TwinModel::kindredShares(std::int32_t knownUser, std::span<const HistoryEntry> history,
                                                  int domain, double otherWeight) const {
    const std::size_t domains = std::size_t(domainCount()), users = std::size_t(userCount());
    if (domains == 0 || domain < 0 || std::size_t(domain) >= domains)
        return {};
    const auto& [raters, domainCounts] = raterIndex();
    // Items the person and each training user share, in the medium and elsewhere.
    std::vector<float> same(users, 0.0f), other(users, 0.0f);
    std::vector<std::int32_t> touched;
    double ownSame = 0, ownOther = 0;
    for (const auto& entry : history) {
        if (entry.item < 0 || entry.item >= itemCount())
            continue;
        const bool inDomain = m_p.itemDomain[std::size_t(entry.item)] == domain;
        (inDomain ? ownSame : ownOther) += 1;
        auto& shared = inDomain ? same : other;
        for (auto k = raters.offsets[std::size_t(entry.item)]; k < raters.offsets[std::size_t(entry.item) + 1]; ++k) {
            const auto v = std::size_t(raters.index[k]);
            if (same[v] == 0 && other[v] == 0)
                touched.push_back(std::int32_t(v));
            shared[v] += 1;
        }
    }
    std::vector<std::pair<double, std::int32_t>> similar;
    for (const auto v : touched) {
        const std::uint32_t* counts = domainCounts.data() + std::size_t(v) * domains;
        const double theirSame = counts[domain];
        double theirAll = 0;
        for (std::size_t m = 0; m < domains; ++m)
            theirAll += counts[m];
        if (v == knownUser || theirSame == 0)
            continue;
        double s = 0;
        if (same[std::size_t(v)] > 0)
            s += same[std::size_t(v)] / std::sqrt(ownSame * theirSame);
        if (otherWeight > 0 && other[std::size_t(v)] > 0)
            s += otherWeight * other[std::size_t(v)] / std::sqrt(ownOther * (theirAll - theirSame));
        if (s > 0)
            similar.push_back({s, v});
    }
    const auto kept = std::min(kKindredNeighbours, similar.size());
    std::partial_sort(similar.begin(), similar.begin() + std::ptrdiff_t(kept), similar.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    double total = 0;
    for (std::size_t n = 0; n < kept; ++n)
        total += similar[n].first;
    std::vector<std::pair<std::int32_t, double>> parts;
    for (std::size_t n = 0; n < kept; ++n) {
        const auto v = std::size_t(similar[n].second);
        for (auto k = m_p.history.offsets[v]; k < m_p.history.offsets[v + 1]; ++k)
            if (m_p.itemDomain[std::size_t(m_p.history.index[k])] == domain)
                parts.push_back({m_p.history.index[k], similar[n].first / total});
    }
    return detail::summedByItem(std::move(parts));
}

bool TwinModel::kindredApplies(std::span<const HistoryEntry> history, int domain) const {
    if (domain < 0 || domain >= domainCount() || m_p.kindredWeight[std::size_t(domain)] <= 0)
        return false;
    std::size_t own = 0;
    for (const auto& entry : history)
        own += entry.item >= 0 && entry.item < itemCount() && m_p.itemDomain[std::size_t(entry.item)] == domain;
    return own <= kKindredColdRatings;
}

std::vector<MemoryEntry> TwinModel::kindredScores(std::int32_t knownUser, std::span<const HistoryEntry> history) const {
    std::vector<MemoryEntry> out;
    for (int m = 0; m < domainCount(); ++m) {
        if (!kindredApplies(history, m))
            continue;
        const double weight = m_p.kindredWeight[std::size_t(m)];
        for (auto [item, share] : kindredShares(knownUser, history, m, m_p.kindredOtherWeight[std::size_t(m)]))
            out.push_back({item, float(weight * double(share))});
    }
    std::sort(out.begin(), out.end()); // media hold different items: no item twice
    return out;
}

std::vector<HistoryEntry> TwinModel::trainHistory(std::int32_t user) const {
    std::vector<HistoryEntry> out;
    if (user < 0 || std::size_t(user) >= m_p.history.rows())
        return out;
    for (auto k = m_p.history.offsets[std::size_t(user)]; k < m_p.history.offsets[std::size_t(user) + 1]; ++k)
        out.push_back({m_p.history.index[k], m_p.history.value[k], kNoTimestamp});
    return out;
}

std::vector<float> TwinModel::demographicVector(std::int32_t user) const {
    const std::size_t d = std::size_t(m_p.dimension);
    std::vector<float> c(d, 0.0f);
    if (user < 0 || std::size_t(user) >= m_p.userAttributes.rows() || m_p.attributeVectors.empty())
        return c;
    const auto begin = m_p.userAttributes.offsets[std::size_t(user)], end = m_p.userAttributes.offsets[std::size_t(user) + 1];
    if (begin == end)
        return c;
    for (auto k = begin; k < end; ++k) {
        const float* a = m_p.attributeVectors.data() + std::size_t(m_p.userAttributes.index[k]) * d;
        for (std::size_t x = 0; x < d; ++x)
            c[x] += a[x];
    }
    const float mean = 1.0f / float(end - begin);
    for (float& x : c)
        x *= mean;
    return c;
}

std::vector<float> TwinModel::personVector(std::int32_t knownUser, std::span<const HistoryEntry> history) const {
    const std::size_t d = std::size_t(m_p.dimension);
    std::vector<double> sum(d, 0.0);
    for (const auto& entry : history) {
        if (entry.item < 0 || entry.item >= itemCount())
            continue;
        const auto a = encoding(entry.item);
        for (std::size_t x = 0; x < d; ++x)
            sum[x] += a[x];
    }
    const auto c = demographicVector(knownUser);
    std::vector<float> u(d);
    for (std::size_t x = 0; x < d; ++x)
        u[x] = float(sum[x] + c[x]);
    return u;
}

std::vector<float> TwinModel::ratingHistory(std::span<const HistoryEntry> history) const {
    const std::size_t d = std::size_t(m_p.dimension);
    std::vector<double> sum(d, 0.0);
    std::size_t used = 0;
    for (const auto& entry : history) {
        if (entry.item < 0 || entry.item >= itemCount())
            continue;
        const double weight = double(entry.value) - double(m_p.ratingCentre[std::size_t(entry.item)]);
        const auto a = encoding(entry.item);
        for (std::size_t x = 0; x < d; ++x)
            sum[x] += weight * a[x];
        ++used;
    }
    std::vector<float> h(d, 0.0f);
    if (used == 0)
        return h;
    const double norm = 1.0 / std::sqrt(double(used));
    for (std::size_t x = 0; x < d; ++x)
        h[x] = float(sum[x] * norm);
    return h;
}

double TwinModel::score(std::span<const float> person, std::int32_t item) const {
    return double(m_p.scale[std::size_t(item)]) * dot(person.data(), encoding(item).data(), m_p.dimension) +
           double(m_p.appeal[std::size_t(item)]);
}

template <typename AddPart>
void TwinModel::forEachMemoryPart(std::span<const HistoryEntry> history, AddPart addPart) const {
    if (!hasMemory())
        return;
    const auto& t = m_memoryByHistoryItem;
    for (const auto& entry : history) {
        if (entry.item < 0 || entry.item >= itemCount())
            continue;
        for (auto k = t.offsets[std::size_t(entry.item)]; k < t.offsets[std::size_t(entry.item) + 1]; ++k)
            addPart(t.index[k], double(t.value[k]) * double(entry.value));
    }
}

std::vector<MemoryEntry> TwinModel::memoryScores(std::span<const HistoryEntry> history) const {
    std::vector<std::pair<std::int32_t, double>> parts;
    forEachMemoryPart(history, [&](std::int32_t item, double part) { parts.push_back({item, part}); });
    return detail::summedByItem(std::move(parts));
}

void TwinModel::addMemoryScores(std::span<const HistoryEntry> history, std::span<float> row, std::vector<double>& sums,
                                std::vector<std::int32_t>& touched) const {
    sums.resize(std::size_t(itemCount()), 0.0);
    touched.clear();
    forEachMemoryPart(history, [&](std::int32_t item, double part) {
        double& sum = sums[std::size_t(item)];
        if (sum == 0)
            touched.push_back(item);
        sum += part;
    });
    for (const auto item : touched) {
        const double sum = std::exchange(sums[std::size_t(item)], 0.0);
        if (sum != 0 && std::size_t(item) < row.size())
            row[std::size_t(item)] = float(double(row[std::size_t(item)]) + double(float(sum)));
    }
}

float TwinModel::memoryWeight(std::int32_t item, std::int32_t historyItem) const {
    const auto& m = m_p.memory;
    const auto first = m.index.begin() + std::ptrdiff_t(m.offsets[std::size_t(item)]);
    const auto last = m.index.begin() + std::ptrdiff_t(m.offsets[std::size_t(item) + 1]);
    const auto found = std::lower_bound(first, last, historyItem);
    return found != last && *found == historyItem ? m.value[std::size_t(found - m.index.begin())] : 0.0f;
}

float TwinModel::predictRating(std::int32_t knownUser, std::span<const float> historyFeature, std::int32_t item) const {
    const int d = m_p.dimension, k = m_p.ratingFactors;
    const bool known = knownUser >= 0 && knownUser < userCount();
    double value = m_p.ratingBaseline[std::size_t(item)] + (known ? m_p.userBias[std::size_t(knownUser)] : 0.0f);
    const float* a = encoding(item).data();
    for (int f = 0; f < k; ++f) {
        // (p_u + Wᵀh)_f · (Vᵀa_i + q_i)_f
        double left = known ? m_p.userFactors[std::size_t(knownUser) * std::size_t(k) + std::size_t(f)] : 0.0;
        double right = m_p.itemFactors[std::size_t(item) * std::size_t(k) + std::size_t(f)];
        for (int x = 0; x < d; ++x) {
            left += double(historyFeature[std::size_t(x)]) * m_p.historyWeights[std::size_t(x) * std::size_t(k) + std::size_t(f)];
            right += double(a[x]) * m_p.itemWeights[std::size_t(x) * std::size_t(k) + std::size_t(f)];
        }
        value += left * right;
    }
    return float(value);
}

const TwinModel::RatingSides& TwinModel::ratingSides() const {
    std::call_once(m_ratingSidesOnce, [this] {
        const auto d = Eigen::Index(m_p.dimension), k = Eigen::Index(m_p.ratingFactors);
        const auto users = Eigen::Index(userCount()), items = Eigen::Index(itemCount());
        const ConstRows historyWeights(m_p.historyWeights.data(), d, k), itemWeights(m_p.itemWeights.data(), d, k);
        RowMatrix features(users, d); // h_u of every person, from the Train history
        for (Eigen::Index u = 0; u < users; ++u) {
            const auto feature = ratingHistory(trainHistory(std::int32_t(u)));
            features.row(u) = ConstRows(feature.data(), 1, d);
        }
        RowMatrix left = ConstRows(m_p.userFactors.data(), users, k);
        left.noalias() += features * historyWeights;
        RowMatrix right = ConstRows(m_p.itemFactors.data(), items, k);
        right.noalias() += ConstRows(m_p.encodings.data(), items, d) * itemWeights;
        m_ratingSides.userLeft.assign(left.data(), left.data() + left.size());
        m_ratingSides.itemRight.assign(right.data(), right.data() + right.size());
    });
    return m_ratingSides;
}

float TwinModel::predict(std::int32_t user, std::int32_t item) const {
    if (user < 0 || user >= userCount() || item < 0 || item >= itemCount())
        return 0.5f;
    // predictRating() for the user's own Train history, from the factors computed once.
    const auto& sides = ratingSides();
    const std::size_t k = std::size_t(m_p.ratingFactors);
    return float(double(m_p.ratingBaseline[std::size_t(item)]) + double(m_p.userBias[std::size_t(user)]) +
                 dot(sides.userLeft.data() + std::size_t(user) * k, sides.itemRight.data() + std::size_t(item) * k,
                     int(k)));
}

void TwinModel::scoreAll(std::int32_t user, std::span<float> scores) const {
    scoreMany(std::span(&user, 1), scores);
}

void TwinModel::scoreMany(std::span<const std::int32_t> users, std::span<float> scores) const {
    if (users.empty())
        return;
    const auto n = Eigen::Index(scores.size() / users.size()), d = Eigen::Index(m_p.dimension);
    if (n > itemCount())
        throw std::invalid_argument("more scores asked for than the twin network has items");
    // The encoder part σ_i (u · a_i) + b_i of every person at once; unknown people get b_i.
    RowMatrix people = RowMatrix::Zero(Eigen::Index(users.size()), d);
    std::vector<std::vector<HistoryEntry>> histories(users.size()); // empty for unknown people
    for (std::size_t r = 0; r < users.size(); ++r)
        if (users[r] >= 0 && users[r] < userCount()) {
            histories[r] = trainHistory(users[r]);
            const auto vector = personVector(users[r], histories[r]);
            people.row(Eigen::Index(r)) = ConstRows(vector.data(), 1, d);
        }
    Eigen::Map<RowMatrix> out(scores.data(), Eigen::Index(users.size()), n);
    out.noalias() = people * ConstRows(m_p.encodings.data(), n, d).transpose();
    const Eigen::Map<const Eigen::RowVectorXf> scale(m_p.scale.data(), n), appeal(m_p.appeal.data(), n);
    for (Eigen::Index r = 0; r < out.rows(); ++r)
        out.row(r) = out.row(r).cwiseProduct(scale) + appeal;
    // The memory and kindred-people parts, person by person.
    std::vector<double> sums;
    std::vector<std::int32_t> touched;
    for (std::size_t r = 0; r < users.size(); ++r) {
        if (users[r] < 0 || users[r] >= userCount())
            continue;
        const auto& history = histories[r];
        const std::span<float> row = scores.subspan(r * std::size_t(n), std::size_t(n));
        addMemoryScores(history, row, sums, touched);
        for (const auto& [item, amount] : kindredScores(users[r], history))
            if (item < n)
                row[std::size_t(item)] = float(double(row[std::size_t(item)]) + double(amount));
    }
}

std::optional<FactorForm> TwinModel::factorForm() const {
    FactorForm form;
    form.dimension = m_p.dimension;
    form.userBias.assign(m_p.userBias.size(), 0.0f);
    const std::size_t d = std::size_t(m_p.dimension);
    form.itemVectors.resize(m_p.encodings.size());
    for (std::size_t i = 0; i < m_p.scale.size(); ++i)
        for (std::size_t x = 0; x < d; ++x)
            form.itemVectors[i * d + x] = m_p.scale[i] * m_p.encodings[i * d + x];
    form.itemBaseline = m_p.appeal;
    return form;
}

std::string TwinModel::serialize() const {
    detail::ByteWriter out(kTag, kVersion);
    out.put(std::int32_t(m_p.dimension));
    out.put(std::int32_t(m_p.ratingFactors));
    for (const auto* v : {&m_p.encodings, &m_p.scale, &m_p.appeal, &m_p.attributeVectors})
        out.putVector(*v);
    putRows(out, m_p.userAttributes);
    putRows(out, m_p.history);
    for (const auto* v : {&m_p.ratingBaseline, &m_p.ratingCentre, &m_p.userBias, &m_p.userFactors, &m_p.historyWeights,
                          &m_p.itemWeights, &m_p.itemFactors})
        out.putVector(*v);
    out.putVector(std::vector<char>(m_p.optionsJson.begin(), m_p.optionsJson.end()));
    putRows(out, m_p.memory);
    out.putVector(m_p.itemDomain);
    out.putVector(m_p.kindredOtherWeight);
    out.putVector(m_p.kindredWeight);
    return out.take();
}

std::unique_ptr<TwinModel> TwinModel::deserialize(const std::string& bytes) {
    detail::ByteReader in(bytes, kTag, kVersion);
    TwinParameters p;
    p.dimension = in.get<std::int32_t>();
    p.ratingFactors = in.get<std::int32_t>();
    if (p.dimension <= 0 || p.dimension > 65536 || p.ratingFactors < 0 || p.ratingFactors > 65536)
        throw std::runtime_error("the stored twin network has impossible sizes");
    for (auto* v : {&p.encodings, &p.scale, &p.appeal, &p.attributeVectors})
        *v = in.getVector<float>();
    p.userAttributes = getRows(in);
    p.history = getRows(in);
    for (auto* v : {&p.ratingBaseline, &p.ratingCentre, &p.userBias, &p.userFactors, &p.historyWeights, &p.itemWeights,
                    &p.itemFactors})
        *v = in.getVector<float>();
    const auto options = in.getVector<char>();
    p.optionsJson.assign(options.begin(), options.end());
    if (in.version() >= 2)
        p.memory = getRows(in);
    if (in.version() >= 3) {
        p.itemDomain = in.getVector<std::int32_t>();
        p.kindredOtherWeight = in.getVector<float>();
        p.kindredWeight = in.getVector<float>();
    }
    in.expectEnd();
    try {
        return std::make_unique<TwinModel>(std::move(p));
    } catch (const std::invalid_argument& error) {
        throw std::runtime_error(std::string("the stored twin network is damaged: ") + error.what());
    }
}

} // namespace kindred::model

namespace kindred {

Result<std::unique_ptr<Recommender>> loadTwinNetwork(const std::string& bytes) {
    try {
        return std::unique_ptr<Recommender>(model::TwinModel::deserialize(bytes));
    } catch (const std::exception& error) {
        return Status::failure(std::string("cannot load the Siamese model: ") + error.what());
    }
}

std::vector<ScoreTerm> twinTerms(const Recommender& model, std::int32_t knownUser, std::span<const HistoryEntry> history,
                                std::int32_t item) {
    std::vector<ScoreTerm> terms;
    const auto* twin = dynamic_cast<const model::TwinModel*>(&model);
    if (!twin || item < 0 || item >= twin->itemCount())
        return terms;
    const int d = twin->parameters().dimension;
    const double scale = twin->parameters().scale[std::size_t(item)];
    const auto a = twin->encoding(item);
    for (std::size_t h = 0; h < history.size(); ++h) {
        const std::int32_t j = history[h].item;
        if (j < 0 || j >= twin->itemCount())
            continue;
        double similarity = 0;
        const auto b = twin->encoding(j);
        for (int x = 0; x < d; ++x)
            similarity += double(a[std::size_t(x)]) * double(b[std::size_t(x)]);
        const double remembered = double(twin->memoryWeight(item, j)) * double(history[h].value);
        terms.push_back({ScoreTerm::Kind::HistoryItem, h, scale * similarity + remembered});
    }
    const auto c = twin->demographicVector(knownUser);
    double people = 0;
    for (int x = 0; x < d; ++x)
        people += double(c[std::size_t(x)]) * double(a[std::size_t(x)]);
    if (people != 0)
        terms.push_back({ScoreTerm::Kind::PeopleLikeYou, 0, scale * people});
    // Only the item's medium: the other media's kindred people do not score this item.
    const auto& p = twin->parameters();
    const int domain = p.itemDomain.empty() ? -1 : p.itemDomain[std::size_t(item)];
    if (twin->kindredApplies(history, domain)) {
        const auto shares = twin->kindredShares(knownUser, history, domain, p.kindredOtherWeight[std::size_t(domain)]);
        const auto found = std::lower_bound(shares.begin(), shares.end(), model::MemoryEntry{item, -INFINITY});
        if (found != shares.end() && found->first == item) {
            const double weight = p.kindredWeight[std::size_t(domain)];
            terms.push_back({ScoreTerm::Kind::KindredPeople, 0, double(float(weight * double(found->second))),
                             double(found->second)});
        }
    }
    terms.push_back({ScoreTerm::Kind::ItemAppeal, 0, double(twin->parameters().appeal[std::size_t(item)])});
    return terms;
}

UserProfile twinProfile(const Recommender& model, std::int32_t knownUser, std::span<const HistoryEntry> history) {
    const auto* twin = dynamic_cast<const model::TwinModel*>(&model);
    if (!twin)
        return {};
    UserProfile profile{twin->personVector(knownUser, history), 0.0f, {}};
    std::vector<std::pair<std::int32_t, double>> terms;
    for (const auto& part : {twin->memoryScores(history), twin->kindredScores(knownUser, history)})
        terms.insert(terms.end(), part.begin(), part.end());
    profile.itemTerms = detail::summedByItem(std::move(terms));
    return profile;
}

std::vector<float> twinPersonVector(const Recommender& model, std::int32_t knownUser,
                                   std::span<const HistoryEntry> history) {
    const auto* twin = dynamic_cast<const model::TwinModel*>(&model);
    return twin ? twin->personVector(knownUser, history) : std::vector<float>{};
}

float twinPredictRating(const Recommender& model, std::int32_t knownUser, std::span<const HistoryEntry> history,
                        std::int32_t item) {
    const auto* twin = dynamic_cast<const model::TwinModel*>(&model);
    if (!twin || item < 0 || item >= twin->itemCount())
        return 0.5f;
    return twin->predictRating(knownUser, twin->ratingHistory(history), item);
}

} // namespace kindred
