#include "kindred/store/RatingBrowser.h"

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
    // ?1 is NULL when there is no filter so one prepared statement serves both cases.
    sql::Statement stmt(m_project.handle(),
                        "SELECT u.external_id, coalesce(i.title, i.external_id), d.name, r.raw_value, "
                        "coalesce(r.ts, 0) FROM ratings r "
                        "JOIN users u ON u.id = r.user_id "
                        "JOIN items i ON i.id = r.item_id "
                        "JOIN domains d ON d.id = r.domain_id "
                        "WHERE ?1 IS NULL OR i.title LIKE ?1 ESCAPE '\\' "
                        "ORDER BY r.user_id, r.item_id LIMIT ?2 OFFSET ?3");
    if (titleFilter.empty())
        stmt.bindNull(1);
    else
        stmt.bind(1, containsPattern(titleFilter));
    stmt.bind(2, std::int64_t(limit)).bind(3, std::int64_t(offset));
    std::vector<RatingRow> rows;
    while (stmt.step())
        rows.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.real(3), stmt.int64(4)});
    return rows;
}

std::uint64_t RatingBrowser::count(const std::string& titleFilter) const {
    if (titleFilter.empty())
        return std::uint64_t(sql::queryInt(m_project.handle(), "SELECT count(*) FROM ratings"));
    sql::Statement stmt(m_project.handle(), "SELECT count(*) FROM ratings r JOIN items i ON i.id = r.item_id "
                                            "WHERE i.title LIKE ?1 ESCAPE '\\'");
    stmt.bind(1, containsPattern(titleFilter));
    stmt.step();
    return std::uint64_t(stmt.int64(0));
}

} // namespace kindred
