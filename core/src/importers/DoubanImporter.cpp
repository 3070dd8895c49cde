// Douban (DTCDR / GA-DTCDR): douban_<medium>/ratings.dat, `user\titem\trating` (1..5), no header,
// no timestamp, no final newline. Every medium shares one user namespace ("douban"): the same id is
// the same person across books, music and movies. Item ids are numbered per medium.
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "MovieLensCommon.h"
#include "TextFields.h"

#include <cctype>

namespace kindred::import {

namespace {

struct DoubanMedium {
    const char* folder;
    const char* domain;
    const char* kind;
};
constexpr DoubanMedium kMedia[] = {{"douban_book", "douban books", "book"},
                                   {"douban_music", "douban music", "music"},
                                   {"douban_movie", "douban movies", "movie"}};

const DoubanMedium* mediumOf(const std::filesystem::path& file) {
    const auto folder = file.parent_path().filename().string();
    for (const auto& medium : kMedia)
        if (folder == medium.folder)
            return &medium;
    return nullptr;
}

class DoubanImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"douban", "Douban (DTCDR / GA-DTCDR)",
                "douban_book/, douban_music/, douban_movie/ folders with ratings.dat (user, item, rating); "
                "ratings_200000.dat only when given explicitly"};
    }

    int detect(const InputSet& inputs) const override { return ratingFiles(inputs).empty() ? 0 : 95; }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto files = ratingFiles(inputs);
        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "douban";
        spec.scale = {1, 5};
        spec.userNamespace = "douban";
        sink.beginSource(spec, files);
        if (files.empty())
            sink.fail(inputs.defaultSourceName(), 0,
                      "no ratings.dat inside douban_book/, douban_music/ or douban_movie/ folders");
        std::vector<std::string_view> fields;
        for (const auto& file : files) {
            const auto* medium = mediumOf(file);
            const DomainRef domain = sink.domain(medium->domain, medium->kind);
            LineReader reader(file);
            std::string_view line;
            bool any = false;
            while (reader.next(line)) {
                sink.progress(reader);
                if (trim(line).empty())
                    continue;
                any = true;
                sink.countRow();
                readTabRating(reader, line, fields, domain, sink);
            }
            if (!any)
                sink.fail(reader.name(), 0, "file is empty");
        }
    }

private:
    /// ratings.dat (or ratings_*.dat named explicitly) inside a douban_<medium> folder. When a
    /// folder was given, only ratings.dat: ratings_200000.dat is the unfiltered DTCDR book set and
    /// would duplicate it.
    static std::vector<std::filesystem::path> ratingFiles(const InputSet& inputs) {
        std::vector<std::filesystem::path> files;
        for (const auto& file : inputs.files()) {
            if (!mediumOf(file))
                continue;
            const auto name = file.filename().string();
            const bool explicitlyGiven = inputs.givenExplicitly(file);
            if (name == "ratings.dat" || (explicitlyGiven && name.rfind("ratings", 0) == 0 && name.ends_with(".dat")))
                files.push_back(file);
        }
        return files;
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeDoubanImporter() { return std::make_unique<DoubanImporter>(); }

} // namespace kindred::import
