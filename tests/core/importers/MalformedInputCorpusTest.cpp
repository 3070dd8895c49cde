// The malformed-input corpus: for every known format, rows and files that must be refused —
// wrong field counts, a missing timestamp, ids that are not numbers where the format numbers
// them, an id of 1 MiB, NUL and other control characters in ids, a header followed by control
// junk, ratings off the scale, a cut-off last line, two RecBole datasets at once, FIFOs and
// devices instead of files. Every case is generated here (nothing is copied from a dataset) and
// imported under the default policy (stop at the first bad row) into a project that already holds
// an earlier import: it must fail with "file:line: problem" and leave the project file byte for
// byte as it was.
#include "DamagedProjects.h"
#include "ProjectDump.h"
#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/common/PrintableText.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <gmock/gmock.h>
#include <sys/stat.h>

#include <chrono>
#include <future>
#include <map>

namespace kindred {
namespace {

using ::testing::HasSubstr;

struct MalformedCase {
    std::string name;
    std::string format;
    std::map<std::string, std::string> files; ///< relative path → content
    std::string input;                         ///< what is imported: "" = the case's folder, else a file in it
    std::string where;                         ///< expected start of the message, e.g. "case/u.data:3:"
    std::string problem;                       ///< expected part of the message
    ImportOptions options = {};
};

std::string mlItems() { return test::ml100kItems(20); }
std::string mlRow(const std::string& user, const std::string& item, const std::string& rating = "4",
                  const std::string& time = "881250949") {
    return user + "\t" + item + "\t" + rating + "\t" + time + "\n";
}
const std::string kTwoGoodRows = mlRow("1", "1") + mlRow("2", "2");
const std::string kMiB(1 << 20, 'x');

const std::string kMovieLensCsvHeader = "userId,movieId,rating,timestamp\n";
const std::string kMoviesCsv = "movieId,title,genres\n1,Invented Story (1995),Comedy\n2,Other (1996),Drama\n";
const std::string kGoodbooksBooks =
    "book_id,goodreads_book_id,best_book_id,work_id,books_count,isbn,isbn13,authors,original_publication_year,"
    "original_title,title,language_code,average_rating,ratings_count,work_ratings_count,work_text_reviews_count,"
    "ratings_1,ratings_2,ratings_3,ratings_4,ratings_5,image_url,small_image_url\n"
    "1,100,100,1000,10,123456789,9.78e+12,Someone,2008.0,A Book,A Book,eng,4.1,100,110,10,1,2,3,4,5,,\n";
const std::string kLastfmArtists = "id\tname\turl\tpictureURL\n51\tInvented Band\thttp://x\t\n";
const std::string kRecBoleHeader = "user_id:token\titem_id:token\trating:float\n";
const std::string kMindNews = "N1\tnews\tnewsus\tA Headline\tAbstract\thttps://example.invalid/a\t[]\t[]\n";

std::vector<MalformedCase> corpus() {
    std::vector<MalformedCase> cases;
    auto add = [&](MalformedCase c) { cases.push_back(std::move(c)); };

    // MovieLens 100K: user \t item \t rating \t time, integer ids.
    add({"Ml100kRowWithoutTimestamp", "movielens-100k", {{"u.data", kTwoGoodRows + "3\t4\t5\n"}, {"u.item", mlItems()}},
         "", "/u.data:3:", "expected 4 tab-separated fields (user, item, rating, Unix time), found 3"});
    add({"Ml100kEmptyTimestamp", "movielens-100k", {{"u.data", kTwoGoodRows + "3\t4\t5\t\n"}, {"u.item", mlItems()}},
         "", "/u.data:3:", "timestamp '' is not a Unix time"});
    add({"Ml100kUserIdIsAWord", "movielens-100k", {{"u.data", mlRow("1", "1") + mlRow("one", "2")}, {"u.item", mlItems()}},
         "", "/u.data:2:", "user id 'one' is not a whole number"});
    add({"Ml100kItemIdOfOneMebibyte", "movielens-100k", {{"u.data", kTwoGoodRows + mlRow("3", kMiB)}, {"u.item", mlItems()}},
         "", "/u.data:3:", "is 1048576 bytes long (at most 256)"});
    add({"Ml100kNulInsideUserId", "movielens-100k",
         {{"u.data", kTwoGoodRows + mlRow(std::string("3\0abc", 5), "1")}, {"u.item", mlItems()}}, "", "/u.data:3:",
         "user id '3\\x00abc' contains a control character at byte 2"});
    add({"Ml100kEscapeInItemId", "movielens-100k", {{"u.data", kTwoGoodRows + mlRow("3", "1\x1b[2J")}, {"u.item", mlItems()}},
         "", "/u.data:3:", "contains a control character"});
    add({"Ml100kCutOffLastLine", "movielens-100k", {{"u.data", kTwoGoodRows + "3\t1"}, {"u.item", mlItems()}}, "",
         "/u.data:3:", "found 2 fields"});
    add({"Ml100kItemFileWrongFieldCount", "movielens-100k",
         {{"u.data", kTwoGoodRows}, {"u.item", mlItems() + "21|Too Short|01-Jan-1995\n"}}, "", "/u.item:21:",
         "expected 24 '|'-separated fields, found 3"});
    add({"Ml100kItemFileIdIsText", "movielens-100k",
         {{"u.data", kTwoGoodRows}, {"u.item", "abc" + test::ml100kItems(1).substr(1)}}, "", "/u.item:1:",
         "item id 'abc' is not a whole number"});

    // MovieLens 1M: UserID::MovieID::Rating::Timestamp.
    add({"Ml1mRowWithoutTimestamp", "movielens-1m", {{"ratings.dat", "1::1::5::978300760\n1::2::5\n"}}, "",
         "/ratings.dat:2:", "expected 4 '::'-separated fields"});
    add({"Ml1mUserIdIsText", "movielens-1m", {{"ratings.dat", "1::1::5::978300760\nu2::2::5::978300760\n"}}, "",
         "/ratings.dat:2:", "user id 'u2' is not a whole number"});
    add({"Ml1mUsersWrongFieldCount", "movielens-1m",
         {{"ratings.dat", "1::1::5::978300760\n"}, {"users.dat", "1::F::1::10::48067\n2::M::56\n"}}, "", "/users.dat:2:",
         "expected 5 '::'-separated fields"});

    // MovieLens CSV (ml-latest-small): headers, integer ids.
    add({"MlCsvHeaderThenControlJunk", "movielens-csv",
         {{"ratings.csv", kMovieLensCsvHeader + "\x1b[2J\x07\x01\x02\n"}, {"movies.csv", kMoviesCsv}}, "",
         "/ratings.csv:2:", "expected 4 comma-separated fields (userId,movieId,rating,timestamp), found 1"});
    add({"MlCsvMovieIdIsText", "movielens-csv",
         {{"ratings.csv", kMovieLensCsvHeader + "1,1,4.0,964982703\n1,12a,4.0,964982703\n"}, {"movies.csv", kMoviesCsv}}, "",
         "/ratings.csv:3:", "item id '12a' is not a whole number"});
    add({"MlCsvFiveFields", "movielens-csv",
         {{"ratings.csv", kMovieLensCsvHeader + "1,1,4.0,964982703,extra\n"}, {"movies.csv", kMoviesCsv}}, "",
         "/ratings.csv:2:", "found 5 fields"});

    // Douban: user \t item \t rating, integer ids.
    add({"DoubanFourFields", "douban", {{"douban_book/ratings.dat", "1\t10\t5\n2\t10\t4\t881250949\n"}}, "",
         "douban_book/ratings.dat:2:", "expected 3 tab-separated fields (user, item, rating), found 4"});
    add({"DoubanUserIdIsText", "douban", {{"douban_book/ratings.dat", "1\t10\t5\nu2\t10\t4\n"}}, "",
         "douban_book/ratings.dat:2:", "user id 'u2' is not a whole number"});

    // RecBole atomic files.
    add({"RecBoleHeaderThenControlJunk", "recbole", {{"shop.inter", kRecBoleHeader + "\x1b]0;pwned\x07\n"}}, "",
         "/shop.inter:2:", "expected 3 tab-separated fields as in the header, found 1"});
    add({"RecBoleBellInUserToken", "recbole", {{"shop.inter", kRecBoleHeader + "u1\ti1\t4\nu\x07\ti1\t3\n"}}, "",
         "/shop.inter:3:", "user id 'u\\x07' contains a control character"});
    add({"RecBoleOverlongItemToken", "recbole",
         {{"shop.inter", kRecBoleHeader + "u1\ti1\t4\nu2\t" + std::string(300, 'i') + "\t3\n"}}, "", "/shop.inter:3:",
         "is 300 bytes long (at most 256)"});
    add({"RecBoleRatingOffTheScale", "recbole",
         {{"shop.inter", kRecBoleHeader + "u1\ti1\t4\nu2\ti1\t2\nu3\ti2\t7.5\nu4\ti2\t1\n"}}, "", "/shop.inter:4:",
         "rating 7.5 is outside the scale 1..5"});
    add({"RecBoleTwoDatasets", "recbole",
         {{"a.inter", kRecBoleHeader + "u1\ti1\t4\n"}, {"b.inter", kRecBoleHeader + "u1\ti1\t4\n"}}, "", "/a.inter and ",
         "belong to two RecBole datasets (a, b): import one dataset at a time"});

    // Amazon rating TSV (dense subset) and review JSON lines.
    add({"AmazonTsvEscapeInReviewer", "amazon-tsv",
         {{"Amazon-Books-Dense.inter", "user_id\titem_id\trating\nA1\t0001\t5.0\nA2\x1b[31m\t0001\t4.0\n"}}, "",
         "/Amazon-Books-Dense.inter:3:", "user id 'A2\\x1b[31m' contains a control character"});
    add({"AmazonTsvFourFields", "amazon-tsv",
         {{"Amazon-Books-Dense.inter", "user_id\titem_id\trating\nA1\t0001\t5.0\t99\n"}}, "",
         "/Amazon-Books-Dense.inter:2:", "expected 3 tab-separated fields (user, item, rating), found 4"});
    {
        MalformedCase json{"AmazonJsonControlInReviewer", "amazon-json",
                           {{"Books_5.json", "{\"overall\": 5.0, \"reviewerID\": \"A1\", \"asin\": \"0001\"}\n"
                                             "{\"overall\": 4.0, \"reviewerID\": \"A\\u001b2\", \"asin\": \"0001\"}\n"}},
                           "", "/Books_5.json:2:", "contains a control character"};
        json.options.domain = "amazon books";
        json.options.domainKind = "book";
        add(json);
    }

    // MIND: behaviours and news.
    add({"MindControlInUser", "mind",
         {{"behaviors.tsv", "1\tU1\t11/11/2019 9:05:58 AM\tN1\tN1-1\n2\tU\x01\t11/11/2019 9:05:58 AM\tN1\tN1-0\n"},
          {"news.tsv", kMindNews}},
         "", "/behaviors.tsv:2:", "contains a control character"});
    add({"MindFourFields", "mind",
         {{"behaviors.tsv", "1\tU1\t11/11/2019 9:05:58 AM\tN1\tN1-1\n2\tU2\t11/11/2019 9:05:58 AM\tN1\n"},
          {"news.tsv", kMindNews}},
         "", "/behaviors.tsv:2:", "expected 5 tab-separated fields"});

    // goodbooks-10k: integer ids.
    add({"GoodbooksUserIdIsText", "goodbooks-10k",
         {{"books.csv", kGoodbooksBooks}, {"ratings.csv", "user_id,book_id,rating\n1,1,5\nx,1,4\n"}}, "",
         "/ratings.csv:3:", "user id 'x' is not a whole number"});
    add({"GoodbooksTwoFields", "goodbooks-10k",
         {{"books.csv", kGoodbooksBooks}, {"ratings.csv", "user_id,book_id,rating\n1,1,5\n2,1\n"}}, "",
         "/ratings.csv:3:", "expected 3 comma-separated fields, found 2"});

    // Last.fm HetRec 2011: integer ids, tab-separated with a header.
    add({"LastfmHeaderThenControlJunk", "lastfm-hetrec2011",
         {{"user_artists.dat", "userID\tartistID\tweight\n\x1b[2J\x07\n"}, {"artists.dat", kLastfmArtists}}, "",
         "/user_artists.dat:2:", "expected 3 tab-separated fields"});
    add({"LastfmArtistIdIsText", "lastfm-hetrec2011",
         {{"user_artists.dat", "userID\tartistID\tweight\n2\t51\t100\n2\ta51\t3\n"}, {"artists.dat", kLastfmArtists}}, "",
         "/user_artists.dat:3:", "item id 'a51' is not a whole number"});

    // Generic CSV: any text id, but no control characters and no 1 MiB ids.
    {
        MalformedCase generic{"GenericDeleteAndC1InUser", "generic-csv",
                              {{"data.csv", "user,item,rating\nu1,i1,4\nu\x7f\xc2\x9b,i1,3\n"}}, "data.csv",
                              "/data.csv:3:", "contains a control character"};
        generic.options.domain = "things";
        generic.options.domainKind = "other";
        add(generic);
        MalformedCase longId{"GenericOverlongItem", "generic-csv",
                             {{"data.csv", "user,item,rating\nu1,i1,4\nu2," + kMiB + ",3\n"}}, "data.csv", "/data.csv:3:",
                             "is 1048576 bytes long"};
        longId.options.domain = "things";
        longId.options.domainKind = "other";
        add(longId);
    }
    return cases;
}

/// A project that already holds an earlier import, closed (so the file is complete on disk).
class ProjectWithEarlierImport : public ::testing::Test {
protected:
    void SetUp() override {
        m_project = m_dir / "project.kindred";
        {
            auto project = Project::open(m_project);
            ASSERT_TRUE(project) << project.status().message();
            const auto earlier = test::writeMl100k(m_dir, "earlier", kTwoGoodRows + mlRow("3", "3", "5"));
            const auto result = importDataset(*project.value(), {earlier}, test::ml100kOptions());
            ASSERT_TRUE(result.status) << result.status.message();
        }
        m_before = test::fileBytes(m_project);
    }

