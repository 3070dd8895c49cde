// kindred-cli embed / neighbours / export-projector on a small imported project with a stored mf model.
#include "CliRunner.h"
#include "importers/MovieLens100kFixture.h"

#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace kindred {
namespace {

using Json = nlohmann::json;

class SpaceCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_db = (*s_dir / "p.kindred").string();
        std::string ratings;
        for (int user = 1; user <= 16; ++user)
            for (int item = 1; item <= 20; ++item)
                if ((user * 5 + item * 7) % 4 != 0)
                    ratings += test::ml100kRating(user, item, std::to_string(1 + (user * item) % 5), 880000000 + item);
        const auto folder = test::writeMl100k(*s_dir, "ml", ratings);
        s_ready = test::cli(*s_dir, {"import", "--db", s_db, "-q", folder.string()}).exitCode == 0 &&
                  test::cli(*s_dir, {"train", "--db", s_db, "--model", "mf", "--factors", "4", "-q"}).exitCode == 0;
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override { ASSERT_TRUE(s_ready) << "import or training of the fixture project failed"; }

    static test::TempDir* s_dir;
    static std::string s_db;
    static bool s_ready;
};
test::TempDir* SpaceCli::s_dir = nullptr;
std::string SpaceCli::s_db;
bool SpaceCli::s_ready = false;

TEST_F(SpaceCli, EmbedStoresAProjectionAndExportWritesProjectorFiles) {
    const auto embed = test::cli(*s_dir, {"embed", "--db", s_db, "--model", "1", "--method", "tsne", "--dims", "3",
                                          "--perplexity", "5", "--iterations", "300", "--clusters", "3", "--json",
                                          "-q"});
    ASSERT_EQ(embed.exitCode, 0) << embed.err;
    const auto out = Json::parse(embed.out);
    EXPECT_EQ(out["rows"], 20);
    EXPECT_GT(out["kl_divergence"].get<double>(), 0);
    ASSERT_EQ(out["cluster_summaries"].size(), 3u);
    int clustered = 0;
    for (const auto& cluster : out["cluster_summaries"])
        clustered += cluster["items"].get<int>();
    EXPECT_EQ(clustered, 20);
    const auto folder = *s_dir / "export";
    const auto exported = test::cli(*s_dir, {"export-projector", "--db", s_db, "--model", "1", "--out", folder.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const auto metadata = test::slurp(folder / "metadata.tsv");
    EXPECT_EQ(std::count(metadata.begin(), metadata.end(), '\n'), 21); // header + 20 items
    const auto vectors = test::slurp(folder / "vectors.tsv");
    EXPECT_EQ(std::count(vectors.begin(), vectors.end(), '\n'), 20);
    EXPECT_EQ(std::count(vectors.begin(), vectors.begin() + long(vectors.find('\n')), '\t'), 3); // 4 factors
    const auto coordinates = test::slurp(folder / "coordinates.csv");
    EXPECT_EQ(coordinates.substr(0, coordinates.find('\n')), "item_id,title,medium,x,y,z,cluster");
}

TEST_F(SpaceCli, EmbedWithUmapTakesItsParameters) {
    const auto embed = test::cli(*s_dir, {"embed", "--db", s_db, "--model", "1", "--method", "umap", "--dims", "2",
                                          "--neighbours", "6", "--min-dist", "0.3", "--epochs", "50", "--clusters",
                                          "2", "--json", "-q"});
    ASSERT_EQ(embed.exitCode, 0) << embed.err;
    const auto out = Json::parse(embed.out);
    EXPECT_EQ(out["method"], "umap");
    EXPECT_EQ(out["rows"], 20);
    EXPECT_EQ(out["umap"]["neighbours"], 6);
    EXPECT_DOUBLE_EQ(out["umap"]["min_dist"].get<double>(), 0.3);
    EXPECT_EQ(out["umap"]["epochs"], 50);
    const auto text = test::cli(*s_dir, {"embed", "--db", s_db, "--model", "1", "--method", "umap", "--dims", "3",
                                         "--clusters", "0", "-q"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.out.find("umap 3D of 20 points, 15 neighbours, min-dist 0.1, 500 epochs"), std::string::npos)
        << text.out;
    const auto bad = test::cli(*s_dir, {"embed", "--db", s_db, "--model", "1", "--method", "umap", "--neighbours", "1"});
    EXPECT_EQ(bad.exitCode, 2) << bad.err;
}

TEST_F(SpaceCli, NeighboursOfAnItemAndOfAUserAsJson) {
    const auto items = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "3", "-k", "4", "--json"});
    ASSERT_EQ(items.exitCode, 0) << items.err;
    const auto hits = Json::parse(items.out)["neighbours"];
    ASSERT_EQ(hits.size(), 4u);
    for (std::size_t r = 1; r < hits.size(); ++r)
        EXPECT_GE(hits[r - 1]["similarity"].get<double>(), hits[r]["similarity"].get<double>());
    const auto users = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--user", "2", "-k", "3", "--json"});
    ASSERT_EQ(users.exitCode, 0) << users.err;
    EXPECT_EQ(Json::parse(users.out)["neighbours"].size(), 3u);
    // One medium here: its own medium is everything, the other media are nothing.
    const auto same = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "3", "-k", "4",
                                         "--media", "same", "--json"});
    ASSERT_EQ(same.exitCode, 0) << same.err;
    EXPECT_EQ(Json::parse(same.out)["neighbours"], hits);
    const auto other = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "3", "-k", "4",
                                          "--media", "other", "--json"});
    ASSERT_EQ(other.exitCode, 0) << other.err;
    EXPECT_TRUE(Json::parse(other.out)["neighbours"].empty());
}

