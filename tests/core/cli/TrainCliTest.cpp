// kindred-cli train / evaluate / models as a script uses them: exit codes, JSON that parses, a
// stored model that `evaluate` reproduces.
#include "CliRunner.h"
#include "importers/MovieLens100kFixture.h"

#include <nlohmann/json.hpp>

namespace kindred {
namespace {

using Json = nlohmann::json;

using test::cli;
using test::CliResult;

/// One project for the whole suite (kindred-cli starts in ~0.5 s because of LibTorch, so the
/// suite keeps its runs few): two sources, "early" rates items 1..14, "late" items 15..20.
class TrainCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_db = (*s_dir / "p.kindred").string();
        std::string early, late;
        for (int user = 1; user <= 16; ++user)
            for (int item = 1; item <= 20; ++item)
                if ((user * 5 + item * 7) % 4 != 0)
                    (item <= 14 ? early : late) += test::ml100kRating(
                        user, item, std::to_string(1 + (user * item) % 5), 880000000 + item);
        for (const auto& [name, data] : {std::pair{"early", early}, std::pair{"late", late}}) {
            const auto folder = test::writeMl100k(*s_dir, name, data);
            const auto run = cli(*s_dir, {"import", "--db", s_db, "--format", "movielens-100k", "--name",
                                          name, "-q", folder.string()});
            ASSERT_EQ(run.exitCode, 0) << run.err;
        }
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    static CliResult runCli(const std::vector<std::string>& args) { return cli(*s_dir, args); }

    static test::TempDir* s_dir;
    static std::string s_db;
};

test::TempDir* TrainCli::s_dir = nullptr;
std::string TrainCli::s_db;

TEST_F(TrainCli, TrainStoresAModelThatEvaluateReproduces) {
    const auto train = runCli({"train", "--db", s_db, "--model", "mf", "--epochs", "3", "--factors", "8",
                               "--k", "5", "--seed", "9", "--name", "reproduce me", "--json"});
    ASSERT_EQ(train.exitCode, 0) << train.err;
    const auto trained = Json::parse(train.out);
    EXPECT_EQ(trained["kind"], "mf");
    EXPECT_EQ(trained["history"].size(), 3u);
    EXPECT_EQ(trained["hyperparameters"]["factors"], 8);
    EXPECT_EQ(trained["hyperparameters"]["data"]["domains"], Json::array({"ml-100k movies"}));
    const auto id = trained["model_id"].get<std::int64_t>();
    for (const char* part : {"validation", "test"}) {
        ASSERT_TRUE(trained["metrics"].contains(part)) << part;
        EXPECT_EQ(trained["metrics"][part]["k"], 5);
    }

    const auto models = runCli({"models", "--db", s_db, "--json"});
    ASSERT_EQ(models.exitCode, 0) << models.err;
    const auto list = Json::parse(models.out);
    const auto entry = std::find_if(list.begin(), list.end(), [&](const Json& m) { return m["id"] == id; });
    ASSERT_NE(entry, list.end()) << models.out;
    EXPECT_EQ((*entry)["name"], "reproduce me");
    EXPECT_EQ((*entry)["kind"], "mf");
    EXPECT_EQ((*entry)["split_id"], trained["split_id"]);
    EXPECT_EQ((*entry)["metrics"], trained["metrics"]);

    const auto evaluated =
        runCli({"evaluate", "--db", s_db, "--model", std::to_string(id), "--k", "5", "--json"});
    ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err;
    const auto metrics = Json::parse(evaluated.out)["metrics"];
    EXPECT_EQ(metrics["test"], trained["metrics"]["test"]);
    EXPECT_EQ(metrics["validation"], trained["metrics"]["validation"]);

    const auto table = runCli({"models", "--db", s_db});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_NE(table.out.find("reproduce me"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("test: RMSE"), std::string::npos) << table.out;
}

TEST_F(TrainCli, OtherKindsAndSplitsTrain) {
    const auto knn =
        runCli({"train", "--db", s_db, "--model", "item-knn", "--split", "leave-last-out", "-q"});
    EXPECT_EQ(knn.exitCode, 0) << knn.err;
    EXPECT_NE(knn.out.find("NDCG@10"), std::string::npos) << knn.out;

    const auto bySource = runCli({"train", "--db", s_db, "--model", "bias", "--split", "by-source",
                                  "--test-source", "late", "--json"});
    ASSERT_EQ(bySource.exitCode, 0) << bySource.err;
    const auto trained = Json::parse(bySource.out);
    // All of "late" is test: 16 users × items 15..20, less the pairs the pattern leaves out.
    EXPECT_EQ(trained["metrics"]["test"]["rated_count"].get<int>(), 72);

    // The stored split can be reused by id.
    const auto again = runCli({"train", "--db", s_db, "--model", "popularity", "--split-id",
                               std::to_string(trained["split_id"].get<std::int64_t>()), "--json"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(Json::parse(again.out)["split_id"], trained["split_id"]);
    EXPECT_EQ(Json::parse(again.out)["metrics"]["test"]["rated_count"], 72);
}

TEST_F(TrainCli, WithoutAModelKindItTrainsTheFlagship) {
    const auto trained = runCli({"train", "--db", s_db, "--epochs", "1", "--rating-epochs", "1", "--json"});
    ASSERT_EQ(trained.exitCode, 0) << trained.err;
    EXPECT_EQ(Json::parse(trained.out)["kind"], "siamese") << trained.out;
}

TEST_F(TrainCli, UsageErrorsExitTwoAndBadInputExitsOne) {
    EXPECT_EQ(runCli({"train", "--db", s_db, "--model", "nonsense"}).exitCode, 2);
    EXPECT_EQ(runCli({"train", "--db", s_db, "--model", "bias", "--split", "by-source"}).exitCode, 2);

    auto result =
        runCli({"train", "--db", s_db, "--model", "bias", "--split", "by-source", "--test-source", "nope"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no source named 'nope'"), std::string::npos) << result.err;
    result = runCli({"train", "--db", s_db, "--model", "bias", "--domains", "no such domain"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no such domain"), std::string::npos) << result.err;
    result = runCli({"train", "--db", s_db, "--model", "bias", "--split-id", "999"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no split with id 999"), std::string::npos) << result.err;
    result = runCli({"evaluate", "--db", s_db, "--model", "4242"});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("no model with id 4242"), std::string::npos) << result.err;
}

} // namespace
} // namespace kindred
