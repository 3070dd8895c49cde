#pragma once
// Internal: the summary tables every rating write keeps up to date (schema v6), so statistics
// read a row per (medium, person) and per distinct value instead of scanning every rating:
//   rating_summary(domain_id, user_id, ratings, value_sum)         one row per medium and person
//   rating_values(domain_id, source_id, raw_value, bin, ratings)   one row per distinct value
// bin is the 0..1 value's tenth (0..9), for histograms of media with many distinct raw values.
// Writers of `ratings` (ImportSink) record each row they add or replace in a RatingSummaryDelta
// and apply it in the same transaction; rebuildRatingSummary recomputes both from the ratings.

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <tuple>
#include <utility>

namespace kindred {

/// The tenth of the 0..1 scale a value falls in, 0..9.
int valueBin(double value);

class RatingSummaryDelta {
public:
    /// One rating joins (sign +1) or leaves (sign -1) the ratings table.
    void add(std::int64_t domain, std::int64_t user, std::int64_t source, double raw, double value, int sign);
    /// Adds the changes to the summary tables; rows whose count reaches 0 are removed.
    /// Throws StoreError.
    void apply(sqlite3* db) const;

private:
    struct PersonCount {
        std::int64_t ratings = 0;
        double valueSum = 0;
    };
    std::map<std::pair<std::int64_t, std::int64_t>, PersonCount> m_people; ///< (domain, user)
    std::map<std::tuple<std::int64_t, std::int64_t, double, int>, std::int64_t> m_values; ///< (domain, source, raw, bin)
};

/// How many ratings the project holds, read from the summary (no scan). Throws StoreError.
std::uint64_t summarisedRatingCount(sqlite3* db);

/// Recomputes both summary tables from the ratings (one scan; a migration's job). Throws StoreError.
void rebuildRatingSummary(sqlite3* db);

} // namespace kindred
