#include "kindred/store/ProjectStats.h"

#include "RatingSummary.h"
#include "Sqlite.h"
#include "kindred/store/Project.h"

#include <nlohmann/json.hpp>

#include <map>

namespace kindred {

namespace {

// Everything below reads the summary tables (RatingSummary.h), never the ratings themselves: a
// few rows per medium and person, so statistics take milliseconds on tens of millions of ratings.

std::vector<HistogramBin> histogramFor(sqlite3* db, std::int64_t domainId) {
    std::vector<HistogramBin> bins;
    sql::Statement distinct(db, "SELECT raw_value, sum(ratings) FROM rating_values WHERE domain_id = ?1 "
                                "GROUP BY raw_value ORDER BY raw_value LIMIT 21");
    distinct.bind(1, domainId);
    while (distinct.step())
        bins.push_back({distinct.real(0), std::uint64_t(distinct.int64(1))});
    if (bins.size() <= 20)
        return bins;
    bins.assign(10, HistogramBin{});
    for (int i = 0; i < 10; ++i)
        bins[size_t(i)].value = i / 10.0;
    sql::Statement binned(db, "SELECT bin, sum(ratings) FROM rating_values WHERE domain_id = ?1 GROUP BY bin");
    binned.bind(1, domainId);
    while (binned.step())
        bins[size_t(binned.int64(0))].count = std::uint64_t(binned.int64(1));
    return bins;
}

} // namespace

ProjectStats Project::stats() const {
    ProjectStats stats;
    const auto all = domains();
    for (const auto& domain : all) {
        DomainStats d;
        d.name = domain.name;
        d.kind = domain.kind;
        sql::Statement counts(m_db, "SELECT coalesce(sum(ratings), 0), count(*), coalesce(sum(value_sum), 0) "
                                    "FROM rating_summary WHERE domain_id = ?1");
        counts.bind(1, domain.id);
        counts.step();
        d.ratings = std::uint64_t(counts.int64(0));
        d.users = std::uint64_t(counts.int64(1));
        d.meanValue = d.ratings ? counts.real(2) / double(d.ratings) : 0.0;
        sql::Statement items(m_db, "SELECT count(*) FROM items WHERE domain_id = ?1");
        items.bind(1, domain.id);
        items.step();
        d.items = std::uint64_t(items.int64(0));
        d.histogram = histogramFor(m_db, domain.id);
        stats.domains.push_back(std::move(d));
    }
    {
        // Ratings per (domain, source) give each source's count and each domain's sources.
        std::map<std::int64_t, std::uint64_t> perSource;
        std::map<std::int64_t, std::vector<std::int64_t>> sourcesOfDomain;
        sql::Statement counts(m_db, "SELECT domain_id, source_id, sum(ratings) FROM rating_values "
                                    "GROUP BY domain_id, source_id");
        while (counts.step()) {
            perSource[counts.int64(1)] += std::uint64_t(counts.int64(2));
            sourcesOfDomain[counts.int64(0)].push_back(counts.int64(1));
        }
        std::map<std::int64_t, bool> explicitSource;
        for (const SourceInfo& source : sources()) {
            explicitSource[source.id] = source.isExplicit;
            SourceStats s;
            s.name = source.name;
            s.format = source.format;
            s.userNamespace = source.userNamespace;
            s.isExplicit = source.isExplicit;
            s.scaleMin = source.scaleMin;
            s.scaleMax = source.scaleMax;
            s.ratings = perSource.count(source.id) ? perSource[source.id] : 0;
            // Imports before the feedback type was decided from the data have no reason stored.
            const auto report = nlohmann::json::parse(source.reportJson, nullptr, false);
            if (report.is_object() && report.contains("feedback_reason") && report["feedback_reason"].is_string())
                s.feedbackReason = report["feedback_reason"].get<std::string>();
            stats.sourceDetails.push_back(std::move(s));
        }
        // A domain is explicit, implicit or mixed by the sources its ratings come from.
        for (std::size_t i = 0; i < all.size(); ++i) {
            const auto found = sourcesOfDomain.find(all[i].id);
            if (found == sourcesOfDomain.end())
                continue;
            bool anyExplicit = false, anyImplicit = false;
            for (const std::int64_t source : found->second)
                (explicitSource[source] ? anyExplicit : anyImplicit) = true;
            stats.domains[i].feedback = anyExplicit && anyImplicit ? "mixed" : anyExplicit ? "explicit" : "implicit";
        }
    }
    for (size_t i = 0; i < all.size(); ++i) {
        for (size_t j = i + 1; j < all.size(); ++j) {
            sql::Statement shared(m_db, "SELECT count(*) FROM rating_summary a JOIN rating_summary b "
                                        "ON b.domain_id = ?2 AND b.user_id = a.user_id WHERE a.domain_id = ?1");
            shared.bind(1, all[i].id).bind(2, all[j].id);
            shared.step();
            stats.overlaps.push_back({all[i].name, all[j].name, std::uint64_t(shared.int64(0))});
        }
    }
    stats.users = std::uint64_t(sql::queryInt(m_db, "SELECT count(*) FROM users"));
    stats.items = std::uint64_t(sql::queryInt(m_db, "SELECT count(*) FROM items"));
    stats.ratings = summarisedRatingCount(m_db);
    stats.reviews = std::uint64_t(sql::queryInt(m_db, "SELECT count(*) FROM reviews"));
    stats.sources = std::uint64_t(sql::queryInt(m_db, "SELECT count(*) FROM sources"));
    stats.usersInSeveralDomains = std::uint64_t(sql::queryInt(
        m_db, "SELECT count(*) FROM (SELECT user_id FROM rating_summary GROUP BY user_id HAVING count(*) > 1)"));
    stats.activity = {{1, 1, 0},    {2, 4, 0},     {5, 9, 0},     {10, 19, 0}, {20, 49, 0},
                      {50, 99, 0},  {100, 199, 0}, {200, 499, 0}, {500, 0, 0}};
    sql::Statement perUser(m_db, "SELECT n, count(*) FROM (SELECT sum(ratings) AS n FROM rating_summary "
                                 "GROUP BY user_id) GROUP BY n");
    while (perUser.step()) {
        const auto ratingsOfUser = std::uint64_t(perUser.int64(0));
        for (ActivityBin& bin : stats.activity)
            if (ratingsOfUser >= bin.minRatings && (bin.maxRatings == 0 || ratingsOfUser <= bin.maxRatings)) {
                bin.users += std::uint64_t(perUser.int64(1));
                break;
            }
    }
    return stats;
}

std::string ProjectStats::toJson() const {
    using nlohmann::ordered_json;
    ordered_json root;
    root["users"] = users;
    root["items"] = items;
    root["ratings"] = ratings;
    root["reviews"] = reviews;
    root["sources"] = sources;
    root["users_in_several_domains"] = usersInSeveralDomains;
    root["activity"] = ordered_json::array();
    for (const auto& bin : activity)
        root["activity"].push_back({{"min_ratings", bin.minRatings}, {"max_ratings", bin.maxRatings}, {"users", bin.users}});
    root["domains"] = ordered_json::array();
    for (const auto& d : domains) {
        ordered_json domain;
        domain["name"] = d.name;
        domain["kind"] = d.kind;
        domain["users"] = d.users;
        domain["items"] = d.items;
        domain["ratings"] = d.ratings;
        domain["mean_value"] = d.meanValue;
        domain["feedback"] = d.feedback;
        domain["histogram"] = ordered_json::array();
        for (const auto& bin : d.histogram)
            domain["histogram"].push_back({{"value", bin.value}, {"count", bin.count}});
        root["domains"].push_back(std::move(domain));
    }
    root["source_details"] = ordered_json::array();
    for (const auto& s : sourceDetails)
        root["source_details"].push_back({{"name", s.name},
                                          {"format", s.format},
                                          {"user_namespace", s.userNamespace},
                                          {"feedback", s.isExplicit ? "explicit" : "implicit"},
                                          {"scale", {s.scaleMin, s.scaleMax}},
                                          {"feedback_reason", s.feedbackReason},
                                          {"ratings", s.ratings}});
    root["shared_users"] = ordered_json::array();
    for (const auto& o : overlaps)
        root["shared_users"].push_back({{"domains", {o.first, o.second}}, {"users", o.sharedUsers}});
    return root.dump(2, ' ', false, ordered_json::error_handler_t::replace);
}

} // namespace kindred
