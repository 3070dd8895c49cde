#include "kindred/train/Recommender.h"

namespace kindred {

void Recommender::scoreAll(std::int32_t user, std::span<float> scores) const {
    for (std::size_t item = 0; item < scores.size(); ++item)
        scores[item] = predict(user, std::int32_t(item));
}

void Recommender::scoreMany(std::span<const std::int32_t> users, std::span<float> scores) const {
    if (users.empty())
        return;
    const std::size_t items = scores.size() / users.size();
    for (std::size_t n = 0; n < users.size(); ++n)
        scoreAll(users[n], scores.subspan(n * items, items));
}

} // namespace kindred
