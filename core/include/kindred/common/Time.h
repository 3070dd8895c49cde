#pragma once
// Timestamps as the project file stores them.

#include <string>

namespace kindred {

/// The current time as ISO 8601 UTC with seconds, e.g. "2026-12-02T16:32:29Z". Thread-safe.
std::string isoNowUtc();

} // namespace kindred
