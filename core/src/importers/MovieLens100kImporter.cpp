// MovieLens 100K: u.data (user \t item \t rating \t unix time), u.item (ISO-8859-1, '|' separated,
// 19 genre flags), u.genre, u.user (id|age|gender|occupation|zip). Ratings 1..5.
// Also reads the official splits (u1.base, ua.test, ...) when they are given instead of u.data.
#include "DataLines.h"
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "MovieLensCommon.h"
#include "TextFields.h"

namespace kindred::import {

namespace {

const char* const kDefaultGenres[] = {"unknown", "Action", "Adventure", "Animation", "Children's", "Comedy",
                                      "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror",
                                      "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"};

class MovieLens100kImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"movielens-100k", "MovieLens 100K",
                "u.data (or u1.base, ua.test, …) with u.item, u.genre and u.user from the same folder"};
    }

    int detect(const InputSet& inputs) const override {
        const bool item = inputs.find("u.item").has_value();
        if (inputs.find("u.data") && item)
            return 95;
        if (item && (!inputs.endingWith(".base").empty() || !inputs.endingWith(".test").empty()))
            return 85;
        return 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        std::vector<std::filesystem::path> ratingFiles;
        if (auto data = inputs.find("u.data"))
            ratingFiles.push_back(*data);
        else {
            ratingFiles = inputs.endingWith(".base");
            for (auto& test : inputs.endingWith(".test"))
                ratingFiles.push_back(test);
        }
        // Metadata lives beside the rating file even when only that file was given.
        const auto folder = ratingFiles.empty() ? std::filesystem::path() : ratingFiles.front().parent_path();
        auto sibling = [&](const char* name) -> std::optional<std::filesystem::path> {
            if (auto found = inputs.find(name))
                return found;
            std::error_code ec;
            if (!folder.empty() && std::filesystem::exists(folder / name, ec))
                return folder / name;
            return std::nullopt;
        };
        const auto itemFile = sibling("u.item");
        const auto userFile = sibling("u.user");
        const auto genreFile = sibling("u.genre");

        std::vector<std::filesystem::path> files = ratingFiles;
        for (const auto& extra : {itemFile, userFile, genreFile})
            if (extra)
                files.push_back(*extra);

        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "movielens-100k";
        spec.scale = {1, 5};
        spec.userNamespace = "movielens-100k";
        spec.userIds = spec.itemIds = IdSyntax::Integer;
        spec.declaredEncoding = TextEncoding::Latin1;
        sink.beginSource(spec, files);
        const DomainRef movies = sink.domain("ml-100k movies", "movie");

        if (ratingFiles.empty())
            sink.fail(inputs.defaultSourceName(), 0, "no u.data or u*.base/u*.test rating file found");

        std::vector<std::string> genres(std::begin(kDefaultGenres), std::end(kDefaultGenres));
        if (genreFile)
            genres = readGenreNames(*genreFile, sink);
        if (itemFile)
            readItems(*itemFile, genres, movies, sink);
        if (userFile)
            readUsers(*userFile, sink);
        else
            sink.note("u.user not found: no demographics");
        for (const auto& file : ratingFiles)
            readRatings(file, movies, sink);
    }

private:
    static std::vector<std::string> readGenreNames(const std::filesystem::path& file, ImportSink& sink) {
        std::vector<std::string> names;
        LineReader reader(file);
        std::string_view line;
        std::vector<std::string_view> fields;
        while (reader.next(line)) {
            if (trim(line).empty())
                continue;
            splitPlain(line, "|", fields);
            const auto index = fields.size() == 2 ? parseInt64(fields[1]) : std::nullopt;
            if (!index || *index < 0 || *index > 100)
                sink.fail(reader.name(), reader.lineNumber(), "expected 'genre|index'");
            if (names.size() <= std::size_t(*index))
                names.resize(std::size_t(*index) + 1);
            names[std::size_t(*index)] = std::string(trim(fields[0]));
        }
        return names;
    }

    static void readItems(const std::filesystem::path& file, const std::vector<std::string>& genres,
                          DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        std::string_view line;
        std::vector<std::string_view> fields;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            sink.countRow();
            splitPlain(line, "|", fields);
            if (fields.size() != 5 + genres.size()) {
                sink.reject(at(reader), "expected " + std::to_string(5 + genres.size()) + " '|'-separated fields, found " +
                                           std::to_string(fields.size()));
                continue;
            }
            const auto item = sink.item(movies, fields[0], at(reader));
            if (!item)
                continue;
            sink.setTitle(*item, fields[1]);
            if (auto year = movieLensYear(fields[1], fields[2]))
                sink.setYear(*item, *year);
            for (std::size_t g = 0; g < genres.size(); ++g)
                if (trim(fields[5 + g]) == "1")
                    sink.addGenre(*item, genres[g]);
        }
    }

    static void readUsers(const std::filesystem::path& file, ImportSink& sink) {
        LineReader reader(file);
        std::string_view line;
        std::vector<std::string_view> fields;
        while (reader.next(line)) {
            if (trim(line).empty())
                continue;
            sink.countRow();
            splitPlain(line, "|", fields);
            if (fields.size() != 5) {
                sink.reject(at(reader), "expected 5 '|'-separated fields (id|age|gender|occupation|zip), found " +
                                           std::to_string(fields.size()));
                continue;
            }
            const auto age = parseInt64(fields[1]);
            if (!age || *age < 0 || *age > 130) {
                sink.reject(at(reader), "age " + quoteForMessage(fields[1]) + " is not a number within 0..130");
                continue;
            }
            if (const auto user = sink.user(fields[0], at(reader)))
                sink.setDemographics(*user, int(*age), fields[2], fields[3], fields[4]);
        }
    }

    static void readRatings(const std::filesystem::path& file, DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        std::vector<std::string_view> fields;
        forEachRequiredDataLine(reader, sink, "file is empty",
                                [&](std::string_view line) { readTabRating(reader, line, fields, movies, sink, 4); });
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeMovieLens100kImporter() { return std::make_unique<MovieLens100kImporter>(); }

} // namespace kindred::import
