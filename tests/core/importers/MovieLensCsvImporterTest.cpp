// MovieLens CSV releases: the real ml-latest-small, and an ML-25M-shaped snippet (invented rows)
// with quoted titles, doubled quotes, CRLF line ends, half stars, repeated tags and empty links.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

TEST(MovieLensCsvImporter, RealLatestSmallCountsMatchTheDocumentation) {
    KINDRED_REQUIRE_DATASET("ml-latest-small/ratings.csv");
    test::TempDir dir;
    const auto run = test::importInto(dir, {test::sharedDataDir() / "ml-latest-small"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "movielens-csv");
    EXPECT_EQ(run.result.report.rowsRejected, 0u);
    const auto stats = run.project->stats();
    const auto movies = test::domainStats(stats, "movielens movies");
    EXPECT_EQ(movies.kind, "movie");
    EXPECT_EQ(movies.ratings, 100836u);
    EXPECT_EQ(movies.users, 610u);
    EXPECT_EQ(movies.items, 9742u);
    EXPECT_EQ(stats.users, 610u) << "tags.csv must not add people";

    // tags.csv: 3683 applications of 3579 distinct (movie, tag) pairs.
    EXPECT_EQ(run.count("SELECT count(*) FROM item_tags"), 3579);
    EXPECT_EQ(run.count("SELECT sum(weight) FROM item_tags"), 3683);
    // links.csv: every movie has an IMDb id; 8 have no TMDB id.
    EXPECT_EQ(run.count("SELECT count(*) FROM item_links WHERE kind = 'imdb'"), 9742);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_links WHERE kind = 'tmdb'"), 9742 - 8);
    EXPECT_EQ(run.text("SELECT value FROM item_links l JOIN items i ON i.id = l.item_id "
                       "WHERE i.external_id = '1' AND kind = 'imdb'"),
              "0114709");
    // Quoted titles with commas, and UTF-8 text.
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '29'"),
              "City of Lost Children, The (Cité des enfants perdus, La) (1995)");
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '7789'"),
              "11'09\"01 - September 11 (2002)");
    EXPECT_EQ(run.count("SELECT year FROM items WHERE external_id = '29'"), 1995);
    EXPECT_EQ(run.count("SELECT scale_min * 10 FROM sources"), 5);
}

/// An ML-25M-shaped release: CRLF line ends like our ml-latest-small copy.
void writeSnippet(const test::TempDir& dir, const std::string& ratings) {
    dir.write("ml-25m/movies.csv", "movieId,title,genres\r\n"
                                   "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy\r\n"
                                   "11,\"American President, The (1995)\",Comedy|Drama|Romance\r\n"
                                   "7789,\"11'09\"\"01 - September 11 (2002)\",Drama\r\n"
                                   "209171,Women of Devil's Island (1962),(no genres listed)\r\n");
    dir.write("ml-25m/ratings.csv", "userId,movieId,rating,timestamp\r\n" + ratings);
    dir.write("ml-25m/tags.csv", "userId,movieId,tag,timestamp\r\n"
                                 "3,1,pixar,1439472355\r\n"
                                 "4,1,pixar,1573943598\r\n"
                                 "4,11,\"politics, romance\",1573943619\r\n");
    dir.write("ml-25m/links.csv", "movieId,imdbId,tmdbId\r\n1,0114709,862\r\n209171,0055323,\r\n");
    dir.write("ml-25m/genome-tags.csv", "tagId,tag\r\n1,007\r\n");
}

