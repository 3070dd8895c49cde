// Generic CSV/TSV: mapping by header name and by index, guessed columns, implicit feedback,
// quoting (records over several lines, CRLF), clear errors, and weak detection.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

ImportOptions mapped(const std::string& user, const std::string& item, const std::string& rating = {}) {
    ImportOptions options = test::formatOptions("generic-csv");
    options.mapping.user = user;
    options.mapping.item = item;
    options.mapping.rating = rating;
    return options;
}

TEST(GenericCsvImporter, MapsColumnsByHeaderName) {
    test::TempDir dir;
    const auto file = dir.write("reviews.csv", "when,who,what,stars,name\n"
                                               "2019-11-15 08:55:22,alice,b1,4,First Book\n"
                                               "1573808122,bob,b1,2,First Book\n"
                                               "2019-11-16,alice,b2,5,Second Book\n");
    auto options = mapped("who", "what", "stars");
    options.mapping.timestamp = "when";
    options.mapping.title = "name";
    options.domain = "my books";
    options.domainKind = "book";
    const auto run = test::importInto(dir, {file}, options);
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto books = test::domainStats(run.project->stats(), "my books");
    EXPECT_EQ(books.kind, "book");
    EXPECT_EQ(books.ratings, 3u);
    EXPECT_EQ(books.users, 2u);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = 'b2'"), "Second Book");
    EXPECT_EQ(
        run.count(
            "SELECT ts FROM ratings r JOIN users u ON u.id = r.user_id JOIN items i ON i.id = r.item_id "
            "WHERE u.external_id = 'alice' AND i.external_id = 'b1'"),
        1573808122); // 2019-11-15 08:55:22 UTC
    EXPECT_EQ(
        run.count("SELECT ts FROM ratings r JOIN items i ON i.id = r.item_id WHERE i.external_id = 'b2'"),
        1573862400);
    EXPECT_EQ(run.text("SELECT feedback FROM sources"), "explicit");
}

TEST(GenericCsvImporter, MapsColumnsByIndexWithoutHeader) {
    test::TempDir dir;
    const auto file = dir.write("plays.dat", "9\tu1\ti1\t3\n9\tu2\ti1\t5\n9\tu2\ti2\t1\n");
    auto options = mapped("1", "2", "3");
    options.hasHeader = false;
    options.scale = RatingScale{1, 5};
    const auto run = test::importInto(dir, {file}, options);
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto stats = run.project->stats();
    EXPECT_EQ(stats.ratings, 3u);
    EXPECT_EQ(stats.users, 2u);
    EXPECT_EQ(test::domainStats(stats, "plays").kind, "other") << "default domain: the file stem";
}

TEST(GenericCsvImporter, NoRatingColumnMeansImplicitInteractions) {
    test::TempDir dir;
    const auto file = dir.write("listens.tsv", "listener\tsong\tplays\nu1\ts1\t10\nu1\ts2\t1\nu2\ts1\t\n");
    auto options = mapped("listener", "song");
    options.mapping.weight = "plays";
    const auto run = test::importInto(dir, {file}, options);
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.text("SELECT feedback FROM sources"), "implicit");
    EXPECT_EQ(run.project->stats().ratings, 3u);
    // Values are log1p(weight) / log1p(max weight): the most played pair is 1, an empty weight counts once.
    EXPECT_EQ(test::queryRows(run.db(), "SELECT weight, value FROM ratings ORDER BY weight DESC LIMIT 1"),
              std::vector<std::string>{"r:10|r:1"});
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings WHERE weight = 1"), 2);
}

TEST(GenericCsvImporter, GuessesColumnsFromTheHeader) {
    test::TempDir dir;
    // Book-Crossing style: ';' separated, quoted, names with dashes.
    const auto file = dir.write("BX-Book-Ratings.csv", "\"User-ID\";\"ISBN\";\"Book-Rating\"\n"
                                                       "\"276725\";\"034545104X\";\"3\"\n"
                                                       "\"276726\";\"0155061224\";\"5\"\n");
    const auto run = test::importInto(dir, {file});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "generic-csv");
    const auto domain = test::domainStats(run.project->stats(), "BX-Book-Ratings");
    EXPECT_EQ(domain.ratings, 2u);
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE external_id = '034545104X'"), 1);
    EXPECT_EQ(run.count("SELECT raw_value FROM ratings r JOIN users u ON u.id = r.user_id WHERE "
                        "u.external_id = '276726'"),
              5);
}

