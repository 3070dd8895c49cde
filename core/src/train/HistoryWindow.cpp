#include "kindred/train/HistoryWindow.h"

#include <algorithm>
#include <numeric>

namespace kindred {

std::vector<std::size_t> balancedHistoryWindow(std::span<const std::int32_t> media, std::size_t length) {
    std::vector<std::size_t> kept;
    if (media.size() <= length) {
        kept.resize(media.size());
        std::iota(kept.begin(), kept.end(), std::size_t(0));
        return kept;
    }
    // Each medium's positions, most recent first.
    std::vector<std::vector<std::size_t>> byMedium;
    for (std::size_t k = media.size(); k-- > 0;) {
        const auto m = std::size_t(std::max(0, media[k]));
        if (byMedium.size() <= m)
            byMedium.resize(m + 1);
        byMedium[m].push_back(k);
    }
    std::vector<std::size_t> next(byMedium.size(), 0);
    while (kept.size() < length)
        for (std::size_t m = 0; m < byMedium.size() && kept.size() < length; ++m)
            if (next[m] < byMedium[m].size())
                kept.push_back(byMedium[m][next[m]++]);
    std::sort(kept.begin(), kept.end());
    return kept;
}

std::vector<std::size_t> balancedHistoryWindow(std::span<const HistoryEntry> history,
                                               std::span<const std::int32_t> itemDomain, std::size_t length) {
    std::vector<std::int32_t> media(history.size(), 0);
    for (std::size_t k = 0; k < history.size(); ++k)
        if (std::size_t(history[k].item) < itemDomain.size())
            media[k] = itemDomain[std::size_t(history[k].item)];
    return balancedHistoryWindow(media, length);
}

} // namespace kindred
