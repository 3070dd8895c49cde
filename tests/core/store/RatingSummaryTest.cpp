// The rating summary tables (RatingSummary.h) stay equal to what a scan of the ratings gives —
// after a first (bulk) import, after an import that replaces ratings, and after a migration from
// a project that had none — and statistics read them: the figures equal a scan's.
#include "ProjectDump.h"
#include "store/ProjectInternals.h"
#include "TestSupport.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <gtest/gtest.h>

#include <functional>

namespace kindred {
namespace {

/// The summaries as a scan of the ratings computes them, and as stored.
void expectSummaryEqualsScan(sqlite3* db) {
    EXPECT_EQ(test::queryRows(db, "SELECT domain_id, user_id, ratings, round(value_sum, 9) FROM rating_summary "
                                  "ORDER BY 1, 2"),
              test::queryRows(db, "SELECT domain_id, user_id, count(*), round(sum(value), 9) FROM ratings "
                                  "GROUP BY 1, 2 ORDER BY 1, 2"));
    EXPECT_EQ(test::queryRows(db, "SELECT domain_id, source_id, raw_value, bin, ratings FROM rating_values "
                                  "ORDER BY 1, 2, 3, 4"),
              test::queryRows(db, "SELECT domain_id, source_id, raw_value, min(CAST(value * 10 AS INTEGER), 9), "
                                  "count(*) FROM ratings GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"));
}

class RatingSummary : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Project::open(m_dir / "p.kindred");
        ASSERT_TRUE(opened) << opened.status().message();
        m_project = std::move(opened).value();
    }

    /// A RecBole dataset `name` rated by users `first..last` on items 1..6 with `rating(user, item)`.
    ImportResult importRecBole(const std::string& name, int first, int last, const std::function<int(int, int)>& rating) {
        std::string inter = "user_id:token\titem_id:token\trating:float\n";
        for (int user = first; user <= last; ++user)
            for (int item = 1; item <= 6; ++item)
                if ((user + item) % 3 != 0)
                    inter += "u" + std::to_string(user) + "\ti" + std::to_string(item) + "\t" +
                             std::to_string(rating(user, item)) + "\n";
        const auto file = m_dir.write(name + std::to_string(first) + "/" + name + ".inter", inter);
        ImportOptions options;
        options.format = "recbole";
        options.userNamespace = "people"; // one namespace: the same person across datasets
        return importDataset(*m_project, {file}, options);
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
};

TEST_F(RatingSummary, ImportsKeepTheSummaryEqualToTheRatingsAndStatisticsReadIt) {
    sqlite3* db = rawHandle(*m_project);
    auto first = importRecBole("films", 1, 9, [](int u, int i) { return 1 + (u * i) % 5; });
    ASSERT_TRUE(first.status.ok()) << first.status.message();
    expectSummaryEqualsScan(db);

    // Same people and items again, other ratings: the replaced ones leave the summary.
    auto replacing = importRecBole("films", 5, 12, [](int u, int i) { return 1 + (u + i) % 5; });
    ASSERT_TRUE(replacing.status.ok()) << replacing.status.message();
    EXPECT_GT(replacing.report.replacedExisting, 0u);
    expectSummaryEqualsScan(db);
    auto second = importRecBole("albums", 3, 7, [](int u, int i) { return 1 + (u * 2 + i) % 5; });
    ASSERT_TRUE(second.status.ok()) << second.status.message();
    expectSummaryEqualsScan(db);

    const ProjectStats stats = m_project->stats();
    EXPECT_EQ(stats.ratings, std::uint64_t(test::queryInt(db, "SELECT count(*) FROM ratings")));
    EXPECT_EQ(stats.usersInSeveralDomains,
              std::uint64_t(test::queryInt(db, "SELECT count(*) FROM (SELECT user_id FROM ratings GROUP BY user_id "
                                               "HAVING count(DISTINCT domain_id) > 1)")));
    ASSERT_EQ(stats.domains.size(), 2u);
    for (const auto& domain : stats.domains) {
        const std::string where = " FROM ratings r JOIN domains d ON d.id = r.domain_id WHERE d.name = '" + domain.name + "'";
        EXPECT_EQ(domain.ratings, std::uint64_t(test::queryInt(db, "SELECT count(*)" + where)));
        EXPECT_EQ(domain.users, std::uint64_t(test::queryInt(db, "SELECT count(DISTINCT user_id)" + where)));
        EXPECT_EQ(test::queryRows(db, "SELECT round(" + std::to_string(domain.meanValue) + ", 5)"),
                  test::queryRows(db, "SELECT round(avg(value), 5)" + where));
        std::uint64_t histogram = 0;
        for (const auto& bin : domain.histogram)
            histogram += bin.count;
        EXPECT_EQ(histogram, domain.ratings);
    }
    ASSERT_EQ(stats.overlaps.size(), 1u);
    EXPECT_EQ(stats.overlaps[0].sharedUsers, 5u) << "people 3..7 rated both";
    std::uint64_t active = 0;
    for (const auto& bin : stats.activity)
        active += bin.users;
    EXPECT_EQ(active, std::uint64_t(test::queryInt(db, "SELECT count(DISTINCT user_id) FROM ratings")));
}

} // namespace
} // namespace kindred
