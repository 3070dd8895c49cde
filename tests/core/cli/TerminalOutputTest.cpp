// Text from a project reaches the terminal as text: titles, domain names and ids holding ESC, BEL
// or C1 characters (an older project could store them) are printed escaped by every command that
// shows them, and JSON output stays valid JSON with them as \u escapes.
#include "CliRunner.h"
#include "store/ProjectInternals.h"
#include "ProjectDump.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/common/PrintableText.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

/// True when `text` holds a byte a terminal would obey: C0 controls other than newline, DEL, or a
/// UTF-8 encoded C1 control.
bool hasTerminalControl(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(text[i]);
        if ((b < 0x20 && b != '\n') || b == 0x7F)
            return true;
        if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

TEST(PrintableText, EscapesControlCharactersAndKeepsText) {
    EXPECT_EQ(escapeControlCharacters("Amélie"), "Amélie");
    EXPECT_EQ(escapeControlCharacters("a\x1b]0;x\x07" "b"), "a\\x1b]0;x\\x07b");
    EXPECT_EQ(escapeControlCharacters(std::string("a\0b", 3)), "a\\x00b");
    EXPECT_EQ(escapeControlCharacters("\xc2\x9b" "31m"), "\\u009b31m");
    EXPECT_EQ(escapeControlCharacters("\x7f\xff"), "\\x7f\\xff");
    EXPECT_FALSE(hasTerminalControl(escapeControlCharacters("\t\r\n\x01\xc2\x85")));
    std::size_t at = 0;
    EXPECT_TRUE(containsControlCharacter("ab\x1b", &at));
    EXPECT_EQ(at, 2u);
    EXPECT_FALSE(containsControlCharacter("plain é"));
    EXPECT_EQ(makeJsonPrintable("{\"a\":\"x\x7f\xc2\x9by\"}"), "{\"a\":\"x\\u007f\\u009by\"}");
}

class TerminalOutput : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_db = (*s_dir / "p.kindred").string();
        std::string ratings;
        for (int user = 1; user <= 16; ++user)
            for (int item = 1; item <= 20; ++item)
                if ((user * 5 + item * 7) % 4 != 0)
                    ratings += test::ml100kRating(user, item, std::to_string(1 + (user * item) % 5), 880000000 + item);
        const auto folder = test::writeMl100k(*s_dir, "ml", ratings);
        s_ready = test::cli(*s_dir, {"import", "--db", s_db, "-q", folder.string()}).exitCode == 0 &&
                  test::cli(*s_dir, {"train", "--db", s_db, "--model", "mf", "--factors", "4", "-q"}).exitCode == 0;
        // What an older version let in: terminal controls in titles, a domain name and a genre.
        sqlite3* db = nullptr;
        sqlite3_open(s_db.c_str(), &db);
        const std::string sql = "UPDATE items SET title = 'Evil\x1b]0;pwned\x07 \x1b[2J\xc2\x9b" "31mFilm'; "
                                "UPDATE domains SET name = 'movies\x1b[5m'; "
                                "UPDATE item_genres SET genre = 'Drama\x07';";
        s_ready = s_ready && sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_ready) << "the fixture project could not be built"; }

    static test::TempDir* s_dir;
    static std::string s_db;
    static bool s_ready;
};
test::TempDir* TerminalOutput::s_dir = nullptr;
std::string TerminalOutput::s_db;
bool TerminalOutput::s_ready = false;

TEST_F(TerminalOutput, EveryCommandPrintsControlCharactersEscaped) {
    const std::vector<std::vector<std::string>> commands = {
        {"stats", "--db", s_db},
        {"neighbours", "--db", s_db, "--model", "1", "--item", "1"},
        {"neighbours", "--db", s_db, "--model", "1", "--user", "1", "--domain", "movies\x1b[5m"},
        {"recommend", "--db", s_db, "--model", "1", "--pair", "1", "2", "-k", "3"},
        {"kindred", "--db", s_db, "--model", "1", "--user", "1"},
        {"embed", "--db", s_db, "--model", "1", "--method", "pca", "--clusters", "2", "-q"},
    };
    for (const auto& args : commands) {
        SCOPED_TRACE(args.front());
        const auto run = test::cli(*s_dir, args);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        EXPECT_FALSE(hasTerminalControl(run.out)) << run.out;
        EXPECT_FALSE(hasTerminalControl(run.err)) << run.err;
    }
    const auto neighbours = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "1"});
    EXPECT_THAT(neighbours.out, HasSubstr("Evil\\x1b]0;pwned\\x07"));
}

TEST_F(TerminalOutput, JsonKeepsTheTextAsEscapes) {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"stats", "--db", s_db, "--json"},
             {"neighbours", "--db", s_db, "--model", "1", "--item", "1", "--json"},
             {"recommend", "--db", s_db, "--model", "1", "--pair", "1", "2", "-k", "3", "--json"}}) {
        SCOPED_TRACE(args.front());
        const auto run = test::cli(*s_dir, args);
        ASSERT_EQ(run.exitCode, 0) << run.err;
        EXPECT_FALSE(hasTerminalControl(run.out));
        EXPECT_TRUE(nlohmann::json::accept(run.out)) << run.out;
    }
    const auto neighbours = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "1", "--json"});
    const auto parsed = nlohmann::json::parse(neighbours.out);
    EXPECT_EQ(parsed["neighbours"][0]["title"].get<std::string>(), "Evil\x1b]0;pwned\x07 \x1b[2J\xc2\x9b" "31mFilm");
}

// Imports keep control characters out of the project in the first place: titles and names have
// them replaced (and counted in the report), ids with them are refused (see the corpus).
TEST(ImportCleaning, ControlCharactersInTextFieldsAreReplaced) {
    test::TempDir dir;
    auto project = Project::open(dir / "p.kindred");
    ASSERT_TRUE(project);
    const auto file = dir.write("data.csv", "user,item,rating,title\nu1,i1,4,\"Bad\x1b]0;x\x07 Title\"\n");
    ImportOptions options;
    options.format = "generic-csv";
    options.domain = "things\x1b[2J";
    options.domainKind = "other";
    const auto result = importDataset(*project.value(), {file}, options);
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_GE(result.report.controlCharactersReplaced, 2u);
    const auto titles = test::queryRows(rawHandle(*project.value()), "SELECT title FROM items");
    ASSERT_EQ(titles.size(), 1u);
    EXPECT_EQ(titles[0], "t:'Bad\xef\xbf\xbd]0;x\xef\xbf\xbd Title'");
    EXPECT_FALSE(containsControlCharacter(project.value()->domains().at(0).name));
}

} // namespace
} // namespace kindred
