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
    std::uint64_t newUsers = 0;
    std::uint64_t newItems = 0;
    std::uint64_t reviews = 0;
    std::uint64_t userLinks = 0;
    std::vector<ImportIssue> rejected;    ///< the first 1000 rejected rows, with their line numbers
    std::vector<DomainImportCounts> domains;
    std::vector<std::string> notes;       ///< e.g. "ratings.dat not found: imported movies and users only"
    double seconds = 0;

    std::string toJson() const;
    std::string toText() const;           ///< a short human-readable summary
};

struct ImportResult {
    Status status;
    CleaningReport report; ///< filled as far as the import got, also on failure
};

/// Imports files (or folders) into the project. Thread: any, but one import per Project at a time.
/// progress may be null. On failure or cancel nothing is written.
ImportResult importDataset(Project& project, const std::vector<std::filesystem::path>& inputs,
                           const ImportOptions& options, ProgressToken* progress = nullptr);

/// The first lines of a file, split into fields by the detected separator, for previews.
struct FilePreview {
    char separator = ',';
    std::string encoding;                     ///< "UTF-8" or "ISO-8859-1"
    std::vector<std::vector<std::string>> rows;
};
Result<FilePreview> previewFile(const std::filesystem::path& file, int maxRows = 20);

} // namespace kindred
