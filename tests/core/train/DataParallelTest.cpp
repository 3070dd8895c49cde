// DataParallelGroup on c10d: shares, sums and fingerprints between members of one group, a peer
// that leaves, and the twin network trained by two members together. The members here are
// threads of this process with a file rendezvous (no ports); the CLI tests run real processes
// over TCP (tests/core/cli/DistributedCliTest.cpp).
#include "TestSupport.h"
#include "DataParallelTestSupport.h"
#include "TrainTestData.h"
#include "kindred/train/DataParallel.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/TwinNetwork.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace kindred {
namespace {

TEST(DataParallel, OptionsAreCheckedWithMessagesThatSayWhatIsWrong) {
    DataParallelOptions options;
    EXPECT_TRUE(validateDataParallel(options)); // alone: nothing else is needed
    options.worldSize = 2;
    options.rank = 2;
    options.rendezvous = "127.0.0.1:29500";
    EXPECT_NE(validateDataParallel(options).message().find("rank 2 is outside the world of 2"), std::string::npos);
    options.rank = 1;
    EXPECT_TRUE(validateDataParallel(options));
    options.rendezvous.clear();
    EXPECT_NE(validateDataParallel(options).message().find("2 processes needs a rendezvous"), std::string::npos);
    for (const char* bad : {"127.0.0.1", "host:0", "host:70000", "host:12ab", ":29500", "file:"}) {
        options.rendezvous = bad;
        const Status status = validateDataParallel(options);
        EXPECT_FALSE(status) << bad;
        EXPECT_NE(status.message().find("neither HOST:PORT"), std::string::npos) << status.message();
    }
    options.rendezvous = "file:/shared/kindred-rendezvous";
    EXPECT_TRUE(validateDataParallel(options));
}

TEST(DataParallel, SharesCoverEveryThingOnceInRankOrder) {
    test::TempDir dir;
    const auto shares = test::inGroup<std::vector<std::pair<std::size_t, std::size_t>>>(dir, 3, [](DataParallelGroup& g) {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        for (std::size_t count : {0u, 1u, 2u, 3u, 10u, 64u})
            out.push_back(g.share(count));
        return out;
    });
    const std::vector<std::size_t> counts = {0, 1, 2, 3, 10, 64};
    for (std::size_t c = 0; c < counts.size(); ++c) {
        std::size_t next = 0;
        for (int rank = 0; rank < 3; ++rank) {
            const auto [begin, end] = shares[std::size_t(rank)][c];
            EXPECT_EQ(begin, next) << "count " << counts[c] << " rank " << rank;
            EXPECT_LE(end - begin, counts[c] / 3 + 1);
            EXPECT_GE(end - begin, counts[c] / 3);
            next = end;
        }
        EXPECT_EQ(next, counts[c]);
    }
}

TEST(DataParallel, SumsReachEveryMemberAndDifferentFingerprintsStopThemAll) {
    test::TempDir dir;
    const auto results = test::inGroup<std::string>(dir, 2, [](DataParallelGroup& g) {
        std::vector<float> floats = {1.0f + float(g.rank()), 10.0f};
        std::vector<double> doubles = {0.5 * (g.rank() + 1)};
        g.sum(floats);
        g.sum(doubles);
        std::string out = std::to_string(floats[0]) + " " + std::to_string(floats[1]) + " " + std::to_string(doubles[0]);
        const std::vector<double> same = {7, 123456789012.0};
        g.requireSame(same, "numbers");
        try {
            const std::vector<double> differs = {7, double(g.rank())};
            g.requireSame(differs, "numbers");
            out += " | no error";
        } catch (const DataParallelError& error) {
            out += std::string(" | ") + error.what();
        }
        return out;
    });
    for (const auto& r : results) {
        EXPECT_EQ(r.substr(0, r.find(" |")), "3.000000 20.000000 1.500000");
        EXPECT_NE(r.find("do not see the same numbers"), std::string::npos) << r;
    }
}

TEST(DataParallel, AMemberThatLeavesStopsTheOthersWithAnErrorNotAHang) {
    test::TempDir dir;
    const auto started = std::chrono::steady_clock::now();
    const auto results = test::inGroup<std::string>(
        dir, 2,
        [](DataParallelGroup& g) -> std::string {
            std::vector<float> values(1000, 1.0f);
            g.sum(values); // both are here
            if (g.rank() == 1)
                return "left"; // its group is destroyed: its connections close
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            try {
                for (int k = 0; k < 100; ++k)
                    g.sum(values);
                return "no error";
            } catch (const DataParallelError& error) {
                return error.what();
            }
        },
        20);
    EXPECT_EQ(results[1], "left");
    EXPECT_NE(results[0].find("stopped or stopped answering"), std::string::npos) << results[0];
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20)) << "waited for the timeout";
}

