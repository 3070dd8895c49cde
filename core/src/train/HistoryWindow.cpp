#include "kindred/train/HistoryWindow.h"

#include <algorithm>
#include <numeric>

namespace kindred {

std::vector<std::size_t> balancedHistoryWindow(std::span<const std::int32_t> domains, std::size_t length) {
    std::vector<std::size_t> kept;
    if (domains.size() <= length) {
        kept.resize(domains.size());
        std::iota(kept.begin(), kept.end(), std::size_t(0));
        return kept;
    }
    // Each medium's positions, most recent first.
    std::vector<std::vector<std::size_t>> byDomain;
    for (std::size_t k = domains.size(); k-- > 0;) {
        const auto m = std::size_t(std::max(0, domains[k]));
        if (byDomain.size() <= m)
            byDomain.resize(m + 1);
        byDomain[m].push_back(k);
    }
    std::vector<std::size_t> next(byDomain.size(), 0);
    while (kept.size() < length)
        for (std::size_t m = 0; m < byDomain.size() && kept.size() < length; ++m)
            if (next[m] < byDomain[m].size())
                kept.push_back(byDomain[m][next[m]++]);
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::vector<std::size_t> balancedHistoryWindow(std::span<const HistoryEntry> history,
                                               std::span<const std::int32_t> itemDomain, std::size_t length) {
    std::vector<std::int32_t> domains(history.size(), 0);
    for (std::size_t k = 0; k < history.size(); ++k)
        if (std::size_t(history[k].item) < itemDomain.size())
            domains[k] = itemDomain[std::size_t(history[k].item)];
    return balancedHistoryWindow(domains, length);
}

} // namespace kindred
