// A project open in this process while another process (kindred-cli) writes to it, as when the app
// is open and a script imports. Opening the project again here must not take away the locks SQLite
// holds for the first connection: without them the other process, closing, takes itself for the
// last user of the file, checkpoints and deletes the write-ahead log, and the first connection then
// reads "file is not a database".
#include "CliRunner.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/store/Project.h"

#include <gtest/gtest.h>

namespace kindred {
namespace {

TEST(ProjectAcrossProcesses, OpeningItAgainKeepsEarlierConnectionsWorkingWhileAnotherProcessWrites) {
    test::TempDir dir;
    const auto db = (dir / "shared.kindred").string();
    const auto first = test::writeMl100k(dir, "first", test::ml100kRating(1, 1, "5") + test::ml100kRating(2, 2, "3"));
    ASSERT_EQ(test::cli(dir, {"import", "--db", db, "--format", "movielens-100k", first.string()}).exitCode, 0);

    auto watching = Project::open(db, OpenMode::ReadOnly);
    ASSERT_TRUE(watching) << watching.status().message();
    const auto versionBefore = watching.value()->dataVersion();
    ASSERT_EQ(watching.value()->changeMarks().sources, 1);
    for (int reopen = 0; reopen < 2; ++reopen) { // what every panel's job does
        auto again = Project::open(db, reopen == 0 ? OpenMode::ReadOnly : OpenMode::OpenExisting);
        ASSERT_TRUE(again) << again.status().message();
    }

    const auto second = test::writeMl100k(dir, "second", test::ml100kRating(3, 3, "4"));
    const auto import = test::cli(dir, {"import", "--db", db, "--format", "movielens-100k", "--name", "second",
                                        second.string()});
    ASSERT_EQ(import.exitCode, 0) << import.err;

    // The other process knew the file was still in use here: it left the write-ahead log.
    EXPECT_TRUE(std::filesystem::exists(db + "-wal"));
    Project::ChangeMarks marks;
    ASSERT_NO_THROW(marks = watching.value()->changeMarks());
    EXPECT_EQ(marks.sources, 2);
    EXPECT_NE(watching.value()->dataVersion(), versionBefore);

    // A new connection here writes, and every connection reads the same project.
    auto writer = Project::open(db, OpenMode::OpenExisting);
    ASSERT_TRUE(writer) << writer.status().message();
    const auto third = test::writeMl100k(dir, "third", test::ml100kRating(4, 4, "2"));
    auto options = test::ml100kOptions();
    options.sourceName = "third";
    const auto result = importDataset(*writer.value(), {third}, options);
    ASSERT_TRUE(result.status) << result.status.message();
    ASSERT_NO_THROW(marks = watching.value()->changeMarks());
    EXPECT_EQ(marks.sources, 3);
    EXPECT_EQ(writer.value()->changeMarks().sources, 3);
}

} // namespace
} // namespace kindred
