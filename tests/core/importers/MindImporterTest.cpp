// MIND (Microsoft News): the real mind-small-sample and invented click logs for click and
// non-click values, impression times, detection by shape and malformed impressions.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using test::formatOptions;
using test::importInto;
using ::testing::HasSubstr;

TEST(MindImporter, RealSampleCountsMatchTheDocumentation) {
    KINDRED_REQUIRE_DATASET("mind-small-sample/behaviors.tsv");
    const auto folder = test::sharedDataDir() / "mind-small-sample";
    EXPECT_EQ(detectFormat({folder}).formatId, "mind");
    test::TempDir dir;
    const auto run = importInto(dir, {folder});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.rowsRejected, 0u);
    EXPECT_EQ(run.result.report.rowsRead, 5000u + 2000u);
    const auto news = test::domainStats(run.project->stats(), "mind news");
    EXPECT_EQ(news.kind, "news");
    EXPECT_EQ(news.users, 4637u);
    // SOURCES.md: 22,592 news ids referenced, 838 of them among the 2,000 described in news.tsv.
    EXPECT_EQ(news.items, 22592u + 2000u - 838u);
    EXPECT_TRUE(run.hasNote("21754 news ids in behaviors.tsv are not in news.tsv"));
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE title IS NOT NULL"), 2000);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_links WHERE kind = 'url'"), 2000);
    // Distinct (user, news) pairs over histories and impressions, counted independently with a
    // script; a later impression outranks an undated history click of the same pair.
    EXPECT_EQ(news.ratings, 324790u);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 1"), 143984);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 0"), 180806);
    const auto sources = run.project->sources();
    ASSERT_EQ(sources.size(), 1u);
    EXPECT_FALSE(sources[0].isExplicit);
    EXPECT_EQ(sources[0].userNamespace, "mind");
}

TEST(MindImporter, ClicksAndNonClicksWithTimes) {
    test::TempDir dir;
    dir.write("m/news.tsv", "N1\tsports\tsoccer\tA title\tAn abstract\thttp://n.invalid/1\t[]\t[]\n");
    dir.write("m/behaviors.tsv", "1\tU1\t11/15/2019 8:55:22 AM\tN1 N2\tN3-1 N4-0\n"
                                 "2\tU2\t11/15/2019 12:00:00 PM\t\tN1-0"); // no final newline
    const auto run = importInto(dir, {dir / "m"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 5);
    // History clicks: value 1, no time. Impression click at the impression time; non-click value 0.
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 1 AND ts IS NULL"), 2);
    EXPECT_EQ(
        run.count("SELECT ts FROM ratings r JOIN items i ON i.id = r.item_id WHERE i.external_id = 'N3'"),
        1573808122); // 2019-11-15 08:55:22 UTC
    EXPECT_EQ(
        run.count("SELECT value FROM ratings r JOIN items i ON i.id = r.item_id WHERE i.external_id = 'N3'"),
        1);
    EXPECT_EQ(
        run.count(
            "SELECT ts FROM ratings r JOIN items i ON i.id = r.item_id JOIN users u ON u.id = r.user_id "
            "WHERE i.external_id = 'N1' AND u.external_id = 'U2'"),
        1573819200); // 12:00 PM is noon
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 0 AND ts IS NOT NULL"), 2);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_genres"), 2);
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = 'N1'"), "An abstract");
    EXPECT_EQ(run.text("SELECT value FROM item_links WHERE kind = 'url'"), "http://n.invalid/1");
    EXPECT_TRUE(run.hasNote("3 news ids in behaviors.tsv are not in news.tsv"));
}

TEST(MindImporter, DetectedByShapeUnderAnotherName) {
    test::TempDir dir;
    const auto file = dir.write("train_log.tsv", "7\tU9\t11/11/2019 9:05:58 AM\tN5\tN6-1 N7-0\r\n");
    EXPECT_EQ(detectFormat({file}).formatId, "mind");
    const auto run = importInto(dir, {file});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "mind");
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 3);
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE external_id = 'N7'"), 1) << "CR stripped";
    EXPECT_TRUE(run.hasNote("news.tsv not found"));
}

TEST(MindImporter, MalformedRowsNameTheLineAndLeaveNothingBehind) {
    test::TempDir data;
    data.write("m/behaviors.tsv", "1\tU1\t11/15/2019 8:55:22 AM\tN1\tN3-1\n"
                                  "2\tU2\t11/15/2019 8:56:00 AM\tN8 N9\tN3-1 N4-x\n"
                                  "3\tU3\tyesterday\tN1\tN3-0\n"
                                  "4\tU4\t11/15/2019 8:57:00 AM\tN1\n");
    test::TempDir aborted;
    const auto failed = importInto(aborted, {data / "m"});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("m/behaviors.tsv:2: impression 'N4-x'"));

    test::TempDir skipped;
    const auto run = importInto(skipped, {data / "m"}, formatOptions("mind", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 2) << "only line 1 is kept";
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE external_id IN ('N8', 'N9')"), 0);
    const auto& rejected = run.result.report.rejected;
    ASSERT_EQ(rejected.size(), 3u);
    EXPECT_EQ(rejected[0].line, 2u);
    EXPECT_THAT(rejected[1].problem, HasSubstr("time 'yesterday'"));
    EXPECT_THAT(rejected[2].problem, HasSubstr("expected 5 tab-separated fields"));
}

TEST(MindImporter, EmptyOrMissingClickLogFails) {
    test::TempDir dir;
    dir.write("m/behaviors.tsv", "\n");
    const auto empty = importInto(dir, {dir / "m"}, formatOptions("mind"));
    ASSERT_FALSE(empty.result.status);
    EXPECT_THAT(empty.result.status.message(), HasSubstr("m/behaviors.tsv: file is empty"));

    test::TempDir other;
    other.write("n/news.tsv", "N1\tsports\tsoccer\tT\tA\tU\t[]\t[]\n");
    EXPECT_EQ(detectFormat({other / "n"}).formatId, "mind");
    const auto missing = importInto(other, {other / "n"});
    ASSERT_FALSE(missing.result.status);
    EXPECT_THAT(missing.result.status.message(), HasSubstr("behaviors.tsv not found"));
}

} // namespace
} // namespace kindred
