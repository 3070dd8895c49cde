#include "importers/FormatImportSupport.h"

namespace kindred {
namespace {

using test::domainStats;
using test::formatOptions;
using test::importInto;

TEST(DoubanImporter, RealFolderCountsMatchTheDocumentation) {
    KINDRED_REQUIRE_DATASET("douban-dtcdr/douban_book/ratings.dat");
    test::TempDir dir;
    EXPECT_EQ(detectFormat({test::sharedDataDir() / "douban-dtcdr"}).formatId, "douban");
    auto run = importInto(dir, {test::sharedDataDir() / "douban-dtcdr"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto stats = run.project->stats();
    const auto books = domainStats(stats, "douban books");
    EXPECT_EQ(books.ratings, 96041u);
    EXPECT_EQ(books.users, 2110u);
    EXPECT_EQ(books.items, 6777u);
    const auto music = domainStats(stats, "douban music");
    EXPECT_EQ(music.ratings, 69709u);
    EXPECT_EQ(music.users, 1672u);
    EXPECT_EQ(music.items, 5567u);
    ASSERT_EQ(stats.overlaps.size(), 1u);
    EXPECT_EQ(stats.overlaps[0].sharedUsers, 1566u); // one user namespace across media
}

TEST(DoubanImporter, FullDtcdrBookFileOnlyWhenGivenExplicitly) {
    KINDRED_REQUIRE_DATASET("douban-dtcdr/douban_book/ratings_200000.dat");
    test::TempDir dir;
    auto run = importInto(dir, {test::sharedDataDir() / "douban-dtcdr/douban_book/ratings_200000.dat"},
                          formatOptions("douban"));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto books = domainStats(run.project->stats(), "douban books");
    EXPECT_EQ(books.ratings, 227251u);
    EXPECT_EQ(books.users, 2212u);
    EXPECT_EQ(books.items, 95872u);
}

TEST(DoubanImporter, ReadsALastLineWithoutNewlineAndNamesBadLines) {
    test::TempDir dir;
    dir.write("d/douban_music/ratings.dat", "1\t10\t5\n2\t10\t3\n3\t11\t4"); // no final newline
    auto run = importInto(dir, {dir / "d"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 3);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE raw_value = 4"), 1);

    test::TempDir bad;
    bad.write("d/douban_book/ratings.dat", "1\t10\t5\n2\t10\tseven\n");
    auto project = Project::open(bad / "p.kindred");
    ASSERT_TRUE(project);
    const auto result = importDataset(*project.value(), {bad / "d"}, {});
    ASSERT_FALSE(result.status);
    EXPECT_NE(result.status.message().find("douban_book/ratings.dat:2:"), std::string::npos)
        << result.status.message();
    EXPECT_EQ(project.value()->stats().ratings, 0u);
}

} // namespace
} // namespace kindred
