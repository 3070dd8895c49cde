#include "MovieLensCommon.h"

#include "TextFields.h"

#include <cmath>

namespace kindred::import {

std::optional<int> movieLensYear(std::string_view title, std::string_view releaseDate) {
    releaseDate = trim(releaseDate);
    if (releaseDate.size() >= 4)
        if (auto year = parseInt64(releaseDate.substr(releaseDate.size() - 4)); year && *year > 1800 && *year < 2100)
            return int(*year);
    title = trim(title);
    // "(1995)" at the end, possibly followed by spaces.
    if (title.size() >= 6 && title.back() == ')') {
        const auto open = title.rfind('(');
        if (open != std::string_view::npos && title.size() - open == 6)
            if (auto year = parseInt64(title.substr(open + 1, 4)); year && *year > 1800 && *year < 2100)
                return int(*year);
    }
    return std::nullopt;
}

void readSplitRating(const LineReader& reader, const std::vector<std::string_view>& fields, DomainRef domain,
                     ImportSink& sink, std::size_t fieldCount, const char* expected) {
    if (fields.size() != fieldCount) {
        sink.reject(at(reader), std::string("expected ") + expected + ", found " + std::to_string(fields.size()) +
                                    (fields.size() == 1 ? " field (wrong separator?)" : " fields"));
        return;
    }
    const auto rating = parseDouble(fields[2]);
    if (!rating) {
        sink.reject(at(reader), "rating " + quoteForMessage(fields[2]) + " is not a number");
        return;
    }
    std::optional<std::int64_t> timestamp;
    if (fields.size() == 4) {
        timestamp = parseInt64(fields[3]);
        if (!timestamp || *timestamp < 0) {
            sink.reject(at(reader), "timestamp " + quoteForMessage(fields[3]) + " is not a Unix time");
            return;
        }
    }
    const auto user = sink.user(fields[0], at(reader));
    if (!user)
        return;
    const auto item = sink.item(domain, fields[1], at(reader));
    if (!item)
        return;
    sink.rating(at(reader), *user, *item, *rating, timestamp);
}

void readTabRating(const LineReader& reader, std::string_view line, std::vector<std::string_view>& fields,
                   DomainRef domain, ImportSink& sink, std::size_t fieldCount) {
    splitPlain(line, "\t", fields);
    readSplitRating(reader, fields, domain, sink, fieldCount,
                    fieldCount == 4 ? "4 tab-separated fields (user, item, rating, Unix time)"
                                    : "3 tab-separated fields (user, item, rating)");
}

} // namespace kindred::import
