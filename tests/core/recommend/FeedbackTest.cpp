// Thumbs up/down: the online update moves the item's score the right way, and stored feedback is
// applied when a user's profile is loaded.
#include "PairTestSpace.h"
#include "kindred/recommend/Feedback.h"
#include "kindred/recommend/ProjectLookup.h"

#include <gtest/gtest.h>

namespace kindred {
namespace {

TEST(FeedbackTest, UpRaisesAndDownLowersTheItemScore) {
    const auto space = test::randomRidgeSpace(20, 40, 4, 15);
    int checked = 0;
    for (std::int32_t item = 0; item < 40; ++item) {
        const auto original = space->userProfile(2);
        const float before = space->score(original, item);
        if (before <= 0.05f || before >= 0.95f)
            continue;
        const auto up = applyFeedback(*space, original, {{item, true}});
        const auto down = applyFeedback(*space, original, {{item, false}});
        EXPECT_GT(space->score(up, item), before + 1e-3) << item;
        EXPECT_LT(space->score(down, item), before - 1e-3) << item;
        EXPECT_EQ(up.bias, original.bias);
        ++checked;
    }
    EXPECT_GT(checked, 10);
}

TEST(FeedbackTest, UpdateStaysNearTheOriginalVector) {
    const auto space = test::randomRidgeSpace(20, 40, 4, 15);
    const auto original = space->userProfile(0);
    FeedbackUpdateOptions strong;
    strong.l2 = 10;
    const auto near = applyFeedback(*space, original, {{5, true}}, strong);
    const auto far = applyFeedback(*space, original, {{5, true}});
    double dNear = 0, dFar = 0;
    for (std::size_t j = 0; j < original.vector.size(); ++j) {
        dNear += std::pow(near.vector[j] - original.vector[j], 2);
        dFar += std::pow(far.vector[j] - original.vector[j], 2);
    }
    EXPECT_LT(dNear, dFar);
    // An up on an item already predicted at or above 1 changes nothing.
    auto happy = original;
    happy.bias = 5;
    const auto same = applyFeedback(*space, happy, {{5, true}});
    EXPECT_EQ(same.vector, happy.vector);
}

TEST(FeedbackTest, StoredFeedbackIsAppliedWhenLoadingAProfile) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    const auto& data = small.data;
    std::mt19937 rng(3);
    std::normal_distribution<float> normal(0.0f, 0.3f);
    std::vector<float> vectors(std::size_t(data.itemCount()) * 3);
    for (auto& x : vectors)
        x = normal(rng);
    const auto space = test::makeRidgeSpace(data, 3, vectors, std::vector<float>(std::size_t(data.itemCount()), 0.5f));

    const auto userId = findUserId(*small.project, "1");
    ASSERT_TRUE(userId.ok()) << userId.status().message();
    const auto itemId = findItemId(*small.project, "5");
    ASSERT_TRUE(itemId.ok()) << itemId.status().message();
    const auto user = std::int32_t(std::lower_bound(data.userIds.begin(), data.userIds.end(), userId.value()) - data.userIds.begin());
    const auto item = std::int32_t(std::lower_bound(data.itemIds.begin(), data.itemIds.end(), itemId.value()) - data.itemIds.begin());

    const auto before = loadUserProfile(*small.project, *space, user);
    ASSERT_TRUE(before.ok()) << before.status().message();
    EXPECT_EQ(before->vector, space->userProfile(user).vector);

    ASSERT_TRUE(recordFeedback(*small.project, 0, userId.value(), itemId.value(), true).ok());
    const auto after = loadUserProfile(*small.project, *space, user);
    ASSERT_TRUE(after.ok());
    EXPECT_GT(space->score(after.value(), item), space->score(before.value(), item));
    const auto events = loadFeedback(*small.project, *space, userId.value());
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1u);
    EXPECT_EQ(events->front().item, item);
    EXPECT_TRUE(events->front().up);

    EXPECT_FALSE(recordFeedback(*small.project, 0, 99999, itemId.value(), true).ok());
    EXPECT_FALSE(recordFeedback(*small.project, 12345, userId.value(), itemId.value(), true).ok());
    EXPECT_FALSE(findUserId(*small.project, "nobody").ok());
    EXPECT_FALSE(userLabel(*small.project, userId.value()).empty());
}

} // namespace
} // namespace kindred
