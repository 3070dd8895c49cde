// `kindred-cli train --world-size N --rank R --rendezvous 127.0.0.1:PORT`: real processes on one
// machine training one model together over c10d/Gloo. A group of N with --batch-users B takes the
// steps one process takes with N × B (and √N × the learning rate), so its model must score like
// that one; a killed member
// must stop the others with a clear error, not a hang.
#include "CliRunner.h"
#include "importers/MovieLens100kFixture.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace kindred {
namespace {

using Json = nlohmann::json;

/// A kindred-cli process started in the background, its output going to files.
struct Running {
    pid_t pid = -1;
    std::filesystem::path out, err;
};

Running spawnCli(const test::TempDir& dir, const std::string& name, const std::vector<std::string>& args) {
    Running run{-1, dir / (name + ".out"), dir / (name + ".err")};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, run.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, run.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> all = {KINDRED_CLI_PATH};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawn(&run.pid, KINDRED_CLI_PATH, &actions, nullptr, argv.data(), environ) != 0)
        run.pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

/// Waits up to `limit` for the process; its exit code, or -1 when it did not end in time (it is
/// then killed) or did not exit normally.
int waitFor(const Running& run, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (true) {
        int status = 0;
        const pid_t done = waitpid(run.pid, &status, WNOHANG);
        if (done == run.pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (std::chrono::steady_clock::now() > deadline) {
            kill(run.pid, SIGKILL);
            waitpid(run.pid, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

/// A TCP port on 127.0.0.1 that was free a moment ago.
std::string freeRendezvous() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(s, reinterpret_cast<sockaddr*>(&address), &length);
    close(s);
    return "127.0.0.1:" + std::to_string(ntohs(address.sin_port));
}

class DistributedCli : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_db = (*s_dir / "p.kindred").string();
        // Two tastes: even people like items 1..15, odd people items 16..30.
        std::string ratings;
        for (int user = 1; user <= 60; ++user)
            for (int item = 1; item <= 30; ++item)
                if ((user * 7 + item * 3) % 4 != 0)
                    ratings += test::ml100kRating(user, item, ((item <= 15) == (user % 2 == 0)) ? "5" : "2",
                                                  880000000 + item);
        const auto folder = test::writeMl100k(*s_dir, "data", ratings);
        const auto run = test::cli(*s_dir, {"import", "--db", s_db, "--format", "movielens-100k", "-q", folder.string()});
        ASSERT_EQ(run.exitCode, 0) << run.err;
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    /// `train` arguments shared by every run: a small, fast twin.
    static std::vector<std::string> trainArgs(const std::string& db, int batchUsers, double learningRate = 0.005) {
        char rate[32];
        std::snprintf(rate, sizeof rate, "%.17g", learningRate);
        return {"train", "--db", db, "--model", "siamese", "--dimension", "8", "--epochs", "4", "--patience", "10",
                "--neighbours", "0", "--rating-epochs", "3", "--seed", "5", "--batch-users",
                std::to_string(batchUsers), "--learning-rate", rate, "--json", "-q"};
    }
    /// Runs a group of `size` processes (rank r on dbs[r]); returns each one's exit code and output.
    static std::vector<test::CliResult> runGroup(const std::vector<std::string>& dbs, int batchUsers) {
        const std::string rendezvous = freeRendezvous();
        std::vector<Running> ranks;
        for (std::size_t r = 0; r < dbs.size(); ++r) {
            auto args = trainArgs(dbs[r], batchUsers);
            args.insert(args.end(), {"--world-size", std::to_string(dbs.size()), "--rank", std::to_string(r),
                                     "--rendezvous", rendezvous, "--group-timeout", "60"});
            ranks.push_back(spawnCli(*s_dir, "rank" + std::to_string(r), args));
        }
        std::vector<test::CliResult> results;
        for (const auto& rank : ranks) {
            const int code = waitFor(rank, std::chrono::seconds(180));
            results.push_back({code, test::slurp(rank.out), test::slurp(rank.err)});
        }
        return results;
    }

    static test::TempDir* s_dir;
    static std::string s_db;
};

test::TempDir* DistributedCli::s_dir = nullptr;
std::string DistributedCli::s_db;

TEST_F(DistributedCli, GroupsOfTwoAndFourTrainTheModelOneProcessTrainsWithTheirBatchesTogether) {

    // Two processes on one project file (a shared disk); four on copies (one per machine).
    std::vector<std::string> copies = {s_db};
    for (int r = 1; r < 4; ++r) {
        copies.push_back((*s_dir / ("copy" + std::to_string(r) + ".kindred")).string());
        std::filesystem::copy_file(s_db, copies.back(), std::filesystem::copy_options::overwrite_existing);
    }
    for (const auto& dbs : {std::vector<std::string>{s_db, s_db}, copies}) {
        const int size = int(dbs.size());
        // One process with the group's batch (12 people per step) and √size × its learning rate.
        const auto alone = test::cli(*s_dir, trainArgs(s_db, 12, 0.005 * std::sqrt(double(size))));
        ASSERT_EQ(alone.exitCode, 0) << alone.err;
        const auto reference = Json::parse(alone.out);
        const auto results = runGroup(dbs, 12 / size);
        for (int r = 0; r < size; ++r)
            ASSERT_EQ(results[std::size_t(r)].exitCode, 0) << "rank " << r << " of " << size << ": "
                                                           << results[std::size_t(r)].err;
        const auto stored = Json::parse(results[0].out);
        EXPECT_GT(stored["model_id"].get<std::int64_t>(), 0);
        ASSERT_EQ(stored["history"].size(), reference["history"].size());
        for (std::size_t e = 0; e < reference["history"].size(); ++e)
            EXPECT_NEAR(stored["history"][e]["validation_ndcg"].get<double>(),
                        reference["history"][e]["validation_ndcg"].get<double>(), 1e-4)
                << "epoch " << e + 1 << " of a group of " << size;
        for (const char* metric : {"ndcg", "rmse", "recall"})
            EXPECT_NEAR(stored["metrics"]["test"][metric].get<double>(),
                        reference["metrics"]["test"][metric].get<double>(), 1e-3)
                << metric << ", group of " << size;
        for (int r = 1; r < size; ++r) {
            const auto helper = Json::parse(results[std::size_t(r)].out);
            EXPECT_EQ(helper["rank"], r);
            EXPECT_EQ(helper["world_size"], size);
            EXPECT_EQ(helper["history"].size(), reference["history"].size());
            EXPECT_FALSE(helper.contains("model_id"));
        }
    }
}

TEST_F(DistributedCli, AKilledMemberStopsTheOthersWithAClearErrorAndNoModel) {
    const auto before = Json::parse(test::cli(*s_dir, {"models", "--db", s_db, "--json"}).out).size();
    const std::string rendezvous = freeRendezvous();
    std::vector<Running> ranks;
    for (int r = 0; r < 2; ++r) {
        auto args = trainArgs(s_db, 6);
        *(std::find(args.begin(), args.end(), "--epochs") + 1) = "1000"; // far longer than the test
        *(std::find(args.begin(), args.end(), "--patience") + 1) = "1000";
        args.insert(args.end(), {"-v", "--world-size", "2", "--rank", std::to_string(r), "--rendezvous", rendezvous,
                                 "--group-timeout", "60"});
        ranks.push_back(spawnCli(*s_dir, "long" + std::to_string(r), args));
    }
    // Kill rank 1 once it is training (its first epoch is printed by -v).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    const auto training = [&] { return test::slurp(ranks[1].err).find("train loss") != std::string::npos; };
    while (!training() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    kill(ranks[1].pid, SIGKILL);
    if (!training()) {
        kill(ranks[0].pid, SIGKILL);
        waitFor(ranks[0], std::chrono::seconds(10));
        FAIL() << "rank 1 never trained: " << test::slurp(ranks[1].err);
    }
    EXPECT_EQ(waitFor(ranks[1], std::chrono::seconds(10)), -1);

    const auto started = std::chrono::steady_clock::now();
    const int code = waitFor(ranks[0], std::chrono::seconds(50)); // well inside the 60 s timeout
    const std::string err = test::slurp(ranks[0].err);
    EXPECT_EQ(code, 1) << err;
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(50));
    EXPECT_NE(err.find("another training process of the group at " + rendezvous + " stopped or stopped answering"),
              std::string::npos)
        << err;
    EXPECT_EQ(Json::parse(test::cli(*s_dir, {"models", "--db", s_db, "--json"}).out).size(), before);
}

TEST_F(DistributedCli, MembersWithDifferentCommandsStopTogetherSayingWhy) {
    const std::string rendezvous = freeRendezvous();
    std::vector<Running> ranks;
    for (int r = 0; r < 2; ++r) {
        auto args = trainArgs(s_db, 6);
        *(std::find(args.begin(), args.end(), "--seed") + 1) = r == 0 ? "5" : "6"; // a different split
        args.insert(args.end(), {"--world-size", "2", "--rank", std::to_string(r), "--rendezvous", rendezvous,
                                 "--group-timeout", "60"});
        ranks.push_back(spawnCli(*s_dir, "differ" + std::to_string(r), args));
    }
    for (const auto& rank : ranks) {
        EXPECT_EQ(waitFor(rank, std::chrono::seconds(60)), 1);
        const std::string err = test::slurp(rank.err);
        EXPECT_NE(err.find("do not see the same data, split or parameters"), std::string::npos) << err;
    }
}

TEST_F(DistributedCli, WrongGroupCommandsFailBeforeAnyTraining) {
    auto noRendezvous = test::cli(*s_dir, {"train", "--db", s_db, "--model", "siamese", "--world-size", "2"});
    EXPECT_EQ(noRendezvous.exitCode, 2);
    EXPECT_NE(noRendezvous.err.find("processes needs a rendezvous (--rendezvous HOST:PORT"), std::string::npos) << noRendezvous.err;

    auto badRank = test::cli(*s_dir, {"train", "--db", s_db, "--world-size", "2", "--rank", "2", "--rendezvous",
                                      "127.0.0.1:29500"});
    EXPECT_EQ(badRank.exitCode, 2);
    EXPECT_NE(badRank.err.find("rank 2 is outside the world of 2"), std::string::npos) << badRank.err;

    auto oneProcessKind = test::cli(*s_dir, {"train", "--db", s_db, "--model", "mf", "--world-size", "2",
                                             "--rendezvous", "127.0.0.1:29500"});
    EXPECT_EQ(oneProcessKind.exitCode, 1);
    EXPECT_NE(oneProcessKind.err.find("a mf model trains in one process; across processes: siamese"), std::string::npos)
        << oneProcessKind.err;

    auto resumed = test::cli(*s_dir, {"train", "--db", s_db, "--model", "siamese", "--resume", "--world-size", "2",
                                      "--rendezvous", "127.0.0.1:29500"});
    EXPECT_EQ(resumed.exitCode, 1);
    EXPECT_NE(resumed.err.find("a run across processes cannot be resumed"), std::string::npos) << resumed.err;
}

} // namespace
} // namespace kindred
