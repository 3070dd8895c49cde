#pragma once
// FNV-1a, 64 bit: a hash that is the same on every platform, run and build (std::hash is not), so
// it may key stored files and be compared between processes.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace kindred {

inline constexpr std::uint64_t kFnv1aBasis = 14695981039346656037ull;

/// Hashes `size` bytes at `data`, continuing from `hash` (the basis for a fresh hash). Named apart
/// from fnv1a(text): a string literal would otherwise bind to `data` and a hash to `size`.
inline std::uint64_t fnv1aBytes(const void* data, std::size_t size, std::uint64_t hash = kFnv1aBasis) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= bytes[i];
        hash *= 1099511628211ull;
    }
    return hash;
}

inline std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = kFnv1aBasis) {
    return fnv1aBytes(text.data(), text.size(), hash);
}

} // namespace kindred
