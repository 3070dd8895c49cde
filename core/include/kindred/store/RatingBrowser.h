#pragma once
// RatingBrowser: paged, read-only listing of ratings for the data browser. Each row joins the
// rating with its user's external id, its item's title and its domain's name.
//
// Threading: uses the connection of the Project it was made from, so the same thread rules
// apply (one thread at a time). The Project must outlive the browser.

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

class Project;

/// One rating as text, ready to show.
struct RatingRow {
    std::string user;   ///< users.external_id
    std::string item;   ///< items.title, or the item's external id when it has no title
    std::string domain; ///< domains.name
    double rawValue = 0; ///< the rating as imported (e.g. 1..5 stars)
    std::int64_t timestamp = 0; ///< Unix seconds; 0 when unknown
};

class RatingBrowser {
public:
    explicit RatingBrowser(const Project& project);

    /// Ratings whose item title contains titleFilter (case-insensitive for ASCII, SQL LIKE; the
    /// filter's own % and _ match literally). Empty filter: all ratings. Ordered by (user, item)
    /// so pages are stable. Returns at most limit rows starting at offset. Throws on SQL errors.
    std::vector<RatingRow> page(std::uint64_t offset, std::uint64_t limit,
                                const std::string& titleFilter = {}) const;

    /// Number of ratings page() can return for titleFilter.
    std::uint64_t count(const std::string& titleFilter = {}) const;

private:
    const Project& m_project;
};

} // namespace kindred
