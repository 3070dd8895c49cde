// Generic CSV/TSV: any delimited file with a user and an item column, mapped by header name or
// 0-based index (ImportOptions::mapping). With neither user nor item mapped, every column is
// guessed from the header names (userId, user_id, reviewerID, …; movieId, book_id, asin, …;
// rating, score, stars, overall; timestamp, title, genres, text, weight).
//   separator  options.separator, else detected on the first line (',' '\t' ';' '|')
//   quoting    RFC 4180 quotes; a quoted field may span lines
//   ratings    explicit when a rating column is mapped (scale options.scale, default 1..5);
//              otherwise each row is an implicit interaction weighted by the weight column (default 1)
//   timestamp  Unix seconds or a date/time parseDateTime() reads (UTC)
//   metadata   title, genres ('|' or ';' separated) and text from the first row of each item
// Domain: options.domain, default the first file's stem; kind options.domainKind, default "other".
// People: options.userNamespace, default "generic:<domain>".
// A single input file is read whatever its name; among several, the .csv, .tsv and .txt files
// (not README/LICENSE). Detection is deliberately weak (30) so that specific formats win.
#include "CsvRecordReader.h"
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <algorithm>
#include <cctype>
#include <span>
#include <unordered_set>

namespace kindred::import {

namespace {

constexpr int kDetectConfidence = 30;

std::string normalized(std::string_view name) {
    std::string out;
    for (const char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

std::string lowercase(std::string text) {
    for (char& c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

using Names = std::span<const std::string_view>;
constexpr std::string_view kUserNames[] = {"user", "userid",     "reviewerid", "username",
                                           "uid",  "customerid", "memberid"};
constexpr std::string_view kItemNames[] = {"item",      "itemid",  "movieid", "bookid",   "asin",   "isbn",
                                           "productid", "trackid", "songid",  "artistid", "newsid", "iid",
                                           "movie",     "book",    "product", "artist"};
constexpr std::string_view kRatingNames[] = {"rating", "score", "stars", "overall", "bookrating"};
constexpr std::string_view kTimestampNames[] = {"timestamp", "time",           "date",
                                                "datetime",  "unixreviewtime", "ts"};
constexpr std::string_view kTitleNames[] = {"title", "itemtitle", "movietitle", "booktitle"};
constexpr std::string_view kGenreNames[] = {"genres", "genre", "categories", "category"};
constexpr std::string_view kTextNames[] = {"text", "reviewtext", "review", "description", "body", "comment"};
constexpr std::string_view kWeightNames[] = {"weight", "count", "playcount", "plays", "clicks"};

/// The first header column (in candidate order) whose normalised name is a candidate; -1 if none.
int guessColumn(const std::vector<std::string>& header, Names candidates) {
    for (const auto candidate : candidates)
        for (std::size_t i = 0; i < header.size(); ++i)
            if (normalized(header[i]) == candidate)
                return int(i);
    return -1;
}

std::string listColumns(const std::vector<std::string>& header) {
    std::string out;
    for (const auto& name : header)
        out += (out.empty() ? "" : ", ") + quoteForMessage(name);
    return out;
}

struct Columns {
    int user = -1, item = -1, rating = -1, timestamp = -1, title = -1, genres = -1, text = -1, weight = -1;
    std::size_t needed() const {
        return std::size_t(std::max({user, item, rating, timestamp, title, genres, text, weight}) + 1);
    }
};

/// How one file is read: its separator and columns, or why its columns cannot be resolved.
struct FilePlan {
    std::filesystem::path path;
    char separator = ',';
    Columns columns;
    std::string error;
};

/// Resolves one mapped column: a header name (exact, then ignoring case) or a 0-based index.
int resolveColumn(const std::string& spec, const char* role, const std::vector<std::string>& header,
                  bool hasHeader, std::string& error) {
    if (spec.empty() || !error.empty())
        return -1;
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == spec)
            return int(i);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (lowercase(header[i]) == lowercase(spec))
            return int(i);
    if (std::all_of(spec.begin(), spec.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        spec.size() < 6) {
        const int index = std::stoi(spec);
        if (hasHeader && std::size_t(index) >= header.size())
            error = std::string(role) + " column index " + spec + " is out of range: the file has " +
                    std::to_string(header.size()) + " columns (" + listColumns(header) + ")";
        return index;
    }
    error = hasHeader
                ? "no " + std::string(role) + " column named " + quoteForMessage(spec) +
                      "; the columns are " + listColumns(header)
                : "the file has no header: give the " + std::string(role) + " column as a 0-based index";
    return -1;
}

FilePlan planFile(const std::filesystem::path& file, const ImportOptions& options) {
    FilePlan plan;
    plan.path = file;
    const std::string first = firstLine(file);
    if (trim(first).empty()) {
        plan.error = "file is empty (or its first line is blank)";
        return plan;
    }
    plan.separator = options.separator ? options.separator : detectSeparator(first);
    std::vector<std::string> header;
    if (options.hasHeader) {
        splitQuoted(first, plan.separator, header);
        for (auto& name : header)
            name = std::string(trim(name));
    }
    const auto& m = options.mapping;
    auto& c = plan.columns;
    std::string& error = plan.error;
    c.user = resolveColumn(m.user, "user", header, options.hasHeader, error);
    c.item = resolveColumn(m.item, "item", header, options.hasHeader, error);
    c.rating = resolveColumn(m.rating, "rating", header, options.hasHeader, error);
    c.timestamp = resolveColumn(m.timestamp, "timestamp", header, options.hasHeader, error);
    c.title = resolveColumn(m.title, "title", header, options.hasHeader, error);
    c.genres = resolveColumn(m.genres, "genres", header, options.hasHeader, error);
    c.text = resolveColumn(m.text, "text", header, options.hasHeader, error);
    c.weight = resolveColumn(m.weight, "weight", header, options.hasHeader, error);
    if (!error.empty())
        return plan;

    const bool automatic = m.user.empty() && m.item.empty();
    if (!options.hasHeader && (m.user.empty() || m.item.empty())) {
        error = "the file has no header: map the user and item columns by 0-based index";
        return plan;
    }
    auto guess = [&](int& column, const std::string& spec, Names candidates) {
        if (column < 0 && spec.empty())
            column = guessColumn(header, candidates);
    };
    guess(c.user, m.user, kUserNames);
    guess(c.item, m.item, kItemNames);
    if (automatic) {
        guess(c.rating, m.rating, kRatingNames);
        guess(c.timestamp, m.timestamp, kTimestampNames);
        guess(c.title, m.title, kTitleNames);
        guess(c.genres, m.genres, kGenreNames);
        guess(c.text, m.text, kTextNames);
        guess(c.weight, m.weight, kWeightNames);
    }
    if (c.user < 0 || c.item < 0)
        error = std::string("cannot tell which column holds the ") + (c.user < 0 ? "user" : "item") +
                " id; the columns are " + listColumns(header) + ": map it by name or index";
    return plan;
}

bool hasDataExtension(const std::filesystem::path& file) {
    const std::string extension = lowercase(file.extension().string());
    const std::string name = lowercase(file.filename().string());
    if (name.rfind("readme", 0) == 0 || name.rfind("license", 0) == 0)
        return false;
    return extension == ".csv" || extension == ".tsv" || extension == ".txt";
}

std::optional<std::int64_t> parseTimestamp(std::string_view text) {
    if (const auto seconds = parseInt64(text))
        return seconds;
    return parseDateTime(text);
}

class GenericCsvImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"generic-csv", "Generic CSV/TSV",
                "any delimited file with user and item columns, mapped by header name or 0-based index"};
    }

    int detect(const InputSet& inputs) const override {
        for (const auto& file : inputs.files()) {
            if (!hasDataExtension(file))
                continue;
            const FilePlan plan = planFile(file, ImportOptions{});
            if (plan.error.empty())
                return kDetectConfidence;
        }
        return 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const ImportOptions& options = sink.options();
        const bool single = inputs.files().size() == 1;
        const bool automatic = options.mapping.user.empty() && options.mapping.item.empty();
        std::vector<FilePlan> plans;
        std::vector<std::string> ignored;
        for (const auto& file : inputs.files()) {
            if (single || hasDataExtension(file))
                plans.push_back(planFile(file, options));
            else
                ignored.push_back(file.filename().string());
        }
        // Among several files with guessed columns, one without user and item columns (e.g. a
        // movie list beside the ratings) is left out; with an explicit mapping it is an error.
        if (automatic && plans.size() > 1) {
            std::vector<FilePlan> usable;
            for (auto& plan : plans) {
                if (plan.error.empty())
                    usable.push_back(std::move(plan));
                else
                    ignored.push_back(plan.path.filename().string() + " (" + plan.error + ")");
            }
            if (!usable.empty())
                plans = std::move(usable);
        }

        std::vector<std::filesystem::path> files;
        for (const auto& plan : plans)
            files.push_back(plan.path);
        const std::string domainName = !options.domain.empty() ? options.domain
                                       : plans.empty()         ? std::string("csv")
                                                               : plans.front().path.stem().string();
        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "generic-csv";
        spec.scale = {1, 5};
        spec.isExplicit = !plans.empty() && plans.front().columns.rating >= 0;
        spec.feedbackFromData = spec.isExplicit;
        if (!spec.isExplicit)
            spec.feedbackReason = "no rating column: every row is an interaction (weighted by its weight column, if any)";
        spec.userNamespace = "generic:" + domainName;
        sink.beginSource(spec, files);

        if (plans.empty())
            sink.fail(inputs.defaultSourceName(), 0, "no .csv, .tsv or .txt file found");
        for (const auto& plan : plans) {
            if (!plan.error.empty())
                sink.fail(displayName(plan.path), 1, plan.error);
            if ((plan.columns.rating >= 0) != spec.isExplicit)
                sink.fail(displayName(plan.path), 1,
                          "has " + std::string(spec.isExplicit ? "no" : "a") + " rating column, unlike " +
                              displayName(plans.front().path) + "; import them separately");
        }
        if (!ignored.empty()) {
            std::string list;
            for (const auto& name : ignored)
                list += (list.empty() ? "" : ", ") + name;
            sink.note("files not imported: " + list);
        }
        const DomainRef domain =
            sink.domain(domainName, options.domainKind.empty() ? "other" : options.domainKind);
        for (const auto& plan : plans)
            readFile(plan, domain, spec.isExplicit, sink);
    }

private:
    static bool metadataIsUtf8(const Columns& c, const std::vector<std::string_view>& fields) {
        for (const int column : {c.title, c.genres, c.text})
            if (column >= 0 && !isValidUtf8(fields[std::size_t(column)]))
                return false;
        return true;
    }

    static void readFile(const FilePlan& plan, DomainRef domain, bool isExplicit, ImportSink& sink) {
        const Columns& c = plan.columns;
        const std::size_t needed = c.needed();
        const bool hasMetadata = c.title >= 0 || c.genres >= 0 || c.text >= 0;
        LineReader reader(plan.path);
        CsvRecordReader csv(reader, plan.separator, sink);
        if (sink.options().hasHeader) {
            std::vector<std::string> header;
            csv.readHeader(header);
        }
        std::unordered_set<ItemRef> described;
        std::vector<std::string_view> fields, genres;
        while (csv.next(fields)) {
            const LineRef where = csv.where();
            if (fields.size() < needed) {
                sink.reject(where, "expected at least " + std::to_string(needed) + " fields, found " +
                                       std::to_string(fields.size()) +
                                       (fields.size() == 1 ? " (wrong separator?)" : ""));
                continue;
            }
            double raw = 1;
            if (isExplicit) {
                const auto rating = parseDouble(fields[std::size_t(c.rating)]);
                if (!rating) {
                    sink.reject(where, trim(fields[std::size_t(c.rating)]).empty()
                                           ? std::string("missing rating")
                                           : "rating " + quoteForMessage(fields[std::size_t(c.rating)]) +
                                                 " is not a number");
                    continue;
                }
                raw = *rating;
            }
            double weight = 1;
            if (c.weight >= 0 && !trim(fields[std::size_t(c.weight)]).empty()) {
                const auto parsed = parseDouble(fields[std::size_t(c.weight)]);
                if (!parsed) {
                    sink.reject(where, "weight " + quoteForMessage(fields[std::size_t(c.weight)]) +
                                           " is not a number");
                    continue;
                }
                weight = *parsed;
            }
            if (!isExplicit)
                raw = weight;
            std::optional<std::int64_t> timestamp;
            if (c.timestamp >= 0 && !trim(fields[std::size_t(c.timestamp)]).empty()) {
                timestamp = parseTimestamp(fields[std::size_t(c.timestamp)]);
                if (!timestamp) {
                    sink.reject(where, "timestamp " + quoteForMessage(fields[std::size_t(c.timestamp)]) +
                                           " is neither Unix seconds nor a date/time (YYYY-MM-DD hh:mm:ss)");
                    continue;
                }
            }
            if (hasMetadata && sink.options().encoding == TextEncoding::Utf8 && !metadataIsUtf8(c, fields)) {
                sink.reject(where, "title, genres or text is not valid UTF-8");
                continue;
            }
            const auto user = sink.user(fields[std::size_t(c.user)], where);
            if (!user)
                continue;
            const auto item = sink.item(domain, fields[std::size_t(c.item)], where);
            if (!item)
                continue;
            if (hasMetadata && described.insert(*item).second) {
                if (c.title >= 0)
                    sink.setTitle(*item, fields[std::size_t(c.title)]);
                if (c.text >= 0)
                    sink.setText(*item, fields[std::size_t(c.text)]);
                if (c.genres >= 0) {
                    const std::string_view list = fields[std::size_t(c.genres)];
                    splitPlain(list, list.find('|') != std::string_view::npos ? "|" : ";", genres);
                    for (const auto genre : genres)
                        if (!trim(genre).empty())
                            sink.addGenre(*item, genre);
                }
            }
            sink.rating(where, *user, *item, raw, timestamp, weight);
        }
        if (csv.records() == 0)
            sink.fail(reader.name(), 0,
                      sink.options().hasHeader ? "file has a header but no data rows" : "file is empty");
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeGenericCsvImporter() {
    return std::make_unique<GenericCsvImporter>();
}

} // namespace kindred::import
