// MovieLens CSV releases (ml-latest, ml-latest-small, ml-20m, ml-25m), UTF-8 with a header line:
//   ratings.csv  userId,movieId,rating,timestamp   half stars 0.5..5, Unix seconds
//   movies.csv   movieId,title,genres              titles quoted when they hold ',' or '"';
//                                                  genres '|'-separated, "(no genres listed)" = none
//   tags.csv     userId,movieId,tag,timestamp      item tags; weight = how often the tag was applied
//   links.csv    movieId,imdbId,tmdbId             item links "imdb" and "tmdb" (ids as written)
// The releases share movie ids, so all of them fill the domain "movielens movies"; people go to the
// namespace "movielens". User ids are not kept across releases: import a second release with
// its own --namespace to keep its people apart. genome-*.csv files are not imported.
#include "CsvRecordReader.h"
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "MovieLensCommon.h"
#include "TextFields.h"

namespace kindred::import {

namespace {

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

class MovieLensCsvImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"movielens-csv", "MovieLens CSV (latest, latest-small, 20M, 25M)",
                "ratings.csv with movies.csv, tags.csv and links.csv from the same folder"};
    }

    int detect(const InputSet& inputs) const override {
        if (const auto ratings = inputs.find("ratings.csv");
            ratings && startsWith(firstLine(*ratings), "userId,movieId,rating"))
            return 95;
        if (const auto movies = inputs.find("movies.csv");
            movies && startsWith(firstLine(*movies), "movieId,title,genres"))
            return 90;
        return 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        auto ratingFile = inputs.find("ratings.csv");
        auto movieFile = inputs.find("movies.csv");
        // The other files live beside the one that was given.
        const auto anchor = ratingFile ? ratingFile : movieFile;
        const auto folder = anchor ? anchor->parent_path() : std::filesystem::path();
        auto locate = [&](const char* name) -> std::optional<std::filesystem::path> {
            if (auto found = inputs.find(name))
                return found;
            std::error_code ec;
            if (!folder.empty() && std::filesystem::exists(folder / name, ec))
                return folder / name;
            return std::nullopt;
        };
        ratingFile = locate("ratings.csv");
        movieFile = locate("movies.csv");
        const auto tagFile = locate("tags.csv");
        const auto linkFile = locate("links.csv");

        std::vector<std::filesystem::path> files;
        for (const auto& file : {ratingFile, movieFile, tagFile, linkFile})
            if (file)
                files.push_back(*file);

        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "movielens-csv";
        spec.scale = {0.5, 5};
        spec.userNamespace = "movielens";
        spec.userIds = spec.itemIds = IdSyntax::Integer;
        spec.declaredEncoding = TextEncoding::Utf8; // the READMEs say UTF-8
        sink.beginSource(spec, files);
        const DomainRef movies = sink.domain("movielens movies", "movie");

        if (!ratingFile && !movieFile)
            sink.fail(inputs.defaultSourceName(), 0, "no ratings.csv or movies.csv found");
        if (movieFile)
            readMovies(*movieFile, movies, sink);
        else
            sink.note("movies.csv not found: no titles or genres");
        if (ratingFile)
            readRatings(*ratingFile, movies, sink);
        else
            sink.note("ratings.csv not found: imported movies only, no ratings");
        if (tagFile)
            readTags(*tagFile, movies, sink);
        else
            sink.note("tags.csv not found: no tags");
        if (linkFile)
            readLinks(*linkFile, movies, sink);
        else
            sink.note("links.csv not found: no IMDb or TMDB links");
        if (locate("genome-scores.csv") || locate("genome-tags.csv"))
            sink.note("genome-scores.csv and genome-tags.csv are not imported");
    }

