// kindred-cli as a person or a script uses it: exit codes 0 (ok), 1 (bad input), 2 (usage), the
// messages on stderr, and `stats --json` output that parses.
#include "TestSupport.h"
#include "store/ProjectInternals.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/store/Project.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
#include <sys/wait.h>

#include <fstream>
#include <sstream>

namespace kindred {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

struct CliRun {
    int exitCode = -1;
    std::string out, err;
};

std::string shellQuote(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out.push_back(c);
    }
    return out + "'";
}

std::string readFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// Runs kindred-cli with `args` (already split; each is quoted for the shell), from `workingDir`
/// when given.
CliRun runCli(const test::TempDir& dir, const std::vector<std::string>& args,
              const std::filesystem::path& workingDir = {}) {
    std::string command;
    if (!workingDir.empty())
        command = "cd " + shellQuote(workingDir.string()) + " && ";
    command += shellQuote(KINDRED_CLI_PATH);
    for (const auto& arg : args)
        command += " " + shellQuote(arg);
    const auto out = dir / "cli.out";
    const auto err = dir / "cli.err";
    command += " >";
    command += shellQuote(out.string());
    command += " 2>";
    command += shellQuote(err.string());
    command += " </dev/null";
    const int status = std::system(command.c_str());
    CliRun run;
    if (status != -1 && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    run.out = readFile(out);
    run.err = readFile(err);
    return run;
}

std::string goodData(const test::TempDir& dir) {
    std::string ratings;
    for (int user = 1; user <= 6; ++user)
        for (int item = 1; item <= 5; ++item)
            ratings += test::ml100kRating(user, item + user, std::to_string(1 + (user + item) % 5), 880000000 + item);
    return test::writeMl100k(dir, "ml", ratings, 15).string();
}

TEST(Cli, GoodImportExitsZeroAndStatsJsonParses) {
    test::TempDir dir;
    const auto db = (dir / "p.kindred").string();
    const auto import = runCli(dir, {"import", "--db", db, "--format", "movielens-100k", goodData(dir)});
    ASSERT_EQ(import.exitCode, 0) << import.err;
    EXPECT_THAT(import.out, HasSubstr("30 ratings"));

    const auto stats = runCli(dir, {"stats", "--db", db, "--json"});
    ASSERT_EQ(stats.exitCode, 0) << stats.err;
    nlohmann::json json;
    ASSERT_NO_THROW(json = nlohmann::json::parse(stats.out)) << stats.out;
    EXPECT_EQ(json.at("ratings"), 30);
    EXPECT_EQ(json.at("users"), 6);
    EXPECT_EQ(json.at("sources"), 1);
    ASSERT_TRUE(json.at("domains").is_array());
    ASSERT_EQ(json["domains"].size(), 1u);
    const auto& domain = json["domains"][0];
    EXPECT_EQ(domain.at("users"), 6);
    EXPECT_EQ(domain.at("items"), 15);
    EXPECT_EQ(domain.at("ratings"), 30);
    ASSERT_TRUE(domain.at("histogram").is_array());
    std::uint64_t histogramTotal = 0;
    for (const auto& bin : domain["histogram"]) {
        EXPECT_TRUE(bin.at("value").is_number());
        histogramTotal += bin.at("count").get<std::uint64_t>();
    }
    EXPECT_EQ(histogramTotal, 30u);
    EXPECT_TRUE(json.at("shared_users").is_array()); // one domain: no pairs
    EXPECT_TRUE(json["shared_users"].empty());
}

TEST(Cli, StatsJsonListsSharedUsersBetweenDomains) {
    test::TempDir dir;
    const auto db = (dir / "p.kindred").string();
    // Two domains in one namespace: the same ids are the same people.
    dir.write("books/ratings.csv", "user,item,rating\n1,b1,5\n2,b2,4\n3,b1,3\n");
    dir.write("music/ratings.csv", "user,item,rating\n2,m1,5\n3,m2,2\n4,m1,1\n");
    std::vector<std::string> common = {"--format", "generic-csv", "--namespace", "people", "--map-user", "user",
                                       "--map-item", "item", "--map-rating", "rating", "--scale", "1..5"};
    auto books = common;
    books.insert(books.begin(), {"import", "--db", db, "--domain", "test books", "--kind", "book"});
    books.push_back((dir / "books/ratings.csv").string());
    const auto first = runCli(dir, books);
    if (first.exitCode != 0 && first.err.find("unknown format") != std::string::npos)
        GTEST_SKIP() << "the generic-csv importer is not available in this build";
    ASSERT_EQ(first.exitCode, 0) << first.err;
    auto music = common;
    music.insert(music.begin(), {"import", "--db", db, "--domain", "test music", "--kind", "music"});
    music.push_back((dir / "music/ratings.csv").string());
    const auto second = runCli(dir, music);
    ASSERT_EQ(second.exitCode, 0) << second.err;

    const auto stats = runCli(dir, {"stats", "--db", db, "--json"});
    ASSERT_EQ(stats.exitCode, 0) << stats.err;
    const auto json = nlohmann::json::parse(stats.out);
    ASSERT_EQ(json.at("domains").size(), 2u);
    ASSERT_EQ(json.at("shared_users").size(), 1u);
    EXPECT_EQ(json["shared_users"][0].at("users"), 2); // users 2 and 3
    EXPECT_EQ(json.at("users_in_several_domains"), 2);
}

TEST(Cli, BadInputExitsOneAndNamesFileAndLine) {
    test::TempDir dir;
    const auto db = dir / "p.kindred";
    const auto folder = test::writeMl100k(dir, "bad", test::ml100kRating(1, 1, "5") + test::ml100kRating(1, 2, "7"));
    const auto run = runCli(dir, {"import", "--db", db.string(), "--format", "movielens-100k", folder.string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("u.data:2:"));
    EXPECT_THAT(run.err, HasSubstr("outside the scale"));
    // Nothing was imported.
    auto project = Project::open(db, OpenMode::OpenExisting);
    ASSERT_TRUE(project) << project.status().message();
    EXPECT_EQ(project.value()->stats().ratings, 0u);
}

// A user id of 99999999 among small ones made the id table 10^8 entries long (800 MB for a
// two-line file; found by the fuzz targets' memory).
TEST(Cli, OneLargeIdInASmallFileCostsLittleMemory) {
    test::TempDir dir;
    const auto db = (dir / "p.kindred").string();
    const auto data = test::writeMl100k(dir, "odd", test::ml100kRating(99999999, 1, "5") + test::ml100kRating(1, 2, "4") +
                                                        test::ml100kRating(2, 99999998 % 20 + 1, "3"));
    const auto import = runCli(dir, {"import", "--db", db, "--format", "movielens-100k", data.string()});
    ASSERT_EQ(import.exitCode, 0) << import.err;
    EXPECT_THAT(import.out, HasSubstr("3 ratings"));
    rusage usage{};
    ASSERT_EQ(getrusage(RUSAGE_CHILDREN, &usage), 0);
    EXPECT_LT(usage.ru_maxrss, 500 * 1024) << "peak resident set of the import in KiB"; // about 170 MB (LibTorch)
    const auto stats = runCli(dir, {"stats", "--db", db, "--json"});
    ASSERT_EQ(stats.exitCode, 0) << stats.err;
    EXPECT_EQ(nlohmann::json::parse(stats.out).at("users"), 3);
}

TEST(Cli, SkipBadRowsExitsZeroAndReportsTheRows) {
    test::TempDir dir;
    const auto db = (dir / "p.kindred").string();
    const auto folder = test::writeMl100k(dir, "bad", test::ml100kRating(1, 1, "5") + test::ml100kRating(1, 2, "7"));
    const auto run = runCli(dir, {"import", "--db", db, "--format", "movielens-100k", "--skip-bad-rows", "--json",
                                  folder.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto report = nlohmann::json::parse(run.out);
    EXPECT_EQ(report.at("rows_rejected"), 1);
    ASSERT_EQ(report.at("rejected").size(), 1u);
    EXPECT_EQ(report["rejected"][0].at("line"), 2);
}

// `kindred-cli import u.data` typed inside the dataset folder: the metadata beside the file
// (u.item titles, u.user demographics) is found although the path has no folder part.
TEST(Cli, RelativeFileNameFindsTheFilesBesideIt) {
    test::TempDir dir;
    const auto folder = test::writeMl100k(dir, "ml", test::ml100kRating(1, 2, "4") + test::ml100kRating(2, 3, "5"), 4);
    dir.write("ml/u.user", "1|24|M|technician|85711\n2|53|F|other|94043\n");
    const auto run = runCli(dir, {"import", "--db", (dir / "p.kindred").string(), "--format", "movielens-100k", "u.data"},
                            folder);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_THAT(run.out, Not(HasSubstr("u.user not found")));
    auto project = Project::open(dir / "p.kindred", OpenMode::OpenExisting);
    ASSERT_TRUE(project) << project.status().message();
    sqlite3* db = rawHandle(*project.value());
    EXPECT_EQ(test::queryInt(db, "SELECT count(*) FROM items WHERE title IS NOT NULL"), 4);
    EXPECT_EQ(test::queryInt(db, "SELECT count(*) FROM users WHERE age IS NOT NULL"), 2);
}

TEST(Cli, MissingInputExitsOne) {
    test::TempDir dir;
    const auto run = runCli(dir, {"import", "--db", (dir / "p.kindred").string(), (dir / "nope").string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("nope"));
}

TEST(Cli, NotAProjectExitsOne) {
    test::TempDir dir;
    const auto notDb = dir.write("notes.txt", std::string(300, 'n'));
    const auto run = runCli(dir, {"stats", "--db", notDb.string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.err, HasSubstr("notes.txt"));
    const auto missing = runCli(dir, {"stats", "--db", (dir / "missing.kindred").string()});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err, HasSubstr("missing.kindred"));
    EXPECT_FALSE(std::filesystem::exists(dir / "missing.kindred"));
}

// Each kindred-cli start loads the whole library stack, so these tests keep the number of runs small.
TEST(Cli, UsageErrorsExitTwo) {
    test::TempDir dir;
    const auto data = goodData(dir);
    const auto db = (dir / "p.kindred").string();
    const auto unknown = runCli(dir, {"import", "--db", db, "--no-such-option", data});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_THAT(unknown.err, HasSubstr("--no-such-option"));
    const auto missingDb = runCli(dir, {"import", data});
    EXPECT_EQ(missingDb.exitCode, 2);
    EXPECT_THAT(missingDb.err, HasSubstr("--db"));
    EXPECT_EQ(runCli(dir, {}).exitCode, 2); // no command
    EXPECT_EQ(runCli(dir, {"import", "--db", db, "--scale", "five", data}).exitCode, 2);
    // None of these created the project.
    EXPECT_FALSE(std::filesystem::exists(db));
}

TEST(Cli, HelpExitsZero) {
    test::TempDir dir;
    const auto help = runCli(dir, {"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_THAT(help.out, HasSubstr("import"));
}

} // namespace
} // namespace kindred
