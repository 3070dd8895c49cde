// Every kindred-cli command on a damaged project (an overwritten page, a truncated file, zero
// bytes, a newer schema version): exit code 1 with a message naming the file and the problem,
// never a crash (SIGABRT), and the file byte for byte as it was. Reading commands work on a
// read-only project; writing ones refuse it. A busy project has its own exit code (3).
#include "CliRunner.h"
#include "DamagedProjects.h"
#include "importers/MovieLens100kFixture.h"

#include <gmock/gmock.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

class DamagedProjectCli : public ::testing::TestWithParam<test::Damage> {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_healthy = *s_dir / "healthy.kindred";
        std::string ratings;
        for (int user = 1; user <= 30; ++user)
            for (int item = 1; item <= 25; ++item)
                if ((user * 3 + item) % 4 != 0)
                    ratings += test::ml100kRating(user, item, std::to_string(1 + (user + item) % 5), 880000000 + item);
        s_data = test::writeMl100k(*s_dir, "ml", ratings, 25);
        s_ready = test::cli(*s_dir, {"import", "--db", s_healthy.string(), "-q", s_data.string()}).exitCode == 0 &&
                  test::cli(*s_dir, {"train", "--db", s_healthy.string(), "--model", "mf", "--factors", "4", "-q"})
                          .exitCode == 0;
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_ready) << "import or training of the healthy project failed"; }

    /// Every command, as a person would run it on this project (model 1 exists in the healthy one).
    static std::vector<std::vector<std::string>> commands(const std::string& db, const std::string& out) {
        return {
            {"import", "--db", db, "-q", s_data.string()},
            {"stats", "--db", db},
            {"stats", "--db", db, "--json"},
            {"models", "--db", db},
            {"train", "--db", db, "--model", "bias", "-q"},
            {"evaluate", "--db", db, "--model", "1"},
            {"search", "--db", db, "--model", "mf", "--grid", "factors=2,4", "--epochs", "2"},
            {"embed", "--db", db, "--model", "1", "--method", "pca", "-q"},
            {"neighbours", "--db", db, "--model", "1", "--item", "1"},
            {"export-projector", "--db", db, "--model", "1", "--out", out},
            {"recommend", "--db", db, "--model", "1", "--pair", "1", "2"},
            {"kindred", "--db", db, "--model", "1", "--user", "1"},
            {"correlate", "--db", db, "--from", "ml-100k movies", "--to", "ml-100k movies"},
            {"feedback", "--db", db, "--model", "1", "--user", "1", "--item", "1", "--up"},
        };
    }

    static test::TempDir* s_dir;
    static std::filesystem::path s_healthy, s_data;
    static bool s_ready;
};
test::TempDir* DamagedProjectCli::s_dir = nullptr;
std::filesystem::path DamagedProjectCli::s_healthy, DamagedProjectCli::s_data;
bool DamagedProjectCli::s_ready = false;

INSTANTIATE_TEST_SUITE_P(, DamagedProjectCli, ::testing::ValuesIn(test::allDamages()),
                         [](const auto& p) { return test::damageName(p.param); });

TEST_P(DamagedProjectCli, EveryCommandRefusesItClearlyAndWritesNothing) {
    test::TempDir dir;
    const auto file = dir / "damaged.kindred";
    test::makeDamagedCopy(s_healthy, file, GetParam());
    const std::string before = test::fileBytes(file);
    for (const auto& args : commands(file.string(), (dir / "export").string())) {
        const auto run = test::cli(dir, args);
        SCOPED_TRACE(args.front());
        EXPECT_EQ(run.exitCode, 1) << "stdout: " << run.out << "\nstderr: " << run.err; // -1: killed by a signal
        EXPECT_THAT(run.err, HasSubstr(file.string()));
        EXPECT_THAT(run.err, HasSubstr(test::damageWord(GetParam())));
        EXPECT_EQ(test::fileBytes(file), before) << "the command wrote into the damaged file";
    }
}

