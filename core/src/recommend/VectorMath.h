#pragma once
// Small dense helpers shared by the recommend/ sources (float storage, double accumulation).

#include <cmath>
#include <cstddef>
#include <span>

namespace kindred::recommend {

inline double dot(std::span<const float> a, std::span<const float> b) {
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += double(a[i]) * double(b[i]);
    return sum;
}

inline double norm(std::span<const float> a) {
    return std::sqrt(dot(a, a));
}

/// Cosine; 0 when either vector is zero.
inline double cosine(std::span<const float> a, std::span<const float> b) {
    const double na = norm(a), nb = norm(b);
    return na > 0 && nb > 0 ? dot(a, b) / (na * nb) : 0.0;
}

} // namespace kindred::recommend
