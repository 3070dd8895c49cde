#pragma once
// The vocabulary of a person's taste that every layer shares: a rating history, a place in a
// taste space, and the encoder that turns one into the other.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <utility>
#include <vector>

namespace kindred {

inline constexpr std::int64_t kNoTimestamp = std::numeric_limits<std::int64_t>::min();

/// One rating in a history given to an encoder.
struct HistoryEntry {
    std::int32_t item = 0;                 ///< dense item index of the model's TrainingData
    float value = 0;                       ///< common 0..1 scale
    std::int64_t timestamp = kNoTimestamp; ///< optional; histories are used in the order given
};

/// A user's place in a taste space.
struct UserProfile {
    std::vector<float> vector; ///< size TasteSpace::dimension
    float bias = 0;
    /// Additions to single items' scores (ascending item, each once) that no vector carries, e.g.
    /// the twin network's neighbourhood memory of the history; empty for most models.
    std::vector<std::pair<std::int32_t, float>> itemTerms;
};

/// knownUser: dense user index whose learned id-specific parameters may be used, or -1 for a new
/// user (cold start). Must be thread-safe and deterministic.
using UserEncoder = std::function<UserProfile(std::int32_t knownUser, std::span<const HistoryEntry> history)>;

/// One named part of a ranking score; a model that explains its scores (ModelCapability::
/// ExplainsScores) writes each score as the exact sum of such terms.
struct ScoreTerm {
    enum class Kind {
        HistoryItem,   ///< what one rated item adds (the history entry at historyIndex)
        PeopleLikeYou, ///< what the person's demographics add
        ItemAppeal,    ///< the item's own appeal, the same for everyone
        KindredPeople, ///< what the people whose ratings most resemble the person's rated
    };
    Kind kind = Kind::HistoryItem;
    std::size_t historyIndex = 0; ///< HistoryItem: position in the history given
    double amount = 0;            ///< in the score's own units
    /// KindredPeople: the similarity-weighted share (0..1) of the people most like the person who
    /// rated the item, which `amount` scales.
    double share = 0;
};

/// The terms of the ranking score of `item` for a person with this history (knownUser ≥ 0 adds
/// that user's id-specific parameters, e.g. demographics). Thread-safe and deterministic.
using ScoreExplainer =
    std::function<std::vector<ScoreTerm>(std::int32_t knownUser, std::span<const HistoryEntry> history, std::int32_t item)>;
/// A predicted rating on the 0..1 scale (unclipped) for a person with this history.
using RatingPredictor = std::function<float(std::int32_t knownUser, std::span<const HistoryEntry> history, std::int32_t item)>;

} // namespace kindred
