#pragma once
// ImportSink: everything importers parse goes through here. It owns the cleaning rules and the
// write: common 0..1 scale, range and NaN checks, duplicates (latest wins), UTF-8 and trimming,
// the bad-row policy, progress and cancel, and one SQLite transaction for the whole import.
//
// Lifetime: construct (opens the transaction), beginSource(), feed, finish() (writes and commits).
// Destroying the sink without finish() rolls everything back. Single-threaded.

#include "LineReader.h"
#include "kindred/common/Progress.h"
#include "kindred/importers/Import.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace kindred {
class RatingSummaryDelta;
}

namespace kindred::import {

/// Where a row came from, for messages.
struct LineRef {
    const std::string* file = nullptr;
    std::uint64_t line = 0;
};
inline LineRef at(const LineReader& reader) { return {&reader.name(), reader.lineNumber()}; }

/// What a format says its ids look like. Every id is also at most kMaxIdBytes long and holds no
/// control character (NUL, tab, ESC, ...).
enum class IdSyntax {
    Text,    ///< any text (ASINs, "U13740", RecBole tokens, generic CSV)
    Integer, ///< decimal digits only (MovieLens, Douban, Last.fm, goodbooks-10k number their ids)
};

/// The longest user or item id accepted, in bytes: ids are keys, not text.
inline constexpr std::size_t kMaxIdBytes = 256;

struct SourceSpec {
    std::string name;            ///< default source name (ImportOptions::sourceName overrides)
    std::string format;          ///< importer id
    RatingScale scale;           ///< documented scale (ImportOptions::scale overrides)
    bool isExplicit = true;      ///< false: implicit interactions (plays, clicks)
    /// The format does not say whether its rating column holds ratings: with FeedbackType::Auto
    /// the sink decides from the values (RecBole, generic CSV).
    bool feedbackFromData = false;
    std::string feedbackReason;  ///< why the format is explicit or implicit; a default is used when empty
    std::string userNamespace;   ///< ImportOptions::userNamespace overrides
    TextEncoding declaredEncoding = TextEncoding::Auto; ///< used when the options say Auto
    IdSyntax userIds = IdSyntax::Text;
    IdSyntax itemIds = IdSyntax::Text;
};

using DomainRef = std::int32_t;
using UserRef = std::int64_t; ///< the user's id in the project
using ItemRef = std::int64_t; ///< the item's id in the project

/// For every namespace of the project but `userNamespace`, how many of `externalIds` (user ids of
/// an import) exist there; sources with id `excludeSource` are not listed. Namespaces without any
/// shared id are left out; the largest overlap comes first. checkCancelled (may be empty) is called
/// every few thousand ids and may throw CancelledError.
std::vector<NamespaceOverlap> countSharedPeople(sqlite3* db, const std::vector<std::string>& externalIds,
                                                const std::string& userNamespace, std::int64_t excludeSource,
                                                const std::function<void()>& checkCancelled);

class ImportSink {
public:
    /// `inputBytes`, the size of the files to be read, decides whether the import loads in bulk
    /// (foreign-key checks off for its transaction) or row by row with every check on.
    ImportSink(Project& project, const ImportOptions& options, CleaningReport& report,
               ProgressToken* progress, std::uint64_t inputBytes);
    ~ImportSink();
    ImportSink(const ImportSink&) = delete;
    ImportSink& operator=(const ImportSink&) = delete;

    void beginSource(const SourceSpec& spec, const std::vector<std::filesystem::path>& files);
    const ImportOptions& options() const noexcept { return m_options; }

    /// Get-or-create a domain by name (kind: movie|book|music|news|other).
    DomainRef domain(std::string_view name, std::string_view kind);
    /// Get-or-create a user in the source's namespace; ids are trimmed. An empty id, one longer
    /// than kMaxIdBytes, one with a control character, one that is not UTF-8 or (SourceSpec::userIds
    /// Integer) not a whole number is a bad row.
    std::optional<UserRef> user(std::string_view externalId, const LineRef& where);
    /// Get-or-create an item of the domain; ids are checked as user ids are (SourceSpec::itemIds).
    std::optional<ItemRef> item(DomainRef domain, std::string_view externalId, const LineRef& where);

    void setDemographics(UserRef user, std::optional<int> age, std::string_view gender,
                         std::string_view occupation, std::string_view zip);
    // Item metadata; text is cleaned (UTF-8, trimmed). Later calls overwrite title/year/text.
    void setTitle(ItemRef item, std::string_view title);
    void setYear(ItemRef item, int year);
    void setText(ItemRef item, std::string_view text);
    void addGenre(ItemRef item, std::string_view genre);
    void addTag(ItemRef item, std::string_view tag, double weight = 1);
    /// An external identifier or address of the item, e.g. kind "imdb", "tmdb", "url".
    void addLink(ItemRef item, std::string_view kind, std::string_view value);

