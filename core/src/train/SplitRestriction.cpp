// restrictSplit(): maps a whole-project split onto a domain subset of the same project.
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>

namespace kindred {

Result<Split> restrictSplit(const Split& split, const TrainingData& whole, const TrainingData& subset) {
    if (split.part.size() != whole.interactions.size() || split.coldStartUser.size() != whole.userIds.size())
        return Status::failure("the split does not belong to the whole-project training data");
    Split out;
    out.kind = split.kind;
    out.seed = split.seed;
    out.part.resize(subset.interactions.size());
    out.coldStartUser.assign(subset.userIds.size(), 0);
    if (split.coldStartDomain >= 0 && std::size_t(split.coldStartDomain) < whole.domains.size()) {
        const auto id = whole.domains[std::size_t(split.coldStartDomain)].id;
        for (std::size_t d = 0; d < subset.domains.size(); ++d)
            if (subset.domains[d].id == id)
                out.coldStartDomain = int(d);
    }
    for (std::int32_t u = 0; u < subset.userCount(); ++u) {
        const auto userId = subset.userIds[std::size_t(u)];
        const std::int32_t w = whole.denseUser(userId);
        if (w < 0)
            return Status::failure("user " + std::to_string(userId) +
                                   " of the selection is not in the split's data");
        out.coldStartUser[std::size_t(u)] = split.coldStartUser[std::size_t(w)];
        // Both ranges are sorted by item, and dense item order is project id order: merge.
        auto [wi, wend] = whole.userRange(w);
        const auto [begin, end] = subset.userRange(u);
        for (std::size_t i = begin; i < end; ++i) {
            const auto itemId = subset.itemIds[std::size_t(subset.interactions[i].item)];
            while (wi < wend && whole.itemIds[std::size_t(whole.interactions[wi].item)] < itemId)
                ++wi;
            if (wi == wend || whole.itemIds[std::size_t(whole.interactions[wi].item)] != itemId)
                return Status::failure("a rating of user " + std::to_string(userId) + " on item " +
                                       std::to_string(itemId) + " is not in the split's data");
            out.part[i] = split.part[wi];
        }
    }
    return out;
}

} // namespace kindred
