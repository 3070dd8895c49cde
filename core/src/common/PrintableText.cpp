#include "kindred/common/PrintableText.h"

#include <cstdint>

namespace kindred {

namespace {

/// Decodes one UTF-8 sequence at text[i]; returns its length (0 when invalid) and the code point.
std::size_t decodeUtf8(std::string_view text, std::size_t i, char32_t& codePoint) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    std::size_t length;
    char32_t value, minimum;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, value = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, value = lead & 0x0F, minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        value = value << 6 | (byte(i + k) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    codePoint = value;
    return length;
}

void appendHex(std::string& out, const char* prefix, std::uint32_t value, int digits) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out.push_back(kHex[(value >> shift) & 15]);
}

} // namespace

std::string escapeControlCharacters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = 0;
        const std::size_t length = decodeUtf8(text, i, c);
        if (length == 0) {
            appendHex(out, "\\x", static_cast<unsigned char>(text[i]), 2);
            ++i;
            continue;
        }
        if (isControlCodePoint(c)) {
            if (c < 0x80)
                appendHex(out, "\\x", std::uint32_t(c), 2);
            else
                appendHex(out, "\\u", std::uint32_t(c), 4);
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

std::string makeJsonPrintable(std::string json) {
    // In valid JSON these characters can only stand inside strings, where \u escapes mean the same.
    if (json.find('\x7f') == std::string::npos && json.find('\xc2') == std::string::npos)
        return json;
    std::string out;
    out.reserve(json.size() + 16);
    for (std::size_t i = 0; i < json.size(); ++i) {
        const auto b = static_cast<unsigned char>(json[i]);
        const auto next = i + 1 < json.size() ? static_cast<unsigned char>(json[i + 1]) : 0;
        if (b == 0x7F) {
            out += "\\u007f";
        } else if (b == 0xC2 && next >= 0x80 && next <= 0x9F) {
            appendHex(out, "\\u", next, 4);
            ++i;
        } else {
            out.push_back(char(b));
        }
    }
    return out;
}

bool containsControlCharacter(std::string_view text, std::size_t* offset) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        char32_t c = 0;
        const std::size_t length = decodeUtf8(text, i, c);
        if (length != 0 && isControlCodePoint(c)) {
            if (offset)
                *offset = i;
            return true;
        }
        i += length == 0 ? 1 : length;
    }
    return false;
}

} // namespace kindred
