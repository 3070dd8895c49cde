// MovieLens 1M: ratings.dat (UserID::MovieID::Rating::Timestamp, whole stars 1..5),
// movies.dat (MovieID::Title::Genres, ISO-8859-1, genres '|'-separated) and users.dat
// (UserID::Gender::Age::Occupation::Zip-code). Age is one of the README's bucket codes
// (1 = "Under 18", 18 = "18-24", …, 56 = "56+") and is stored as that code, not as a real age;
// Occupation is a code 0..20, stored as the README's name for it.
// Without ratings.dat (our copy lacks it) movies and users are imported and the report says so.
#include "DataLines.h"
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "MovieLensCommon.h"
#include "TextFields.h"

#include <algorithm>
#include <array>

namespace kindred::import {

namespace {

constexpr std::array<int, 7> kAgeCodes = {1, 18, 25, 35, 45, 50, 56};

constexpr std::array<const char*, 21> kOccupations = {"other",
                                                      "academic/educator",
                                                      "artist",
                                                      "clerical/admin",
                                                      "college/grad student",
                                                      "customer service",
                                                      "doctor/health care",
                                                      "executive/managerial",
                                                      "farmer",
                                                      "homemaker",
                                                      "K-12 student",
                                                      "lawyer",
                                                      "programmer",
                                                      "retired",
                                                      "sales/marketing",
                                                      "scientist",
                                                      "self-employed",
                                                      "technician/engineer",
                                                      "tradesman/craftsman",
                                                      "unemployed",
                                                      "writer"};

bool hasDoubleColons(const std::filesystem::path& file) {
    return firstLine(file).find("::") != std::string::npos;
}

class MovieLens1mImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {
            "movielens-1m", "MovieLens 1M",
            "ratings.dat, movies.dat and users.dat ('::'-separated); movies and users alone are accepted"};
    }

    int detect(const InputSet& inputs) const override {
        const auto movies = inputs.find("movies.dat");
        if (movies && hasDoubleColons(*movies) && inputs.find("users.dat"))
            return 95;
        const auto ratings = inputs.find("ratings.dat");
        if (ratings && hasDoubleColons(*ratings))
            return 85;
        return 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        auto ratingFile = inputs.find("ratings.dat");
        auto movieFile = inputs.find("movies.dat");
        auto userFile = inputs.find("users.dat");
        // The other files live beside whichever one was given.
        const auto anchor = ratingFile ? ratingFile : movieFile ? movieFile : userFile;
        const auto folder = anchor ? anchor->parent_path() : std::filesystem::path();
        auto sibling = [&](std::optional<std::filesystem::path>& file, const char* name) {
            std::error_code ec;
            if (!file && !folder.empty() && std::filesystem::exists(folder / name, ec))
                file = folder / name;
        };
        sibling(ratingFile, "ratings.dat");
        sibling(movieFile, "movies.dat");
        sibling(userFile, "users.dat");

        std::vector<std::filesystem::path> files;
        for (const auto& file : {ratingFile, movieFile, userFile})
            if (file)
                files.push_back(*file);

        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "movielens-1m";
        spec.scale = {1, 5};
        spec.userNamespace = "movielens-1m";
        spec.userIds = spec.itemIds = IdSyntax::Integer;
        spec.declaredEncoding = TextEncoding::Latin1; // movies.dat titles
        sink.beginSource(spec, files);
        const DomainRef movies = sink.domain("ml-1m movies", "movie");

        if (files.empty())
            sink.fail(inputs.defaultSourceName(), 0, "no ratings.dat, movies.dat or users.dat found");
        if (movieFile)
            readMovies(*movieFile, movies, sink);
        else
            sink.note("movies.dat not found: no titles or genres");
        if (userFile)
            readUsers(*userFile, sink);
        else
            sink.note("users.dat not found: no demographics");
        if (ratingFile)
            readRatings(*ratingFile, movies, sink);
        else
            sink.note("ratings.dat not found: imported movies and users only, no ratings");
    }

private:
    static void readMovies(const std::filesystem::path& file, DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        std::string_view line;
        std::vector<std::string_view> genres;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            sink.countRow();
            if (sink.options().encoding == TextEncoding::Utf8 && !isValidUtf8(line)) {
                sink.reject(at(reader), "line is not valid UTF-8 (movies.dat is ISO-8859-1)");
                continue;
            }
            // The title sits between the first and the last "::", so a title holding "::" survives.
            const auto first = line.find("::");
            const auto last = line.rfind("::");
            if (first == std::string_view::npos || first == last) {
                sink.reject(at(reader), "expected 3 '::'-separated fields (MovieID::Title::Genres)");
                continue;
            }
            const auto item = sink.item(movies, line.substr(0, first), at(reader));
            if (!item)
                continue;
            const auto title = line.substr(first + 2, last - first - 2);
            sink.setTitle(*item, title); // the sink converts the Latin-1 text
            if (const auto year = movieLensYear(title))
                sink.setYear(*item, *year);
            splitPlain(line.substr(last + 2), "|", genres);
            for (const auto genre : genres)
                if (!trim(genre).empty())
                    sink.addGenre(*item, genre);
        }
    }

    static void readUsers(const std::filesystem::path& file, ImportSink& sink) {
        LineReader reader(file);
        std::string_view line;
        std::vector<std::string_view> fields;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            sink.countRow();
            splitPlain(line, "::", fields);
            if (fields.size() != 5) {
                sink.reject(at(reader),
                            "expected 5 '::'-separated fields (UserID::Gender::Age::Occupation::Zip-code), "
                            "found " +
                                std::to_string(fields.size()));
                continue;
            }
            const auto age = parseInt64(fields[2]);
            if (!age || std::find(kAgeCodes.begin(), kAgeCodes.end(), *age) == kAgeCodes.end()) {
                sink.reject(at(reader), "age " + quoteForMessage(fields[2]) +
                                            " is not a MovieLens 1M age code (1, 18, 25, 35, 45, 50 or 56)");
                continue;
            }
            const auto occupation = parseInt64(fields[3]);
            if (!occupation || *occupation < 0 || *occupation >= std::int64_t(kOccupations.size())) {
                sink.reject(at(reader),
                            "occupation " + quoteForMessage(fields[3]) + " is not a code within 0..20");
                continue;
            }
            if (const auto user = sink.user(fields[0], at(reader)))
                sink.setDemographics(*user, int(*age), fields[1], kOccupations[std::size_t(*occupation)],
                                     fields[4]);
        }
    }

    static void readRatings(const std::filesystem::path& file, DomainRef movies, ImportSink& sink) {
        LineReader reader(file);
        std::vector<std::string_view> fields;
        forEachRequiredDataLine(reader, sink, "file is empty", [&](std::string_view line) {
            splitPlain(line, "::", fields);
            readSplitRating(reader, fields, movies, sink, 4, "4 '::'-separated fields (UserID::MovieID::Rating::Timestamp)");
        });
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeMovieLens1mImporter() {
    return std::make_unique<MovieLens1mImporter>();
}

} // namespace kindred::import
