#include "kindred/store/RatingBrowser.h"

#include "store/ProjectInternals.h"
#include "RatingSummary.h"
#include "Sqlite.h"
#include "kindred/store/Project.h"

namespace kindred {

namespace {

// LIKE pattern for "contains text", with the text's own wildcards escaped by '\'.
std::string containsPattern(const std::string& text) {
    std::string pattern = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    pattern += '%';
    return pattern;
}

} // namespace

RatingBrowser::RatingBrowser(const Project& project) : m_project(project) {}

std::vector<RatingRow> RatingBrowser::page(std::uint64_t offset, std::uint64_t limit,
                                           const std::string& titleFilter) const {
    // The page's ratings first, then their names (joining before the limit would look up every
    // match); with a filter, the matching items first and their ratings through the item index.
    // One statement per case: an "IS NULL OR" would make SQLite walk every rating. On 25 M
    // ratings a title in 111 items takes 21 ms (a join that filtered every rating: 2.1 s).
    const std::string where =
        titleFilter.empty() ? "" : "WHERE item_id IN (SELECT id FROM items WHERE title LIKE ?3 ESCAPE '\\') ";
    sql::Statement stmt(rawHandle(m_project),
                        "SELECT u.external_id, coalesce(i.title, i.external_id), d.name, r.raw_value, "
                        "coalesce(r.ts, 0) FROM (SELECT user_id, item_id, domain_id, raw_value, ts FROM ratings " +
                            where +
                            "ORDER BY user_id, item_id LIMIT ?1 OFFSET ?2) r "
                            "JOIN users u ON u.id = r.user_id "
                            "JOIN items i ON i.id = r.item_id "
                            "JOIN domains d ON d.id = r.domain_id ORDER BY r.user_id, r.item_id");
    stmt.bind(1, std::int64_t(limit)).bind(2, std::int64_t(offset));
    if (!titleFilter.empty())
        stmt.bind(3, containsPattern(titleFilter));
    std::vector<RatingRow> rows;
    while (stmt.step())
        rows.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.real(3), stmt.int64(4)});
    return rows;
}

std::uint64_t RatingBrowser::count(const std::string& titleFilter) const {
    if (titleFilter.empty())
        return summarisedRatingCount(rawHandle(m_project));
    // Matching items first, then their ratings through the item index: on 25 M ratings 12 ms for a
    // title in 111 items (2.1 s as a join), 0.74 s when every item matches.
    sql::Statement stmt(rawHandle(m_project), "SELECT count(*) FROM ratings r WHERE r.item_id IN "
                                            "(SELECT id FROM items WHERE title LIKE ?1 ESCAPE '\\')");
    stmt.bind(1, containsPattern(titleFilter));
    stmt.step();
    return std::uint64_t(stmt.int64(0));
}

} // namespace kindred
