#include "importers/FormatImportSupport.h"

#include <cmath>

namespace kindred {
namespace {

using test::importInto;

TEST(LastfmImporter, RealFolderCountsMatchTheReadme) {
    KINDRED_REQUIRE_DATASET("hetrec2011-lastfm-2k/user_artists.dat");
    test::TempDir dir;
    EXPECT_EQ(detectFormat({test::sharedDataDir() / "hetrec2011-lastfm-2k"}).formatId, "lastfm-hetrec2011");
    auto run = importInto(dir, {test::sharedDataDir() / "hetrec2011-lastfm-2k"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto domain = test::domainStats(run.project->stats(), "lastfm artists");
    EXPECT_EQ(domain.ratings, 92834u);
    EXPECT_EQ(domain.items, 17632u);
    EXPECT_EQ(domain.users, 1892u); // distinct userID values in user_artists.dat
    EXPECT_EQ(run.count("SELECT count(*) FROM user_links WHERE kind = 'friend'"), 25434);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '1'"), "MALICE MIZER");
}

TEST(LastfmImporter, PlayCountsBecomeWeightsOnALogScale) {
    test::TempDir dir;
    dir.write("l/user_artists.dat", "userID\tartistID\tweight\r\n1\t7\t0\r\n1\t8\t9\r\n2\t7\t99\r\n");
    dir.write("l/artists.dat", "id\tname\turl\tpictureURL\n7\tSeven\thttp://a.invalid/7\t\n8\tEight\t\t\n");
    dir.write("l/user_friends.dat", "userID\tfriendID\r\n1\t2\r\n2\t1\r\n");
    auto run = importInto(dir, {dir / "l"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    // value = log1p(plays) / log1p(max plays): 99 plays → 1, 9 plays → log(10)/log(100) = 0.5, 0 → 0.
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 1 AND weight = 99"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE abs(value - 0.5) < 1e-6 AND weight = 9"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE value = 0"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM user_links"), 2);
    EXPECT_TRUE(run.hasNote("no tags"));
}

TEST(LastfmImporter, NegativePlayCountIsABadRowNamingTheLine) {
    test::TempDir dir;
    dir.write("l/user_artists.dat", "userID\tartistID\tweight\n1\t7\t5\n1\t8\t-3\n");
    auto project = Project::open(dir / "p.kindred");
    ASSERT_TRUE(project);
    const auto result = importDataset(*project.value(), {dir / "l"}, {});
    ASSERT_FALSE(result.status);
    EXPECT_NE(result.status.message().find("l/user_artists.dat:3:"), std::string::npos) << result.status.message();
}

} // namespace
} // namespace kindred