TEST(MovieLensCsvImporter, Ml25mShapedSnippet) {
    test::TempDir dir;
    writeSnippet(dir, "1,1,4.0,1147880044\r\n1,11,0.5,1147868817\r\n2,7789,5.0,1147868828\r\n"
                      "2,209171,3.5,1147878820\r\n");
    const auto run = test::importInto(dir, {dir / "ml-25m"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "movielens-csv");
    EXPECT_EQ(run.project->stats().ratings, 4u);
    EXPECT_EQ(run.project->stats().users, 2u);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '11'"), "American President, The (1995)");
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '7789'"),
              "11'09\"01 - September 11 (2002)");
    EXPECT_EQ(run.count("SELECT count(*) FROM item_genres g JOIN items i ON i.id = g.item_id "
                        "WHERE i.external_id = '209171'"),
              0)
        << "(no genres listed) is not a genre";
    EXPECT_EQ(run.count("SELECT count(*) FROM item_genres"), 5 + 3 + 1);
    // Half stars on the 0.5..5 scale: 0.5 is the bottom of the common 0..1 scale.
    EXPECT_EQ(test::queryRows(run.db(),
                              "SELECT raw_value, value FROM ratings r JOIN items i ON i.id = r.item_id "
                              "WHERE i.external_id = '11'"),
              std::vector<std::string>{"r:0.5|r:0"});
    EXPECT_EQ(run.count("SELECT weight FROM item_tags WHERE tag = 'pixar'"), 2);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_tags WHERE tag = 'politics, romance'"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_links WHERE kind = 'tmdb'"), 1)
        << "an empty tmdbId is no link";
    EXPECT_EQ(run.text("SELECT value FROM item_links WHERE kind = 'imdb' AND item_id = "
                       "(SELECT id FROM items WHERE external_id = '209171')"),
              "0055323");
    EXPECT_TRUE(run.hasNote("genome"));
}

TEST(MovieLensCsvImporter, RatingOutsideTheScaleNamesTheLine) {
    test::TempDir dir;
    writeSnippet(dir, "1,1,4.0,1147880044\r\n1,11,5.5,1147868817\r\n2,7789,5.0,1147868828\r\n");
    const auto failed = test::importInto(dir, {dir / "ml-25m"});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("ratings.csv:3:"));
    EXPECT_THAT(failed.result.status.message(), HasSubstr("outside the scale"));

    test::TempDir other;
    const auto run =
        test::importInto(other, {dir / "ml-25m"}, test::formatOptions("movielens-csv", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.project->stats().ratings, 2u);
    EXPECT_EQ(run.result.report.rowsRejected, 1u);
}

TEST(MovieLensCsvImporter, InvalidUtf8TitleIsABadRowWithItsLine) {
    test::TempDir dir;
    writeSnippet(dir, "1,1,4.0,1147880044\r\n");
    dir.write("ml-25m/movies.csv",
              "movieId,title,genres\r\n1,Toy Story (1995),Comedy\r\n2,Caf\xe9 (1999),Drama\r\n");
    const auto failed = test::importInto(dir, {dir / "ml-25m"});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("movies.csv:3: title"));
    EXPECT_THAT(failed.result.status.message(), HasSubstr("is not valid UTF-8"));
}

TEST(MovieLensCsvImporter, WrongHeaderAndEmptyRatingsFail) {
    test::TempDir dir;
    writeSnippet(dir, "");
    const auto empty = test::importInto(dir, {dir / "ml-25m"});
    ASSERT_FALSE(empty.result.status);
    EXPECT_THAT(empty.result.status.message(), HasSubstr("ratings.csv: file has a header but no ratings"));

    dir.write("ml-25m/ratings.csv", "user,movie,stars\r\n1,1,4\r\n");
    test::TempDir other;
    const auto wrong = test::importInto(other, {dir / "ml-25m"}, test::formatOptions("movielens-csv"));
    ASSERT_FALSE(wrong.result.status);
    EXPECT_THAT(wrong.result.status.message(), HasSubstr("ratings.csv:1: expected the header"));
}

TEST(MovieLensCsvImporter, DetectedFromRatingsHeader) {
    test::TempDir dir;
    writeSnippet(dir, "1,1,4.0,1147880044\r\n");
    const auto guess = detectFormat({dir / "ml-25m"});
    EXPECT_EQ(guess.formatId, "movielens-csv");
    EXPECT_GE(guess.confidence, 90);
    EXPECT_EQ(detectFormat({dir / "ml-25m/ratings.csv"}).formatId, "movielens-csv");
}

} // namespace
} // namespace kindred
