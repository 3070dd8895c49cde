// RecBole atomic files (invented rows): typed headers, .item metadata, .user demographics,
// implicit .inter files, header errors and detection.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

void writeDataset(const test::TempDir& dir) {
    dir.write("ml-mini/ml-mini.inter", "user_id:token\titem_id:token\trating:float\ttimestamp:float\n"
                                       "196\t242\t3\t881250949\n"
                                       "186\t302\t3\t891717742.0\n"
                                       "196\t302\t5\t881251000\n");
    dir.write("ml-mini/ml-mini.item",
              "item_id:token\tmovie_title:token_seq\trelease_year:token\tclass:token_seq\n"
              "242\tKolya\t1996\tComedy\n"
              "302\tL.A. Confidential\t1997\tCrime Film-Noir Mystery Thriller\n");
    dir.write("ml-mini/ml-mini.user",
              "user_id:token\tage:token\tgender:token\toccupation:token\tzip_code:token\n"
              "196\t49\tM\twriter\t55105\n"
              "186\t39\tF\texecutive\t00000\n");
}

TEST(RecBoleImporter, ReadsTypedInterItemAndUserFiles) {
    test::TempDir dir;
    writeDataset(dir);
    const auto run = test::importInto(dir, {dir / "ml-mini"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "recbole");
    EXPECT_EQ(run.result.report.userNamespace, "recbole:ml-mini");
    const auto stats = run.project->stats();
    const auto domain = test::domainStats(stats, "ml-mini items");
    EXPECT_EQ(domain.kind, "movie") << "ml-… names a movie dataset";
    EXPECT_EQ(domain.ratings, 3u);
    EXPECT_EQ(domain.users, 2u);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '302'"), "L.A. Confidential");
    EXPECT_EQ(run.count("SELECT year FROM items WHERE external_id = '302'"), 1997);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_genres g JOIN items i ON i.id = g.item_id "
                        "WHERE i.external_id = '302'"),
              4)
        << "token_seq genres are space-separated";
    EXPECT_EQ(
        test::queryRows(run.db(), "SELECT age, gender, occupation, zip FROM users WHERE external_id = '186'"),
        std::vector<std::string>{"i:39|t:'F'|t:'executive'|t:'00000'"});
    EXPECT_EQ(
        run.count("SELECT ts FROM ratings r JOIN users u ON u.id = r.user_id WHERE u.external_id = '186'"),
        891717742);
    EXPECT_EQ(run.text("SELECT feedback FROM sources"), "explicit");
}

TEST(RecBoleImporter, OptionsChooseDomainAndNamespace) {
    test::TempDir dir;
    writeDataset(dir);
    ImportOptions options = test::formatOptions("recbole");
    options.domain = "films";
    options.domainKind = "movie";
    options.userNamespace = "movielens-100k";
    const auto run = test::importInto(dir, {dir / "ml-mini/ml-mini.inter"}, options);
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(test::domainStats(run.project->stats(), "films").ratings, 3u);
    EXPECT_EQ(run.text("SELECT DISTINCT namespace FROM users"), "movielens-100k");
    // The .item and .user companions are found beside the .inter file given alone.
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '242'"), "Kolya");
}

TEST(RecBoleImporter, WithoutRatingColumnRowsAreImplicit) {
    test::TempDir dir;
    const auto file =
        dir.write("lastfm-mini.inter", "user_id:token\titem_id:token\tweight:float\nu1\ta1\t1\nu2\ta1\t1\n");
    const auto run = test::importInto(dir, {file});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.text("SELECT feedback FROM sources"), "implicit");
    EXPECT_EQ(test::domainStats(run.project->stats(), "lastfm-mini items").kind, "music");
    EXPECT_TRUE(run.hasNote("lastfm-mini.item not found"));
}

TEST(RecBoleImporter, RowsMustMatchTheHeader) {
    test::TempDir dir;
    const auto file = dir.write("books.inter", "user_id:token\titem_id:token\trating:float\n"
                                               "u1\tb1\t4\nu2\tb1\nu3\tb2\tfive\nu4\tb2\t2\n");
    const auto failed = test::importInto(dir, {file});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("books.inter:3: expected 3 tab-separated fields"));

    test::TempDir other;
    const auto run = test::importInto(other, {file}, test::formatOptions("recbole", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.project->stats().ratings, 2u);
    ASSERT_EQ(run.result.report.rejected.size(), 2u);
    EXPECT_THAT(run.result.report.rejected[1].problem, HasSubstr("rating 'five' is not a number"));
    EXPECT_EQ(test::domainStats(run.project->stats(), "books items").kind, "book");
}

TEST(RecBoleImporter, FilesAreUtf8UnlessLatin1IsChosen) {
    test::TempDir dir;
    writeDataset(dir);
    dir.write("ml-mini/ml-mini.item",
              "item_id:token\tmovie_title:token_seq\n242\tKolya\n302\tCaf\xe9 Noir\n");
    const auto failed = test::importInto(dir, {dir / "ml-mini"});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("ml-mini.item:3: line is not valid UTF-8"));

    test::TempDir other;
    ImportOptions options;
    options.encoding = TextEncoding::Latin1;
    const auto run = test::importInto(other, {dir / "ml-mini"}, options);
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '302'"), "Café Noir");
}

TEST(RecBoleImporter, HeaderErrorsFailTheImport) {
    test::TempDir dir;
    const auto badType = dir.write("a/x.inter", "user_id:token\titem_id:string\nu1\ti1\n");
    const auto failed = test::importInto(dir, {badType}, test::formatOptions("recbole"));
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(),
                HasSubstr("x.inter:1: column 'item_id' has the unknown type 'string'"));

    const auto noUser = dir.write("b/y.inter", "uid:token\titem_id:token\nu1\ti1\n");
    const auto missing = test::importInto(dir, {noUser}, test::formatOptions("recbole"));
    ASSERT_FALSE(missing.result.status);
    EXPECT_THAT(missing.result.status.message(), HasSubstr("y.inter:1: no user_id column"));
}

TEST(RecBoleImporter, DetectedFromTypedHeaders) {
    test::TempDir dir;
    writeDataset(dir);
    const auto guess = detectFormat({dir / "ml-mini"});
    EXPECT_EQ(guess.formatId, "recbole");
    EXPECT_EQ(guess.confidence, 90);
    dir.write("untyped/x.inter", "user_id\titem_id\trating\nu1\ti1\t4\n");
    EXPECT_NE(detectFormat({dir / "untyped"}).formatId, "recbole");
}

} // namespace
} // namespace kindred
