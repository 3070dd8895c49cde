// RecBole atomic files: tab-separated, a typed header `name:type` (token, token_seq, float,
// float_seq; *_seq values are space-separated), one dataset per file stem:
//   <name>.inter  user_id, item_id, optional rating and timestamp (Unix seconds)
//   <name>.item   item_id plus metadata: *title* → title, *year* → year, genre/class/categories →
//                 genres, description/abstract/intro/text → text; other columns are listed in a note
//   <name>.user   user_id, age, gender, occupation, zip_code
// The dataset name is the .inter file name up to its first '.' (ml-1m.train.inter → ml-1m).
// Domain options.domain or "<name> items", kind options.domainKind or guessed from the name
// (book…, movie…/ml-…, music/lastfm, news/mind), else "other". People: options.userNamespace or
// "recbole:<name>". RecBole declares no rating scale: 1..5 is assumed (options.scale overrides).
// Without a rating column every row is an implicit interaction. Files are UTF-8, like RecBole's.
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace kindred::import {

namespace {

constexpr std::string_view kTypes[] = {"token", "token_seq", "float", "float_seq"};

struct Column {
    std::string name, type;
};

/// Splits a typed header; false (with `error`) unless every field is `name:type` with a known type.
bool parseHeader(std::string_view line, std::vector<Column>& columns, std::string& error) {
    std::vector<std::string_view> fields;
    splitPlain(line, "\t", fields);
    columns.clear();
    for (const auto field : fields) {
        const auto colon = field.rfind(':');
        if (colon == std::string_view::npos) {
            error =
                "header field " + quoteForMessage(field) + " has no ':type' (expected e.g. user_id:token)";
            return false;
        }
        Column column{std::string(trim(field.substr(0, colon))), std::string(trim(field.substr(colon + 1)))};
        if (std::find(std::begin(kTypes), std::end(kTypes), column.type) == std::end(kTypes)) {
            error = "column " + quoteForMessage(column.name) + " has the unknown type " +
                    quoteForMessage(column.type) + " (expected token, token_seq, float or float_seq)";
            return false;
        }
        columns.push_back(std::move(column));
    }
    return true;
}

int columnIndex(const std::vector<Column>& columns, std::string_view name) {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return int(i);
    return -1;
}

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string datasetName(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    return name.substr(0, name.find('.'));
}

std::string guessKind(const std::string& dataset) {
    const std::string name = lowercase(dataset);
    if (contains(name, "book"))
        return "book";
    if (contains(name, "movie") || name.rfind("ml-", 0) == 0 || contains(name, "netflix"))
        return "movie";
    if (contains(name, "music") || contains(name, "lastfm") || contains(name, "last.fm"))
        return "music";
    if (contains(name, "news") || contains(name, "mind"))
        return "news";
    return "other";
}

class RecBoleImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"recbole", "RecBole atomic files",
                "<name>.inter with typed headers (user_id:token …), optional <name>.item and <name>.user"};
    }

    int detect(const InputSet& inputs) const override {
        std::vector<Column> columns;
        std::string error;
        for (const auto& file : inputs.endingWith(".inter"))
            if (parseHeader(firstLine(file), columns, error))
                return 90;
        return 0;
    }

    Status checkInputs(const InputSet& inputs) const override {
        const auto interFiles = inputs.endingWith(".inter");
        for (const auto& file : interFiles)
            if (datasetName(file) != datasetName(interFiles.front()))
                return Status::failure(displayName(interFiles.front()) + " and " + displayName(file) +
                                       " belong to two RecBole datasets (" + datasetName(interFiles.front()) +
                                       ", " + datasetName(file) + "): import one dataset at a time");
        return Status::success();
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto interFiles = inputs.endingWith(".inter");
        const std::string dataset =
            interFiles.empty() ? inputs.defaultSourceName() : datasetName(interFiles.front());
        const auto folder = interFiles.empty() ? std::filesystem::path() : interFiles.front().parent_path();
        auto companion = [&](const char* extension) -> std::optional<std::filesystem::path> {
            const std::string name = dataset + extension;
            if (auto found = inputs.find(name))
                return found;
            std::error_code ec;
            if (!folder.empty() && std::filesystem::exists(folder / name, ec))
                return folder / name;
            return std::nullopt;
        };
        const auto itemFile = companion(".item");
        const auto userFile = companion(".user");

        // Explicit or implicit is known from the first header, before the source begins.
        std::vector<Column> columns;
        std::string headerError;
        const bool typed =
            !interFiles.empty() && parseHeader(firstLine(interFiles.front()), columns, headerError);
        std::vector<std::filesystem::path> files = interFiles;
        for (const auto& extra : {itemFile, userFile})
            if (extra)
                files.push_back(*extra);

        const ImportOptions& options = sink.options();
        SourceSpec spec;
        spec.name = dataset;
        spec.format = "recbole";
        spec.scale = {1, 5};
        spec.isExplicit = typed && columnIndex(columns, "rating") >= 0;
        // RecBole's rating column may hold ratings, a constant 1 (implicit datasets) or counts.
        spec.feedbackFromData = spec.isExplicit;
        if (!spec.isExplicit)
            spec.feedbackReason = "no rating column: every row is an interaction";
        spec.userNamespace = "recbole:" + dataset;
        spec.declaredEncoding = TextEncoding::Utf8;
        sink.beginSource(spec, files);

        if (interFiles.empty())
            sink.fail(inputs.defaultSourceName(), 0, "no .inter file found");
        for (const auto& file : interFiles)
            if (datasetName(file) != dataset)
                sink.fail(displayName(file), 0,
                          "belongs to another dataset than " + dataset +
                              ".inter: import one RecBole dataset at a time");
        const DomainRef domain =
            sink.domain(options.domain.empty() ? dataset + " items" : options.domain,
                        options.domainKind.empty() ? guessKind(dataset) : options.domainKind);
        if (itemFile)
            readItems(*itemFile, domain, sink);
        else
            sink.note(dataset + ".item not found: no item titles or genres");
        if (userFile)
            readUsers(*userFile, sink);
        else
            sink.note(dataset + ".user not found: no demographics");
        for (const auto& file : interFiles)
            readInteractions(file, domain, spec.isExplicit, sink);
    }

