// Amazon rating TSV (the Amazon-KG derived "dense subset": Amazon-Books-Dense.inter,
// Amazon-Movies-Dense.inter): the untyped header `user_id\titem_id\trating`, then
// reviewer \t ASIN \t rating (floats 1.0..5.0), no timestamp. One category per file; the domain
// comes from the file name (see AmazonDomains.h), else options.domain/domainKind. Reviewers share
// the namespace "amazon", so one reviewer is one person across categories (and Amazon JSON imports).
#include "AmazonDomains.h"
#include "DataLines.h"
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "MovieLensCommon.h"
#include "TextFields.h"

#include <cctype>

namespace kindred::import {

namespace {

constexpr std::string_view kHeader = "user_id\titem_id\trating";

bool isAmazonTsv(const std::filesystem::path& file) {
    std::string extension = file.extension().string();
    for (char& c : extension)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return (extension == ".inter" || extension == ".tsv") && trim(firstLine(file)) == kHeader;
}

class AmazonTsvImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"amazon-tsv", "Amazon ratings TSV (user_id, item_id, rating)",
                ".inter/.tsv files with the header user_id, item_id, rating; one category per file"};
    }

    int detect(const InputSet& inputs) const override {
        // Above RecBole (90), which claims typed .inter headers only.
        for (const auto& file : inputs.files())
            if (isAmazonTsv(file))
                return 92;
        return 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        std::vector<std::filesystem::path> files;
        std::string ignored;
        for (const auto& file : inputs.files()) {
            if (isAmazonTsv(file))
                files.push_back(file);
            else
                ignored += (ignored.empty() ? "" : ", ") + file.filename().string();
        }
        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "amazon-tsv";
        spec.scale = {1, 5};
        spec.userNamespace = "amazon";
        sink.beginSource(spec, files);

        if (files.empty())
            sink.fail(inputs.defaultSourceName(), 0,
                      "no .inter or .tsv file with the header 'user_id<TAB>item_id<TAB>rating' found");
        if (!ignored.empty())
            sink.note("files not imported: " + ignored);
        for (const auto& file : files)
            readRatings(file, domainFor(file, sink), sink);
    }

private:
    static DomainRef domainFor(const std::filesystem::path& file, ImportSink& sink) {
        if (const auto known = knownAmazonDomain(file.filename().string()))
            return sink.domain(known->name, known->kind);
        const ImportOptions& options = sink.options();
        if (options.domain.empty())
            sink.fail(displayName(file), 0,
                      "cannot tell the category from the file name (Books, Movies, Music, …): "
                      "choose a domain for it");
        return sink.domain(options.domain, options.domainKind.empty() ? "other" : options.domainKind);
    }

    static void readRatings(const std::filesystem::path& file, DomainRef domain, ImportSink& sink) {
        LineReader reader(file);
        std::string_view line;
        reader.next(line); // the header, checked by isAmazonTsv()
        std::vector<std::string_view> fields;
        forEachRequiredDataLine(reader, sink, "file has a header but no ratings",
                                [&](std::string_view row) { readTabRating(reader, row, fields, domain, sink, 3); });
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeAmazonTsvImporter() {
    return std::make_unique<AmazonTsvImporter>();
}

} // namespace kindred::import
