// MovieLens 1M: the real movies.dat/users.dat (our copy has no ratings.dat) and small invented
// files in the same format for ratings, Latin-1 titles, age codes and occupation names.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

TEST(MovieLens1mImporter, RealFilesImportMoviesAndUsersAndNoteTheMissingRatings) {
    KINDRED_REQUIRE_DATASET("ml-1m/movies.dat");
    test::TempDir dir;
    const auto run = test::importInto(dir, {test::sharedDataDir() / "ml-1m"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "movielens-1m");
    EXPECT_EQ(run.result.report.userNamespace, "movielens-1m");
    const auto stats = run.project->stats();
    EXPECT_EQ(stats.items, 3883u);
    EXPECT_EQ(stats.users, 6040u);
    EXPECT_EQ(stats.ratings, 0u);
    EXPECT_EQ(test::domainStats(stats, "ml-1m movies").kind, "movie");
    EXPECT_EQ(run.result.report.rowsRejected, 0u);
    EXPECT_TRUE(run.hasNote("ratings.dat not found")) << "the report must say that there are no ratings";

    // 1::F::1::10::48067 — age stays the bucket code, occupation 10 is named.
    EXPECT_EQ(
        test::queryRows(run.db(), "SELECT age, gender, occupation, zip FROM users WHERE external_id = '1'"),
        std::vector<std::string>{"i:1|t:'F'|t:'K-12 student'|t:'48067'"});
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '1'"), "Toy Story (1995)");
    EXPECT_EQ(run.count("SELECT year FROM items WHERE external_id = '1'"), 1995);
    EXPECT_EQ(
        run.count(
            "SELECT count(*) FROM item_genres g JOIN items i ON i.id = g.item_id WHERE i.external_id = '1'"),
        3);
    // movies.dat is ISO-8859-1: "Misérables" must arrive as UTF-8.
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '73'"), "Misérables, Les (1995)");
}

TEST(MovieLens1mImporter, ReadsRatingsMoviesAndUsers) {
    test::TempDir dir;
    dir.write("ml/ratings.dat", "1::10::5::978300760\n1::20::3::978302109\n2::10::4::978301968\n");
    dir.write("ml/movies.dat",
              "10::Caf\xe9 au Lait (1993)::Comedy\n20::Heat (1995)::Action|Crime|Thriller\n");
    dir.write("ml/users.dat", "1::F::1::10::48067\n2::M::56::16::70072\n");
    const auto run = test::importInto(dir, {dir / "ml"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "movielens-1m");
    EXPECT_EQ(run.project->stats().ratings, 3u);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '10'"), "Café au Lait (1993)");
    EXPECT_EQ(run.text("SELECT occupation FROM users WHERE external_id = '2'"), "self-employed");
    EXPECT_EQ(run.count("SELECT age FROM users WHERE external_id = '2'"), 56);
    EXPECT_EQ(
        run.count("SELECT ts FROM ratings r JOIN users u ON u.id = r.user_id WHERE u.external_id = '2'"),
        978301968);
    EXPECT_FALSE(run.hasNote("ratings.dat not found"));
}

TEST(MovieLens1mImporter, AgeOutsideTheCodesAndUnknownOccupationAreBadRows) {
    test::TempDir dir;
    dir.write("ml/movies.dat", "1::Toy Story (1995)::Animation\n");
    dir.write("ml/users.dat", "1::F::1::10::48067\n2::M::30::16::70072\n3::M::25::21::55117\n");
    const auto failed = test::importInto(dir, {dir / "ml"}, test::formatOptions("movielens-1m"));
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("users.dat:2: age '30'"));

    test::TempDir other;
    const auto run =
        test::importInto(other, {dir / "ml"}, test::formatOptions("movielens-1m", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.rowsRejected, 2u);
    ASSERT_EQ(run.result.report.rejected.size(), 2u);
    EXPECT_THAT(run.result.report.rejected[1].problem, HasSubstr("occupation '21'"));
    EXPECT_EQ(run.project->stats().users, 1u);
}

TEST(MovieLens1mImporter, EmptyRatingFileIsAnError) {
    test::TempDir dir;
    dir.write("ml/ratings.dat", "");
    dir.write("ml/movies.dat", "1::Toy Story (1995)::Animation\n");
    dir.write("ml/users.dat", "1::F::1::10::48067\n");
    const auto run = test::importInto(dir, {dir / "ml"}, test::formatOptions("movielens-1m"));
    ASSERT_FALSE(run.result.status);
    EXPECT_THAT(run.result.status.message(), HasSubstr("ratings.dat: file is empty"));
    EXPECT_EQ(run.project->stats().items, 0u) << "a failed import must leave the project untouched";
}

TEST(MovieLens1mImporter, DetectedFromMoviesAndUsers) {
    test::TempDir dir;
    dir.write("ml/movies.dat", "1::Toy Story (1995)::Animation\n");
    dir.write("ml/users.dat", "1::F::1::10::48067\n");
    EXPECT_EQ(detectFormat({dir / "ml"}).formatId, "movielens-1m");
    // A tab-separated ratings.dat (Douban) is not MovieLens 1M.
    dir.write("douban/ratings.dat", "1\t2\t5\n");
    EXPECT_NE(detectFormat({dir / "douban"}).formatId, "movielens-1m");
}

} // namespace
} // namespace kindred
