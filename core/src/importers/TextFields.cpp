#include "TextFields.h"

#include "kindred/common/PrintableText.h"

#include <array>
#include <charconv>
#include <cmath>

namespace kindred::import {

void splitPlain(std::string_view line, std::string_view separator, std::vector<std::string_view>& fields) {
    fields.clear();
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = line.find(separator, start);
        if (at == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return;
        }
        fields.push_back(line.substr(start, at - start));
        start = at + separator.size();
    }
}

bool splitQuoted(std::string_view record, char separator, std::vector<std::string>& fields) {
    fields.clear();
    std::string field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    for (std::size_t i = 0; i < record.size(); ++i) {
        const char c = record[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < record.size() && record[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.push_back(c);
            }
        } else if (c == separator) {
            fields.push_back(std::move(field));
            field.clear();
            fieldWasQuoted = false;
        } else if (c == '"' && !fieldWasQuoted && trim(field).empty()) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
        } else {
            field.push_back(c);
        }
    }
    fields.push_back(std::move(field));
    return !inQuotes;
}

std::string_view trim(std::string_view text) noexcept {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseDouble(std::string_view text) noexcept {
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+') {
        text.remove_prefix(1);
        if (text.empty() || text.front() == '-' || text.front() == '+')
            return std::nullopt;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::int64_t> parseInt64(std::string_view text) noexcept {
    text = trim(text);
    if (text.empty())
        return std::nullopt;
    const std::string_view signedText = text;
    if (text.front() == '+') {
        text.remove_prefix(1);
        if (text.empty() || text.front() == '-' || text.front() == '+')
            return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size())
        return value;
    // Accept integral floats such as "2008.0" (goodbooks years, some timestamps). With the sign:
    // parseDouble would trim again after it, accepting "+ 5".
    const auto real = parseDouble(signedText);
    if (real && std::isfinite(*real) && *real == std::floor(*real) && std::fabs(*real) < 9.0e15)
        return std::int64_t(*real);
    return std::nullopt;
}

bool isValidUtf8(std::string_view text) noexcept {
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        std::uint32_t code = 0;
        if ((c & 0xE0) == 0xC0) { extra = 1; code = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; code = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; code = c & 0x07; }
        else return false;
        if (i + std::size_t(extra) >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + std::size_t(k)]);
            if ((cc & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (cc & 0x3F);
        }
        // Reject overlong forms, surrogates and values past U+10FFFF.
        static constexpr std::array<std::uint32_t, 4> kMinimum = {0, 0x80, 0x800, 0x10000};
        if (code < kMinimum[std::size_t(extra)] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += std::size_t(extra) + 1;
    }
    return true;
}

void appendLatin1AsUtf8(std::string_view text, std::string& out) {
    out.reserve(out.size() + text.size() + text.size() / 8);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out.push_back(ch);
        } else {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
        }
    }
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? unsigned(-3) : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

bool readNumber(std::string_view& text, int& value, int maxDigits) noexcept {
    int digits = 0;
    value = 0;
    while (!text.empty() && text.front() >= '0' && text.front() <= '9' && digits < maxDigits) {
        value = value * 10 + (text.front() - '0');
        text.remove_prefix(1);
        ++digits;
    }
    return digits > 0;
}

bool expect(std::string_view& text, char c) noexcept {
    if (text.empty() || text.front() != c)
        return false;
    text.remove_prefix(1);
    return true;
}

} // namespace

std::optional<std::int64_t> parseDateTime(std::string_view text) noexcept {
    text = trim(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    std::string_view rest = text;
    if (text.size() >= 10 && text[4] == '-') {
        if (!readNumber(rest, year, 4) || !expect(rest, '-') || !readNumber(rest, month, 2) ||
            !expect(rest, '-') || !readNumber(rest, day, 2))
            return std::nullopt;
        if (!rest.empty()) {
            if (rest.front() != ' ' && rest.front() != 'T')
                return std::nullopt;
            rest.remove_prefix(1);
            if (!readNumber(rest, hour, 2) || !expect(rest, ':') || !readNumber(rest, minute, 2))
                return std::nullopt;
            if (expect(rest, ':') && !readNumber(rest, second, 2))
                return std::nullopt;
            if (!rest.empty() && rest != "Z")
                return std::nullopt;
        }
    } else {
        // MIND style: 11/15/2019 8:55:22 AM
        if (!readNumber(rest, month, 2) || !expect(rest, '/') || !readNumber(rest, day, 2) ||
            !expect(rest, '/') || !readNumber(rest, year, 4))
            return std::nullopt;
        if (!rest.empty()) {
            if (!expect(rest, ' ') || !readNumber(rest, hour, 2) || !expect(rest, ':') ||
                !readNumber(rest, minute, 2))
                return std::nullopt;
            if (expect(rest, ':') && !readNumber(rest, second, 2))
                return std::nullopt;
            rest = trim(rest);
            if (rest == "PM" || rest == "pm") {
                if (hour < 1 || hour > 12)
                    return std::nullopt;
                hour = hour % 12 + 12;
            } else if (rest == "AM" || rest == "am") {
                if (hour < 1 || hour > 12)
                    return std::nullopt;
                hour = hour % 12;
            } else if (!rest.empty()) {
                return std::nullopt;
            }
        }
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second;
}

std::string quoteForMessage(std::string_view text) {
    // Escaped so that a message never carries a control character to the terminal or the GUI,
    // then cut to 40 bytes between characters (never inside a UTF-8 sequence or an escape).
    constexpr std::size_t kShown = 40;
    std::string escaped = escapeControlCharacters(text.substr(0, kShown));
    bool shortened = text.size() > kShown;
    if (escaped.size() > kShown) {
        std::size_t cut = kShown;
        while (cut > 0 && (static_cast<unsigned char>(escaped[cut]) & 0xC0) == 0x80)
            --cut;
        // Escapes are "\xNN" (4 bytes) and "\uNNNN" (6): back up to one that would be cut.
        for (std::size_t back = 1; back <= 5 && back <= cut; ++back) {
            const std::size_t at = cut - back;
            if (escaped[at] == '\\' && at + 1 < escaped.size() &&
                ((escaped[at + 1] == 'x' && at + 4 > cut) || (escaped[at + 1] == 'u' && at + 6 > cut))) {
                cut = at;
                break;
            }
        }
        escaped.resize(cut);
        shortened = true;
    }
    return "'" + escaped + (shortened ? "…'" : "'");
}

char detectSeparator(std::string_view line) noexcept {
    char best = ',';
    std::size_t bestCount = 0;
    for (const char candidate : {'\t', ',', ';', '|'}) {
        std::size_t count = 0;
        bool inQuotes = false;
        for (const char c : line) {
            if (c == '"')
                inQuotes = !inQuotes;
            else if (c == candidate && !inQuotes)
                ++count;
        }
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

} // namespace kindred::import
