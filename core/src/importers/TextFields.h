#pragma once
// Splitting records into fields and parsing numbers and text, without allocation where possible.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kindred::import {

/// Splits on every occurrence of `separator` (no quoting: TSV, MovieLens `::`, `|`).
void splitPlain(std::string_view line, std::string_view separator, std::vector<std::string_view>& fields);

/// RFC 4180 style: fields may be quoted with '"', quotes doubled inside. Returns false when the
/// record ends inside an open quote (the caller may append the next line and retry).
bool splitQuoted(std::string_view record, char separator, std::vector<std::string>& fields);

std::string_view trim(std::string_view text) noexcept;

/// Whole-field numbers (surrounding whitespace allowed). nullopt for empty or malformed text.
/// parseDouble accepts "nan"/"inf" as parsed values: callers must range-check.
std::optional<double> parseDouble(std::string_view text) noexcept;
std::optional<std::int64_t> parseInt64(std::string_view text) noexcept;

bool isValidUtf8(std::string_view text) noexcept;
/// Appends the Latin-1 bytes of `text` to `out` as UTF-8.
void appendLatin1AsUtf8(std::string_view text, std::string& out);

/// Seconds since the Unix epoch from "YYYY-MM-DD[ T]HH:MM:SS" or "M/D/YYYY h:mm:ss AM|PM" (UTC).
std::optional<std::int64_t> parseDateTime(std::string_view text) noexcept;

/// A field for an error message: the text itself, shortened to 40 bytes with "…", control
/// characters escaped (see escapeControlCharacters).
std::string quoteForMessage(std::string_view text);

/// Detects the separator of a delimited text line: the most frequent of '\t' ',' ';' '|'.
char detectSeparator(std::string_view line) noexcept;

} // namespace kindred::import
