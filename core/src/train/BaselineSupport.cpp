#include "BaselineSupport.h"

#include <stdexcept>

namespace kindred::detail {

void requireMatchingSplit(const TrainingData& data, const Split& split) {
    if (split.part.size() != data.interactions.size())
        throw std::invalid_argument("the split has " + std::to_string(split.part.size()) +
                                    " assignments but the training data has " +
                                    std::to_string(data.interactions.size()) + " interactions");
    if (!split.coldStartUser.empty() && split.coldStartUser.size() != std::size_t(data.userCount()))
        throw std::invalid_argument("the split's cold-start flags do not match the training data's users");
}

std::vector<Rating> ratingsOf(const TrainingData& data, const Split& split, SplitPart part) {
    std::vector<Rating> out;
    for (std::size_t i = 0; i < data.interactions.size(); ++i)
        if (split.part[i] == part) {
            const auto& x = data.interactions[i];
            out.push_back({x.user, x.item, x.value});
        }
    return out;
}

std::vector<float> domainMeans(const TrainingData& data, const std::vector<Rating>& train) {
    std::vector<double> sum(data.domains.size(), 0.0);
    std::vector<std::uint64_t> count(data.domains.size(), 0);
    double total = 0;
    for (const auto& r : train) {
        const auto d = std::size_t(data.itemDomain[std::size_t(r.item)]);
        sum[d] += r.value;
        ++count[d];
        total += r.value;
    }
    const double overall = train.empty() ? 0.5 : total / double(train.size());
    std::vector<float> means(data.domains.size());
    for (std::size_t d = 0; d < means.size(); ++d)
        means[d] = float(count[d] ? sum[d] / double(count[d]) : overall);
    return means;
}

std::vector<float> itemRawSpan(const TrainingData& data) {
    std::vector<float> span(std::size_t(data.itemCount()), 1.0f);
    for (std::size_t i = 0; i < span.size(); ++i) {
        const auto& domain = data.domains[std::size_t(data.itemDomain[i])];
        if (domain.isExplicit && domain.scale.max > domain.scale.min)
            span[i] = float(domain.scale.max - domain.scale.min);
    }
    return span;
}

SparseRows transposed(const SparseRows& rows, std::size_t columns) {
    SparseRows out;
    out.offsets.assign(columns + 1, 0);
    for (const auto j : rows.index)
        ++out.offsets[std::size_t(j) + 1];
    for (std::size_t j = 0; j < columns; ++j)
        out.offsets[j + 1] += out.offsets[j];
    out.index.resize(rows.index.size());
    out.value.resize(rows.value.size());
    auto next = out.offsets;
    for (std::size_t i = 0; i < rows.rows(); ++i)
        for (auto k = rows.offsets[i]; k < rows.offsets[i + 1]; ++k) {
            const auto slot = next[std::size_t(rows.index[k])]++;
            out.index[slot] = std::int32_t(i);
            out.value[slot] = rows.value[k];
        }
    return out;
}

} // namespace kindred::detail
