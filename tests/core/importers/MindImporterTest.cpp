#include "importers/FormatImportSupport.h"

namespace kindred {
namespace {

using test::importInto;

TEST(MindImporter, RealSampleCountsMatchTheDocumentation) {
    KINDRED_REQUIRE_DATASET("mind-small-sample/behaviors.tsv");
    test::TempDir dir;
    EXPECT_EQ(detectFormat({test::sharedDataDir() / "mind-small-sample"}).formatId, "mind");
    auto run = importInto(dir, {test::sharedDataDir() / "mind-small-sample"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto news = test::domainStats(run.project->stats(), "mind news");
    EXPECT_EQ(news.users, 4637u);
    // SOURCES.md: 22,592 news ids referenced, 838 of them described in news.tsv.
    EXPECT_TRUE(run.hasNote("21754 news ids in behaviors.tsv are not in news.tsv"));
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE title IS NOT NULL"), 2000);
}

TEST(MindImporter, ClicksAndNonClicksWithTimes) {
    test::TempDir dir;
    dir.write("m/news.tsv", "N1\tsports\tsoccer\tA title\tAn abstract\thttp://n.invalid/1\t[]\t[]\n");
    dir.write("m/behaviors.tsv", "1\tU1\t11/15/2019 8:55:22 AM\tN1 N2\tN3-1 N4-0\n"
                                 "2\tU2\t11/15/2019 12:00:00 PM\t\tN1-0\n");
    auto run = importInto(dir, {dir / "m"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 5);
    // History clicks: value 1, no time. Impression click at the impression time; non-click value 0.
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 1 AND ts IS NULL"), 2);
    EXPECT_EQ(run.count("SELECT ts FROM ratings r JOIN items i ON i.id = r.item_id WHERE i.external_id = 'N3'"),
              1573808122); // 2019-11-15 08:55:22 UTC
    EXPECT_EQ(run.count("SELECT ts FROM ratings r JOIN items i ON i.id = r.item_id JOIN users u ON u.id = r.user_id "
                        "WHERE i.external_id = 'N1' AND u.external_id = 'U2'"),
              1573819200); // 12:00 PM is noon
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 0"), 2);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_genres"), 2);
    EXPECT_TRUE(run.hasNote("3 news ids in behaviors.tsv are not in news.tsv"));
}

TEST(MindImporter, MalformedImpressionIsABadRow) {
    test::TempDir dir;
    dir.write("m/behaviors.tsv", "1\tU1\t11/15/2019 8:55:22 AM\tN1\tN3-x\n");
    auto project = Project::open(dir / "p.kindred");
    ASSERT_TRUE(project);
    const auto result = importDataset(*project.value(), {dir / "m"}, {});
    ASSERT_FALSE(result.status);
    EXPECT_NE(result.status.message().find("m/behaviors.tsv:1:"), std::string::npos) << result.status.message();
}

} // namespace
} // namespace kindred
