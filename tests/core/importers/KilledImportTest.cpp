// A killed import (SIGKILL: no destructor, no rollback) must leave the project file exactly as it
// was before the import: the uncommitted transaction only ever reaches the WAL, which SQLite
// ignores when the file is opened again.
//
// A child process runs a large import; its progress callback sends a marker through a pipe when
// it reaches the chosen phase; the parent then SIGKILLs it and inspects the file.
#include "ProjectDump.h"
#include "store/ProjectInternals.h"
#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <gmock/gmock.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <memory>

namespace kindred {
namespace {

constexpr int kUsers = 20'000;
constexpr int kRatingsPerUser = 100; // 2,000,000 ratings, about 45 MB of u.data
constexpr int kItems = 1'000;

struct KillCase {
    const char* name;
    bool earlierImport; ///< the project already holds data (the import updates instead of bulk-loading)
    char marker;        ///< 'R': kill while reading the files; 'W': kill while writing ratings
    bool walMustGrow;   ///< also wait until the uncommitted transaction has spilled into the WAL
};

class KilledImport : public ::testing::TestWithParam<KillCase> {
protected:
    static void SetUpTestSuite() {
        s_data = std::make_unique<test::TempDir>();
        std::string uData;
        uData.reserve(std::size_t(kUsers) * kRatingsPerUser * 24);
        char number[24];
        auto append = [&](std::int64_t value, char after) {
            const auto end = std::to_chars(number, number + sizeof number, value).ptr;
            uData.append(number, end);
            uData.push_back(after);
        };
        for (int user = 1; user <= kUsers; ++user) {
            for (int k = 0; k < kRatingsPerUser; ++k) {
                append(user, '\t');
                append(1 + (user * 37 + k * 7) % kItems, '\t'); // distinct for k < kItems / gcd
                append(1 + (user + k) % 5, '\t');
                append(880000000 + user * 1000 + k, '\n');
            }
        }
        test::writeMl100k(*s_data, "big", uData, kItems);
    }
    static void TearDownTestSuite() { s_data.reset(); }

    static std::unique_ptr<test::TempDir> s_data;
};

std::unique_ptr<test::TempDir> KilledImport::s_data;

std::uint64_t fileSize(const std::filesystem::path& file) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    return ec ? 0 : size;
}

/// Runs in the forked child: imports and reports phases through `fd`. Never returns.
[[noreturn]] void childImport(const std::filesystem::path& projectFile, const std::filesystem::path& data, int fd,
                              bool smallCache) {
    int code = 20;
    {
        auto project = Project::open(projectFile, OpenMode::OpenExisting);
        if (!project)
            _exit(10);
        // A small page cache makes SQLite spill the uncommitted transaction into the WAL early,
        // which is the state a kill must survive.
        if (smallCache)
            sqlite3_exec(rawHandle(*project.value()), "PRAGMA cache_size = -1024", nullptr, nullptr, nullptr);
        bool sentReading = false, sentWriting = false;
        ProgressToken token(
            [&](const ProgressEvent& event) {
                if (!sentReading && event.phase.rfind("reading", 0) == 0 && event.rows >= 200'000) {
                    sentReading = write(fd, "R", 1) == 1;
                }
                if (!sentWriting && event.phase == "writing ratings") {
                    sentWriting = write(fd, "W", 1) == 1;
                }
            },
            std::chrono::milliseconds(0));
        const auto result = importDataset(*project.value(), {data}, test::ml100kOptions(), &token);
        code = result.status ? 0 : 11;
    }
    // _exit: the child must not run the parent's static destructors or gtest's exit handlers.
    _exit(code);
}

TEST_P(KilledImport, LeavesTheProjectAsItWas) {
    const KillCase& kase = GetParam();
    test::TempDir dir;
    const auto projectFile = dir / "project.kindred";
    const auto wal = dir / "project.kindred-wal";
    {
        auto project = Project::open(projectFile);
        ASSERT_TRUE(project) << project.status().message();
        if (kase.earlierImport) {
            std::string earlier;
            for (int user = 1; user <= 50; ++user)
                for (int item = 1; item <= 10; ++item)
                    earlier += test::ml100kRating(user, item * 3, std::to_string(1 + (user * item) % 5), 870000000 + item);
            const auto folder = test::writeMl100k(dir, "earlier", earlier, 40);
            const auto result = test::importAndCheck(*project.value(), {folder}, test::ml100kOptions());
            ASSERT_TRUE(result.status) << result.status.message();
        }
    } // closed before fork(): an SQLite connection must not cross a fork
    const std::string before = test::dumpDatabaseFile(projectFile);

    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0) << "fork failed";
    if (pid == 0) {
        close(fds[0]);
        childImport(projectFile, s_data->path() / "big", fds[1], kase.walMustGrow);
    }
    close(fds[1]);

    // Wait for the marker (and WAL growth), then kill. A generous deadline: this is not a timing test.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    std::string markers;
    std::uint64_t walAtMarker = 0;
    bool killed = false, childEnded = false;
    int status = 0;
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd poller{fds[0], POLLIN, 0};
        if (poll(&poller, 1, 2) > 0) {
            char c = 0;
            const auto got = read(fds[0], &c, 1);
            if (got == 1) {
                markers.push_back(c);
                if (c == kase.marker)
                    walAtMarker = fileSize(wal);
            } else if (got == 0) {
                childEnded = true; // the child closed the pipe: it exited
            }
        }
        const bool atMarker = markers.find(kase.marker) != std::string::npos;
        if (atMarker && (!kase.walMustGrow || fileSize(wal) >= walAtMarker + (1u << 20))) {
            ASSERT_EQ(kill(pid, SIGKILL), 0);
            killed = true;
            break;
        }
        if (childEnded)
            break;
    }
    if (!killed)
        kill(pid, SIGKILL); // deadline passed or child gone: make sure it does not outlive the test
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    close(fds[0]);
    ASSERT_TRUE(killed) << "the child was not killed inside the import (markers seen: '" << markers
                        << "', child ended: " << childEnded << ", exit status " << status << ")";
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the child finished on its own before the kill (status " << status << ")";
    if (kase.walMustGrow) {
        EXPECT_GE(fileSize(wal), 1u << 20) << "the uncommitted import never reached the WAL";
    }

    auto reopened = Project::open(projectFile, OpenMode::OpenExisting);
    ASSERT_TRUE(reopened) << reopened.status().message();
    sqlite3* db = rawHandle(*reopened.value());
    EXPECT_EQ(test::integrityCheck(db), "ok");
    EXPECT_TRUE(test::foreignKeyViolations(db).empty());
    EXPECT_EQ(test::dumpDatabase(db), before) << "the killed import left data behind";

    // The file is fully usable afterwards.
    const auto folder = test::writeMl100k(dir, "after", test::ml100kRating(99999, 1, "4"), 3);
    const auto result = test::importAndCheck(*reopened.value(), {folder}, test::ml100kOptions());
    EXPECT_TRUE(result.status) << result.status.message();
}

INSTANTIATE_TEST_SUITE_P(, KilledImport,
                         ::testing::Values(KillCase{"WhileReadingWithEarlierData", true, 'R', false},
                                           KillCase{"WhileBulkWritingIntoAnEmptyProject", false, 'W', true},
                                           KillCase{"WhileWritingOverEarlierData", true, 'W', true}),
                         [](const auto& test) { return std::string(test.param.name); });

} // namespace
} // namespace kindred