    /// Imports under the default options (stop at the first bad row); returns the failure message.
    std::string importMustFail(const std::vector<std::filesystem::path>& inputs, ImportOptions options) {
        std::string message;
        {
            auto project = Project::open(m_project, OpenMode::OpenExisting);
            EXPECT_TRUE(project) << project.status().message();
            if (!project)
                return {};
            const auto result = importDataset(*project.value(), inputs, options);
            EXPECT_FALSE(result.status) << "the malformed input was accepted";
            message = result.status.message();
            EXPECT_LT(message.size(), 600u) << "messages are for people: " << message.substr(0, 600);
        } // closing checkpoints anything committed into the file itself
        EXPECT_EQ(test::fileBytes(m_project), m_before) << "a failed import changed the project file";
        return message;
    }

    test::TempDir m_dir;
    std::filesystem::path m_project;
    std::string m_before;
};

class MalformedInput : public ProjectWithEarlierImport, public ::testing::WithParamInterface<MalformedCase> {};

INSTANTIATE_TEST_SUITE_P(, MalformedInput, ::testing::ValuesIn(corpus()),
                         [](const auto& p) { return p.param.name; });

TEST_P(MalformedInput, IsRejectedWithFileAndLineAndTheProjectIsUnchanged) {
    const MalformedCase& c = GetParam();
    for (const auto& [relative, content] : c.files)
        m_dir.write(c.name + "/" + relative, content);
    ImportOptions options = c.options;
    options.format = c.format;
    ASSERT_EQ(options.badRows, BadRowPolicy::Abort) << "the default is to stop at the first bad row";
    const auto input = c.input.empty() ? m_dir / c.name : m_dir / c.name / c.input;
    const std::string message = importMustFail({input}, options);
    EXPECT_THAT(message, HasSubstr(c.where)) << message;
    EXPECT_THAT(message, HasSubstr(c.problem)) << message;
    // The message names the file by its folder and name, and carries no control character.
    EXPECT_FALSE(containsControlCharacter(message)) << message;
}

using NonRegularInput = ProjectWithEarlierImport;

TEST_F(NonRegularInput, AFifoInsteadOfAFileIsRefusedWithoutBlocking) {
    m_dir.write("fifo/u.item", mlItems());
    ASSERT_EQ(::mkfifo((m_dir / "fifo" / "u.data").c_str(), 0600), 0);
    ImportOptions options = test::ml100kOptions();
    for (const auto& input : {m_dir / "fifo", m_dir / "fifo" / "u.data"}) {
        auto importing = std::async(std::launch::async, [&] { return importMustFail({input}, options); });
        ASSERT_EQ(importing.wait_for(std::chrono::seconds(20)), std::future_status::ready)
            << "the import blocked on a FIFO: " << input;
        const std::string message = importing.get();
        EXPECT_THAT(message, HasSubstr("u.data"));
        EXPECT_THAT(message, HasSubstr("not a regular file"));
    }
}

TEST_F(NonRegularInput, ADeviceInsteadOfAFileIsRefused) {
    ImportOptions options;
    options.format = "generic-csv";
    options.domain = "things";
    const std::string message = importMustFail({"/dev/zero"}, options);
    EXPECT_THAT(message, HasSubstr("/dev/zero"));
    EXPECT_THAT(message, HasSubstr("not a regular file"));
}

} // namespace
} // namespace kindred
