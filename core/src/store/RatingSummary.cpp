// The rating summary tables (contract in RatingSummary.h).
#include "RatingSummary.h"

#include "Sqlite.h"

#include <algorithm>

namespace kindred {

int valueBin(double value) {
    return std::clamp(int(value * 10), 0, 9);
}

void RatingSummaryDelta::add(std::int64_t domain, std::int64_t user, std::int64_t source, double raw, double value,
                             int sign) {
    auto& person = m_people[{domain, user}];
    person.ratings += sign;
    person.valueSum += sign * value;
    m_values[{domain, source, raw, valueBin(value)}] += sign;
}

void RatingSummaryDelta::apply(sqlite3* db) const {
    sql::Statement person(db, "INSERT INTO rating_summary(domain_id, user_id, ratings, value_sum) VALUES(?1, ?2, ?3, ?4) "
                              "ON CONFLICT(domain_id, user_id) DO UPDATE SET ratings = ratings + excluded.ratings, "
                              "value_sum = value_sum + excluded.value_sum");
    for (const auto& [key, change] : m_people)
        if (change.ratings != 0 || change.valueSum != 0)
            person.bind(1, key.first).bind(2, key.second).bind(3, change.ratings).bind(4, change.valueSum).run();
    sql::Statement value(db, "INSERT INTO rating_values(domain_id, source_id, raw_value, bin, ratings) "
                             "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(domain_id, source_id, raw_value, bin) "
                             "DO UPDATE SET ratings = ratings + excluded.ratings");
    for (const auto& [key, change] : m_values)
        if (change != 0)
            value.bind(1, std::get<0>(key)).bind(2, std::get<1>(key)).bind(3, std::get<2>(key))
                .bind(4, std::get<3>(key)).bind(5, change).run();
    sql::exec(db, "DELETE FROM rating_summary WHERE ratings <= 0");
    sql::exec(db, "DELETE FROM rating_values WHERE ratings <= 0");
}

void rebuildRatingSummary(sqlite3* db) {
    sql::exec(db, "DELETE FROM rating_summary");
    sql::exec(db, "DELETE FROM rating_values");
    sql::exec(db, "INSERT INTO rating_summary(domain_id, user_id, ratings, value_sum) "
                  "SELECT domain_id, user_id, count(*), sum(value) FROM ratings GROUP BY domain_id, user_id");
    sql::exec(db, "INSERT INTO rating_values(domain_id, source_id, raw_value, bin, ratings) "
                  "SELECT domain_id, source_id, raw_value, min(max(CAST(value * 10 AS INTEGER), 0), 9), count(*) "
                  "FROM ratings GROUP BY 1, 2, 3, 4");
}

std::uint64_t summarisedRatingCount(sqlite3* db) {
    return std::uint64_t(sql::queryInt(db, "SELECT coalesce(sum(ratings), 0) FROM rating_summary"));
}

} // namespace kindred
