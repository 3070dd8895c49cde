// Douban (DTCDR / GA-DTCDR): the real book + music folder with its documented counts, the full
// DTCDR book file only when named, and invented files for line endings and bad rows.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using test::domainStats;
using test::formatOptions;
using test::importInto;
using ::testing::HasSubstr;

TEST(DoubanImporter, RealFolderCountsMatchTheDocumentation) {
    KINDRED_REQUIRE_DATASET("douban-dtcdr/douban_book/ratings.dat");
    const auto folder = test::sharedDataDir() / "douban-dtcdr";
    EXPECT_EQ(detectFormat({folder}).formatId, "douban");
    test::TempDir dir;
    const auto run = importInto(dir, {folder});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "douban");
    EXPECT_EQ(run.result.report.rowsRejected, 0u);
    EXPECT_EQ(run.result.report.rowsRead, 96041u + 69709u) << "the last line has no newline and still counts";
    const auto stats = run.project->stats();
    const auto books = domainStats(stats, "douban books");
    EXPECT_EQ(books.kind, "book");
    EXPECT_EQ(books.ratings, 96041u) << "ratings_200000.dat must not be read when a folder is given";
    EXPECT_EQ(books.users, 2110u);
    EXPECT_EQ(books.items, 6777u);
    const auto music = domainStats(stats, "douban music");
    EXPECT_EQ(music.kind, "music");
    EXPECT_EQ(music.ratings, 69709u);
    EXPECT_EQ(music.users, 1672u);
    EXPECT_EQ(music.items, 5567u);
    ASSERT_EQ(stats.overlaps.size(), 1u);
    EXPECT_EQ(stats.overlaps[0].sharedUsers, 1566u) << "one user namespace across media";
    EXPECT_EQ(stats.users, 2110u + 1672u - 1566u);
    EXPECT_EQ(run.text("SELECT DISTINCT namespace FROM users"), "douban");
    EXPECT_TRUE(run.hasNote("douban_movie/ratings.dat not found"));
}

TEST(DoubanImporter, FullDtcdrBookFileOnlyWhenGivenExplicitly) {
    KINDRED_REQUIRE_DATASET("douban-dtcdr/douban_book/ratings_200000.dat");
    const auto full = test::sharedDataDir() / "douban-dtcdr/douban_book/ratings_200000.dat";
    EXPECT_EQ(detectFormat({full}).formatId, "douban");
    test::TempDir dir;
    const auto run = importInto(dir, {full, test::sharedDataDir() / "douban-dtcdr/douban_music"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto stats = run.project->stats();
    const auto books = domainStats(stats, "douban books");
    EXPECT_EQ(books.ratings, 227251u);
    EXPECT_EQ(books.users, 2212u);
    EXPECT_EQ(books.items, 95872u);
    ASSERT_EQ(stats.overlaps.size(), 1u);
    EXPECT_EQ(stats.overlaps[0].sharedUsers, 1604u);
    EXPECT_EQ(stats.users, 2280u) << "SOURCES.md: 2,280 distinct users across the three files";
}

TEST(DoubanImporter, NoFinalNewlineAndCrlfAreRead) {
    test::TempDir dir;
    dir.write("d/douban_music/ratings.dat", "1\t10\t5\n2\t10\t3\n3\t11\t4"); // no final newline
    dir.write("d/douban_movie/ratings.dat", "1\t7\t2\r\n3\t7\t1\r\n");
    dir.write("d/douban_book/ratings_200000.dat", "1\t1\t1\n"); // not named: not read
    const auto run = importInto(dir, {dir / "d"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto stats = run.project->stats();
    EXPECT_EQ(domainStats(stats, "douban music").ratings, 3u);
    EXPECT_EQ(domainStats(stats, "douban movies").kind, "movie");
    EXPECT_EQ(domainStats(stats, "douban movies").ratings, 2u);
    EXPECT_EQ(stats.ratings, 5u);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE raw_value = 4 AND ts IS NULL"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE raw_value = 1 AND value = 0"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE external_id = '7'"), 1) << "CR stripped from ids";
    EXPECT_EQ(stats.usersInSeveralDomains, 2u) << "users 1 and 3 rated music and movies";
    ASSERT_EQ(stats.activity.size(), 9u);
    EXPECT_EQ(stats.activity[0].users, 1u) << "user 2: one rating";
    EXPECT_EQ(stats.activity[1].users, 2u) << "users 1 and 3: two ratings each";
    EXPECT_EQ(stats.activity[8].minRatings, 500u);
    EXPECT_EQ(stats.activity[8].users, 0u);
    EXPECT_TRUE(run.hasNote("douban_book/ratings.dat not found"));
}

TEST(DoubanImporter, BadRowsNameFileAndLine) {
    test::TempDir data;
    data.write("d/douban_book/ratings.dat", "1\t10\t5\n2\t10\tseven\n3\t10\t4.5\n4\t10\t6\n5\t10\n6\t11\t2");

    test::TempDir aborted;
    const auto failed = importInto(aborted, {data / "d"});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("douban_book/ratings.dat:2: rating 'seven'"));
    EXPECT_EQ(failed.project->stats().ratings, 0u) << "abort leaves the project untouched";

    test::TempDir skipped;
    const auto run = importInto(skipped, {data / "d"}, formatOptions("douban", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.project->stats().ratings, 2u);
    const auto& rejected = run.result.report.rejected;
    ASSERT_EQ(rejected.size(), 4u);
    EXPECT_EQ(rejected[0].line, 2u);
    EXPECT_THAT(rejected[1].problem, HasSubstr("rating '4.5' is not a whole number"));
    EXPECT_EQ(rejected[2].line, 4u);
    EXPECT_THAT(rejected[2].problem, HasSubstr("outside the scale"));
    EXPECT_THAT(rejected[3].problem, HasSubstr("expected 3 tab-separated fields"));
}

TEST(DoubanImporter, EmptyFileAndMissingFoldersFail) {
    test::TempDir dir;
    dir.write("d/douban_music/ratings.dat", "");
    const auto empty = importInto(dir, {dir / "d"}, formatOptions("douban"));
    ASSERT_FALSE(empty.result.status);
    EXPECT_THAT(empty.result.status.message(), HasSubstr("douban_music/ratings.dat: file is empty"));

    test::TempDir other;
    other.write("x/ratings.dat", "1\t1\t1\n");
    EXPECT_NE(detectFormat({other / "x"}).formatId, "douban") << "ratings.dat outside douban_* folders";
    const auto missing = importInto(other, {other / "x"}, formatOptions("douban"));
    ASSERT_FALSE(missing.result.status);
    EXPECT_THAT(missing.result.status.message(), HasSubstr("no ratings.dat inside a douban_book/"));
}

} // namespace
} // namespace kindred
