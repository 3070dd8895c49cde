#pragma once
// Parsing shared by the MovieLens importers (and other `user item rating [time]` text formats).

#include "ImportSink.h"

#include <optional>
#include <string_view>
#include <vector>

namespace kindred::import {

/// Year from a MovieLens title "Toy Story (1995)" or a release date "01-Jan-1995".
std::optional<int> movieLensYear(std::string_view title, std::string_view releaseDate = {});

/// Parses `user<sep>item<sep>rating` (fieldCount 3) or `user<sep>item<sep>rating<sep>unix time`
/// (fieldCount 4: the time is required), already split by the caller's separator, and records it
/// (or a bad row naming the field; `expected` describes the row for that message).
void readSplitRating(const LineReader& reader, const std::vector<std::string_view>& fields, DomainRef domain,
                     ImportSink& sink, std::size_t fieldCount, const char* expected);

/// Tab-separated `user item rating unix-time` (fieldCount 4: u.data, u1.base) or
/// `user item rating` (fieldCount 3: Douban, Amazon dense TSV).
void readTabRating(const LineReader& reader, std::string_view line, std::vector<std::string_view>& fields,
                   DomainRef domain, ImportSink& sink, std::size_t fieldCount);

} // namespace kindred::import
