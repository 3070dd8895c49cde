#include "importers/FormatImportSupport.h"

namespace kindred {
namespace {

using test::importInto;

TEST(GoodbooksImporter, RealFolderImportsTenThousandBooksAndIgnoresSamples) {
    KINDRED_REQUIRE_DATASET("goodbooks-10k/books.csv");
    test::TempDir dir;
    EXPECT_EQ(detectFormat({test::sharedDataDir() / "goodbooks-10k"}).formatId, "goodbooks-10k");
    auto run = importInto(dir, {test::sharedDataDir() / "goodbooks-10k"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    const auto books = test::domainStats(run.project->stats(), "goodbooks books");
    EXPECT_EQ(books.items, 10000u);
    // samples/ratings.csv (100 rows) must not be mixed in: our copy has no top-level ratings.csv.
    EXPECT_EQ(books.ratings, 0u);
    EXPECT_TRUE(run.hasNote("ratings.csv not found"));
    EXPECT_EQ(run.text("SELECT title FROM items WHERE external_id = '1'"), "The Hunger Games (The Hunger Games, #1)");
    EXPECT_EQ(run.count("SELECT year FROM items WHERE external_id = '1'"), 2008);
}

TEST(GoodbooksImporter, TagsAndRatingsFromTheSameFolder) {
    test::TempDir dir;
    dir.write("g/books.csv",
              "book_id,goodreads_book_id,authors,original_publication_year,original_title,title\n"
              "1,100,\"Ann Author, Bo Writer\",1999.0,First,\"First, a Novel\"\n"
              "2,200,Cy Poet,,Second,Second\n");
    dir.write("g/tags.csv", "tag_id,tag_name\n5,fantasy\n6,to-read\n");
    dir.write("g/book_tags.csv", "goodreads_book_id,tag_id,count\n100,5,40\n200,6,3\n999,5,1\n");
    dir.write("g/ratings.csv", "user_id,book_id,rating\n1,1,5\n1,2,3\n2,1,4\n");
    auto run = importInto(dir, {dir / "g"});
    ASSERT_TRUE(run.result.status) << run.result.status.message();
    EXPECT_EQ(run.count("SELECT count(*) FROM ratings"), 3);
    EXPECT_EQ(run.count("SELECT weight FROM item_tags WHERE tag = 'fantasy'"), 40);
    EXPECT_EQ(run.text("SELECT text FROM items WHERE external_id = '1'"), "by Ann Author, Bo Writer");
    EXPECT_TRUE(run.hasNote("1 book_tags.csv rows refer to books or tags not in books.csv"));
}

} // namespace
} // namespace kindred
