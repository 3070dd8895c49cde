// Demographics in the Siamese user tower: loaded from the project's users table, and used.
#include "TrainTestData.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/train/Siamese.h"

#include <cmath>
#include <random>

namespace kindred {
namespace {

TEST(TrainingDataDemographics, Ml100kUsersCarryAgeGroupGenderAndOccupation) {
    KINDRED_REQUIRE_DATASET("ml-100k/u1.base");
    test::TempDir dir;
    auto project = Project::open(dir / "p.kindred");
    ASSERT_TRUE(project);
    ImportOptions options;
    options.format = "movielens-100k";
    ASSERT_TRUE(importDataset(*project.value(), {test::sharedDataDir() / "ml-100k/u1.base"}, options).status);
    auto data = loadTrainingData(*project.value());
    ASSERT_TRUE(data) << data.status().message();
    // u.user: ages 7..73 (all 7 groups), 2 genders, 21 occupations; every user has all three.
    EXPECT_EQ(data->userAttributeNames.size(), 7u + 2u + 21u);
    for (const auto& attributes : data->userAttributes)
        ASSERT_EQ(attributes.size(), 3u);
    // User 1 of u.user: "1|24|M|technician|85711".
    const auto& first = data->userAttributes.front();
    EXPECT_EQ(data->userAttributeNames[std::size_t(first[0])], "age 18-24");
    EXPECT_EQ(data->userAttributeNames[std::size_t(first[1])], "gender M");
    EXPECT_EQ(data->userAttributeNames[std::size_t(first[2])], "occupation technician");
}

/// Two groups with opposite tastes over 40 items: group 0 likes items 0..19, group 1 items 20..39.
/// 300 users have training ratings; 100 "new" users have none, only test ratings, so only their
/// group attribute can tell the model which half they like.
TrainingData groupTasteData(Split& split) {
    std::mt19937 random(5);
    std::vector<test::Row> rows;
    const int warm = 300, users = 400, items = 40;
    auto rating = [](int user, int item) { return (user % 2 == 0) == (item < 20) ? 1.0f : 0.0f; };
    for (int u = 0; u < users; ++u) {
        std::vector<int> order(items);
        for (int i = 0; i < items; ++i)
            order[std::size_t(i)] = i;
        std::shuffle(order.begin(), order.end(), random);
        const int rated = u < warm ? 18 : 10;
        for (int k = 0; k < rated; ++k) {
            const auto part = u >= warm ? SplitPart::Test : k < 16 ? SplitPart::Train : SplitPart::Validation;
            rows.push_back({u, order[std::size_t(k)], rating(u, order[std::size_t(k)]), part});
        }
    }
    auto data = test::makeData(users, std::vector<std::int32_t>(items, 0), {test::explicitDomain("taste", 0, 1)},
                               rows, &split);
    data.userAttributeNames = {"group A", "group B"};
    for (int u = 0; u < users; ++u)
        data.userAttributes.push_back({u % 2});
    return data;
}

double newUserRmse(const Recommender& model, const TrainingData& data, const Split& split) {
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < data.interactions.size(); ++i)
        if (split.part[i] == SplitPart::Test) {
            const auto& x = data.interactions[i];
            sum += std::pow(std::clamp(double(model.predict(x.user, x.item)), 0.0, 1.0) - x.value, 2);
            ++n;
        }
    return std::sqrt(sum / double(n));
}

TEST(SiameseDemographics, NewUsersAreRecommendedByTheirGroup) {
    Split split;
    const auto data = groupTasteData(split);
    SiameseOptions options;
    options.dimension = 8;
    options.heads = 2;
    options.historyLength = 16;
    options.epochs = 15;
    options.batchSize = 256;
    options.learningRate = 1e-2;
    options.pairWeight = 0;
    options.seed = 3;
    auto with = trainSiamese(data, split, options);
    options.useDemographics = false;
    auto without = trainSiamese(data, split, options);
    ASSERT_TRUE(with && without);
    const double withRmse = newUserRmse(*with->model, data, split);
    const double withoutRmse = newUserRmse(*without->model, data, split);
    std::printf("new users' RMSE (0..1 scale): with demographics %.4f, without %.4f\n", withRmse, withoutRmse);
    // Without demographics a new user is predicted from item biases alone (every item is liked by
    // half of the people: RMSE ≈ 0.5); their group must take the error well below that.
    EXPECT_GT(withoutRmse, 0.4);
    EXPECT_LT(withRmse, 0.5 * withoutRmse);

    // The user tower rebuilt for pair recommendations has the demographic input too: a new user
    // (no history) is placed by their group, as in training, and near their group's items.
    auto encoder = makeSiameseUserEncoder(*with->model, data);
    ASSERT_TRUE(encoder) << encoder.status().message();
    auto space = makeTasteSpace(*with->model, std::make_shared<const TrainingData>(data));
    ASSERT_TRUE(space) << space.status().message();
    for (const std::int32_t user : {300, 301}) {
        const auto profile = encoder.value()(user, {});
        const auto stored = space.value()->userVector(user);
        for (std::size_t k = 0; k < stored.size(); ++k)
            EXPECT_NEAR(profile.vector[k], stored[k], 1e-4) << "user " << user;
        double liked = 0, disliked = 0; // group A (even users) likes items 0..19
        for (std::int32_t item = 0; item < 40; ++item)
            ((item < 20) == (user % 2 == 0) ? liked : disliked) += space.value()->score(profile, item) / 20;
        EXPECT_GT(liked, disliked + 0.3) << "user " << user;
    }
}

} // namespace
} // namespace kindred
