// Opening a damaged, foreign, empty or future project file: a clear refusal naming the file and the
// problem, never a crash, and the file is never written to. Read-only files open read-only.
#include "DamagedProjects.h"
#include "ProjectDump.h"
#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"
#include "kindred/store/StoreError.h"
#include "store/CheckedState.h"
#include "store/ProjectInternals.h"

#include <gmock/gmock.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <future>
#include <thread>

namespace kindred {
namespace {

using ::testing::HasSubstr;

/// A healthy project with a few hundred ratings (several pages), closed and checkpointed.
std::filesystem::path healthyProject(const test::TempDir& dir) {
    const auto file = dir / "healthy.kindred";
    std::string ratings;
    for (int user = 1; user <= 40; ++user)
        for (int item = 1; item <= 30; ++item)
            if ((user + item) % 3 != 0)
                ratings += test::ml100kRating(user, item, std::to_string(1 + (user * item) % 5), 880000000 + item);
    {
        auto project = Project::open(file);
        EXPECT_TRUE(project) << project.status().message();
        const auto result = importDataset(*project.value(), {test::writeMl100k(dir, "ml", ratings, 30)},
                                          test::ml100kOptions());
        EXPECT_TRUE(result.status) << result.status.message();
    }
    EXPECT_FALSE(std::filesystem::exists(file.string() + "-wal")) << "the last connection should checkpoint";
    return file;
}

class DamagedProject : public ::testing::TestWithParam<test::Damage> {};

INSTANTIATE_TEST_SUITE_P(, DamagedProject, ::testing::ValuesIn(test::allDamages()),
                         [](const auto& p) { return test::damageName(p.param); });

TEST_P(DamagedProject, EveryModeRefusesItAndNothingIsWritten) {
    test::TempDir dir;
    const auto healthy = healthyProject(dir);
    const auto file = dir / "damaged.kindred";
    test::makeDamagedCopy(healthy, file, GetParam());
    const std::string before = test::fileBytes(file);
    struct Open {
        OpenMode mode;
        OpenCheck check;
    };
    std::vector<Open> opens = {{OpenMode::OpenOrCreate, OpenCheck::Auto}, {OpenMode::OpenExisting, OpenCheck::Auto},
                               {OpenMode::ReadOnly, OpenCheck::Full},     {OpenMode::OpenOrCreate, OpenCheck::Full},
                               {OpenMode::OpenExisting, OpenCheck::Full}};
    // Without reading every page a reader cannot see an overwritten page (see the next test).
    if (GetParam() != test::Damage::OverwrittenPage)
        opens.push_back({OpenMode::ReadOnly, OpenCheck::Structure});
    for (const auto& [mode, check] : opens) {
        auto project = Project::open(file, mode, check);
        ASSERT_FALSE(project) << "mode " << int(mode) << ", check " << int(check) << " opened a damaged file";
        EXPECT_THAT(project.status().message(), HasSubstr(file.string()));
        EXPECT_THAT(project.status().message(), HasSubstr(test::damageWord(GetParam())));
        EXPECT_EQ(project.status().kind(), FailureKind::ProjectUnusable) << project.status().message();
        EXPECT_EQ(test::fileBytes(file), before) << "open wrote into a damaged file";
    }
}

// Structure-only opens (the GUI's extra connections) do not read every page: damage found later
// throws StoreError saying the file is damaged, which callers show instead of crashing.
TEST(DamagedProjectStructureCheck, DamageFoundWhileReadingThrowsADamagedStoreError) {
    test::TempDir dir;
    const auto healthy = healthyProject(dir);
    const auto file = dir / "damaged.kindred";
    // The statistics read the rating summary (not every rating): damage it.
    test::makeDamagedCopy(healthy, file, test::Damage::OverwrittenPage, "rating_summary");
    auto project = Project::open(file, OpenMode::ReadOnly, OpenCheck::Structure);
    ASSERT_TRUE(project) << project.status().message();
    try {
        (void)project.value()->stats();
        FAIL() << "stats() read a damaged summary table without noticing";
    } catch (const StoreError& error) {
        EXPECT_EQ(error.kind(), FailureKind::ProjectUnusable);
        EXPECT_THAT(error.what(), HasSubstr("damaged"));
    }
}

// A passed check is remembered for the file as it was, so reopening it unchanged skips reading
// every page; once the file changes (here: damaged in place) the next open checks it again.
TEST(DamagedProjectOpen, AFileCheckedBeforeIsCheckedAgainOnceItChanges) {
    test::TempDir dir;
    const auto file = healthyProject(dir);
    ASSERT_TRUE(Project::open(file, OpenMode::ReadOnly, OpenCheck::Full));
    EXPECT_TRUE(std::filesystem::exists(file.string() + ".indexes/checked"));
    ASSERT_TRUE(Project::open(file, OpenMode::ReadOnly, OpenCheck::Full)) << "unchanged: still fine";

    const auto damaged = dir / "damaged.kindred";
    test::makeDamagedCopy(file, damaged, test::Damage::OverwrittenPage);
    test::writeBytes(file, test::fileBytes(damaged)); // same file, same size, new content
    auto project = Project::open(file, OpenMode::ReadOnly, OpenCheck::Full);
    ASSERT_FALSE(project) << "a changed file was not checked again";
    EXPECT_THAT(project.status().message(), HasSubstr("damaged"));
}

// SQLite empties the -wal (touching its time) whenever a writer closes, even one that wrote
// nothing: opening for writing and closing leaves the file as checked (the app opens every project
// for writing; the check costs seconds on a large one).
TEST(DamagedProjectOpen, OpeningForWritingWithoutWritingKeepsTheFileChecked) {
    test::TempDir dir;
    const auto file = healthyProject(dir);
    for (int open = 0; open < 3; ++open) {
        ASSERT_TRUE(Project::open(file, OpenMode::OpenExisting));
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // a later close has a later time
    }
    const auto state = checkedStateOf(file);
    ASSERT_TRUE(state);
    EXPECT_TRUE(checkedBefore(file, *state)) << *state;
}

// What Kindred writes to a file it found sound goes through SQLite's transactions: the file as it
// leaves it stays checked (a training does not make the next open read every page), but not
// after a writer that never found it sound, nor after a change from outside.
TEST(DamagedProjectOpen, WhatKindredWritesToASoundFileKeepsItChecked) {
    test::TempDir dir;
    const auto file = healthyProject(dir); // new: Kindred wrote all of it
    auto state = checkedStateOf(file);
    ASSERT_TRUE(state);
    EXPECT_TRUE(checkedBefore(file, *state)) << "a new project Kindred imported into";
    {
        auto project = Project::open(file, OpenMode::OpenExisting);
        ASSERT_TRUE(project) << project.status().message();
        std::string more;
        for (int item = 1; item <= 30; ++item)
            more += test::ml100kRating(41, item, "4", 880000000 + item);
        const auto result = importDataset(*project.value(), {test::writeMl100k(dir, "more", more, 30)},
                                          test::ml100kOptions());
        ASSERT_TRUE(result.status) << result.status.message();
    }
    state = checkedStateOf(file);
    ASSERT_TRUE(state);
    EXPECT_TRUE(checkedBefore(file, *state)) << "written by Kindred after its check: " << *state;

    // A copy this process never checked, written through a connection that did not check it.
    const auto copy = dir / "copy.kindred";
    test::writeBytes(copy, test::fileBytes(file));
    {
        auto project = Project::open(copy, OpenMode::OpenExisting, OpenCheck::Structure);
        ASSERT_TRUE(project) << project.status().message();
        ASSERT_EQ(sqlite3_exec(rawHandle(*project.value()), "UPDATE items SET title = 'renamed' WHERE id = 1",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
    }
    const auto copyState = checkedStateOf(copy);
    ASSERT_TRUE(copyState);
    EXPECT_FALSE(checkedBefore(copy, *copyState)) << "never found sound, yet remembered as checked";
}

TEST(DamagedProjectOpen, AFifoIsRefusedWithoutBlocking) {
    test::TempDir dir;
    const auto fifo = dir / "pipe.kindred";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    auto opening = std::async(std::launch::async, [&] { return Project::open(fifo, OpenMode::OpenExisting); });
    ASSERT_EQ(opening.wait_for(std::chrono::seconds(10)), std::future_status::ready) << "open blocked on a FIFO";
    const auto project = opening.get();
    ASSERT_FALSE(project);
    EXPECT_THAT(project.status().message(), HasSubstr("not a regular file"));
}

TEST(DamagedProjectOpen, AnSqliteFileWithAVersionButNoKindredTablesIsNotAProject) {
    test::TempDir dir;
    const auto file = dir / "other.db";
    {
        sqlite3* db = nullptr;
        sqlite3_open(file.c_str(), &db);
        sqlite3_exec(db, "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES('x'); PRAGMA user_version = 2;",
                     nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    const auto before = test::fileBytes(file);
    for (const auto mode : {OpenMode::OpenOrCreate, OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        const auto project = Project::open(file, mode);
        ASSERT_FALSE(project);
        EXPECT_THAT(project.status().message(), HasSubstr("not a Kindred project"));
        EXPECT_THAT(project.status().message(), HasSubstr("'domains'"));
    }
    EXPECT_EQ(test::fileBytes(file), before);
}

TEST(DamagedProjectOpen, ATruncatedHeaderIsRefused) {
    test::TempDir dir;
    const auto file = dir / "cut.kindred";
    test::writeBytes(file, std::string("SQLite format 3\0\x10\0", 19));
    const auto project = Project::open(file, OpenMode::OpenExisting);
    ASSERT_FALSE(project);
    EXPECT_THAT(project.status().message(), HasSubstr("truncated"));
    EXPECT_EQ(test::fileBytes(file).size(), 19u);
}

/// Runs `check` in a child process as the unprivileged user "nobody" (or as this user when it is
/// not root) and returns its exit code; 0 means every check in the child passed.
int runAsUnprivileged(const std::function<int()>& check) {
    const pid_t child = ::fork();
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(90);
        ::_exit(check());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + WTERMSIG(status);
}

// A project on read-only storage (here: a read-only file in a read-only folder, so SQLite cannot
// create its -shm file either) opens read-only, reads, and refuses to be written.
TEST(ReadOnlyProject, OpensReadOnlyReadsAndRefusesWrites) {
    test::TempDir dir;
    const auto healthy = healthyProject(dir);
    const auto folder = dir / "readonly";
    std::filesystem::create_directories(folder);
    const auto file = folder / "p.kindred";
    std::filesystem::copy_file(healthy, file);
    const auto data = test::writeMl100k(dir, "more", test::ml100kRating(1, 1, "5"));
    ::chmod(dir.path().c_str(), 0755);
    ::chmod(file.c_str(), 0444);
    ::chmod(folder.c_str(), 0555);
    const auto before = test::fileBytes(file);
    const int code = runAsUnprivileged([&] {
        for (const auto mode : {OpenMode::OpenExisting, OpenMode::ReadOnly, OpenMode::OpenOrCreate}) {
            auto project = Project::open(file, mode);
            if (!project) {
                std::fprintf(stderr, "open failed: %s\n", project.status().message().c_str());
                return 1;
            }
            if (!project.value()->isReadOnly() || project.value()->readOnlyReason().empty())
                return 2;
            if (project.value()->stats().ratings == 0)
                return 3;
            const auto result = importDataset(*project.value(), {data}, test::ml100kOptions());
            if (result.status || result.status.kind() != FailureKind::ProjectReadOnly ||
                result.status.message().find("read-only") == std::string::npos)
                return 4;
        }
        return 0;
    });
    ::chmod(folder.c_str(), 0755);
    EXPECT_EQ(code, 0) << "1 open failed, 2 not read-only, 3 no ratings read, 4 the import was not refused";
    EXPECT_EQ(test::fileBytes(file), before);
    EXPECT_FALSE(std::filesystem::exists(file.string() + "-wal"));
}

TEST(ProjectOpen, ZeroByteFileIsNotTurnedIntoAProject) {
    test::TempDir dir;
    const auto file = dir.write("empty.kindred", "");
    for (const auto mode : {OpenMode::OpenOrCreate, OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        const auto project = Project::open(file, mode);
        ASSERT_FALSE(project);
        EXPECT_THAT(project.status().message(), HasSubstr("empty (0 bytes)"));
    }
    EXPECT_EQ(std::filesystem::file_size(file), 0u);
}

} // namespace
} // namespace kindred
