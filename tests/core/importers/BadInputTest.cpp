// Bad input through importDataset (MovieLens 100K format): every failure names the file, line and
// problem, and a failed import leaves the project exactly as it was — with or without earlier data.
#include "ProjectDump.h"
#include "store/ProjectInternals.h"
#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <gmock/gmock.h>

#include <random>

namespace kindred {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string goodRatings(int users, int itemsPerUser, int items = 20) {
    std::string out;
    for (int u = 1; u <= users; ++u)
        for (int k = 0; k < itemsPerUser; ++k)
            out += test::ml100kRating(u, 1 + (u * 7 + k) % items, std::to_string(1 + (u + k) % 5), 880000000 + u * 100 + k);
    return out;
}

/// A project that is either empty or already holds an earlier import (a different source, so
/// the bad import would take the "existing ratings" path).
class BadInput : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override {
        auto opened = Project::open(m_dir / "project.kindred");
        ASSERT_TRUE(opened) << opened.status().message();
        m_project = std::move(opened.value());
        if (GetParam()) {
            const auto earlier = test::writeMl100k(m_dir, "earlier", goodRatings(5, 4));
            const auto result = test::importAndCheck(*m_project, {earlier}, test::ml100kOptions());
            ASSERT_TRUE(result.status) << result.status.message();
            ASSERT_EQ(m_project->stats().ratings, 20u);
        }
        m_before = test::dumpDatabase(rawHandle(*m_project));
    }

    /// Imports `uData` (with a good u.item) under the abort policy and returns the failure
    /// message; fails the test if the import succeeded or changed the project.
    std::string importMustFail(const std::string& uData, const ImportOptions& options = test::ml100kOptions()) {
        const auto folder = test::writeMl100k(m_dir, "bad", uData);
        const auto result = importDataset(*m_project, {folder}, options);
        EXPECT_FALSE(result.status) << "the bad input was accepted";
        expectUnchanged();
        // Messages are for people: short, even when the offending line is huge.
        EXPECT_LT(result.status.message().size(), 400u) << result.status.message().substr(0, 400);
        return result.status.message();
    }

