#pragma once
// Thumbs up / down on a recommended item: stored in the project's feedback table and applied to
// the user's profile by a few gradient steps (online update, no retraining).
//
// Online update, for one (item, up/down) with the item vector q and baseline fixed:
//     loss(p) = max(0, t − s(p))² for up (t = 1),  max(0, s(p) − t)² for down (t = 0)
//               + l2 · |p − p₀|²,   s(p) = baseline + bias + p·q
// i.e. the squared error of the dot-product model on the side where the prediction is wrong (so a
// thumbs up never lowers the item's score), with an L2 pull towards the original vector p₀.
// `steps` plain gradient steps of size learningRate / (|q|² + l2) (scale-free in |q|). Only the
// vector moves; the bias stays.

#include "kindred/common/Status.h"
#include "kindred/space/TasteSpace.h"

#include <cstdint>
#include <vector>

namespace kindred {

class Project;

struct FeedbackUpdateOptions {
    int steps = 10;
    double learningRate = 0.3;
    double l2 = 0.1;
};

struct FeedbackEvent {
    std::int32_t item = 0; ///< dense item index
    bool up = true;
};

/// Applies the events in order to `profile`; the L2 anchor is `original` (the profile before any
/// feedback). Items out of range are ignored.
UserProfile applyFeedback(const TasteSpace& space, const UserProfile& original,
                          const std::vector<FeedbackEvent>& events, const FeedbackUpdateOptions& options = {});

/// Stores one thumbs up/down (value +1/−1, created_at now in UTC) for project user and item ids
/// and model id (0: no model). Fails with a message on unknown ids or a read-only project.
Status recordFeedback(Project& project, std::int64_t modelId, std::int64_t userId, std::int64_t itemId, bool up);

/// The stored feedback of a project user for a model, oldest first, as dense events of the space
/// (items not in the space are skipped).
Result<std::vector<FeedbackEvent>> loadFeedback(const Project& project, const TasteSpace& space,
                                                std::int64_t userId);

/// A known user's profile with the stored feedback for space.modelId applied (applyFeedback with
/// the stored vector as anchor). The user is a dense index of space.data.
Result<UserProfile> loadUserProfile(const Project& project, const TasteSpace& space, std::int32_t user,
                                    const FeedbackUpdateOptions& options = {});

} // namespace kindred
