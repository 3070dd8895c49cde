#include "TestSupport.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

namespace kindred {
namespace {

TEST(MovieLens100kImporter, RealFileCountsMatchTheDocumentation) {
    KINDRED_REQUIRE_DATASET("ml-100k/u.data");
    test::TempDir dir;
    auto project = Project::open(dir / "p.kindred");
    ASSERT_TRUE(project) << project.status().message();
    const auto result = importDataset(*project.value(), {test::sharedDataDir() / "ml-100k"}, {});
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_EQ(result.report.format, "movielens-100k");
    const auto stats = project.value()->stats();
    ASSERT_EQ(stats.domains.size(), 1u);
    EXPECT_EQ(stats.domains[0].ratings, 100000u);
    EXPECT_EQ(stats.domains[0].users, 943u);
    EXPECT_EQ(stats.domains[0].items, 1682u);
    EXPECT_EQ(result.report.rowsRejected, 0u);
    // u.item is ISO-8859-1: accented titles must arrive as UTF-8.
    EXPECT_GT(result.report.textFieldsReencoded, 0u);
}

TEST(MovieLens100kImporter, OfficialSplitFileImportsAlone) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    test::TempDir dir;
    auto project = Project::open(dir / "p.kindred");
    ASSERT_TRUE(project);
    ImportOptions options;
    options.format = "movielens-100k";
    const auto result = importDataset(*project.value(), {test::sharedDataDir() / "ml-100k/u1.base"}, options);
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_EQ(project.value()->stats().ratings, 80000u);
}

} // namespace
} // namespace kindred