    void expectUnchanged() {
        EXPECT_EQ(test::dumpDatabase(rawHandle(*m_project)), m_before) << "a failed import changed the project";
        EXPECT_EQ(test::integrityCheck(rawHandle(*m_project)), "ok");
        EXPECT_EQ(test::queryInt(rawHandle(*m_project), "PRAGMA foreign_keys"), 1);
        // The same file seen by another connection (what a GUI reader would see).
        EXPECT_EQ(test::dumpDatabaseFile(m_dir / "project.kindred"), m_before);
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
    std::string m_before;
};

INSTANTIATE_TEST_SUITE_P(, BadInput, ::testing::Values(false, true),
                         [](const auto& test) { return test.param ? "AfterEarlierImport" : "EmptyProject"; });

TEST_P(BadInput, EmptyFile) {
    const auto message = importMustFail("");
    EXPECT_THAT(message, HasSubstr("u.data"));
    EXPECT_THAT(message, HasSubstr("empty"));
}

TEST_P(BadInput, OnlyBlankLines) {
    const auto message = importMustFail("\n\r\n  \n");
    EXPECT_THAT(message, HasSubstr("u.data"));
    EXPECT_THAT(message, HasSubstr("empty"));
}

TEST_P(BadInput, BinaryFile) {
    std::mt19937 random(1234);
    std::string bytes(4096, '\0');
    for (auto& b : bytes)
        b = char(random() % 7 == 0 ? 0 : random());
    const auto message = importMustFail(bytes);
    EXPECT_THAT(message, HasSubstr("u.data:"));
}

TEST_P(BadInput, TruncatedLastLine) {
    const auto message = importMustFail(test::ml100kRating(1, 1, "5") + test::ml100kRating(2, 2, "4") + "3\t1");
    EXPECT_THAT(message, HasSubstr("u.data:3:"));
    EXPECT_THAT(message, HasSubstr("found 2 fields"));
}

TEST_P(BadInput, WrongSeparator) {
    const auto message = importMustFail("1,1,5,881250949\n2,2,4,881250950\n");
    EXPECT_THAT(message, HasSubstr("u.data:1:"));
    EXPECT_THAT(message, HasSubstr("separator"));
}

TEST_P(BadInput, NanRating) {
    const auto message = importMustFail(test::ml100kRating(1, 1, "5") + test::ml100kRating(1, 2, "nan"));
    EXPECT_THAT(message, HasSubstr("u.data:2:"));
    EXPECT_THAT(message, HasSubstr("finite"));
}

TEST_P(BadInput, InfiniteRating) {
    const auto message = importMustFail(test::ml100kRating(1, 2, "inf"));
    EXPECT_THAT(message, HasSubstr("u.data:1:"));
}

TEST_P(BadInput, TextRating) {
    const auto message = importMustFail(test::ml100kRating(1, 1, "5") + test::ml100kRating(1, 2, "five"));
    EXPECT_THAT(message, HasSubstr("u.data:2:"));
    EXPECT_THAT(message, HasSubstr("'five' is not a number"));
}

TEST_P(BadInput, NegativeRating) {
    const auto message = importMustFail(goodRatings(2, 3) + test::ml100kRating(3, 1, "-2"));
    EXPECT_THAT(message, HasSubstr("u.data:7:"));
    EXPECT_THAT(message, HasSubstr("outside the scale"));
}

TEST_P(BadInput, OutOfRangeRating) {
    const auto message = importMustFail(test::ml100kRating(1, 1, "5") + test::ml100kRating(1, 2, "6"));
    EXPECT_THAT(message, HasSubstr("u.data:2:"));
    EXPECT_THAT(message, HasSubstr("outside the scale"));
}

TEST_P(BadInput, BadTimestamp) {
    const auto message = importMustFail(test::ml100kRating(1, 1, "5") + "1\t2\t3\tyesterday\n");
    EXPECT_THAT(message, HasSubstr("u.data:2:"));
    EXPECT_THAT(message, HasSubstr("timestamp"));
}

TEST_P(BadInput, MissingUserId) {
    const auto message = importMustFail(test::ml100kRating(1, 1, "5") + test::ml100kRating(2, 2, "4") +
                                        "\t3\t4\t881250949\n");
    EXPECT_THAT(message, HasSubstr("u.data:3:"));
    EXPECT_THAT(message, HasSubstr("missing user id"));
}

TEST_P(BadInput, BlankUserId) {
    const auto message = importMustFail("   \t3\t4\t881250949\n");
    EXPECT_THAT(message, HasSubstr("u.data:1:"));
    EXPECT_THAT(message, HasSubstr("missing user id"));
}

TEST_P(BadInput, MegabyteLongLine) {
    const auto message = importMustFail(test::ml100kRating(1, 1, "5") + std::string(1 << 20, '7') + "\n" +
                                        test::ml100kRating(2, 2, "4"));
    EXPECT_THAT(message, HasSubstr("u.data:2:"));
}

TEST_P(BadInput, MegabyteLongField) {
    const auto message = importMustFail("1\t2\t" + std::string(1 << 20, '4') + "\t881250949\n");
    EXPECT_THAT(message, HasSubstr("u.data:1:"));
}

TEST_P(BadInput, BadRowInTheItemFile) {
    const auto folder = test::writeMl100k(m_dir, "bad", test::ml100kRating(1, 1, "5"));
    m_dir.write("bad/u.item", test::ml100kItems(3) + "4|Too few fields|01-Jan-1990\n");
    const auto result = importDataset(*m_project, {folder}, test::ml100kOptions());
    ASSERT_FALSE(result.status);
    EXPECT_THAT(result.status.message(), HasSubstr("u.item:4:"));
    expectUnchanged();
}

TEST_P(BadInput, MissingFolderOrFile) {
    const auto result = importDataset(*m_project, {m_dir / "does-not-exist"}, test::ml100kOptions());
    ASSERT_FALSE(result.status);
    EXPECT_THAT(result.status.message(), HasSubstr("does-not-exist"));
    expectUnchanged();
}

TEST_P(BadInput, FolderWithoutRatings) {
    m_dir.write("nothing/readme.txt", "hello");
    const auto result = importDataset(*m_project, {m_dir / "nothing"}, test::ml100kOptions());
    ASSERT_FALSE(result.status);
    EXPECT_THAT(result.status.message(), HasSubstr("u.data"));
    expectUnchanged();
}

TEST_P(BadInput, LastGoodRowsBeforeTheBadOneAreNotWritten) {
    // The bad row is the very last one: everything before it was valid and must still vanish.
    const auto message = importMustFail(goodRatings(30, 10) + test::ml100kRating(31, 1, "0"));
    EXPECT_THAT(message, HasSubstr("u.data:301:"));
}

// ---- Skip policy ---------------------------------------------------------------------------------

TEST_P(BadInput, SkipPolicyListsBadRowsAndImportsTheRest) {
    // Users 101.. are not in the earlier import, so every kept row is a new rating.
    const std::string data = test::ml100kRating(101, 1, "5") +   // 1
                             "101,2,3,881250949\n" +              // 2 wrong separator
                             test::ml100kRating(101, 3, "4") +   // 3
                             test::ml100kRating(102, 1, "nan") + // 4
                             "\n" +                              // 5 blank: ignored, not a bad row
                             test::ml100kRating(102, 2, "9") +   // 6 out of range
                             "\t4\t4\t881250949\n" +             // 7 missing user
                             test::ml100kRating(103, 4, "2");    // 8
    const auto folder = test::writeMl100k(m_dir, "mixed", data);
    const std::uint64_t ratingsBefore = m_project->stats().ratings;
    const auto result = test::importAndCheck(*m_project, {folder}, test::ml100kOptions(BadRowPolicy::Skip));
    ASSERT_TRUE(result.status) << result.status.message();
    const auto& report = result.report;
    EXPECT_EQ(report.rowsRejected, 4u);
    ASSERT_EQ(report.rejected.size(), 4u);
    std::vector<std::uint64_t> lines;
    for (const auto& issue : report.rejected) {
        EXPECT_THAT(issue.file, HasSubstr("u.data"));
        EXPECT_FALSE(issue.problem.empty());
        EXPECT_THAT(issue.toString(), HasSubstr("u.data:" + std::to_string(issue.line) + ": "));
        lines.push_back(issue.line);
    }
    EXPECT_EQ(lines, (std::vector<std::uint64_t>{2, 4, 6, 7}));
    const auto stats = m_project->stats();
    EXPECT_EQ(stats.ratings, ratingsBefore + 3);
    // The report is stored with the source.
    const auto sources = m_project->sources();
    ASSERT_FALSE(sources.empty());
    EXPECT_THAT(sources.back().reportJson, HasSubstr("\"rows_rejected\": 4"));
}

TEST_P(BadInput, SkipPolicyFailsPastMaxBadRowsAndLeavesTheProjectUnchanged) {
    std::string data = goodRatings(3, 3);
    for (int i = 0; i < 5; ++i)
        data += "junk line " + std::to_string(i) + "\n";
    const auto message = importMustFail(data, test::ml100kOptions(BadRowPolicy::Skip, 4));
    EXPECT_THAT(message, HasSubstr("u.data:14:")); // the fifth bad row breaks the limit
    EXPECT_THAT(message, HasSubstr("more than 4 bad rows"));
}

TEST_P(BadInput, SkipPolicyAtExactlyMaxBadRowsSucceeds) {
    std::string data = goodRatings(3, 3);
    for (int i = 0; i < 4; ++i)
        data += "junk\n";
    const auto folder = test::writeMl100k(m_dir, "limit", data);
    const auto result = test::importAndCheck(*m_project, {folder}, test::ml100kOptions(BadRowPolicy::Skip, 4));
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_EQ(result.report.rowsRejected, 4u);
}

TEST_P(BadInput, SkipPolicyStillFailsOnAnEmptyFile) { importMustFail("", test::ml100kOptions(BadRowPolicy::Skip)); }

// ---- Duplicates ----------------------------------------------------------------------------------

TEST_P(BadInput, DuplicatePairKeepsTheLatestTimestamp) {
    // The later rating comes first in the file: time, not file order, decides.
    const std::string data = test::ml100kRating(7, 3, "2", 900000200) + test::ml100kRating(8, 3, "1", 900000000) +
                             test::ml100kRating(7, 3, "5", 900000100) + test::ml100kRating(8, 4, "3", 900000000) +
                             test::ml100kRating(8, 4, "4", 900000000); // same time: the later line wins
    const auto folder = test::writeMl100k(m_dir, "dups", data);
    const auto result = test::importAndCheck(*m_project, {folder}, test::ml100kOptions());
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_EQ(result.report.duplicatesResolved, 2u);
    const auto rows = test::queryRows(rawHandle(*m_project),
                                      "SELECT u.external_id, i.external_id, r.raw_value, r.ts FROM ratings r "
                                      "JOIN users u ON u.id = r.user_id JOIN items i ON i.id = r.item_id "
                                      "JOIN sources s ON s.id = r.source_id WHERE s.id = (SELECT max(id) FROM sources) "
                                      "ORDER BY 1, 2");
    EXPECT_EQ(rows, (std::vector<std::string>{"t:'7'|t:'3'|r:2|i:900000200", "t:'8'|t:'3'|r:1|i:900000000",
                                              "t:'8'|t:'4'|r:4|i:900000000"}));
}

TEST_P(BadInput, ReimportingTheSameFileReplacesInsteadOfDuplicating) {
    const auto folder = test::writeMl100k(m_dir, "again", goodRatings(6, 3));
    const auto first = test::importAndCheck(*m_project, {folder}, test::ml100kOptions());
    ASSERT_TRUE(first.status) << first.status.message();
    const auto afterFirst = m_project->stats();
    const auto second = test::importAndCheck(*m_project, {folder}, test::ml100kOptions());
    ASSERT_TRUE(second.status) << second.status.message();
    const auto afterSecond = m_project->stats();
    EXPECT_EQ(second.report.replacedExisting, 18u);
    EXPECT_EQ(second.report.newUsers, 0u);
    EXPECT_EQ(second.report.newItems, 0u);
    EXPECT_EQ(afterSecond.ratings, afterFirst.ratings);
    EXPECT_EQ(afterSecond.users, afterFirst.users);
    EXPECT_EQ(afterSecond.items, afterFirst.items);
    EXPECT_EQ(afterSecond.sources, afterFirst.sources + 1);
    EXPECT_EQ(test::queryInt(rawHandle(*m_project), "SELECT count(*) FROM (SELECT user_id, item_id FROM ratings "
                                                  "GROUP BY 1, 2 HAVING count(*) > 1)"),
              0);
    EXPECT_EQ(test::queryInt(rawHandle(*m_project), "SELECT count(*) FROM (SELECT namespace, external_id FROM users "
                                                  "GROUP BY 1, 2 HAVING count(*) > 1)"),
              0);
}

// ---- Cancel --------------------------------------------------------------------------------------

/// A token whose own callback cancels it when `when` first returns true.
struct SelfCancellingToken {
    explicit SelfCancellingToken(std::function<bool(const ProgressEvent&)> when)
        : token([this, when = std::move(when)](const ProgressEvent& event) {
              phases.push_back(event.phase);
              if (!token.isCancelled() && when(event))
                  token.requestCancel();
          },
                std::chrono::milliseconds(0)) {}
    ProgressToken token;
    std::vector<std::string> phases;
};

TEST_P(BadInput, CancelWhileReading) {
    const auto folder = test::writeMl100k(m_dir, "big", goodRatings(2000, 10));
    SelfCancellingToken cancel([](const ProgressEvent& event) { return event.phase.find("u.data") != std::string::npos; });
    const auto result = importDataset(*m_project, {folder}, test::ml100kOptions(), &cancel.token);
    ASSERT_TRUE(cancel.token.isCancelled()) << "the callback never saw the reading phase";
    ASSERT_FALSE(result.status);
    EXPECT_THAT(result.status.message(), HasSubstr("cancelled"));
    EXPECT_THAT(cancel.phases, Not(::testing::Contains(std::string("writing ratings"))));
    expectUnchanged();
}

TEST_P(BadInput, CancelWhileWriting) {
    const auto folder = test::writeMl100k(m_dir, "big", goodRatings(2000, 10));
    SelfCancellingToken cancel([](const ProgressEvent& event) { return event.phase == "writing ratings"; });
    const auto result = importDataset(*m_project, {folder}, test::ml100kOptions(), &cancel.token);
    ASSERT_TRUE(cancel.token.isCancelled()) << "the callback never saw the writing phase";
    ASSERT_FALSE(result.status);
    EXPECT_THAT(result.status.message(), HasSubstr("cancelled"));
    expectUnchanged();
}

TEST_P(BadInput, CancelBeforeStarting) {
    const auto folder = test::writeMl100k(m_dir, "small", goodRatings(2, 2));
    ProgressToken token;
    token.requestCancel();
    const auto result = importDataset(*m_project, {folder}, test::ml100kOptions(), &token);
    ASSERT_FALSE(result.status);
    EXPECT_THAT(result.status.message(), HasSubstr("cancelled"));
    expectUnchanged();
}

TEST_P(BadInput, AGoodImportAfterAFailedOneWorks) {
    importMustFail(goodRatings(3, 3) + "junk\n");
    const auto folder = test::writeMl100k(m_dir, "good", goodRatings(3, 3));
    const auto result = test::importAndCheck(*m_project, {folder}, test::ml100kOptions());
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_EQ(test::integrityCheck(rawHandle(*m_project)), "ok");
}

} // namespace
} // namespace kindred