// A copy of the healthy project on read-only storage (a read-only file in a read-only folder,
// used by an unprivileged user): every command that only reads works, every command that writes
// refuses with a message saying the project is read-only, and the file is unchanged.
TEST_F(DamagedProjectCli, ReadingCommandsWorkOnAReadOnlyProject) {
    test::TempDir dir;
    const auto folder = dir / "readonly";
    std::filesystem::create_directories(folder);
    const auto file = folder / "p.kindred";
    std::filesystem::copy_file(s_healthy, file);
    // The index folder a neighbour search would write is not there either: it is built in memory.
    std::filesystem::create_directories(dir / "out");
    ::chmod(dir.path().c_str(), 0755);
    ::chmod((dir / "out").c_str(), 0777);
    ::chmod(file.c_str(), 0444);
    ::chmod(folder.c_str(), 0555);
    const std::string before = test::fileBytes(file);
    // As root, permissions do not apply: run the CLI as "nobody" (setpriv is in util-linux).
    std::vector<std::string> prefix;
    if (::geteuid() == 0) {
        if (std::system("command -v setpriv >/dev/null 2>&1") != 0)
            GTEST_SKIP() << "running as root without setpriv: cannot make a read-only project";
        prefix = {"--reuid=65534", "--regid=65534", "--clear-groups", "--"};
    }
    const std::string db = file.string();
    const std::vector<std::vector<std::string>> reading = {
        {"stats", "--db", db},
        {"models", "--db", db},
        {"neighbours", "--db", db, "--model", "1", "--item", "1"},
        {"export-projector", "--db", db, "--model", "1", "--out", (dir / "out" / "export").string()},
        {"recommend", "--db", db, "--model", "1", "--pair", "1", "2"},
        {"kindred", "--db", db, "--model", "1", "--user", "1"},
    };
    const std::vector<std::vector<std::string>> writing = {
        {"import", "--db", db, "-q", s_data.string()},
        {"embed", "--db", db, "--model", "1", "--method", "pca", "-q"},
        {"feedback", "--db", db, "--model", "1", "--user", "1", "--item", "1", "--up"},
        {"search", "--db", db, "--model", "mf", "--grid", "factors=2,4", "--epochs", "2"},
    };
    auto run = [&](const std::vector<std::string>& args) {
        if (prefix.empty())
            return test::cli(dir, args);
        return test::cliWithPrefix(dir, "setpriv", prefix, args);
    };
    for (const auto& args : reading) {
        SCOPED_TRACE(args.front());
        const auto result = run(args);
        EXPECT_EQ(result.exitCode, 0) << result.err;
    }
    for (const auto& args : writing) {
        SCOPED_TRACE(args.front());
        const auto result = run(args);
        EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
        EXPECT_THAT(result.err, HasSubstr("read-only"));
    }
    ::chmod(folder.c_str(), 0755);
    EXPECT_EQ(test::fileBytes(file), before);
}

// A second writer waits for the first a few seconds, then stops before reading any input: exit
// code 3 and a message that says what to do. The input here has a bad first row, so an import
// that parsed before taking the lock would fail with the bad-input code instead.
TEST_F(DamagedProjectCli, ABusyProjectFailsBeforeParsingWithItsOwnExitCode) {
    test::TempDir dir;
    const auto file = dir / "busy.kindred";
    std::filesystem::copy_file(s_healthy, file);
    const auto bad = test::writeMl100k(dir, "bad", "one\t1\t5\t881250949\n");
    sqlite3* holder = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &holder), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const auto run = test::cli(dir, {"import", "--db", file.string(), "--format", "movielens-100k", bad.string()});
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    EXPECT_EQ(run.exitCode, 3) << run.err;
    EXPECT_THAT(run.err, HasSubstr("busy"));
    EXPECT_THAT(run.err, HasSubstr("try again"));
    EXPECT_THAT(run.err, HasSubstr(file.string()));
    EXPECT_THAT(run.err, ::testing::Not(HasSubstr("u.data")));
}

} // namespace
} // namespace kindred
