// MIND (Microsoft News): behaviors.tsv (ImpressionID, UserID, Time "11/15/2019 8:55:22 AM",
// History = space-separated clicked news ids, Impressions = "N123-1 N456-0") and news.tsv
// (NewsID, Category, SubCategory, Title, Abstract, URL, TitleEntities, AbstractEntities).
// Implicit: a history entry is a click (value 1, no time); an impression "-1" a click at the
// impression time (value 1); "-0" shown but not clicked (value 0).
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <algorithm>
#include <unordered_set>

namespace kindred::import {

namespace {

class MindImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"mind", "MIND (Microsoft News)", "behaviors.tsv (clicks and impressions) with news.tsv (titles, "
                                                 "abstracts, categories)"};
    }

    int detect(const InputSet& inputs) const override {
        if (inputs.find("behaviors.tsv"))
            return 95;
        const auto news = inputs.find("news.tsv");
        if (!news)
            return 0;
        const auto header = firstLine(*news);
        return std::count(header.begin(), header.end(), '\t') == 7 ? 70 : 0;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto behaviors = inputs.find("behaviors.tsv");
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
        spec.declaredEncoding = TextEncoding::Utf8;
        sink.beginSource(spec, files);
        if (!behaviors)
            sink.fail(inputs.defaultSourceName(), 0, "behaviors.tsv not found");
        const DomainRef domain = sink.domain("mind news", "news");

        std::unordered_set<ItemRef> described;
        if (news)
            readNews(*news, domain, sink, described);
        else
            sink.note("news.tsv not found: news items have no titles");

        std::unordered_set<ItemRef> referenced;
        LineReader reader(*behaviors);
        std::string_view line;
        std::vector<std::string_view> fields, entries;
        bool any = false;
        while (reader.next(line)) {
            sink.progress(reader);
            if (trim(line).empty())
                continue;
            any = true;
            sink.countRow();
            splitPlain(line, "\t", fields);
            if (fields.size() != 5) {
                sink.reject(at(reader), "expected 5 tab-separated fields (impression, user, time, history, "
                                        "impressions), found " + std::to_string(fields.size()));
                continue;
            }
            const auto time = parseDateTime(fields[2]);
            if (!time) {
                sink.reject(at(reader), "time " + quoteForMessage(fields[2]) + " is not like 11/15/2019 8:55:22 AM");
                continue;
            }
            const auto user = sink.user(fields[1], at(reader));
            if (!user)
                continue;
            splitPlain(trim(fields[3]), " ", entries);
            for (const auto entry : entries) {
                if (trim(entry).empty())
                    continue;
                if (const auto item = sink.item(domain, entry, at(reader))) {
                    referenced.insert(*item);
                    sink.rating(at(reader), *user, *item, 1, std::nullopt, 1, 1.0);
                }
            }
            splitPlain(trim(fields[4]), " ", entries);
            for (const auto entry : entries) {
                if (trim(entry).empty())
                    continue;
                const auto dash = entry.rfind('-');
                const auto label = dash == std::string_view::npos ? std::string_view() : entry.substr(dash + 1);
                if (label != "0" && label != "1") {
                    sink.reject(at(reader), "impression " + quoteForMessage(entry) + " is not NEWSID-0 or NEWSID-1");
                    break;
                }
                if (const auto item = sink.item(domain, entry.substr(0, dash), at(reader))) {
                    referenced.insert(*item);
                    const double clicked = label == "1" ? 1.0 : 0.0;
                    sink.rating(at(reader), *user, *item, clicked, time, 1, clicked);
                }
            }
        }
        if (!any)
            sink.fail(reader.name(), 0, "file is empty");
        std::size_t undescribed = 0;
        for (const auto item : referenced)
            undescribed += described.count(item) == 0;
        if (undescribed > 0)
            sink.note(std::to_string(undescribed) + " news ids in behaviors.tsv are not in news.tsv: imported "
                                                    "without title or category");
    }

private:
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
                                        "abstract, url, entities, entities), found " + std::to_string(fields.size()));
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
};

} // namespace

std::unique_ptr<DatasetImporter> makeMindImporter() { return std::make_unique<MindImporter>(); }

} // namespace kindred::import
