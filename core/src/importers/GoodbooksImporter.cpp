// goodbooks-10k: books.csv (book_id, goodreads_book_id, …, authors, original_publication_year,
// original_title, title, …; quoted fields), tags.csv (tag_id, tag_name) + book_tags.csv
// (goodreads_book_id, tag_id, count), ratings.csv (user_id, book_id, rating 1..5). Only the files
// of the folder given are read: the dataset's samples/ folder (100-line excerpts with the same
// names) is never mixed in unless it is the folder given.
#include "CsvRecordReader.h"
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <algorithm>
#include <unordered_map>

namespace kindred::import {

namespace {

/// Column positions by header name; fails naming the file and the missing column.
class Columns {
public:
    Columns(const std::vector<std::string>& header, const std::string& file, ImportSink& sink) : m_header(header) {
        m_file = file;
        m_sink = &sink;
    }
    std::size_t operator[](std::string_view name) const {
        const auto found = std::find(m_header.begin(), m_header.end(), name);
        if (found == m_header.end())
            m_sink->fail(m_file, 1, "missing column '" + std::string(name) + "'");
        return std::size_t(found - m_header.begin());
    }
    std::size_t size() const { return m_header.size(); }

private:
    std::vector<std::string> m_header;
    std::string m_file;
    ImportSink* m_sink;
};

class GoodbooksImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"goodbooks-10k", "goodbooks-10k",
                "books.csv with tags.csv, book_tags.csv and ratings.csv from the same folder (samples/ is ignored)"};
    }

    int detect(const InputSet& inputs) const override {
        const auto books = topLevel(inputs, "books.csv");
        return books && firstLine(*books).find("goodreads_book_id") != std::string::npos ? 95 : 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto books = topLevel(inputs, "books.csv");
        const auto tags = topLevel(inputs, "tags.csv");
        const auto bookTags = topLevel(inputs, "book_tags.csv");
        const auto ratings = topLevel(inputs, "ratings.csv");
        std::vector<std::filesystem::path> files;
        for (const auto& file : {books, tags, bookTags, ratings})
            if (file)
                files.push_back(*file);
        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "goodbooks-10k";
        spec.scale = {1, 5};
        spec.userNamespace = "goodbooks";
        sink.beginSource(spec, files);
        if (!books)
            sink.fail(inputs.defaultSourceName(), 0, "books.csv not found");
        const DomainRef domain = sink.domain("goodbooks books", "book");

        std::unordered_map<std::string, ItemRef> byGoodreadsId;
        forEach(*books, sink, [&](const Columns& c, const std::vector<std::string_view>& f, const LineRef& where) {
            const auto item = sink.item(domain, f[c["book_id"]], where);
            if (!item)
                return;
            byGoodreadsId.emplace(std::string(trim(f[c["goodreads_book_id"]])), *item);
            const auto title = trim(f[c["title"]]), original = trim(f[c["original_title"]]);
            sink.setTitle(*item, title);
            if (const auto year = parseInt64(f[c["original_publication_year"]]); year && *year > -3000 && *year < 2100)
                sink.setYear(*item, int(*year));
            std::string text = "by " + std::string(trim(f[c["authors"]]));
            if (!original.empty() && title.find(original) == std::string_view::npos)
                text += ". " + std::string(original);
            sink.setText(*item, text);
        });

        if (tags && bookTags) {
            std::unordered_map<std::string, std::string> tagNames;
            forEach(*tags, sink, [&](const Columns& c, const auto& f, const LineRef&) {
                tagNames.emplace(std::string(trim(f[c["tag_id"]])), std::string(f[c["tag_name"]]));
            });
            std::uint64_t dangling = 0;
            forEach(*bookTags, sink, [&](const Columns& c, const auto& f, const LineRef& where) {
                const auto count = parseDouble(f[c["count"]]);
                if (!count || !(*count >= 0)) {
                    sink.reject(where, "count " + quoteForMessage(f[c["count"]]) + " is not a number ≥ 0");
                    return;
                }
                const auto book = byGoodreadsId.find(std::string(trim(f[c["goodreads_book_id"]])));
                const auto tag = tagNames.find(std::string(trim(f[c["tag_id"]])));
                // Excerpts (like samples/) tag books outside their books.csv: not a malformed row.
                if (book == byGoodreadsId.end() || tag == tagNames.end()) {
                    ++dangling;
                    return;
                }
                sink.addTag(book->second, tag->second, *count);
            });
            if (dangling > 0)
                sink.note(std::to_string(dangling) + " book_tags.csv rows refer to books or tags not in books.csv "
                                                      "or tags.csv: skipped");
        } else {
            sink.note("book_tags.csv or tags.csv not found: books have no tags");
        }

        if (ratings)
            forEach(*ratings, sink, [&](const Columns& c, const auto& f, const LineRef& where) {
                const auto rating = parseDouble(f[c["rating"]]);
                if (!rating) {
                    sink.reject(where, "rating " + quoteForMessage(f[c["rating"]]) + " is not a number");
                    return;
                }
                const auto user = sink.user(f[c["user_id"]], where);
                const auto item = user ? sink.item(domain, f[c["book_id"]], where) : std::nullopt;
                if (item)
                    sink.rating(where, *user, *item, *rating);
            });
        else
            sink.note("ratings.csv not found: imported the books only");
    }

private:
    /// `name` directly inside a folder that was given (or given as a file): never from samples/
    /// unless samples/ itself was given.
    static std::optional<std::filesystem::path> topLevel(const InputSet& inputs, std::string_view name) {
        for (const auto& file : inputs.files()) {
            if (file.filename() != name)
                continue;
            const bool inSamples = file.parent_path().filename() == "samples" && !inputs.givenExplicitly(file) &&
                                   !inputs.givenExplicitly(file.parent_path());
            if (!inSamples)
                return file;
        }
        return std::nullopt;
    }

    /// Calls `row(columns, fields, where)` for every record with as many fields as the header.
    template <class Row> static void forEach(const std::filesystem::path& file, ImportSink& sink, Row&& row) {
        LineReader reader(file);
        CsvRecordReader csv(reader, ',', sink);
        std::vector<std::string> header;
        if (!csv.readHeader(header))
            sink.fail(reader.name(), 0, "file is empty");
        const Columns columns(header, reader.name(), sink);
        std::vector<std::string_view> fields;
        while (csv.next(fields)) {
            if (fields.size() != columns.size()) {
                sink.reject(csv.where(), "expected " + std::to_string(columns.size()) + " fields, found " +
                                             std::to_string(fields.size()));
                continue;
            }
            row(columns, fields, csv.where());
        }
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeGoodbooksImporter() { return std::make_unique<GoodbooksImporter>(); }

} // namespace kindred::import
