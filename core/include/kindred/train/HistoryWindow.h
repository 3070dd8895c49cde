#pragma once
// Which entries of a user's history the Siamese user tower reads: the same rule in training
// (SiamesePrepared), in the stored model's encoder and in explanations (PairRecommender).

#include "kindred/common/History.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace kindred {

/// `domains` holds the domain of each entry of a chronological history (oldest first). Returns the
/// ascending positions the tower reads: all of them when there are at most `length`; else
/// `length` of them, taken from the most recent back one medium at a time in turn, so a medium
/// with few entries (a user new to it) is never crowded out by a long history in another.
std::vector<std::size_t> balancedHistoryWindow(std::span<const std::int32_t> domains, std::size_t length);
/// The same for a history of entries, each item's medium read from `itemDomain` (dense item →
/// medium; items outside it count as medium 0).
std::vector<std::size_t> balancedHistoryWindow(std::span<const HistoryEntry> history,
                                               std::span<const std::int32_t> itemDomain, std::size_t length);

} // namespace kindred
