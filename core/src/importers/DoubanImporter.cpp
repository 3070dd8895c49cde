// Douban (DTCDR / GA-DTCDR): douban_<medium>/ratings.dat, `user\titem\trating` (integer 1..5), no
// header, no timestamp, no final newline. Every medium shares one user namespace ("douban"): the
// same id is the same person across books, music and movies. Item ids are numbered per medium.
//
// Files read: every douban_<medium>/ratings.dat found in the inputs. ratings_200000.dat (the
// unfiltered DTCDR book set, a superset of douban_book/ratings.dat) only when given as a file.
#include "DataLines.h"
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "MovieLensCommon.h"
#include "TextFields.h"

#include <algorithm>

namespace kindred::import {

namespace {

struct DoubanSource {
    std::string_view folder;
    std::string_view domain;
    std::string_view kind;
};
constexpr DoubanSource kSources[] = {{"douban_book", "douban books", "book"},
                                   {"douban_music", "douban music", "music"},
                                   {"douban_movie", "douban movies", "movie"}};

/// The medium of a file from its folder name, or null outside a douban_<medium> folder.
const DoubanSource* sourceOf(const std::filesystem::path& file) {
    const auto folder = file.parent_path().filename().string();
    for (const auto& source : kSources)
        if (folder == source.folder)
            return &source;
    return nullptr;
}

class DoubanImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"douban", "Douban (DTCDR / GA-DTCDR)",
                "douban_book/, douban_music/ and douban_movie/ folders with ratings.dat (user, item, "
                "rating 1..5); ratings_200000.dat only when given as a file"};
    }

    int detect(const InputSet& inputs) const override { return ratingFiles(inputs).empty() ? 0 : 95; }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto files = ratingFiles(inputs);
        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "douban";
        spec.scale = {1, 5};
        spec.userNamespace = "douban";
        spec.userIds = spec.itemIds = IdSyntax::Integer;
        sink.beginSource(spec, files);
        if (files.empty())
            sink.fail(inputs.defaultSourceName(), 0,
                      "no ratings.dat inside a douban_book/, douban_music/ or douban_movie/ folder");

        for (const auto& file : files)
            readRatings(file, *sourceOf(file), sink);
        for (const auto& source : kSources)
            if (std::none_of(files.begin(), files.end(),
                             [&](const auto& file) { return sourceOf(file) == &source; }))
                sink.note(std::string(source.folder) + "/ratings.dat not found: no " +
                          std::string(source.domain));
    }

private:
    /// Rating files inside douban_<medium> folders: ratings.dat, and ratings_*.dat given as a file.
    static std::vector<std::filesystem::path> ratingFiles(const InputSet& inputs) {
        std::vector<std::filesystem::path> files;
        for (const auto& file : inputs.files()) {
            if (!sourceOf(file))
                continue;
            const auto name = file.filename().string();
            const bool variant = name.starts_with("ratings_") && name.ends_with(".dat");
            if (name == "ratings.dat" || (variant && inputs.givenExplicitly(file)))
                files.push_back(file);
        }
        return files;
    }

    static void readRatings(const std::filesystem::path& file, const DoubanSource& source, ImportSink& sink) {
        const DomainRef domain = sink.domain(source.domain, source.kind);
        LineReader reader(file);
        std::vector<std::string_view> fields;
        forEachRequiredDataLine(reader, sink, "file is empty: expected user, item, rating lines", [&](std::string_view line) {
            splitPlain(line, "\t", fields);
            if (fields.size() != 3)
                sink.reject(at(reader), "expected 3 tab-separated fields (user, item, rating), found " +
                                            std::to_string(fields.size()));
            else if (!parseInt64(fields[2]))
                sink.reject(at(reader), "rating " + quoteForMessage(fields[2]) + " is not a whole number 1..5");
            else
                readSplitRating(reader, fields, domain, sink, 3, "user, item, rating"); // scale and ids
        });
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeDoubanImporter() {
    return std::make_unique<DoubanImporter>();
}

} // namespace kindred::import
