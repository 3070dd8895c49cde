// Amazon review JSON lines (invented reviews): ratings and reviews, malformed lines under both
// bad-row policies, domains from file names, detection, and one namespace with Amazon TSV.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

const char* const kBooks =
    R"({"reviewerID": "A1", "asin": "0001844423", "reviewerName": "Ann", "vote": "3", "overall": 5.0, "summary": "Lovely", "reviewText": "A lovely book.", "unixReviewTime": 1380931200, "reviewTime": "10 5, 2013"})"
    "\n"
    R"({"reviewerID": "A2", "asin": "0001844423", "overall": 2.0, "reviewText": "Not for me \u00e9t\u00e9.", "reviewTime": "09 13, 2009"})"
    "\n"
    R"({"reviewerID": "A1", "asin": "0002005018", "overall": 4.0, "summary": "", "reviewText": "", "unixReviewTime": 1380931300, "style": {"Format:": " Hardcover"}})"
    "\n";

TEST(AmazonJsonImporter, ReadsRatingsAndReviews) {
    test::TempDir dir;
    const auto file = dir.write("Books_5.json", kBooks);
    const auto run = test::importInto(dir, {file});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.format, "amazon-json");
    const auto stats = run.project->stats();
    const auto books = test::domainStats(stats, "amazon books");
    EXPECT_EQ(books.kind, "book");
    EXPECT_EQ(books.ratings, 3u);
    EXPECT_EQ(books.users, 2u);
    EXPECT_EQ(stats.reviews, 2u) << "an empty reviewText is no review";
    EXPECT_EQ(run.text("SELECT summary FROM reviews WHERE text = 'A lovely book.'"), "Lovely");
    EXPECT_EQ(run.count("SELECT count(*) FROM reviews WHERE text = 'Not for me été.'"), 1);
    // Without unixReviewTime, reviewTime "09 13, 2009" is the date.
    EXPECT_EQ(
        run.count("SELECT ts FROM ratings r JOIN users u ON u.id = r.user_id WHERE u.external_id = 'A2'"),
        1252800000);
    EXPECT_EQ(run.text("SELECT DISTINCT namespace FROM users"), "amazon");
}

TEST(AmazonJsonImporter, MalformedLineFailsNamingTheLineOrIsSkipped) {
    test::TempDir dir;
    std::string content = kBooks;
    content.insert(content.find('\n') + 1,
                   "{\"reviewerID\": \"A3\", \"asin\": \"0001844423\", \"overall\": 4.0,\n");
    const auto file = dir.write("Movies_and_TV.json", content);

    const auto failed = test::importInto(dir, {file});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("Movies_and_TV.json:2: malformed JSON"));
    EXPECT_EQ(failed.project->stats().ratings, 0u);

    test::TempDir other;
    const auto run = test::importInto(other, {file}, test::formatOptions("amazon-json", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(test::domainStats(run.project->stats(), "amazon movies").ratings, 3u);
    ASSERT_EQ(run.result.report.rejected.size(), 1u);
    EXPECT_EQ(run.result.report.rejected[0].line, 2u);
    EXPECT_EQ(run.result.report.rowsRead, 4u);
}

TEST(AmazonJsonImporter, MissingOrMistypedFieldsAreBadRows) {
    test::TempDir dir;
    const auto file =
        dir.write("CDs_and_Vinyl_5.json", R"({"reviewerID": "A1", "asin": "B1", "overall": 5.0})"
                                          "\n"
                                          R"({"reviewerID": "A2", "asin": "B1"})"
                                          "\n"
                                          R"({"reviewerID": 7, "asin": "B1", "overall": 3.0})"
                                          "\n"
                                          R"({"reviewerID": "A3", "asin": "B1", "overall": "high"})"
                                          "\n"
                                          "[1, 2]\n");
    const auto run = test::importInto(dir, {file}, test::formatOptions("amazon-json", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(test::domainStats(run.project->stats(), "amazon music").ratings, 1u);
    const auto& rejected = run.result.report.rejected;
    ASSERT_EQ(rejected.size(), 4u);
    EXPECT_EQ(rejected[0].problem, "missing field overall");
    EXPECT_EQ(rejected[1].problem, "field reviewerID is not a string");
    EXPECT_THAT(rejected[2].problem, HasSubstr("field overall is not a number"));
    EXPECT_EQ(rejected[3].problem, "expected a JSON object, found array");
}

TEST(AmazonJsonImporter, NumberTooLargeIsABadRowNotACrash) {
    // Found by the fuzz smoke test: nlohmann reports 1e400 as out_of_range, not as a parse error.
    test::TempDir dir;
    const auto file = dir.write("Books.json", R"({"reviewerID": "A1", "asin": "B1", "overall": 5.0})"
                                              "\n"
                                              R"({"reviewerID": "A2", "asin": "B1", "overall": 1e400})"
                                              "\n");
    const auto failed = test::importInto(dir, {file});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("Books.json:2: malformed JSON: number overflow"));
}

TEST(AmazonJsonImporter, UnknownCategoryUsesTheOptionsOrTheFileName) {
    test::TempDir dir;
    const auto file =
        dir.write("reviews_Home_and_Kitchen_5.json", R"({"reviewerID": "A1", "asin": "B1", "overall": 5.0})"
                                                     "\n");
    const auto named = test::importInto(dir, {file});
    ASSERT_TRUE(named.result.status) << named.result.status.message();
    EXPECT_EQ(test::domainStats(named.project->stats(), "amazon home and kitchen").kind, "other");

    test::TempDir other;
    ImportOptions options;
    options.domain = "kitchen";
    options.domainKind = "other";
    const auto chosen = test::importInto(other, {file}, options);
    ASSERT_TRUE(chosen.result.status) << chosen.result.status.message();
    EXPECT_EQ(test::domainStats(chosen.project->stats(), "kitchen").ratings, 1u);
}

TEST(AmazonJsonImporter, SharesPeopleAndItemsWithAmazonTsv) {
    test::TempDir dir;
    const auto json = dir.write("json/Books.json", kBooks);
    const auto tsv = dir.write("tsv/Amazon-Books-Dense.inter",
                               "user_id\titem_id\trating\nA1\t0001844423\t4.0\nA9\t0001844423\t3.0\n");
    auto opened = Project::open(dir / "p.kindred");
    ASSERT_TRUE(opened) << opened.status().message();
    auto& project = *opened.value();
    ASSERT_TRUE(test::importAndCheck(project, {json}, {}).status);
    ASSERT_TRUE(test::importAndCheck(project, {tsv}, {}).status);
    const auto stats = project.stats();
    EXPECT_EQ(stats.users, 3u) << "A1 from both files is one person";
    EXPECT_EQ(test::domainStats(stats, "amazon books").items, 2u);
    EXPECT_EQ(stats.ratings, 4u) << "A1's TSV rating of 0001844423 replaces the JSON one";
}

TEST(AmazonJsonImporter, DetectedFromTheFirstReview) {
    test::TempDir dir;
    dir.write("amz/Books_5.json", kBooks);
    const auto guess = detectFormat({dir / "amz"});
    EXPECT_EQ(guess.formatId, "amazon-json");
    EXPECT_EQ(guess.confidence, 95);
    dir.write("meta/meta_Books.json", R"({"asin": "0001844423", "title": "A book"})"
                                      "\n");
    EXPECT_NE(detectFormat({dir / "meta"}).formatId, "amazon-json");
}

} // namespace
} // namespace kindred
