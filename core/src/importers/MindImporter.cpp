// MIND (Microsoft News): behaviors.tsv (ImpressionID, UserID, Time "11/15/2019 8:55:22 AM",
// History = space-separated clicked news ids, Impressions = "N123-1 N456-0") and news.tsv
// (NewsID, Category, SubCategory, Title, Abstract, URL, TitleEntities, AbstractEntities). No headers.
//
// Implicit feedback in one domain ("mind news", namespace "mind"): a history entry is a click
// (value 1, no time); an impression "-1" a click at the impression time (value 1); "-0" an item
// shown but not clicked (value 0, at the impression time). News ids that behaviors.tsv refers to
// but news.tsv lacks are created without metadata and counted in a note.
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <algorithm>
#include <unordered_set>

namespace kindred::import {

namespace {

/// One impression entry "N123-1": the news id and whether it was clicked.
struct Impression {
    std::string_view news;
    bool clicked = false;
};

/// Parses "NEWSID-0" / "NEWSID-1"; nullopt when malformed.
std::optional<Impression> parseImpression(std::string_view entry) {
    const auto dash = entry.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 2 != entry.size())
        return std::nullopt;
    const char label = entry.back();
    if (label != '0' && label != '1')
        return std::nullopt;
    return Impression{entry.substr(0, dash), label == '1'};
}

/// The space-separated tokens of `text` (runs of spaces give no empty tokens).
void splitWords(std::string_view text, std::vector<std::string_view>& words) {
    words.clear();
    splitPlain(trim(text), " ", words);
    std::erase_if(words, [](std::string_view word) { return word.empty(); });
}

/// True for a behaviors line: 5 tab-separated fields whose last one is "N…-0/1" entries.
bool looksLikeBehaviors(std::string_view line) {
    std::vector<std::string_view> fields, entries;
    splitPlain(line, "\t", fields);
    if (fields.size() != 5)
        return false;
    splitWords(fields[4], entries);
    return !entries.empty() && std::all_of(entries.begin(), entries.end(), [](std::string_view entry) {
        return entry.front() == 'N' && parseImpression(entry).has_value();
    });
}

class MindImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"mind", "MIND (Microsoft News)",
                "behaviors.tsv (clicks and impressions) with news.tsv (titles, abstracts, categories)"};
    }

    int detect(const InputSet& inputs) const override {
        if (behaviorsFile(inputs))
            return 95;
        const auto news = inputs.find("news.tsv");
        const auto record = news ? firstLine(*news) : std::string(); // no header: a news record
        return std::count(record.begin(), record.end(), '\t') == 7 ? 95 : 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto behaviors = behaviorsFile(inputs);
        const auto news = inputs.find("news.tsv");
        std::vector<std::filesystem::path> files;
        for (const auto& file : {behaviors, news})
            if (file)
                files.push_back(*file);
        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "mind";
        spec.isExplicit = false;
        spec.userNamespace = "mind";
        sink.beginSource(spec, files);
        if (!behaviors)
            sink.fail(inputs.defaultSourceName(), 0, "behaviors.tsv not found: MIND needs the click log");
        const DomainRef domain = sink.domain("mind news", "news");

        std::unordered_set<ItemRef> described;
        if (news)
            readNews(*news, domain, sink, described);
        else
            sink.note("news.tsv not found: news items have no titles, abstracts or categories");

        const auto referenced = readBehaviors(*behaviors, domain, sink);
        std::size_t undescribed = 0;
        for (const auto item : referenced)
            undescribed += described.count(item) == 0;
        if (undescribed > 0)
            sink.note(std::to_string(undescribed) + " news ids in " + behaviors->filename().string() +
                      " are not in news.tsv: imported without title or category");
    }

private:
    /// behaviors.tsv by name, else the first .tsv file whose first line has the behaviors shape.
    static std::optional<std::filesystem::path> behaviorsFile(const InputSet& inputs) {
        if (auto named = inputs.find("behaviors.tsv"))
            return named;
        for (const auto& file : inputs.endingWith(".tsv"))
            if (looksLikeBehaviors(firstLine(file)))
                return file;
        return std::nullopt;
    }

    static void readNews(const std::filesystem::path& file, DomainRef domain, ImportSink& sink,
                         std::unordered_set<ItemRef>& described) {
        LineReader reader(file);
        std::string_view line;
        std::vector<std::string_view> fields;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            sink.countRow();
            splitPlain(line, "\t", fields);
            if (fields.size() != 8) {
                sink.reject(at(reader), "expected 8 tab-separated fields (id, category, subcategory, title, "
                                        "abstract, url, title entities, abstract entities), found " +
                                            std::to_string(fields.size()));
                continue;
            }
            const auto item = sink.item(domain, fields[0], at(reader));
            if (!item)
                continue;
            described.insert(*item);
            sink.addGenre(*item, fields[1]);
            sink.addGenre(*item, fields[2]);
            sink.setTitle(*item, fields[3]);
            sink.setText(*item, fields[4]);
            sink.addLink(*item, "url", fields[5]);
        }
    }

    /// Records every click and impression; returns the items referenced.
    static std::unordered_set<ItemRef> readBehaviors(const std::filesystem::path& file, DomainRef domain,
                                                     ImportSink& sink) {
        std::unordered_set<ItemRef> referenced;
        LineReader reader(file);
        std::string_view line;
        std::vector<std::string_view> fields, history, entries;
        std::vector<Impression> impressions;
        bool any = false;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            any = true;
            sink.countRow();
            splitPlain(line, "\t", fields);
            if (fields.size() != 5) {
                sink.reject(at(reader),
                            "expected 5 tab-separated fields (impression id, user, time, history, "
                            "impressions), found " +
                                std::to_string(fields.size()));
                continue;
            }
            const auto time = parseDateTime(fields[2]);
            if (!time) {
                sink.reject(at(reader),
                            "time " + quoteForMessage(fields[2]) + " is not like 11/15/2019 8:55:22 AM");
                continue;
            }
            // The whole row is checked before anything is recorded: a bad row leaves nothing behind.
            splitWords(fields[3], history);
            splitWords(fields[4], entries);
            impressions.clear();
            for (const auto entry : entries) {
                const auto impression = parseImpression(entry);
                if (!impression) {
                    impressions.clear();
                    sink.reject(at(reader),
                                "impression " + quoteForMessage(entry) + " is not NEWSID-0 or NEWSID-1");
                    break;
                }
                impressions.push_back(*impression);
            }
            if (impressions.size() != entries.size())
                continue;
            const auto user = sink.user(fields[1], at(reader));
            if (!user)
                continue;
            for (const auto news : history)
                if (const auto item = sink.item(domain, news, at(reader))) {
                    referenced.insert(*item);
                    sink.rating(at(reader), *user, *item, 1, std::nullopt, 1, 1.0);
                }
            for (const auto& impression : impressions)
                if (const auto item = sink.item(domain, impression.news, at(reader))) {
                    referenced.insert(*item);
                    const double clicked = impression.clicked ? 1.0 : 0.0;
                    sink.rating(at(reader), *user, *item, clicked, *time, 1, clicked);
                }
        }
        if (!any)
            sink.fail(reader.name(), 0, "file is empty: expected impression lines");
        return referenced;
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeMindImporter() {
    return std::make_unique<MindImporter>();
}

} // namespace kindred::import