private:
    /// Reads the header and fails unless it starts with `expected` (comma-separated names).
    static void expectHeader(CsvRecordReader& csv, ImportSink& sink, std::string_view expected) {
        std::vector<std::string> names;
        const std::string& file = csv.lineReader().name();
        if (!csv.readHeader(names))
            sink.fail(file, 0, "file is empty");
        std::string found;
        for (const auto& name : names)
            found += (found.empty() ? "" : ",") + name;
        if (!startsWith(found, expected))
            sink.fail(file, 1,
                      "expected the header " + quoteForMessage(expected) + ", found " +
                          quoteForMessage(found));
    }

    /// The files are declared UTF-8: unless Latin-1 was chosen, invalid UTF-8 is a bad row. Checked
    /// here rather than in the sink so that the message names the line.
    static bool checkUtf8(ImportSink& sink, const CsvRecordReader& csv, const char* field,
                          std::string_view text) {
        if (sink.options().encoding == TextEncoding::Latin1 || isValidUtf8(text))
            return true;
        sink.reject(csv.where(), std::string(field) + " " + quoteForMessage(text) + " is not valid UTF-8");
        return false;
    }

    static void readMovies(const std::filesystem::path& file, DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        CsvRecordReader csv(reader, ',', sink);
        expectHeader(csv, sink, "movieId,title,genres");
        std::vector<std::string_view> fields, genres;
        while (csv.next(fields)) {
            if (fields.size() != 3) {
                sink.reject(csv.where(), "expected 3 fields (movieId,title,genres), found " +
                                             std::to_string(fields.size()));
                continue;
            }
            if (!checkUtf8(sink, csv, "title", fields[1]))
                continue;
            const auto item = sink.item(movies, fields[0], csv.where());
            if (!item)
                continue;
            sink.setTitle(*item, fields[1]);
            if (const auto year = movieLensYear(fields[1]))
                sink.setYear(*item, *year);
            splitPlain(fields[2], "|", genres);
            for (const auto genre : genres)
                if (!trim(genre).empty() && trim(genre) != "(no genres listed)")
                    sink.addGenre(*item, genre);
        }
    }

    static void readRatings(const std::filesystem::path& file, DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        CsvRecordReader csv(reader, ',', sink);
        expectHeader(csv, sink, "userId,movieId,rating");
        std::vector<std::string_view> fields;
        while (csv.next(fields))
            readSplitRating(reader, fields, movies, sink, 4,
                            "4 comma-separated fields (userId,movieId,rating,timestamp)");
        if (csv.records() == 0)
            sink.fail(reader.name(), 0, "file has a header but no ratings");
    }

    static void readTags(const std::filesystem::path& file, DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        CsvRecordReader csv(reader, ',', sink);
        expectHeader(csv, sink, "userId,movieId,tag");
        std::vector<std::string_view> fields;
        while (csv.next(fields)) {
            if (fields.size() != 4) {
                sink.reject(csv.where(), "expected 4 fields (userId,movieId,tag,timestamp), found " +
                                             std::to_string(fields.size()));
                continue;
            }
            if (trim(fields[2]).empty()) {
                sink.reject(csv.where(), "empty tag");
                continue;
            }
            if (!checkUtf8(sink, csv, "tag", fields[2]))
                continue;
            if (!trim(fields[3]).empty() && !parseInt64(fields[3])) {
                sink.reject(csv.where(), "timestamp " + quoteForMessage(fields[3]) + " is not a Unix time");
                continue;
            }
            // Each row is one application of the tag; the sink adds up repeated (movie, tag) pairs.
            if (const auto item = sink.item(movies, fields[1], csv.where()))
                sink.addTag(*item, fields[2], 1);
        }
    }

    static void readLinks(const std::filesystem::path& file, DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        CsvRecordReader csv(reader, ',', sink);
        expectHeader(csv, sink, "movieId,imdbId,tmdbId");
        std::vector<std::string_view> fields;
        while (csv.next(fields)) {
            if (fields.size() != 3) {
                sink.reject(csv.where(), "expected 3 fields (movieId,imdbId,tmdbId), found " +
                                             std::to_string(fields.size()));
                continue;
            }
            const auto badId = [&](std::string_view id) { return !trim(id).empty() && !parseInt64(id); };
            if (badId(fields[1]) || badId(fields[2])) {
                sink.reject(csv.where(), "imdbId " + quoteForMessage(fields[1]) + " or tmdbId " +
                                             quoteForMessage(fields[2]) + " is not a number");
                continue;
            }
            const auto item = sink.item(movies, fields[0], csv.where());
            if (!item)
                continue;
            // Empty ids (some movies have no TMDB entry) are skipped by the sink.
            sink.addLink(*item, "imdb", fields[1]);
            sink.addLink(*item, "tmdb", fields[2]);
        }
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeMovieLensCsvImporter() {
    return std::make_unique<MovieLensCsvImporter>();
}

} // namespace kindred::import
