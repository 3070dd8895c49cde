#include "kindred/train/Recommender.h"

namespace kindred {

void Recommender::scoreAll(std::int32_t user, std::span<float> scores) const {
    for (std::size_t item = 0; item < scores.size(); ++item)
        scores[item] = predict(user, std::int32_t(item));
}

} // namespace kindred
