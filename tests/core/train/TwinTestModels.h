#pragma once
// Hand-built twin networks for tests of the ranking side: what they do not test, the rating head
// and demographics, is filled in neutral.

#include "model/TwinModel.h"

#include <cstddef>

namespace kindred::test {

/// Sets p's rating head to one factor of zeros predicting the middle of the scale, and gives
/// every person no demographics, for `items` items and `users` people (p.dimension set first).
inline void neutralRatingHead(model::TwinParameters& p, std::size_t items, std::size_t users) {
    const auto d = std::size_t(p.dimension);
    p.ratingFactors = 1;
    p.ratingBaseline.assign(items, 0.5f);
    p.ratingCentre.assign(items, 0.5f);
    p.userBias.assign(users, 0.0f);
    p.userFactors.assign(users, 0.0f);
    p.historyWeights.assign(d, 0.0f);
    p.itemWeights.assign(d, 0.0f);
    p.itemFactors.assign(items, 0.0f);
    p.userAttributes.offsets.assign(users + 1, 0);
}

} // namespace kindred::test
