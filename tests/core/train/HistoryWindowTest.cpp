// balancedHistoryWindow: which history entries the Siamese user tower reads.
#include "kindred/train/HistoryWindow.h"

#include <gtest/gtest.h>

#include <vector>

using kindred::balancedHistoryWindow;

TEST(HistoryWindowTest, ShortHistoriesAreReadWhole) {
    const std::vector<std::int32_t> domains = {0, 1, 0};
    EXPECT_EQ(balancedHistoryWindow(domains, 3), (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_EQ(balancedHistoryWindow(domains, 10), (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_TRUE(balancedHistoryWindow({}, 4).empty());
}

TEST(HistoryWindowTest, OneDomainKeepsTheMostRecentEntries) {
    const std::vector<std::int32_t> domains(10, 0);
    EXPECT_EQ(balancedHistoryWindow(domains, 4), (std::vector<std::size_t>{6, 7, 8, 9}));
}

TEST(HistoryWindowTest, ADomainWithFewEntriesIsNotCrowdedOut) {
    // Two early music entries (medium 1) and a long run of recent books (medium 0): the most
    // recent 4 would be books only.
    std::vector<std::int32_t> domains = {1, 0, 1};
    domains.resize(20, 0);
    EXPECT_EQ(balancedHistoryWindow(domains, 4), (std::vector<std::size_t>{0, 2, 18, 19}));
}

TEST(HistoryWindowTest, DomainsTakeTurnsFromTheMostRecentBack) {
    // Alternating runs: each medium contributes its most recent entries, in chronological order.
    const std::vector<std::int32_t> domains = {0, 0, 0, 1, 1, 1, 2, 0, 1};
    EXPECT_EQ(balancedHistoryWindow(domains, 3), (std::vector<std::size_t>{6, 7, 8}));
    EXPECT_EQ(balancedHistoryWindow(domains, 5), (std::vector<std::size_t>{2, 5, 6, 7, 8}));
}