TEST(DataParallel, JoiningAGroupNobodyElseJoinsFailsAfterTheTimeout) {
    test::TempDir dir;
    DataParallelOptions options;
    options.worldSize = 2;
    options.rank = 1;
    options.rendezvous = "127.0.0.1:1"; // nobody serves this rendezvous
    options.timeoutSeconds = 2;
    const auto joined = DataParallelGroup::join(options);
    ASSERT_FALSE(joined);
    EXPECT_NE(joined.status().message().find("could not join the training group at 127.0.0.1:1 as rank 1 of 2"),
              std::string::npos)
        << joined.status().message();
}

/// Two media of 20 items; people like the first half of both or the second half of both.
TrainingData twoTasteData(Split& split) {
    std::vector<test::Row> rows;
    const std::int32_t users = 48;
    for (std::int32_t u = 0; u < users; ++u)
        for (std::int32_t i = 0; i < 40; ++i) {
            if ((u * 7 + i * 3) % 5 == 0)
                continue;
            const bool sameHalf = ((i % 20) < 10) == (u % 2 == 0);
            const auto part = (u + i) % 7 == 0 ? SplitPart::Test : (u + i) % 7 == 1 ? SplitPart::Validation : SplitPart::Train;
            rows.push_back({u, i, sameHalf ? 1.0f : 0.25f, part});
        }
    std::vector<std::int32_t> itemDomain(40);
    for (int i = 0; i < 40; ++i)
        itemDomain[std::size_t(i)] = i < 20 ? 0 : 1;
    return test::makeData(users, itemDomain, {test::explicitDomain("books", 1, 5), test::explicitDomain("music", 1, 5)},
                          rows, &split);
}

TEST(DataParallel, TwoMembersTrainTheTwinTogetherAndOnlyRankZeroFinishesTheModel) {
    Split split;
    const TrainingData data = twoTasteData(split);
    TwinOptions options;
    options.dimension = 8;
    options.epochs = 3;
    options.patience = 10;
    options.batchUsers = 6;
    options.ratingEpochs = 2;
    options.neighbours = 0;
    options.kindredPeople = false;
    test::TempDir dir;
    struct Trained {
        std::vector<EpochRecord> history;
        bool hasModel = false;
    };
    const auto members = test::inGroup<Trained>(dir, 2, [&](DataParallelGroup& g) {
        auto result = trainTwinNetwork(data, split, options, nullptr, {}, {}, {}, &g);
        if (!result)
            throw std::runtime_error(result.status().message());
        return Trained{result->history, result->model != nullptr};
    });
    EXPECT_TRUE(members[0].hasModel);
    EXPECT_FALSE(members[1].hasModel);
    ASSERT_EQ(members[0].history.size(), 3u);
    ASSERT_EQ(members[1].history.size(), 3u);
    for (std::size_t e = 0; e < 3; ++e) {
        // One step, one gradient, one validation: both members record the same run.
        EXPECT_EQ(members[0].history[e].trainLoss, members[1].history[e].trainLoss);
        EXPECT_EQ(members[0].history[e].validationNdcg, members[1].history[e].validationNdcg);
        EXPECT_GT(members[0].history[e].validationNdcg, 0.0);
    }
    EXPECT_LT(members[0].history[2].trainLoss, members[0].history[0].trainLoss);
}

} // namespace
} // namespace kindred
