// goodbooks-10k: the real books-only copy (with its samples/ excerpts) and invented folders for
// tags, ratings, quoting, years and bad rows.
#include "importers/FormatImportSupport.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using test::formatOptions;
using test::importInto;
using ::testing::HasSubstr;

constexpr const char* kBooksHeader =
    "book_id,goodreads_book_id,authors,original_publication_year,original_title,title\n";

TEST(GoodbooksImporter, RealFolderImportsTenThousandBooksAndIgnoresSamples) {
    KINDRED_REQUIRE_DATASET("goodbooks-10k/books.csv");
    const auto folder = test::sharedDataDir() / "goodbooks-10k";
    EXPECT_EQ(detectFormat({folder}).formatId, "goodbooks-10k");
    test::TempDir dir;
    const auto run = importInto(dir, {folder});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.result.report.rowsRejected, 0u);
    EXPECT_EQ(run.result.report.files.size(), 1u)
        << "books.csv only: tags.csv is useless without book_tags.csv";
    const auto books = test::domainStats(run.project->stats(), "goodbooks books");
    EXPECT_EQ(books.kind, "book");
    EXPECT_EQ(books.items, 10000u);
    // samples/ratings.csv (99 rows) must not be mixed in: our copy has no top-level ratings.csv.
    EXPECT_EQ(books.ratings, 0u);
    EXPECT_TRUE(run.hasNote("ratings.csv not found"));
    EXPECT_TRUE(run.hasNote("book_tags.csv not found"));
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '1'"),
              "The Hunger Games (The Hunger Games, #1)");
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = '1'"), "by Suzanne Collins");
    EXPECT_EQ(run.count("SELECT year FROM items WHERE external_id = '1'"), 2008)
        << "the year is written 2008.0";
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = '2'"),
              "by J.K. Rowling, Mary GrandPré (original title: Harry Potter and the Philosopher's Stone)");
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE year IS NULL"), 21) << "21 books have no year";
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE year < 0"), 31) << "31 are BC";
}

TEST(GoodbooksImporter, RealSamplesFolderIsUsedWhenItIsTheInput) {
    KINDRED_REQUIRE_DATASET("goodbooks-10k/samples/books.csv");
    const auto samples = test::sharedDataDir() / "goodbooks-10k/samples";
    EXPECT_EQ(detectFormat({samples}).formatId, "goodbooks-10k");
    test::TempDir dir;
    const auto run = importInto(dir, {samples});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto books = test::domainStats(run.project->stats(), "goodbooks books");
    EXPECT_EQ(books.ratings, 99u);
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE title IS NOT NULL"), 99);
    EXPECT_TRUE(run.hasNote("99 book_tags.csv rows refer to books or tags not in books.csv"));
}

