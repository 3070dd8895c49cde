// goodbooks-10k: books.csv (book_id, goodreads_book_id, …, authors, original_publication_year
// as "2008.0", original_title, title, …; RFC 4180 quoting), tags.csv (tag_id, tag_name) with
// book_tags.csv (goodreads_book_id, tag_id, count), and ratings.csv (user_id, book_id, rating 1..5).
// Books go to "goodbooks books" (external id = book_id), users to namespace "goodbooks".
//
// Files read: one books.csv — the one given as a file, else the shallowest one found, so the
// dataset's samples/ folder (100-line excerpts with the same names) is used only when it is the
// input itself — and the other files from the same folder. Nothing from two folders is mixed.
#include "CsvRecordReader.h"
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace kindred::import {

namespace {

/// Calls `row(fields, where)` for every record of a headed CSV file, with `fields` holding the
/// columns named in `columns`, in that order. A missing column or header fails the import; a
/// record with a different number of fields than the header is a bad row. Returns the records read.
template <class Row>
std::uint64_t forEachRecord(const std::filesystem::path& file, ImportSink& sink,
                            std::initializer_list<std::string_view> columns, Row&& row) {
    LineReader reader(file);
    CsvRecordReader csv(reader, ',', sink);
    std::vector<std::string> header;
    if (!csv.readHeader(header))
        sink.fail(reader.name(), 0, "file is empty: expected a header line");
    std::vector<std::size_t> positions;
    for (const auto column : columns) {
        const auto found = std::find(header.begin(), header.end(), column);
        if (found == header.end())
            sink.fail(reader.name(), csv.where().line,
                      "the header has no column '" + std::string(column) + "'");
        positions.push_back(std::size_t(found - header.begin()));
    }
    std::vector<std::string_view> fields, picked(positions.size());
    while (csv.next(fields)) {
        if (fields.size() != header.size()) {
            sink.reject(csv.where(), "expected " + std::to_string(header.size()) +
                                         " comma-separated fields, found " + std::to_string(fields.size()));
            continue;
        }
        for (std::size_t i = 0; i < positions.size(); ++i)
            picked[i] = fields[positions[i]];
        row(picked, csv.where());
    }
    return csv.records();
}

/// "2008.0" → 2008; nullopt for text that is not a whole year within -3000..2100.
std::optional<int> publicationYear(std::string_view text) {
    const auto year = parseDouble(text);
    if (!year || *year != std::floor(*year) || *year < -3000 || *year > 2100)
        return std::nullopt;
    return int(*year);
}

class GoodbooksImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {
            "goodbooks-10k", "goodbooks-10k",
            "books.csv with tags.csv, book_tags.csv and ratings.csv from the same folder (samples/ only when "
            "it is the folder given)"};
    }

    int detect(const InputSet& inputs) const override {
        const auto books = booksFile(inputs);
        return books && firstLine(*books).find("goodreads_book_id") != std::string::npos ? 95 : 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto books = booksFile(inputs);
        const auto beside = [&](std::string_view name) {
            return books ? sibling(inputs, *books, name) : std::nullopt;
        };
        const auto bookTags = beside("book_tags.csv");
        const auto tags = bookTags ? beside("tags.csv") : std::nullopt; // only needed to name book_tags
        const auto ratings = beside("ratings.csv");
        std::vector<std::filesystem::path> files;
        for (const auto& file : {books, tags, bookTags, ratings})
            if (file)
                files.push_back(*file);

        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "goodbooks-10k";
        spec.scale = {1, 5};
        spec.userNamespace = "goodbooks";
        spec.userIds = spec.itemIds = IdSyntax::Integer;
        sink.beginSource(spec, files);
        if (!books)
            sink.fail(inputs.defaultSourceName(), 0, "books.csv not found");
        const DomainRef domain = sink.domain("goodbooks books", "book");

        std::unordered_map<std::string, ItemRef> byGoodreadsId;
        readBooks(*books, domain, sink, byGoodreadsId);
        if (bookTags && tags)
            readTags(*tags, *bookTags, byGoodreadsId, sink);
        else
            sink.note(bookTags ? "tags.csv not found beside book_tags.csv: books have no tags"
                               : "book_tags.csv not found: books have no tags");
        if (ratings)
            readRatings(*ratings, domain, byGoodreadsId, sink);
        else
            sink.note("ratings.csv not found: imported the books only");
    }

private:
    /// books.csv given as a file, else the one with the shortest path (a folder's own file before
    /// its samples/ excerpt).
    static std::optional<std::filesystem::path> booksFile(const InputSet& inputs) {
        std::optional<std::filesystem::path> best;
        for (const auto& file : inputs.files()) {
            if (file.filename() != "books.csv")
                continue;
            if (inputs.givenExplicitly(file))
                return file;
            if (!best || std::distance(file.begin(), file.end()) < std::distance(best->begin(), best->end()))
                best = file;
        }
        return best;
    }

    /// `name` given as a file, else the file of that name in books.csv's folder when it exists.
    static std::optional<std::filesystem::path>
    sibling(const InputSet& inputs, const std::filesystem::path& books, std::string_view name) {
        for (const auto& file : inputs.files())
            if (file.filename() == name && inputs.givenExplicitly(file))
                return file;
        std::error_code ec;
        const auto file = books.parent_path() / name;
        if (std::filesystem::is_regular_file(file, ec))
            return file;
        return std::nullopt;
    }

    static void readBooks(const std::filesystem::path& file, DomainRef domain, ImportSink& sink,
                          std::unordered_map<std::string, ItemRef>& byGoodreadsId) {
        const auto records = forEachRecord(
            file, sink,
            {"book_id", "goodreads_book_id", "title", "original_title", "authors",
             "original_publication_year"},
            [&](const std::vector<std::string_view>& f, const LineRef& where) {
                const auto title = trim(f[2]), original = trim(f[3]), authors = trim(f[4]),
                           yearText = trim(f[5]);
                const auto year = publicationYear(yearText);
                if (!yearText.empty() && !year) {
                    sink.reject(where,
                                "original_publication_year " + quoteForMessage(yearText) + " is not a year");
                    return;
                }
                const auto item = sink.item(domain, f[0], where);
                if (!item)
                    return;
                byGoodreadsId.emplace(std::string(trim(f[1])), *item);
                sink.setTitle(*item, title);
                if (year)
                    sink.setYear(*item, *year);
                // The title often extends the original one with the series: "X (Series, #1)".
                std::string text = authors.empty() ? std::string() : "by " + std::string(authors);
                if (!original.empty() && title.find(original) == std::string_view::npos)
                    text += (text.empty() ? "" : " ") + ("(original title: " + std::string(original) + ")");
                sink.setText(*item, text);
            });
        if (records == 0)
            sink.fail(displayName(file), 0, "file has a header but no books");
    }

    /// tags.csv names the tags; book_tags.csv adds them to books with weight = count. Rows naming a
    /// book or tag the files lack (as in excerpts) are skipped and counted in a note.
    static void readTags(const std::filesystem::path& tagsFile, const std::filesystem::path& bookTagsFile,
                         const std::unordered_map<std::string, ItemRef>& byGoodreadsId, ImportSink& sink) {
        std::unordered_map<std::string, std::string> names;
        forEachRecord(tagsFile, sink, {"tag_id", "tag_name"}, [&](const auto& f, const LineRef&) {
            names.emplace(std::string(trim(f[0])), std::string(f[1]));
        });
        std::uint64_t dangling = 0;
        forEachRecord(bookTagsFile, sink, {"goodreads_book_id", "tag_id", "count"},
                      [&](const auto& f, const LineRef& where) {
                          const auto count = parseInt64(f[2]);
                          if (!count || *count < 0) {
                              sink.reject(where,
                                          "count " + quoteForMessage(f[2]) + " is not a whole number ≥ 0");
                              return;
                          }
                          const auto book = byGoodreadsId.find(std::string(trim(f[0])));
                          const auto tag = names.find(std::string(trim(f[1])));
                          if (book == byGoodreadsId.end() || tag == names.end()) {
                              ++dangling;
                              return;
                          }
                          sink.addTag(book->second, tag->second, double(*count));
                      });
        if (dangling > 0)
            sink.note(std::to_string(dangling) +
                      " book_tags.csv rows refer to books or tags not in books.csv or tags.csv: skipped");
    }

    /// Ratings of books missing from books.csv create bare items, counted in a note.
    static void readRatings(const std::filesystem::path& file, DomainRef domain,
                            const std::unordered_map<std::string, ItemRef>& byGoodreadsId, ImportSink& sink) {
        std::unordered_set<ItemRef> described, undescribed;
        for (const auto& [goodreadsId, item] : byGoodreadsId)
            described.insert(item);
        const auto records = forEachRecord(
            file, sink, {"user_id", "book_id", "rating"}, [&](const auto& f, const LineRef& where) {
                const auto rating = parseInt64(f[2]);
                if (!rating) {
                    sink.reject(where, "rating " + quoteForMessage(f[2]) + " is not a whole number 1..5");
                    return;
                }
                const auto user = sink.user(f[0], where);
                const auto item = user ? sink.item(domain, f[1], where) : std::nullopt;
                if (item && sink.rating(where, *user, *item, double(*rating)) && !described.count(*item))
                    undescribed.insert(*item);
            });
        if (records == 0)
            sink.fail(displayName(file), 0, "file has a header but no ratings");
        if (!undescribed.empty())
            sink.note(std::to_string(undescribed.size()) +
                      " rated book ids are not in books.csv: imported without title");
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeGoodbooksImporter() {
    return std::make_unique<GoodbooksImporter>();
}

} // namespace kindred::import