    /// An explicit rating or implicit interaction. Validates `raw` against the scale (explicit) or
    /// `weight` ≥ 0 (implicit); on failure records a bad row and returns false. `value` fixes the
    /// 0..1 value (e.g. MIND non-click = 0); otherwise explicit values are scaled linearly and
    /// implicit ones as log1p(weight) / log1p(max weight of the import). While the feedback type
    /// is decided from the data (SourceSpec::feedbackFromData), a value outside the scale is
    /// checked at finish(): it is a bad row (reported with its line) only if the source stays
    /// explicit.
    bool rating(const LineRef& where, UserRef user, ItemRef item, double raw,
                std::optional<std::int64_t> timestamp = std::nullopt, double weight = 1,
                std::optional<double> value = std::nullopt);
    void review(UserRef user, ItemRef item, std::string_view summary, std::string_view text,
                std::optional<std::int64_t> timestamp);
    void userLink(UserRef user, UserRef other, std::string_view kind);

    /// Records a bad row. Throws ImportError under the abort policy or past maxBadRows.
    void reject(const LineRef& where, std::string problem);
    /// A whole-file problem (missing, empty, wrong format): always throws ImportError.
    [[noreturn]] void fail(const std::string& file, std::uint64_t line, std::string problem);
    void note(std::string text);

    /// Count one data row read. Call for every record line (including ones later rejected).
    void countRow() noexcept { ++m_report.rowsRead; }
    /// Cleans a text field: UTF-8 (declared/detected encoding), trimmed, control characters
    /// replaced (multiLine keeps line breaks and tabs). Invalid UTF-8 under the Utf8 encoding is a
    /// bad row (returns nullopt after reject()).
    std::optional<std::string> text(std::string_view raw, const LineRef& where, bool multiLine = false);

    /// Call every few thousand rows: reports progress and throws CancelledError on cancel.
    void progress(const LineReader& reader);
    void checkCancelled() const;

    /// Writes everything and commits (ImportOptions::dryRun: rolls back). Fills the report. Throws
    /// on failure (nothing is written).
    void finish();

private:
    // The steps of finish(), in order, inside the import's transaction.
    /// Reports a phase of finish() to the progress token; throws CancelledError on cancel.
    void reportPhase(const char* phase, std::uint64_t done, std::uint64_t total);
    /// New users and their demographics.
    void writeUsers();
    /// New items, then titles, years, texts, genres, tags and links of every item the file describes.
    void writeItems();
    /// Sorts the pending ratings by (user, item), keeps the latest of each pair (timestamp, then
    /// line), counts the import's people and those shared with other namespaces, and gives
    /// implicit rows their value from their weight.
    void resolvePendingRatings();
    /// Writes the ratings (appended to an empty table, else upserted) and keeps the summary
    /// tables in step.
    void writeRatings();
    /// The ratings into an empty table, in key order; a large import's item index built at the end.
    void appendRatingsToEmptyTable();
    /// The ratings into a table that has some: a newer import replaces a rating of the same
    /// (user, item); what it replaces leaves `summary`.
    void upsertRatings(RatingSummaryDelta& summary);
    void writeReviewsAndLinks();
    /// The report's per-domain counts and totals, stored with the source.
    void completeReport(double secondsSoFar);
    /// Decides explicit or implicit from the values when that is left to the data, then fixes
    /// every pending row's value and weight and rejects deferred out-of-scale rows.
    void decideFeedback();
    /// An explicit source: rejects the deferred out-of-scale rows and maps the rest to 0..1.
    void keepRatingsOnTheScale();
    /// The feedback type and scale into the report and, when `store`, into the source's row.
    void recordFeedback(bool isExplicit, const RatingScale& scale, const std::string& reason, bool store);
    /// Counts, for every other namespace of the project, the users of this import whose id exists
    /// there (the report's sharedPeople).
    void findSharedPeople(const std::vector<std::int32_t>& importUsers);
    /// Replaces control characters in cleaned text: tab, CR and LF by a space unless multiLine
    /// (item text, reviews), every other one by U+FFFD. Counts the field in the report.
    void replaceControlCharacters(std::string& text, bool multiLine);

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    Project& m_project;
    const ImportOptions& m_options;
    CleaningReport& m_report;
    ProgressToken* m_progress;
};

} // namespace kindred::import
