// Last.fm HetRec 2011 (hetrec2011-lastfm-2k): user_artists.dat (userID, artistID, play count:
// implicit weights), artists.dat (id, name, url, pictureURL), tags.dat + user_taggedartists.dat
// (tag assignments → item tags), user_friends.dat (friendships → user links). Tab-separated with
// a header; CRLF except artists.dat (LineReader handles both).
#include "DatasetImporter.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <unordered_map>

namespace kindred::import {

namespace {

/// Calls `row(fields, reader)` for every data line of a headed TSV file with `columns` fields;
/// other lines are bad rows. Returns the number of data lines.
template <class Row>
std::uint64_t forEachRow(const std::filesystem::path& file, std::size_t columns, ImportSink& sink, Row&& row) {
    LineReader reader(file);
    std::string_view line;
    std::vector<std::string_view> fields;
    if (!reader.next(line))
        sink.fail(reader.name(), 0, "file is empty");
    std::uint64_t rows = 0;
    while (reader.next(line)) {
        sink.progress(reader);
        if (trim(line).empty())
            continue;
        sink.countRow();
        ++rows;
        splitPlain(line, "\t", fields);
        if (fields.size() != columns) {
            sink.reject(at(reader), "expected " + std::to_string(columns) + " tab-separated fields, found " +
                                        std::to_string(fields.size()));
            continue;
        }
        row(fields, reader);
    }
    return rows;
}

class LastfmImporter final : public DatasetImporter {
public:
    FormatInfo info() const override {
        return {"lastfm-hetrec2011", "Last.fm HetRec 2011",
                "user_artists.dat (play counts) with artists.dat, tags.dat, user_taggedartists.dat and "
                "user_friends.dat from the same folder"};
    }

    int detect(const InputSet& inputs) const override {
        if (!inputs.find("user_artists.dat"))
            return 0;
        return firstLine(*inputs.find("user_artists.dat")).rfind("userID\tartistID\tweight", 0) == 0 ? 95 : 60;
    }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto plays = inputs.find("user_artists.dat");
        const auto artists = inputs.find("artists.dat");
        const auto tags = inputs.find("tags.dat");
        const auto tagged = inputs.find("user_taggedartists.dat");
        const auto friends = inputs.find("user_friends.dat");
        std::vector<std::filesystem::path> files;
        for (const auto& file : {plays, artists, tags, tagged, friends})
            if (file)
                files.push_back(*file);

        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "lastfm-hetrec2011";
        spec.isExplicit = false;
        spec.userNamespace = "lastfm";
        sink.beginSource(spec, files);
        if (!plays)
            sink.fail(inputs.defaultSourceName(), 0, "user_artists.dat not found");
        const DomainRef domain = sink.domain("lastfm artists", "music");

        if (artists)
            forEachRow(*artists, 4, sink, [&](const auto& f, const LineReader& reader) {
                if (const auto item = sink.item(domain, f[0], at(reader))) {
                    sink.setTitle(*item, f[1]);
                    sink.addLink(*item, "url", f[2]);
                }
            });
        else
            sink.note("artists.dat not found: artists have no names");

        forEachRow(*plays, 3, sink, [&](const auto& f, const LineReader& reader) {
            const auto plays = parseDouble(f[2]);
            if (!plays) {
                sink.reject(at(reader), "play count " + quoteForMessage(f[2]) + " is not a number");
                return;
            }
            const auto user = sink.user(f[0], at(reader));
            const auto item = user ? sink.item(domain, f[1], at(reader)) : std::nullopt;
            if (item)
                sink.rating(at(reader), *user, *item, *plays, std::nullopt, *plays);
        });

        if (tags && tagged) {
            std::unordered_map<std::string, std::string> tagNames;
            forEachRow(*tags, 2, sink, [&](const auto& f, const LineReader&) {
                tagNames.emplace(std::string(trim(f[0])), std::string(f[1]));
            });
            forEachRow(*tagged, 6, sink, [&](const auto& f, const LineReader& reader) {
                const auto name = tagNames.find(std::string(trim(f[2])));
                if (name == tagNames.end()) {
                    sink.reject(at(reader), "tag id " + quoteForMessage(f[2]) + " is not in tags.dat");
                    return;
                }
                if (const auto item = sink.item(domain, f[1], at(reader)))
                    sink.addTag(*item, name->second);
            });
        } else {
            sink.note("user_taggedartists.dat or tags.dat not found: artists have no tags");
        }

        if (friends)
            forEachRow(*friends, 2, sink, [&](const auto& f, const LineReader& reader) {
                const auto user = sink.user(f[0], at(reader));
                const auto other = user ? sink.user(f[1], at(reader)) : std::nullopt;
                if (other)
                    sink.userLink(*user, *other, "friend");
            });
        else
            sink.note("user_friends.dat not found: no friendships");
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeLastfmImporter() { return std::make_unique<LastfmImporter>(); }

} // namespace kindred::import
