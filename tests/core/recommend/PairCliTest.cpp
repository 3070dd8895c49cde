// kindred-cli recommend / kindred / feedback / correlate as a script uses them: exit codes and
// JSON whose explanation numbers add up.
#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace kindred {
namespace {

using Json = nlohmann::json;

struct Run {
    int exitCode = -1;
    std::string out, err;
};

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (const char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Run runCli(const test::TempDir& dir, const std::vector<std::string>& args) {
    std::string command = quoted(KINDRED_CLI_PATH);
    for (const auto& arg : args)
        command += " " + quoted(arg);
    command += " >" + quoted((dir / "pair-cli.out").string()) + " 2>" + quoted((dir / "pair-cli.err").string()) + " </dev/null";
    const int status = std::system(command.c_str());
    Run run;
    if (status != -1 && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    run.out = readAll(dir / "pair-cli.out");
    run.err = readAll(dir / "pair-cli.err");
    return run;
}

TEST(PairCli, RecommendKindredFeedbackAndErrors) {
    test::TempDir dir;
    const auto db = (dir / "p.kindred").string();
    std::string ratings;
    for (int user = 1; user <= 16; ++user)
        for (int item = 1; item <= 40; ++item)
            if ((user + item) % 3 == 0 || (user * item) % 7 == 1) // about 40 % of the catalogue each
                ratings += test::ml100kRating(user, item, std::to_string(1 + (user * item) % 5), 880000000 + item);
    const auto folder = test::writeMl100k(dir, "ml", ratings);
    auto run = runCli(dir, {"import", "--db", db, "--format", "movielens-100k", "-q", folder.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    run = runCli(dir, {"train", "--db", db, "--model", "mf", "--epochs", "3", "--factors", "4", "--json", "-q"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto model = std::to_string(Json::parse(run.out)["model_id"].get<std::int64_t>());

    run = runCli(dir, {"recommend", "--db", db, "--model", model, "--pair", "1", "2", "--strategy", "fairness",
                       "--lambda", "0.5", "-k", "3", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto rec = Json::parse(run.out);
    EXPECT_EQ(rec["strategy"], "fairness");
    ASSERT_EQ(rec["items"].size(), 3u);
    for (const auto& item : rec["items"])
        for (const char* who : {"explanation_a", "explanation_b"}) {
            const auto& e = item[who];
            EXPECT_FALSE(e["exact"].get<bool>());
            EXPECT_NEAR(e["listed_sum"].get<double>() + e["interaction"].get<double>(), e["claimed"].get<double>(), 1e-9);
            double sum = 0;
            for (const auto& c : e["contributors"])
                sum += c["contribution"].get<double>();
            EXPECT_NEAR(sum, e["listed_sum"].get<double>(), 1e-9);
        }
    run = runCli(dir, {"recommend", "--db", db, "--model", model, "--pair", "1", "2", "-k", "2"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Taste match"), std::string::npos) << run.out;

    // The flagship explains exactly: the listed items, the other ratings, the item's appeal and
    // people like them add up to the score; a predicted rating is labelled as such.
    run = runCli(dir, {"train", "--db", db, "--model", "siamese", "--epochs", "2", "--dimension", "8",
                       "--rating-epochs", "2", "--json", "-q"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto twin = std::to_string(Json::parse(run.out)["model_id"].get<std::int64_t>());
    run = runCli(dir, {"recommend", "--db", db, "--model", twin, "--pair", "1", "2", "-k", "3", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    for (const auto& item : Json::parse(run.out)["items"]) {
        EXPECT_EQ(item["score_kind"], "ranking");
        EXPECT_GE(item["pair_score"].get<double>(), 0.0);
        EXPECT_LE(item["pair_score"].get<double>(), 1.0);
        EXPECT_GE(item["predicted_rating_a"].get<double>(), 1.0);
        EXPECT_LE(item["predicted_rating_a"].get<double>(), 5.0);
        for (const char* who : {"explanation_a", "explanation_b"}) {
            const auto& e = item[who];
            ASSERT_TRUE(e["exact"].get<bool>());
            EXPECT_FALSE(e.contains("remainder"));
            double sum = e["other_history"].get<double>() + e["item_appeal"].get<double>() +
                         e["people_like_you"].get<double>() + e["kindred_people"].get<double>();
            for (const auto& c : e["contributors"])
                sum += c["contribution"].get<double>();
            EXPECT_NEAR(sum, e["full_score"].get<double>(), 1e-5);
        }
    }
    run = runCli(dir, {"recommend", "--db", db, "--model", twin, "--pair", "1", "2", "-k", "2"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("because "), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("the item's appeal"), std::string::npos) << run.out;

    run = runCli(dir, {"kindred", "--db", db, "--model", model, "--user", "1", "-n", "3", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(Json::parse(run.out)["kindred"].size(), 3u);

    run = runCli(dir, {"feedback", "--db", db, "--model", model, "--user", "1", "--item", "3", "--up", "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const auto fb = Json::parse(run.out);
    EXPECT_GE(fb["score_after"].get<double>(), fb["score_before"].get<double>());

    EXPECT_EQ(runCli(dir, {"recommend", "--db", db, "--model", model, "--pair", "1", "999"}).exitCode, 1);
    EXPECT_EQ(runCli(dir, {"recommend", "--db", db, "--model", model, "--pair", "1"}).exitCode, 2);
    EXPECT_EQ(runCli(dir, {"recommend", "--db", db, "--model", model, "--pair", "1", "2", "--strategy", "mean"}).exitCode, 2);
    EXPECT_EQ(runCli(dir, {"feedback", "--db", db, "--model", model, "--user", "1", "--item", "3"}).exitCode, 2);
    EXPECT_EQ(runCli(dir, {"correlate", "--db", db, "--from", "ml-100k movies", "--to", "nothing"}).exitCode, 1);
}

} // namespace
} // namespace kindred
