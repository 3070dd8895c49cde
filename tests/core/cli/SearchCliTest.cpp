// kindred-cli search on a small imported project: the JSON results table, one model kept, usage errors.
#include "CliRunner.h"
#include "importers/MovieLens100kFixture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace kindred {
namespace {

TEST(SearchCli, GridPrintsEveryTrialAndKeepsTheValidationBestModel) {
    test::TempDir dir;
    const std::string db = (dir / "p.kindred").string();
    std::string ratings;
    for (int user = 1; user <= 16; ++user)
        for (int item = 1; item <= 20; ++item)
            if ((user * 5 + item * 7) % 4 != 0)
                ratings += test::ml100kRating(user, item, std::to_string(1 + (user * item) % 5), 880000000 + item);
    const auto folder = test::writeMl100k(dir, "ml", ratings);
    ASSERT_EQ(test::cli(dir, {"import", "--db", db, "-q", folder.string()}).exitCode, 0);

    const auto search = test::cli(dir, {"search", "--db", db, "--model", "mf", "--grid", "factors=2,6", "--grid",
                                        "regularization=0.01,0.1", "--epochs", "4", "--json"});
    ASSERT_EQ(search.exitCode, 0) << search.err;
    const auto out = nlohmann::json::parse(search.out);
    ASSERT_EQ(out["trials"].size(), 4u);
    const int best = out["best_trial"].get<int>();
    ASSERT_GE(best, 1);
    double bestRmse = out["trials"][best - 1]["validation"]["rmse"].get<double>();
    for (const auto& trial : out["trials"])
        EXPECT_LE(bestRmse, trial["validation"]["rmse"].get<double>());

    const auto models = test::cli(dir, {"models", "--db", db, "--json"});
    ASSERT_EQ(models.exitCode, 0) << models.err;
    const auto listed = nlohmann::json::parse(models.out);
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0]["id"], out["best_model_id"]);

    const auto bad = test::cli(dir, {"search", "--db", db, "--model", "mf", "--grid", "factors=two"});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("'two' is not a number"), std::string::npos) << bad.err;
}

} // namespace
} // namespace kindred