TEST(GenericCsvImporter, QuotedFieldsMaySpanLines) {
    test::TempDir dir;
    const auto file = dir.write("notes.csv", "user_id,item_id,rating,text,genres\r\n"
                                             "1,a,4,\"first line\r\nsecond, with comma\",Drama;War\r\n"
                                             "2,b,3,\"says \"\"hi\"\"\",\r\n"
                                             "3,a,5,plain,\r\n");
    const auto run = test::importInto(dir, {file});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.project->stats().ratings, 3u);
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = 'a'"), "first line\nsecond, with comma");
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = 'b'"), "says \"hi\"");
    EXPECT_EQ(run.count("SELECT count(*) FROM item_genres"), 2);
    EXPECT_EQ(run.result.report.rowsRead, 3u) << "three records on four lines";
}

TEST(GenericCsvImporter, UnclosedQuoteIsABadRowNamingWhereItOpened) {
    test::TempDir dir;
    const auto file = dir.write("broken.csv", "user,item,rating\nu1,i1,4\nu2,\"i2,5\nu3,i3,2\n");
    const auto failed = test::importInto(dir, {file});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(),
                HasSubstr("broken.csv:3: a quoted field opened on line 3 is never closed"));
}

TEST(GenericCsvImporter, UnknownColumnNamesTheFileAndTheColumns) {
    test::TempDir dir;
    const auto file = dir.write("ratings.csv", "userId,movieId,rating\n1,2,3\n");
    const auto run = test::importInto(dir, {file}, mapped("user", "movieId", "rating"));
    ASSERT_FALSE(run.result.status);
    const auto& message = run.result.status.message();
    EXPECT_THAT(message, HasSubstr("ratings.csv"));
    EXPECT_THAT(message, HasSubstr("no user column named 'user'"));
    EXPECT_THAT(message, HasSubstr("'userId', 'movieId', 'rating'"));

    const auto outOfRange = test::importInto(dir, {file}, mapped("0", "7", "2"));
    ASSERT_FALSE(outOfRange.result.status);
    EXPECT_THAT(outOfRange.result.status.message(), HasSubstr("item column index 7 is out of range"));
}

TEST(GenericCsvImporter, BadValuesAreRowsNamingTheField) {
    test::TempDir dir;
    const auto file =
        dir.write("r.csv", "user,item,rating,timestamp\nu1,i1,4,yesterday\nu1,i2,x,\nu2,i1,3,\nu3\n");
    const auto run = test::importInto(dir, {file}, test::formatOptions("generic-csv", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.project->stats().ratings, 1u);
    ASSERT_EQ(run.result.report.rejected.size(), 3u);
    EXPECT_THAT(run.result.report.rejected[0].problem, HasSubstr("timestamp 'yesterday'"));
    EXPECT_EQ(run.result.report.rejected[0].line, 2u);
    EXPECT_THAT(run.result.report.rejected[1].problem, HasSubstr("rating 'x' is not a number"));
    EXPECT_THAT(run.result.report.rejected[2].problem, HasSubstr("found 1 (wrong separator?)"));
}

TEST(GenericCsvImporter, DetectionIsWeakAndNeedsUserAndItemColumns) {
    test::TempDir dir;
    dir.write("a/interactions.csv", "user_id,item_id,rating\n1,2,3\n");
    const auto guess = detectFormat({dir / "a"});
    EXPECT_EQ(guess.formatId, "generic-csv");
    EXPECT_EQ(guess.confidence, 30);
    dir.write("b/prices.csv", "sku,price\n1,2\n");
    EXPECT_EQ(detectFormat({dir / "b"}).confidence, 0);
}

} // namespace
} // namespace kindred