// Reading a project never loads LibTorch (Debian's pulls in about 290 libraries: 0.6 s before
// main); training a neural kind does, from the module (src/train/TorchRuntime.h). The dynamic
// loader's own log (LD_DEBUG=files) names every library a process loads.
TEST_F(SpaceCli, QueriesNeverLoadLibTorchAndNeuralTrainingDoes) {
    const auto loadsLibTorch = [&](const std::vector<std::string>& args) {
        const auto run = test::cliWithPrefix(*s_dir, "env", {"LD_DEBUG=files"}, args);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return run.err.find("libtorch_cpu.so") != std::string::npos;
    };
    EXPECT_FALSE(loadsLibTorch({"neighbours", "--db", s_db, "--model", "1", "--item", "3", "-k", "4"}));
    EXPECT_FALSE(loadsLibTorch({"recommend", "--db", s_db, "--model", "1", "--pair", "1", "2"}));
    EXPECT_FALSE(loadsLibTorch({"stats", "--db", s_db}));
    EXPECT_TRUE(loadsLibTorch(
        {"train", "--db", s_db, "--model", "siamese", "--epochs", "1", "--rating-epochs", "1", "-q"}));
}

// A libkindred_core.so without the module beside it (a broken installation): training a neural
// kind fails with a message naming the missing file, and the project keeps what it had.
TEST_F(SpaceCli, AMissingLibTorchModuleIsAClearErrorThatLosesNothing) {
    const auto lonely = *s_dir / "core-without-module";
    std::filesystem::create_directories(lonely);
    std::filesystem::copy_file(KINDRED_CORE_LIBRARY_PATH, lonely / "libkindred_core.so",
                               std::filesystem::copy_options::overwrite_existing);
    const auto models = [&] { return test::cli(*s_dir, {"models", "--db", s_db}).out; };
    const std::string before = models();
    const auto train = test::cliWithPrefix(*s_dir, "env", {"LD_LIBRARY_PATH=" + lonely.string()},
                                           {"train", "--db", s_db, "--model", "siamese", "--epochs", "1", "-q"});
    EXPECT_EQ(train.exitCode, 1);
    EXPECT_NE(train.err.find("cannot load Kindred's LibTorch module " + (lonely / "libkindred_torch.so").string()),
              std::string::npos)
        << train.err;
    EXPECT_EQ(models(), before);
    // Queries do not need it.
    const auto query = test::cliWithPrefix(*s_dir, "env", {"LD_LIBRARY_PATH=" + lonely.string()},
                                           {"neighbours", "--db", s_db, "--model", "1", "--item", "3"});
    EXPECT_EQ(query.exitCode, 0) << query.err;
}

TEST_F(SpaceCli, BadRequestsFailWithAMessage) {
    const auto noModel = test::cli(*s_dir, {"embed", "--db", s_db, "--model", "99", "-q"});
    EXPECT_EQ(noModel.exitCode, 1);
    EXPECT_NE(noModel.err.find("99"), std::string::npos) << noModel.err;
    const auto noItem = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "777"});
    EXPECT_EQ(noItem.exitCode, 1);
    const auto both = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "1", "--user", "1"});
    EXPECT_EQ(both.exitCode, 2);
    const auto badDomains = test::cli(*s_dir, {"neighbours", "--db", s_db, "--model", "1", "--item", "1", "--media", "all"});
    EXPECT_EQ(badDomains.exitCode, 2) << "any, same or other";
}

} // namespace
} // namespace kindred
