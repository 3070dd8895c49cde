// Last.fm HetRec 2011 (hetrec2011-lastfm-2k): user_artists.dat (userID, artistID, weight = play
// count), artists.dat (id, name, url, pictureURL), tags.dat (tagID, tagValue) with
// user_taggedartists.dat (userID, artistID, tagID, day, month, year), user_friends.dat (userID,
// friendID). Tab-separated with a header line; CRLF except artists.dat (LineReader takes both).
//
// Implicit feedback in "lastfm artists" (namespace "lastfm"): the play count is the weight, so the
// stored value is log1p(plays) / log1p(most plays in the import). Each tag assignment adds 1 to the
// artist's tag weight; each friendship row becomes a "friend" user link (the file lists both ways).
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "TextFields.h"

#include <algorithm>
#include <initializer_list>
#include <unordered_map>

namespace kindred::import {

namespace {

/// Calls `row(fields, reader)` for every data line of a HetRec file whose header must name
/// `columns`; lines with another number of fields are bad rows. Returns the data lines read.
template <class Row>
std::uint64_t forEachRow(const std::filesystem::path& file, std::initializer_list<std::string_view> columns,
                         ImportSink& sink, Row&& row) {
    LineReader reader(file);
    std::string_view line;
    std::vector<std::string_view> fields;
    std::string expected;
    for (const auto column : columns)
        expected += (expected.empty() ? "" : ", ") + std::string(column);
    if (!reader.next(line))
        sink.fail(reader.name(), 0, "file is empty: expected the header " + expected);
    splitPlain(line, "\t", fields);
    if (!std::equal(fields.begin(), fields.end(), columns.begin(), columns.end(),
                    [](std::string_view field, std::string_view column) { return trim(field) == column; }))
        sink.fail(reader.name(), 1,
                  "expected the tab-separated header " + expected + ", found " + quoteForMessage(line));
    std::uint64_t rows = 0;
    while (reader.next(line)) {
        sink.progress(reader);
        if (trim(line).empty())
            continue;
        sink.countRow();
        ++rows;
        splitPlain(line, "\t", fields);
        if (fields.size() != columns.size()) {
            sink.reject(at(reader), "expected " + std::to_string(columns.size()) + " tab-separated fields (" +
                                        expected + "), found " + std::to_string(fields.size()));
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

    int detect(const InputSet& inputs) const override { return inputs.find("user_artists.dat") ? 95 : 0; }

    void run(const InputSet& inputs, ImportSink& sink) const override {
        const auto plays = inputs.find("user_artists.dat");
        const auto artists = inputs.find("artists.dat");
        const auto tags = inputs.find("tags.dat");
        const auto tagged = inputs.find("user_taggedartists.dat");
        const auto friends = inputs.find("user_friends.dat");
        std::vector<std::filesystem::path> files;
        for (const auto& file : {plays, artists, tagged ? tags : std::nullopt, tagged, friends})
            if (file)
                files.push_back(*file);

        SourceSpec spec;
        spec.name = inputs.defaultSourceName();
        spec.format = "lastfm-hetrec2011";
        spec.isExplicit = false;
        spec.userNamespace = "lastfm";
        spec.userIds = spec.itemIds = IdSyntax::Integer;
        sink.beginSource(spec, files);
        if (!plays)
            sink.fail(inputs.defaultSourceName(), 0, "user_artists.dat not found");
        const DomainRef domain = sink.domain("lastfm artists", "music");

        if (artists)
            readArtists(*artists, domain, sink);
        else
            sink.note("artists.dat not found: artists have no names");
        readPlays(*plays, domain, sink);
        if (tags && tagged)
            readTags(*tags, *tagged, domain, sink);
        else
            sink.note(tagged ? "tags.dat not found: user_taggedartists.dat skipped, artists have no tags"
                             : "user_taggedartists.dat not found: artists have no tags");
        if (friends)
            readFriends(*friends, sink);
        else
            sink.note("user_friends.dat not found: no friendships");
    }

private:
    static void readArtists(const std::filesystem::path& file, DomainRef domain, ImportSink& sink) {
        forEachRow(file, {"id", "name", "url", "pictureURL"}, sink,
                   [&](const auto& f, const LineReader& reader) {
                       if (const auto item = sink.item(domain, f[0], at(reader))) {
                           sink.setTitle(*item, f[1]);
                           sink.addLink(*item, "url", f[2]);
                       }
                   });
    }

    static void readPlays(const std::filesystem::path& file, DomainRef domain, ImportSink& sink) {
        const auto rows = forEachRow(
            file, {"userID", "artistID", "weight"}, sink, [&](const auto& f, const LineReader& reader) {
                const auto plays = parseInt64(f[2]);
                if (!plays || *plays < 0) {
                    sink.reject(at(reader), "weight (play count) " + quoteForMessage(f[2]) +
                                                " is not a whole number ≥ 0");
                    return;
                }
                const auto user = sink.user(f[0], at(reader));
                const auto item = user ? sink.item(domain, f[1], at(reader)) : std::nullopt;
                if (item)
                    sink.rating(at(reader), *user, *item, double(*plays), std::nullopt, double(*plays));
            });
        if (rows == 0)
            sink.fail(displayName(file), 0, "file has a header but no user-artist rows");
    }

    static void readTags(const std::filesystem::path& tagsFile, const std::filesystem::path& taggedFile,
                         DomainRef domain, ImportSink& sink) {
        std::unordered_map<std::string, std::string> names;
        forEachRow(tagsFile, {"tagID", "tagValue"}, sink, [&](const auto& f, const LineReader&) {
            names.emplace(std::string(trim(f[0])), std::string(f[1]));
        });
        forEachRow(taggedFile, {"userID", "artistID", "tagID", "day", "month", "year"}, sink,
                   [&](const auto& f, const LineReader& reader) {
                       const auto name = names.find(std::string(trim(f[2])));
                       if (name == names.end()) {
                           sink.reject(at(reader), "tagID " + quoteForMessage(f[2]) + " is not in tags.dat");
                           return;
                       }
                       if (const auto item = sink.item(domain, f[1], at(reader)))
                           sink.addTag(*item, name->second);
                   });
    }

    static void readFriends(const std::filesystem::path& file, ImportSink& sink) {
        forEachRow(file, {"userID", "friendID"}, sink, [&](const auto& f, const LineReader& reader) {
            if (trim(f[0]) == trim(f[1])) {
                sink.reject(at(reader), "user " + quoteForMessage(f[0]) + " is listed as their own friend");
                return;
            }
            const auto user = sink.user(f[0], at(reader));
            const auto other = user ? sink.user(f[1], at(reader)) : std::nullopt;
            if (other)
                sink.userLink(*user, *other, "friend");
        });
    }
};

} // namespace

std::unique_ptr<DatasetImporter> makeLastfmImporter() {
    return std::make_unique<LastfmImporter>();
}

} // namespace kindred::import
