#pragma once
// What a person chooses before an import (CLI flags, import wizard).

#include "kindred/common/RatingScale.h"
#include <cstdint>
#include <optional>
#include <string>

namespace kindred {

enum class BadRowPolicy {
    Abort, ///< the first bad row fails the import; the project is left untouched (default)
    Skip,  ///< bad rows are skipped and listed in the report, up to maxBadRows; one more fails
};

enum class TextEncoding {
    Auto,   ///< the format's declared encoding, else per field: valid UTF-8 stays, anything else is Latin-1
    Utf8,   ///< invalid UTF-8 is a bad row
    Latin1, ///< ISO-8859-1, converted to UTF-8
};

/// Whether a source's values are ratings or interactions.
enum class FeedbackType {
    Auto,     ///< the format's documented type; for formats that do not document it (RecBole atomic
              ///< files, generic CSV with a rating column) decided from the values: a constant
              ///< column, only 0 and 1, or whole numbers beyond the scale (counts) are implicit
    Explicit, ///< ratings on the scale; values outside it are bad rows
    Implicit, ///< interactions: 0/1 values are clicks (0 = seen, not clicked), other values weights
};

/// Column mapping for the generic CSV/TSV importer: 0-based column indexes or header names.
struct ColumnMapping {
    std::string user;      ///< required
    std::string item;      ///< required
    std::string rating;    ///< empty: every row is an implicit interaction
    std::string timestamp; ///< Unix seconds or ISO 8601 date/time
    std::string title;
    std::string genres;    ///< separated by '|' or ';'
    std::string text;
    std::string weight;    ///< implicit weight, e.g. play counts
};

struct ImportOptions {
    std::string format = "auto"; ///< importer id (see supportedFormats()) or "auto"
    BadRowPolicy badRows = BadRowPolicy::Abort;
    std::uint64_t maxBadRows = 1000;
    TextEncoding encoding = TextEncoding::Auto;
    std::optional<RatingScale> scale; ///< overrides the format's documented scale
    std::string sourceName;     ///< shown in the project; defaults to the folder or file name
    std::string domain;         ///< domain for single-domain formats without one (generic, Amazon JSON)
    std::string domainKind;     ///< movie | book | music | news | other (generic, Amazon JSON)
    std::string userNamespace;  ///< overrides the format's namespace (same namespace = same people)
    FeedbackType feedback = FeedbackType::Auto;
    /// Read, check and report everything, then write nothing (the transaction is rolled back).
    bool dryRun = false;
    // Generic CSV/TSV only.
    ColumnMapping mapping;
    char separator = 0;         ///< 0: detect from the first line (',' '\t' ';' '|')
    bool hasHeader = true;
};

} // namespace kindred