TEST(GoodbooksImporter, SamplesAreNeverMixedIntoTheFolder) {
    test::TempDir dir;
    dir.write("g/books.csv", std::string(kBooksHeader) + "1,100,Ann,2001.0,One,One\n");
    dir.write("g/samples/books.csv", std::string(kBooksHeader) + "9,900,Zed,1990.0,Nine,Nine\n");
    dir.write("g/samples/ratings.csv", "user_id,book_id,rating\n1,9,5\n");
    EXPECT_EQ(detectFormat({dir / "g"}).formatId, "goodbooks-10k");
    const auto run = importInto(dir, {dir / "g"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM items"), 1);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 0);
    EXPECT_TRUE(run.hasNote("ratings.csv not found"));

    test::TempDir other;
    const auto samples = importInto(other, {dir / "g/samples"});
    ASSERT_TRUE(samples.result.status) << samples.result.status.message();
    EXPECT_EQ(samples.text("SELECT title FROM items"), "Nine");
    EXPECT_EQ(samples.count("SELECT count(*) FROM ratings"), 1);
}

TEST(GoodbooksImporter, TagsAndRatingsFromTheSameFolder) {
    test::TempDir dir;
    dir.write("g/books.csv", std::string(kBooksHeader) +
                                 "1,100,\"Ann Author, Bo Writer\",1999.0,First,\"First, a Novel\"\r\n"
                                 "2,200,Cy Poet,,Zweite,Second\r\n");
    dir.write("g/tags.csv", "tag_id,tag_name\n5,fantasy\n6,to-read\n");
    dir.write("g/book_tags.csv", "goodreads_book_id,tag_id,count\n100,5,40\n200,6,3\n100,6,1\n999,5,1\n");
    dir.write("g/ratings.csv", "user_id,book_id,rating\n1,1,5\n1,2,3\n2,1,4\n2,3,1");
    const auto run = importInto(dir, {dir / "g"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 4);
    EXPECT_EQ(run.count("SELECT count(*) FROM users WHERE namespace = 'goodbooks'"), 2);
    EXPECT_EQ(run.count("SELECT weight FROM item_tags t JOIN items i ON i.id = t.item_id "
                        "WHERE tag = 'fantasy' AND i.external_id = '1'"),
              40);
    EXPECT_EQ(run.count("SELECT count(*) FROM item_tags"), 3);
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '1'"), "First, a Novel");
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = '1'"), "by Ann Author, Bo Writer");
    EXPECT_EQ(run.count("SELECT year FROM items WHERE external_id = '1'"), 1999);
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = '2'"),
              "by Cy Poet (original title: Zweite)");
    EXPECT_EQ(run.count("SELECT count(*) FROM items WHERE external_id = '2' AND year IS NULL"), 1);
    EXPECT_TRUE(run.hasNote("1 book_tags.csv rows refer to books or tags not in books.csv"));
    EXPECT_TRUE(run.hasNote("1 rated book ids are not in books.csv"));
}

TEST(GoodbooksImporter, BadRowsNameTheLine) {
    test::TempDir data;
    data.write("g/books.csv", std::string(kBooksHeader) +
                                  "1,100,Ann,1999.0,A,A\n2,200,Bo,soon,B,B\n3,300,Cy\n"
                                  "4,400,Di,2001.0,D,D\n");
    data.write("g/ratings.csv", "user_id,book_id,rating\n1,1,5\n1,4,five\n2,4,9\n2,1,2\n");

    test::TempDir aborted;
    const auto failed = importInto(aborted, {data / "g"});
    ASSERT_FALSE(failed.result.status);
    EXPECT_THAT(failed.result.status.message(), HasSubstr("g/books.csv:3: original_publication_year 'soon'"));

    test::TempDir skipped;
    const auto run = importInto(skipped, {data / "g"}, formatOptions("goodbooks-10k", BadRowPolicy::Skip));
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM items"), 2);
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 2);
    const auto& rejected = run.result.report.rejected;
    ASSERT_EQ(rejected.size(), 4u);
    EXPECT_THAT(rejected[1].problem, HasSubstr("expected 6 comma-separated fields, found 3"));
    EXPECT_EQ(rejected[1].line, 4u);
    EXPECT_THAT(rejected[2].toString(), HasSubstr("g/ratings.csv:3: rating 'five' is not a whole number"));
    EXPECT_THAT(rejected[3].problem, HasSubstr("outside the scale"));
}

TEST(GoodbooksImporter, MissingColumnOrEmptyRatingsFail) {
    test::TempDir dir;
    dir.write("g/books.csv", "book_id,goodreads_book_id,title\n1,100,A\n");
    const auto noColumn = importInto(dir, {dir / "g"}, formatOptions("goodbooks-10k"));
    ASSERT_FALSE(noColumn.result.status);
    EXPECT_THAT(noColumn.result.status.message(),
                HasSubstr("g/books.csv:1: the header has no column 'original_title'"));

    test::TempDir other;
    other.write("g/books.csv", std::string(kBooksHeader) + "1,100,Ann,1999.0,A,A\n");
    other.write("g/ratings.csv", "user_id,book_id,rating\n");
    const auto empty = importInto(other, {other / "g"});
    ASSERT_FALSE(empty.result.status);
    EXPECT_THAT(empty.result.status.message(), HasSubstr("g/ratings.csv: file has a header but no ratings"));
}

} // namespace
} // namespace kindred
