#pragma once
// A rating scale and the conversions between it and the common 0..1 scale every model works on.

#include <algorithm>

namespace kindred {

/// Rating scale of a source or domain, inclusive. Values outside it are rejected at import.
struct RatingScale {
    double min = 1;
    double max = 5;

    double span() const noexcept { return max - min; }
    /// A 0..1 value (clipped to 0..1 first) on this scale, e.g. 0.75 → 4 on 1..5.
    double toRaw(double value01) const noexcept { return min + std::clamp(value01, 0.0, 1.0) * span(); }
    /// A raw value on the 0..1 scale (not clipped); 0 when the scale is empty.
    double toUnit(double raw) const noexcept { return span() > 0 ? (raw - min) / span() : 0.0; }
};

} // namespace kindred
