// Amazon rating TSV: the real amazon-dense-subset (books + movies, shared reviewers) and invented
// files for domains from file names, bad rows and detection against RecBole.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

TEST(AmazonTsvImporter, RealDenseSubsetCountsMatchTheDocumentation) {
    KINDRED_REQUIRE_DATASET("amazon-dense-subset/Amazon-Books-Dense.inter");
    test::TempDir dir;
    const auto run = test::importInto(dir, {test::sharedDataDir() / "amazon-dense-subset"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "amazon-tsv");
    EXPECT_EQ(run.result.report.rowsRejected, 0u);
    // The documented 38,149 + 68,023 rating rows hold repeated (reviewer, item) pairs (exact
    // copies and a few changed ratings); without timestamps the later line wins.
    EXPECT_EQ(run.result.report.rowsRead, 38149u + 68023u);
    EXPECT_EQ(run.result.report.duplicatesResolved, (38149u - 31504u) + (68023u - 62084u));
    const auto stats = run.project->stats();
    const auto books = test::domainStats(stats, "amazon books");
    EXPECT_EQ(books.kind, "book");
    EXPECT_EQ(books.ratings, 31504u);
    EXPECT_EQ(books.users, 1426u);
    EXPECT_EQ(books.items, 723u);
    const auto movies = test::domainStats(stats, "amazon movies");
    EXPECT_EQ(movies.kind, "movie");
    EXPECT_EQ(movies.ratings, 62084u);
    EXPECT_EQ(movies.users, 1381u);
    EXPECT_EQ(movies.items, 1338u);
    ASSERT_EQ(stats.overlaps.size(), 1u);
    EXPECT_EQ(stats.overlaps[0].sharedUsers, 1329u) << "one reviewer is one person across the two domains";
    EXPECT_TRUE(run.hasNote("dense_users.txt")) << "files left out are listed";
}

TEST(AmazonTsvImporter, DomainComesFromTheFileName) {
    test::TempDir dir;
    dir.write("amz/Amazon-Books-Dense.inter",
              "user_id\titem_id\trating\nA1\t0001844423\t2.0\nA2\t0001844423\t5.0\n");
    dir.write("amz/Amazon-Music-Dense.inter", "user_id\titem_id\trating\nA1\tB000002UB2\t4.0\n");
    const auto run = test::importInto(dir, {dir / "amz"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto stats = run.project->stats();
    EXPECT_EQ(test::domainStats(stats, "amazon books").ratings, 2u);
    EXPECT_EQ(test::domainStats(stats, "amazon music").kind, "music");
    EXPECT_EQ(stats.users, 2u);
    EXPECT_EQ(stats.usersInSeveralDomains, 1u);
    EXPECT_EQ(run.text("SELECT DISTINCT namespace FROM users"), "amazon");
}

TEST(AmazonTsvImporter, UnknownCategoryNeedsADomain) {
    test::TempDir dir;
    const auto file = dir.write("garden.tsv", "user_id\titem_id\trating\nA1\tB1\t4.0\n");
    const auto failed = test::importInto(dir, {file});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("garden.tsv: cannot tell the category"));

    ImportOptions options;
    options.domain = "amazon garden";
    const auto run = test::importInto(dir, {file}, options);
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(test::domainStats(run.project->stats(), "amazon garden").kind, "other");
}

TEST(AmazonTsvImporter, BadRatingsAreRowsWithLines) {
    test::TempDir dir;
    const auto file = dir.write("Movies.tsv", "user_id\titem_id\trating\nA1\tM1\t4.0\nA2\tM1\t7.0\nA3\tM2\n");
    const auto failed = test::importInto(dir, {file});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("Movies.tsv:3: rating"));

    test::TempDir other;
    const auto run = test::importInto(other, {file}, test::formatOptions("amazon-tsv", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.project->stats().ratings, 1u);
    EXPECT_EQ(run.result.report.rowsRejected, 2u);
}

TEST(AmazonTsvImporter, DetectedAboveRecBoleForTheUntypedHeader) {
    test::TempDir dir;
    dir.write("amz/Amazon-Books-Dense.inter", "user_id\titem_id\trating\nA1\t0001844423\t2.0\n");
    EXPECT_EQ(detectFormat({dir / "amz"}).formatId, "amazon-tsv");
    dir.write("typed/books.inter", "user_id:token\titem_id:token\trating:float\nA1\tB1\t2\n");
    EXPECT_EQ(detectFormat({dir / "typed"}).formatId, "recbole");
}

} // namespace
} // namespace kindred
