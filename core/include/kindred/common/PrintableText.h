#pragma once
// Text from data (titles, ids, domain names) shown where control characters would be obeyed
// instead of shown: a terminal (ESC sequences retitle or clear it, BEL rings), a one-line field,
// a log. Thread: any.

#include <cstddef>
#include <string>
#include <string_view>

namespace kindred {

/// True for a Unicode code point that is a control character: C0 (U+0000..U+001F, including tab
/// and newline), DEL (U+007F) or C1 (U+0080..U+009F, e.g. the 8-bit CSI U+009B).
constexpr bool isControlCodePoint(char32_t c) noexcept {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/// `text` with every control character written as a visible escape ("\x1b", "\u009b") and every
/// byte that is not part of valid UTF-8 as "\xNN"; everything else (including non-ASCII letters)
/// is kept as it is. The result never contains a control character.
std::string escapeControlCharacters(std::string_view text);

/// JSON text (e.g. nlohmann's dump(), which escapes C0 but writes DEL and C1 characters as they
/// are) with DEL and C1 characters written as \u escapes: still the same JSON, safe on a terminal.
std::string makeJsonPrintable(std::string json);

/// True when `text` holds a control character (see isControlCodePoint), NUL included; bytes that
/// are not valid UTF-8 are not counted. Sets *offset to the byte offset of the first one.
bool containsControlCharacter(std::string_view text, std::size_t* offset = nullptr) noexcept;

} // namespace kindred
