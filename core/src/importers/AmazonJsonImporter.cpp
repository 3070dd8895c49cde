// Amazon review data (McAuley et al. 2014/2018), JSON lines: one object per line with
// reviewerID, asin, overall (1..5), optional unixReviewTime (else reviewTime "MM DD, YYYY"),
// summary and reviewText (stored as reviews); reviewerName, vote, style, image are not imported.
// One category per file: the domain comes from the file name (see AmazonDomains.h), else
// options.domain/domainKind, else "amazon <category>" of kind "other". Reviewers share the
// namespace "amazon" (one reviewer is one person across categories and Amazon TSV imports).
// Files: *.json and *.jsonl whose first object has reviewerID and asin (metadata files such as
// meta_Books.json are left out with a note). JSON is UTF-8 by definition.
#include "AmazonDomains.h"
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "LineReader.h"
#include "TextFields.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace kindred::import {

namespace {

using nlohmann::json;

bool hasJsonExtension(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    auto endsWith = [&](std::string_view suffix) {
        return name.size() >= suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return endsWith(".json") || endsWith(".jsonl") || endsWith(".JSON");
}

/// What the first line of a file says about it.
enum class FirstLine { Review, OtherJson, NotJson };

FirstLine classify(const std::filesystem::path& file) {
    // Not firstLine(): it cuts lines at 4 KiB, and a first review may be longer.
    std::string_view line;
    json first;
    try {
        LineReader reader(file);
        if (!reader.next(line))
            return FirstLine::NotJson;
        first = json::parse(line, nullptr, false);
    } catch (const std::exception&) {
        return FirstLine::NotJson;
    }
    if (first.is_discarded())
        return FirstLine::NotJson;
    return first.is_object() && first.contains("reviewerID") && first.contains("asin") ? FirstLine::Review
                                                                                       : FirstLine::OtherJson;
}

/// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, "
/// prefix (the line is ours, not the parser's), shortened for a report: "malformed JSON at column
/// 12: syntax error …", or "malformed JSON: number overflow parsing '1e400'".
std::string jsonProblem(const json::exception& error) {
    std::string text = error.what();
    if (const auto bracket = text.find("] ");
        text.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos)
        text.erase(0, bracket + 2);
    constexpr std::string_view kLineOne = "parse error at line 1, ";
    if (text.rfind(kLineOne, 0) == 0)
        text = " at " + text.substr(kLineOne.size());
    else
        text = ": " + text;
    if (text.size() > 160)
        text = text.substr(0, 160) + "…";
    return "malformed JSON" + text;
}

/// "09 13, 2009" (month day, year) → Unix seconds at midnight UTC.
std::optional<std::int64_t> parseReviewTime(const std::string& text) {
    int month = 0, day = 0, year = 0;
    if (std::sscanf(text.c_str(), "%d %d, %d", &month, &day, &year) != 3)
        return std::nullopt;
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    return parseDateTime(iso);
}

class AmazonJsonImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"amazon-json", "Amazon reviews (JSON lines)",
                "*.json / *.jsonl review files (reviewerID, asin, overall, reviewText, …), one category per "
                "file"};
    }

    int detect(const InputSet& inputs) const override {
        for (const auto& file : inputs.files())
            if (hasJsonExtension(file) && classify(file) == FirstLine::Review)
                return 95;
        return 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        std::vector<std::filesystem::path> files;
        std::string ignored;
        for (const auto& file : inputs.files()) {
            // A first line that is not JSON at all is reported as a bad row, not skipped.
            if (hasJsonExtension(file) && classify(file) != FirstLine::OtherJson)
                files.push_back(file);
            else
                ignored += (ignored.empty() ? "" : ", ") + file.filename().string();
        }
        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "amazon-json";
        spec.scale = {1, 5};
        spec.userNamespace = "amazon";
        spec.declaredEncoding = TextEncoding::Utf8;
        sink.beginSource(spec, files);

        if (files.empty())
            sink.fail(inputs.defaultSourceName(), 0,
                      "no .json or .jsonl review file found (compressed .json.gz files must be decompressed "
                      "first)");
        if (!ignored.empty())
            sink.note("files not imported: " + ignored);
        for (const auto& file : files)
            readReviews(file, domainFor(file, sink), sink);
    }

private:
    static DomainRef domainFor(const std::filesystem::path& file, ImportSink& sink) {
        const std::string name = file.filename().string();
        if (const auto known = knownAmazonDomain(name))
            return sink.domain(known->name, known->kind);
        const ImportOptions& options = sink.options();
        const std::string kind = options.domainKind.empty() ? "other" : options.domainKind;
        return sink.domain(options.domain.empty() ? "amazon " + amazonCategory(name) : options.domain, kind);
    }

    /// A string member, or nullopt (after a bad row when `required`) when missing or not a string.
    static std::optional<std::string> stringField(const json& review, const char* name, bool required,
                                                  const LineReader& reader, ImportSink& sink) {
        const auto found = review.find(name);
        if (found != review.end() && found->is_string())
            return found->get<std::string>();
        if (required)
            sink.reject(at(reader), found == review.end()
                                        ? std::string("missing field ") + name
                                        : std::string("field ") + name + " is not a string");
        return std::nullopt;
    }

    static void readReviews(const std::filesystem::path& file, DomainRef domain, ImportSink& sink) {
        LineReader reader(file);
        std::string_view line;
        bool any = false;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            any = true;
            sink.countRow();
            json review;
            try {
                review = json::parse(line);
            } catch (const json::exception& error) { // syntax errors, numbers out of range
                sink.reject(at(reader), jsonProblem(error));
                continue;
            }
            if (!review.is_object()) {
                sink.reject(at(reader), std::string("expected a JSON object, found ") + review.type_name());
                continue;
            }
            const auto reviewer = stringField(review, "reviewerID", true, reader, sink);
            if (!reviewer)
                continue;
            const auto asin = stringField(review, "asin", true, reader, sink);
            if (!asin)
                continue;
            const auto overall = review.find("overall");
            if (overall == review.end() || !overall->is_number()) {
                sink.reject(at(reader), overall == review.end() ? "missing field overall"
                                                                : "field overall is not a number: " +
                                                                      quoteForMessage(overall->dump()));
                continue;
            }
            std::optional<std::int64_t> timestamp;
            if (const auto time = review.find("unixReviewTime");
                time != review.end() && time->is_number_integer())
                timestamp = time->get<std::int64_t>();
            else if (const auto date = stringField(review, "reviewTime", false, reader, sink))
                timestamp = parseReviewTime(*date);

            const auto user = sink.user(*reviewer, at(reader));
            if (!user)
                continue;
            const auto item = sink.item(domain, *asin, at(reader));
            if (!item)
                continue;
            if (!sink.rating(at(reader), *user, *item, overall->get<double>(), timestamp))
                continue;
            const auto text = stringField(review, "reviewText", false, reader, sink);
            if (text && !trim(*text).empty())
                sink.review(*user, *item, stringField(review, "summary", false, reader, sink).value_or(""),
                            *text, timestamp);
        }
        if (!any)
            sink.fail(reader.name(), 0, "file is empty");
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeAmazonJsonImporter() {
    return std::make_unique<AmazonJsonImporter>();
}

} // namespace kindred::import