private:
    /// Reads and checks the typed header; returns the columns.
    static std::vector<Column> readHeader(LineReader& reader, ImportSink& sink) {
        std::string_view line;
        if (!reader.next(line) || trim(line).empty())
            sink.fail(reader.name(), 0, "file is empty");
        std::vector<Column> columns;
        std::string error;
        if (!parseHeader(line, columns, error))
            sink.fail(reader.name(), 1, error);
        return columns;
    }

    static int requireColumn(const LineReader& reader, const std::vector<Column>& columns, const char* name,
                             ImportSink& sink) {
        const int index = columnIndex(columns, name);
        if (index < 0)
            sink.fail(reader.name(), 1, std::string("no ") + name + " column in the header");
        return index;
    }

    /// Splits a data line; false (after a bad row) unless it has one field per column.
    static bool splitRow(const LineReader& reader, std::string_view line, std::size_t columns,
                         std::vector<std::string_view>& fields, ImportSink& sink) {
        splitPlain(line, "\t", fields);
        if (fields.size() == columns)
            return true;
        sink.reject(at(reader), "expected " + std::to_string(columns) +
                                    " tab-separated fields as in the header, found " +
                                    std::to_string(fields.size()));
        return false;
    }

    /// The files are UTF-8: unless Latin-1 was chosen, a metadata line that is not is a bad row
    /// (checked here, not in the sink, so that the message names the line).
    static bool checkUtf8(const LineReader& reader, std::string_view line, ImportSink& sink) {
        if (sink.options().encoding == TextEncoding::Latin1 || isValidUtf8(line))
            return true;
        sink.reject(at(reader), "line is not valid UTF-8 (is the file Latin-1?)");
        return false;
    }

    static void readInteractions(const std::filesystem::path& file, DomainRef domain, bool isExplicit,
                                 ImportSink& sink) {
        LineReader reader(file);
        const auto columns = readHeader(reader, sink);
        const int userColumn = requireColumn(reader, columns, "user_id", sink);
        const int itemColumn = requireColumn(reader, columns, "item_id", sink);
        const int ratingColumn = columnIndex(columns, "rating");
        const int timeColumn = columnIndex(columns, "timestamp");
        if (isExplicit != (ratingColumn >= 0))
            sink.fail(reader.name(), 1,
                      isExplicit ? "no rating column, unlike the first .inter file"
                                 : "has a rating column, unlike the first .inter file");
        std::string_view line;
        std::vector<std::string_view> fields;
        bool any = false;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            any = true;
            sink.countRow();
            if (!splitRow(reader, line, columns.size(), fields, sink))
                continue;
            double raw = 1;
            if (ratingColumn >= 0) {
                const auto rating = parseDouble(fields[std::size_t(ratingColumn)]);
                if (!rating) {
                    sink.reject(at(reader), "rating " + quoteForMessage(fields[std::size_t(ratingColumn)]) +
                                                " is not a number");
                    continue;
                }
                raw = *rating;
            }
            std::optional<std::int64_t> timestamp;
            if (timeColumn >= 0 && !trim(fields[std::size_t(timeColumn)]).empty()) {
                // RecBole writes times as floats ("881250949.0").
                const auto seconds = parseDouble(fields[std::size_t(timeColumn)]);
                if (!seconds || !std::isfinite(*seconds) || *seconds < 0 || *seconds > 1e13) {
                    sink.reject(at(reader), "timestamp " + quoteForMessage(fields[std::size_t(timeColumn)]) +
                                                " is not a Unix time");
                    continue;
                }
                timestamp = std::int64_t(std::floor(*seconds));
            }
            const auto user = sink.user(fields[std::size_t(userColumn)], at(reader));
            if (!user)
                continue;
            const auto item = sink.item(domain, fields[std::size_t(itemColumn)], at(reader));
            if (!item)
                continue;
            sink.rating(at(reader), *user, *item, raw, timestamp);
        }
        if (!any)
            sink.fail(reader.name(), 0, "file has a header but no interactions");
    }

    enum class ItemField { Ignored, Title, Year, Genres, Text };

    static ItemField itemField(const std::string& name) {
        const std::string lower = lowercase(name);
        if (contains(lower, "title"))
            return ItemField::Title;
        if (contains(lower, "year"))
            return ItemField::Year;
        if (contains(lower, "genre") || lower == "class" || contains(lower, "categor"))
            return ItemField::Genres;
        if (contains(lower, "desc") || contains(lower, "abstract") || contains(lower, "intro") ||
            lower == "text")
            return ItemField::Text;
        return ItemField::Ignored;
    }

    static void readItems(const std::filesystem::path& file, DomainRef domain, ImportSink& sink) {
        LineReader reader(file);
        const auto columns = readHeader(reader, sink);
        const int itemColumn = requireColumn(reader, columns, "item_id", sink);
        std::vector<ItemField> roles;
        std::string ignored;
        for (const auto& column : columns) {
            roles.push_back(itemField(column.name));
            if (roles.back() == ItemField::Ignored && column.name != "item_id")
                ignored += (ignored.empty() ? "" : ", ") + column.name;
        }
        if (!ignored.empty())
            sink.note(reader.name() + ": columns not imported: " + ignored);

        std::string_view line;
        std::vector<std::string_view> fields, values;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            sink.countRow();
            if (!checkUtf8(reader, line, sink) || !splitRow(reader, line, columns.size(), fields, sink))
                continue;
            const auto item = sink.item(domain, fields[std::size_t(itemColumn)], at(reader));
            if (!item)
                continue;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const std::string_view value = fields[i];
                switch (roles[i]) {
                case ItemField::Title:
                    sink.setTitle(*item, value);
                    break;
                case ItemField::Year:
                    if (const auto year = parseInt64(value); year && *year > 0 && *year < 3000)
                        sink.setYear(*item, int(*year));
                    break;
                case ItemField::Genres:
                    if (columns[i].type == "token_seq")
                        splitPlain(value, " ", values);
                    else
                        values.assign(1, value);
                    for (const auto genre : values)
                        if (!trim(genre).empty())
                            sink.addGenre(*item, genre);
                    break;
                case ItemField::Text:
                    sink.setText(*item, value);
                    break;
                case ItemField::Ignored:
                    break;
                }
            }
        }
    }

    static void readUsers(const std::filesystem::path& file, ImportSink& sink) {
        LineReader reader(file);
        const auto columns = readHeader(reader, sink);
        const int userColumn = requireColumn(reader, columns, "user_id", sink);
        const int ageColumn = columnIndex(columns, "age");
        const int genderColumn = columnIndex(columns, "gender");
        const int occupationColumn = columnIndex(columns, "occupation");
        const int zipColumn = columnIndex(columns, "zip_code");
        auto field = [](const std::vector<std::string_view>& fields, int column) {
            return column >= 0 ? fields[std::size_t(column)] : std::string_view();
        };
        std::string_view line;
        std::vector<std::string_view> fields;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            sink.countRow();
            if (!checkUtf8(reader, line, sink) || !splitRow(reader, line, columns.size(), fields, sink))
                continue;
            std::optional<int> age;
            if (const auto text = field(fields, ageColumn); !trim(text).empty()) {
                const auto parsed = parseInt64(text);
                if (!parsed || *parsed < 0 || *parsed > 130) {
                    sink.reject(at(reader),
                                "age " + quoteForMessage(text) + " is not a number within 0..130");
                    continue;
                }
                age = int(*parsed);
            }
            if (const auto user = sink.user(fields[std::size_t(userColumn)], at(reader)))
                sink.setDemographics(*user, age, field(fields, genderColumn), field(fields, occupationColumn),
                                     field(fields, zipColumn));
        }
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeRecBoleImporter() {
    return std::make_unique<RecBoleImporter>();
}

} // namespace kindred::import
