#pragma once
// Importing datasets into a project: format detection, the import itself, and its cleaning report.
//
// Contract: importDataset() either adds everything (one SQLite transaction) or nothing. A failed,
// cancelled or killed import leaves the project file exactly as it was.

#include "kindred/common/Progress.h"
#include "kindred/common/Status.h"
#include "kindred/importers/ImportOptions.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kindred {

class Project;

struct FormatInfo {
    std::string id;          ///< e.g. "movielens-100k", used by --format
    std::string displayName; ///< e.g. "MovieLens 100K (u.data, u.item, u.user)"
    std::string description; ///< which files it reads
};

/// Every importer, in the order detection tries them.
std::vector<FormatInfo> supportedFormats();

struct FormatGuess {
    std::string formatId;   ///< empty when nothing matched
    int confidence = 0;     ///< 0..100
    std::string reason;     ///< why, for the wizard: "found u.data and u.item"
};

/// Guesses the format of files and/or folders (folders are searched two levels deep).
FormatGuess detectFormat(const std::vector<std::filesystem::path>& inputs);

/// Whether the inputs make one import of the format (e.g. one RecBole dataset, not two); cheap
/// (names and first lines). formatId "auto" or "" checks against the detected format. For the
/// wizard to refuse a selection at once; importDataset() checks it too.
Status checkInputs(const std::vector<std::filesystem::path>& inputs, const std::string& formatId);

struct ImportIssue {
    std::string file;     ///< file name as given
    std::uint64_t line = 0; ///< 1-based; 0 when the problem is the whole file
    std::string problem;
    std::string toString() const; ///< "file:line: problem"
};

struct DomainImportCounts {
    std::string domain;
    std::string kind;
    std::uint64_t users = 0;   ///< distinct users with ratings in this import
    std::uint64_t items = 0;   ///< items created or updated
    std::uint64_t ratings = 0; ///< ratings written
};

/// People of an import whose user ids also exist in another namespace of the project: the same
/// id string may be the same person, who is linked only when both imports share one namespace.
struct NamespaceOverlap {
    std::string userNamespace;        ///< the other namespace
    std::uint64_t sharedUsers = 0;    ///< users of this import (with ratings) whose id exists there
    std::vector<std::string> sources; ///< names of the sources imported into that namespace
};

struct CleaningReport {
    std::string format;
    std::string sourceName;
    std::string userNamespace;
    std::vector<std::string> files;
    std::uint64_t bytesRead = 0;
    std::uint64_t rowsRead = 0;           ///< data rows seen (ratings, items, users, ...)
    std::uint64_t rowsKept = 0;
    std::uint64_t rowsRejected = 0;
    std::uint64_t duplicatesResolved = 0; ///< (user, item) seen again: the latest won
    std::uint64_t replacedExisting = 0;   ///< ratings that replaced ones already in the project
    std::uint64_t textFieldsReencoded = 0;///< fields converted from Latin-1 to UTF-8
    std::uint64_t fieldsTrimmed = 0;      ///< fields with leading/trailing whitespace removed
    std::uint64_t controlCharactersReplaced = 0; ///< text fields whose control characters were replaced
    bool isExplicit = true;               ///< ratings (true) or interactions (false), as stored
    double scaleMin = 0, scaleMax = 0;    ///< the stored rating scale (explicit) or value range (implicit)
    std::string feedbackReason;           ///< why the source is explicit or implicit, for people
    std::uint64_t importUsers = 0;        ///< distinct users with ratings in this import
    std::vector<NamespaceOverlap> sharedPeople; ///< other namespaces holding some of those user ids
    bool dryRun = false;                  ///< nothing was written (ImportOptions::dryRun)
    std::uint64_t newUsers = 0;
    std::uint64_t newItems = 0;
    std::uint64_t reviews = 0;
    std::uint64_t userLinks = 0;
    std::vector<ImportIssue> rejected;    ///< the first 1000 rejected rows, with their line numbers
    std::vector<DomainImportCounts> domains;
    std::vector<std::string> notes;       ///< e.g. "ratings.dat not found: imported movies and users only"
    double seconds = 0;

    std::string toJson() const;
    /// A short human-readable summary; text from the data is escaped (no control characters).
    std::string toText() const;
};

struct ImportResult {
    Status status;
    CleaningReport report; ///< filled as far as the import got, also on failure
};

/// Imports files (or folders) into the project. Thread: any, but one import per Project at a time.
/// progress may be null. On failure or cancel nothing is written.
ImportResult importDataset(Project& project, const std::vector<std::filesystem::path>& inputs,
                           const ImportOptions& options, ProgressToken* progress = nullptr);

/// Reads the inputs as importDataset() would, into a scratch in-memory project (`project` is only
/// read, never written or locked), and returns that outcome with a full report, including
/// sharedPeople: which of the project's namespaces already hold user ids of these files. For the
/// import wizard, to ask "are these the same people?" before anything is written. Costs a full
/// parse. Thread: any (its own connections); progress may be null.
ImportResult previewImport(const Project& project, const std::vector<std::filesystem::path>& inputs,
                           const ImportOptions& options, ProgressToken* progress = nullptr);

/// The first lines of a file, split into fields by the detected separator, for previews.
struct FilePreview {
    char separator = ',';
    std::string encoding;                     ///< "UTF-8" or "ISO-8859-1"
    std::vector<std::vector<std::string>> rows;
};
Result<FilePreview> previewFile(const std::filesystem::path& file, int maxRows = 20);

} // namespace kindred
