// Last.fm HetRec 2011: the real hetrec2011-lastfm-2k folder (CRLF files, artists.dat in LF) and
// invented files for play-count weights, tags, friendships, headers and bad rows.
#include "importers/FormatImportSupport.h"

#include <cmath>
#include <gmock/gmock.h>

namespace kindred {
namespace {

using test::formatOptions;
using test::importInto;
using ::testing::HasSubstr;

TEST(LastfmImporter, RealFolderCountsMatchTheReadme) {
    KINDRED_REQUIRE_DATASET("hetrec2011-lastfm-2k/user_artists.dat");
    const auto folder = test::sharedDataDir() / "hetrec2011-lastfm-2k";
    EXPECT_EQ(detectFormat({folder}).formatId, "lastfm-hetrec2011");
    test::TempDir dir;
    const auto run = importInto(dir, {folder});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.rowsRejected, 0u);
    EXPECT_EQ(run.result.report.rowsRead, 92834u + 17632u + 25434u);
    const auto stats = run.project->stats();
    const auto domain = test::domainStats(stats, "lastfm artists");
    EXPECT_EQ(domain.kind, "music");
    EXPECT_EQ(domain.ratings, 92834u);
    EXPECT_EQ(domain.items, 17632u);
    EXPECT_EQ(domain.users, 1892u); // distinct userID values in user_artists.dat (counted with a script)
    EXPECT_EQ(stats.users, 1892u) << "every friend also has plays";
    EXPECT_EQ(run.count("SELECT count(*) FROM user_links WHERE kind = 'friend'"), 25434);
    EXPECT_EQ(run.result.report.userLinks, 25434u);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '1'"), "MALICE MIZER");
    EXPECT_EQ(run.text("SELECT value FROM item_links l JOIN items i ON i.id = l.item_id "
                       "WHERE i.external_id = '1' AND kind = 'url'"),
              "http://www.last.fm/music/MALICE+MIZER");
    // The largest play count (352,698) maps to 1; every value stays within 0..1.
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 1 AND weight = 352698"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value < 0 OR value > 1"), 0);
    EXPECT_TRUE(run.hasNote("user_taggedartists.dat not found"));
    EXPECT_FALSE(run.project->sources().at(0).isExplicit);
}

TEST(LastfmImporter, PlayCountsBecomeWeightsOnALogScale) {
    test::TempDir dir;
    dir.write("l/user_artists.dat",
              "userID\tartistID\tweight\r\n1\t7\t0\r\n1\t8\t9\r\n2\t7\t99"); // no final newline
    dir.write("l/artists.dat", "id\tname\turl\tpictureURL\n7\tSeven\thttp://a.invalid/7\t\n8\tEight\t\t\n");
    dir.write("l/user_friends.dat", "userID\tfriendID\r\n1\t2\r\n2\t1\r\n2\t3\r\n");
    const auto run = importInto(dir, {dir / "l"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    // value = log1p(plays) / log1p(max plays): 99 plays → 1, 9 plays → log(10)/log(100) = 0.5, 0 → 0.
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 1 AND weight = 99 AND raw_value = 99"),
              1);
    const auto half = test::queryRows(run.db(), "SELECT value FROM ratings WHERE weight = 9");
    ASSERT_EQ(half.size(), 1u);
    EXPECT_NEAR(std::stod(half[0].substr(2)), std::log1p(9.0) / std::log1p(99.0), 1e-6);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 0"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE ts IS NOT NULL"), 0);
    EXPECT_EQ(run.count("SELECT count(*) FROM user_links"), 3);
    EXPECT_EQ(
        run.count("SELECT count(*) FROM user_links l JOIN users a ON a.id = l.user_id "
                  "JOIN users b ON b.id = l.other_user_id WHERE a.external_id = '2' AND b.external_id = '3'"),
        1);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '8'"), "Eight");
    EXPECT_EQ(run.count("SELECT count(*) FROM item_links"), 1) << "an empty url is no link";
    EXPECT_TRUE(run.hasNote("user_taggedartists.dat not found"));
}

TEST(LastfmImporter, TagAssignmentsAddUpPerArtist) {
    test::TempDir dir;
    dir.write("l/user_artists.dat", "userID\tartistID\tweight\r\n1\t7\t5\r\n");
    dir.write("l/tags.dat", "tagID\ttagValue\r\n1\tmetal\r\n2\tj-rock\r\n");
    dir.write("l/user_taggedartists.dat",
              "userID\tartistID\ttagID\tday\tmonth\tyear\r\n"
              "1\t7\t1\t1\t4\t2009\r\n2\t7\t1\t1\t5\t2009\r\n2\t7\t2\t1\t5\t2009\r\n");
    const auto run = importInto(dir, {dir / "l"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT weight FROM item_tags WHERE tag = 'metal'"), 2);
    EXPECT_EQ(run.count("SELECT weight FROM item_tags WHERE tag = 'j-rock'"), 1);
    EXPECT_TRUE(run.hasNote("artists.dat not found"));
    EXPECT_TRUE(run.hasNote("user_friends.dat not found"));
}

TEST(LastfmImporter, BadRowsNameTheLine) {
    test::TempDir data;
    data.write("l/user_artists.dat",
               "userID\tartistID\tweight\n1\t7\t5\n1\t8\t-3\n2\t8\t1.5\n2\t9\n3\t9\t2\n");
    data.write("l/user_friends.dat", "userID\tfriendID\n1\t1\n1\t3\n");

    test::TempDir aborted;
    const auto failed = importInto(aborted, {data / "l"});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("l/user_artists.dat:3: weight (play count) '-3'"));
    EXPECT_EQ(failed.project->stats().ratings, 0u);

    test::TempDir skipped;
    const auto run =
        importInto(skipped, {data / "l"}, formatOptions("lastfm-hetrec2011", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.project->stats().ratings, 2u);
    EXPECT_EQ(run.count("SELECT count(*) FROM user_links"), 1);
    const auto& rejected = run.result.report.rejected;
    ASSERT_EQ(rejected.size(), 4u);
    EXPECT_EQ(rejected[1].line, 4u);
    EXPECT_THAT(rejected[2].problem, HasSubstr("expected 3 tab-separated fields"));
    EXPECT_THAT(rejected[3].toString(),
                HasSubstr("l/user_friends.dat:2: user '1' is listed as their own friend"));
}

TEST(LastfmImporter, WrongHeaderOrNoPlaysFails) {
    test::TempDir dir;
    dir.write("l/user_artists.dat", "1\t7\t5\n2\t7\t3\n");
    const auto headless = importInto(dir, {dir / "l"}, formatOptions("lastfm-hetrec2011"));
    ASSERT_FALSE(headless.result.status);
    EXPECT_THAT(
        headless.result.status.message(),
        HasSubstr("l/user_artists.dat:1: expected the tab-separated header userID, artistID, weight"));

    test::TempDir other;
    other.write("l/user_artists.dat", "userID\tartistID\tweight\r\n");
    const auto empty = importInto(other, {other / "l"});
    ASSERT_FALSE(empty.result.status);
    EXPECT_THAT(empty.result.status.message(),
                HasSubstr("l/user_artists.dat: file has a header but no user-artist rows"));
}

} // namespace
} // namespace kindred
