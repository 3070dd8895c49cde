#include "train/TrainTestData.h"
#include "importers/FormatImportSupport.h"
#include "store/ProjectInternals.h"
#include "kindred/recommend/PairRecommender.h"
#include "kindred/space/SpaceNeighbours.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/TrainingJob.h"
#include "kindred/train/Recommender.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
#include <stdexcept>

namespace kindred {
namespace {

Split allTrainWithSomeValidation(const TrainingData& data) {
    Split split = randomSplit(data, 3, 0.8, 0.2);
    return split;
}

TEST(TasteSpace, ScoresEqualTheModelsPredictionsAndFoldInApproximatesKnownUsers) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    const auto split = allTrainWithSomeValidation(small.data);
    BaselineOptions options;
    options.factors = 8;
    auto mf = trainBiasedMf(small.data, split, options);
    auto space = makeTasteSpace(*mf, std::make_shared<const TrainingData>(small.data));
    ASSERT_TRUE(space) << space.status().message();
    const auto& s = *space.value();
    EXPECT_EQ(s.dimension, 8);
    for (std::int32_t u = 0; u < small.data.userCount(); ++u)
        for (std::int32_t i = 0; i < small.data.itemCount(); ++i)
            EXPECT_NEAR(s.score(u, i), mf->predict(u, i), 1e-5);
    // A new user who rated like user 0 is placed (ridge fold-in) at least as well as the model
    // fits user 0: the fold-in minimises the same squared error on those ratings.
    const auto history = s.history(0);
    const auto profile = s.encoder(-1, history);
    ASSERT_EQ(profile.vector.size(), 8u);
    double foldInError = 0, modelError = 0;
    for (const auto& h : history) {
        foldInError += std::pow(s.score(profile, h.item) - h.value, 2);
        modelError += std::pow(s.score(0, h.item) - h.value, 2);
    }
    EXPECT_LT(foldInError, modelError * 1.05);
}

TEST(TasteSpace, ModelsWithoutFactorsAreRefusedWithAMessage) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    const auto split = allTrainWithSomeValidation(small.data);
    auto popularity = trainPopularity(small.data, split, {});
    auto space = makeTasteSpace(*popularity, std::make_shared<const TrainingData>(small.data));
    ASSERT_FALSE(space);
    EXPECT_NE(space.status().message().find("popularity"), std::string::npos);
}

TEST(TasteSpace, SiameseEncoderReproducesStoredUserVectorsAndServesNewUsers) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    Split split = allTrainWithSomeValidation(small.data);
    SiameseOptions options;
    options.dimension = 8;
    options.heads = 2;
    options.historyLength = 8;
    options.epochs = 2;
    options.batchSize = 32;
    auto trained = trainSiamese(small.data, split, options);
    ASSERT_TRUE(trained) << trained.status().message();
    auto space = makeTasteSpace(*trained->model, std::make_shared<const TrainingData>(small.data));
    ASSERT_TRUE(space) << space.status().message();
    const auto& s = *space.value();
    // The stored vector of a user came from the balanced window of their training interactions
    // (timestamp order).
    for (std::int32_t u : {0, 5, 11}) {
        std::vector<HistoryEntry> history;
        const auto [begin, end] = small.data.userRange(u);
        for (auto k = begin; k < end; ++k)
            if (split.part[k] == SplitPart::Train)
                history.push_back({small.data.interactions[k].item, small.data.interactions[k].value,
                                   small.data.interactions[k].timestamp});
        std::stable_sort(history.begin(), history.end(),
                         [](const HistoryEntry& a, const HistoryEntry& b) { return a.timestamp < b.timestamp; });
        const auto profile = s.encoder(u, history);
        const auto stored = s.userVector(u);
        for (int k = 0; k < s.dimension; ++k)
            EXPECT_NEAR(profile.vector[std::size_t(k)], stored[std::size_t(k)], 1e-4) << "user " << u;
        EXPECT_NEAR(profile.bias, s.userBias[std::size_t(u)], 1e-6);
    }
    const auto newcomer = s.encoder(-1, std::vector<HistoryEntry>{{0, 1.0f}, {1, 0.0f}});
    ASSERT_EQ(newcomer.vector.size(), 8u);
    EXPECT_TRUE(std::isfinite(s.score(newcomer, 2)));
}

TEST(TasteSpace, StoredModelsReloadWithTheirEmbeddings) {
    test::SmallProject small;
    ASSERT_TRUE(small.project);
    const auto split = allTrainWithSomeValidation(small.data);
    BaselineOptions options;
    options.factors = 4;
    auto mf = trainBiasedMf(small.data, split, options);
    StoredModel stored;
    stored.kind = "mf";
    stored.name = "mf test";
    stored.weights = mf->serialize();
    auto id = ModelStore(*small.project).save(
        stored, [&](std::int64_t modelId) { writeModelEmbeddings(*small.project, modelId, *mf, small.data); });
    ASSERT_TRUE(id) << id.status().message();
    const auto rows = [&] {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(rawHandle(*small.project), "SELECT count(*), sum(length(vector)) FROM embeddings", -1,
                           &statement, nullptr);
        sqlite3_step(statement);
        const auto result = std::pair(sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1));
        sqlite3_finalize(statement);
        return result;
    }();
    EXPECT_EQ(rows.first, small.data.userCount() + small.data.itemCount());
    EXPECT_EQ(rows.second, rows.first * 4 * 4);
    auto space = loadTasteSpace(*small.project, id.value());
    ASSERT_TRUE(space) << space.status().message();
    EXPECT_EQ(space.value()->modelId, id.value());
    EXPECT_NEAR(space.value()->score(2, 3), mf->predict(2, 3), 1e-6);
}

/// Two domains from two sources: people 1-30 rate movies, people 15-40 books (15-30 both), with
/// timestamps, genres and titles, and a book nobody rated.
struct TwoDomainProject {
    test::TempDir dir;
    std::unique_ptr<Project> project;
    TwoDomainProject() {
        std::string movies = "user,item,rating,genres,ts,title\n", books = movies;
        for (int user = 1; user <= 40; ++user) {
            for (int item = 1; item <= 9 && user <= 30; ++item)
                if ((user * 3 + item) % 4 != 0)
                    movies += std::to_string(user) + ",m" + std::to_string(item) + "," +
                              std::to_string(1 + (user + item) % 5) + "," + (item % 2 ? "Action" : "Drama") + "," +
                              std::to_string(1600000000 + user * 100 + item) + ",Movie " + std::to_string(item) + "\n";
            for (int item = 1; item <= 7 && user >= 15; ++item)
                if ((user + item * 5) % 3 != 0)
                    books += std::to_string(user) + ",b" + std::to_string(item) + "," +
                             std::to_string(1 + (user * item) % 5) + "," + (item % 3 ? "Thriller" : "Romance") + "," +
                             std::to_string(1600000000 + user * 100 + 50 + item) + ",Book " + std::to_string(item) + "\n";
        }
        auto opened = Project::open(dir / "two.kindred");
        EXPECT_TRUE(opened) << opened.status().message();
        if (!opened)
            return;
        project = std::move(opened).value();
        for (const auto& [file, content, domain, kind] : {std::tuple{"movies.csv", movies, "movies", "movie"},
                                                           std::tuple{"books.csv", books, "books", "book"}}) {
            ImportOptions options = test::formatOptions("generic-csv");
            options.domain = domain;
            options.domainKind = kind;
            options.userNamespace = "people";
            options.scale = RatingScale{1, 5};
            options.mapping.user = "user";
            options.mapping.item = "item";
            options.mapping.rating = "rating";
            options.mapping.genres = "genres";
            options.mapping.timestamp = "ts";
            options.mapping.title = "title";
            const auto result = importDataset(*project, {dir.write(file, content)}, options);
            EXPECT_TRUE(result.status) << result.status.message();
        }
        // An item nobody rated (a catalogue lists more than was rated): in no model's data.
        EXPECT_EQ(sqlite3_exec(rawHandle(*project),
                               "INSERT INTO items(domain_id, external_id, title) "
                               "SELECT id, 'unrated', 'Never rated' FROM domains WHERE name = 'books'",
                               nullptr, nullptr, nullptr),
                  SQLITE_OK);
    }
    std::int64_t userId(const std::string& external) const {
        return test::queryInt(rawHandle(*project), "SELECT id FROM users WHERE external_id = '" + external + "'");
    }
};

/// What a query reads (loadTrainingDataFor) is the whole load's catalogue and the given people's
/// ratings, exactly; everyone else is there without ratings.
TEST(TasteSpace, AQueryLoadsTheCatalogueAndOnlyItsPeoplesRatings) {
    TwoDomainProject two;
    ASSERT_TRUE(two.project);
    const std::vector<std::int64_t> people = {two.userId("20"), two.userId("3")}; // both domains; movies only
    for (const auto& domains : {std::vector<std::string>{}, std::vector<std::string>{"books"}}) {
        SCOPED_TRACE(domains.empty() ? "every domain" : "books");
        auto whole = loadTrainingData(*two.project, domains);
        auto part = loadTrainingDataFor(*two.project, domains, people);
        ASSERT_TRUE(whole) << whole.status().message();
        ASSERT_TRUE(part) << part.status().message();
        const TrainingData& w = whole.value();
        const TrainingData& p = part.value();
        EXPECT_TRUE(w.ratingsComplete);
        EXPECT_FALSE(p.ratingsComplete);
        EXPECT_EQ(p.userIds, w.userIds);
        EXPECT_EQ(p.itemIds, w.itemIds);
        EXPECT_EQ(p.itemDomain, w.itemDomain);
        EXPECT_EQ(p.sourceIds, w.sourceIds);
        EXPECT_EQ(p.genreNames, w.genreNames);
        EXPECT_EQ(p.itemGenres, w.itemGenres);
        EXPECT_EQ(p.itemText, w.itemText);
        ASSERT_EQ(p.domains.size(), w.domains.size());
        for (std::size_t d = 0; d < w.domains.size(); ++d) {
            EXPECT_EQ(p.domains[d].name, w.domains[d].name);
            EXPECT_EQ(p.domains[d].scale.min, w.domains[d].scale.min);
            EXPECT_EQ(p.domains[d].scale.max, w.domains[d].scale.max);
            EXPECT_EQ(p.domains[d].isExplicit, w.domains[d].isExplicit);
        }
        EXPECT_EQ(p.peopleRatingBoth(), w.peopleRatingBoth());
        std::size_t expected = 0;
        for (std::int32_t u = 0; u < w.userCount(); ++u) {
            const bool asked = std::count(people.begin(), people.end(), w.userIds[std::size_t(u)]) > 0;
            EXPECT_EQ(p.hasRatingsOf(u), asked) << "user " << u;
            const auto [wb, we] = w.userRange(u);
            const auto [pb, pe] = p.userRange(u);
            if (!asked) {
                EXPECT_EQ(pb, pe) << "user " << u;
                continue;
            }
            expected += we - wb;
            ASSERT_EQ(pe - pb, we - wb) << "user " << u;
            for (std::size_t k = 0; k < we - wb; ++k) {
                const Interaction &a = w.interactions[wb + k], &b = p.interactions[pb + k];
                EXPECT_EQ(b.user, a.user);
                EXPECT_EQ(b.item, a.item);
                EXPECT_EQ(b.value, a.value);
                EXPECT_EQ(b.weight, a.weight);
                EXPECT_EQ(b.timestamp, a.timestamp);
                EXPECT_EQ(b.source, a.source);
            }
        }
        EXPECT_EQ(p.interactions.size(), expected);
        EXPECT_GT(expected, 0u);
    }
}

/// Loading every rating holds each rating of the selected domains once, as the ratings table has
/// it, in (person, item) order, and only the people and items that have one; a rating the
/// summary tables do not know of (the table changed outside Kindred) fails with a message.
TEST(TasteSpace, TheWholeLoadHoldsEveryRatingOfTheSelectedDomainsOnce) {
    TwoDomainProject two;
    ASSERT_TRUE(two.project);
    sqlite3* db = rawHandle(*two.project);
    for (const auto& domains : {std::vector<std::string>{}, std::vector<std::string>{"books"}}) {
        SCOPED_TRACE(domains.empty() ? "every domain" : "books");
        auto loaded = loadTrainingData(*two.project, domains);
        ASSERT_TRUE(loaded) << loaded.status().message();
        const TrainingData& data = loaded.value();
        const std::string where = domains.empty() ? "" : " WHERE domain_id = (SELECT id FROM domains WHERE name = 'books')";
        const std::string sql = "SELECT user_id, item_id, value, weight, ts FROM ratings" + where + " ORDER BY user_id, item_id";
        sqlite3_stmt* rows = nullptr;
        ASSERT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &rows, nullptr), SQLITE_OK);
        std::size_t k = 0;
        std::set<std::int64_t> users, items;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(rows)) == SQLITE_ROW && k < data.interactions.size()) {
            const Interaction& x = data.interactions[k++];
            EXPECT_EQ(data.userIds[std::size_t(x.user)], sqlite3_column_int64(rows, 0));
            EXPECT_EQ(data.itemIds[std::size_t(x.item)], sqlite3_column_int64(rows, 1));
            EXPECT_EQ(x.value, float(sqlite3_column_double(rows, 2)));
            EXPECT_EQ(x.weight, float(sqlite3_column_double(rows, 3)));
            EXPECT_EQ(x.timestamp, sqlite3_column_int64(rows, 4));
            users.insert(sqlite3_column_int64(rows, 0));
            items.insert(sqlite3_column_int64(rows, 1));
        }
        const bool rowsLeft = step == SQLITE_ROW;
        sqlite3_finalize(rows);
        EXPECT_FALSE(rowsLeft) << "more ratings than interactions";
        EXPECT_EQ(k, data.interactions.size());
        EXPECT_EQ(std::vector<std::int64_t>(users.begin(), users.end()), data.userIds);
        EXPECT_EQ(std::vector<std::int64_t>(items.begin(), items.end()), data.itemIds); // not the unrated one
        for (std::int32_t u = 0; u < data.userCount(); ++u) {
            const auto [begin, end] = data.userRange(u);
            for (auto i = begin; i < end; ++i)
                EXPECT_EQ(data.interactions[i].user, u);
        }
    }
    ASSERT_EQ(sqlite3_exec(db, "DELETE FROM rating_summary WHERE user_id = (SELECT min(user_id) FROM ratings)", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    auto stale = loadTrainingData(*two.project);
    ASSERT_FALSE(stale);
    EXPECT_NE(stale.status().message().find("two.kindred"), std::string::npos) << stale.status().message();
    EXPECT_NE(stale.status().message().find("summary"), std::string::npos) << stale.status().message();
}

/// A stored factor model queried about two people answers as with every rating loaded: their
/// pair recommendations with explanations, their neighbours; another person's history is refused.
TEST(TasteSpace, AQueryAboutTwoPeopleAnswersAsTheWholeProjectDoes) {
    TwoDomainProject two;
    ASSERT_TRUE(two.project);
    auto data = loadTrainingData(*two.project);
    ASSERT_TRUE(data) << data.status().message();
    const auto split = allTrainWithSomeValidation(data.value());
    BaselineOptions options;
    options.factors = 4;
    auto mf = trainBiasedMf(data.value(), split, options);
    StoredModel stored;
    stored.kind = "mf";
    stored.name = "mf two domains";
    stored.weights = mf->serialize();
    auto id = ModelStore(*two.project).save(
        stored, [&](std::int64_t modelId) { writeModelEmbeddings(*two.project, modelId, *mf, data.value()); });
    ASSERT_TRUE(id) << id.status().message();

    const std::vector<std::int64_t> people = {two.userId("20"), two.userId("3")};
    auto whole = loadTasteSpace(*two.project, id.value());
    auto part = loadTasteSpaceFor(*two.project, id.value(), people);
    ASSERT_TRUE(whole) << whole.status().message();
    ASSERT_TRUE(part) << part.status().message();
    EXPECT_FALSE(part.value()->data->ratingsComplete);
    const auto a = whole.value()->data->denseUser(people[0]), b = whole.value()->data->denseUser(people[1]);
    ASSERT_GE(a, 0);
    ASSERT_GE(b, 0);
    EXPECT_EQ(part.value()->history(a).size(), whole.value()->history(a).size());
    const auto other = whole.value()->data->denseUser(two.userId("35"));
    ASSERT_GE(other, 0);
    EXPECT_THROW((void)part.value()->history(other), std::logic_error);

    auto recommend = [&](std::shared_ptr<const TasteSpace> space) {
        auto recommender = PairRecommender::create(space);
        EXPECT_TRUE(recommender) << recommender.status().message();
        PairOptions pairOptions;
        pairOptions.k = 5;
        auto result = recommender.value()->recommend(PairUser::known(a), PairUser::known(b), pairOptions);
        EXPECT_TRUE(result) << result.status().message();
        return std::move(result).value();
    };
    const auto fromWhole = recommend(whole.value()), fromPart = recommend(part.value());
    ASSERT_EQ(fromPart.items.size(), fromWhole.items.size());
    ASSERT_FALSE(fromWhole.items.empty());
    for (std::size_t r = 0; r < fromWhole.items.size(); ++r) {
        EXPECT_EQ(fromPart.items[r].item, fromWhole.items[r].item) << "rank " << r;
        EXPECT_EQ(fromPart.items[r].pairScore, fromWhole.items[r].pairScore) << "rank " << r;
        ASSERT_EQ(fromPart.items[r].explanation.has_value(), fromWhole.items[r].explanation.has_value());
    }
    EXPECT_EQ(fromPart.match.cosine, fromWhole.match.cosine);
    EXPECT_EQ(fromPart.match.coRatedCount, fromWhole.match.coRatedCount);

    auto neighboursOf = [&](std::shared_ptr<const TasteSpace> space) {
        auto index = SpaceNeighbours::open(space, {});
        EXPECT_TRUE(index) << index.status().message();
        auto found = index.value()->usersLikeUser(a, 5);
        EXPECT_TRUE(found) << found.status().message();
        std::vector<std::int32_t> out;
        for (const auto& n : found.value())
            out.push_back(n.index);
        return out;
    };
    EXPECT_EQ(neighboursOf(part.value()), neighboursOf(whole.value()));
}

/// The twin network places people from everything they rated. Its stored model keeps those
/// vectors, so a query about two people reads only their ratings and answers exactly as the
/// whole project does; once the ratings change, a query places everyone again from all of them.
/// A small twin trained on the two-domain project, and two of its people (20 and 3).
class TrainedTwin : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(two.project);
        TrainingRequest request;
        request.kind = "siamese";
        request.parameters = {{"epochs", 2.0}, {"dimension", 8.0}, {"rating-epochs", 2.0}};
        auto trained = runTrainingJob(*two.project, request);
        ASSERT_TRUE(trained) << trained.status().message();
        id = trained->modelId;
        people = {two.userId("20"), two.userId("3")};
    }
    TwoDomainProject two;
    std::int64_t id = 0;
    std::vector<std::int64_t> people;
};

/// Person 3 rates movie m3, changing the project's ratings after training.
ImportResult rateAMovieNewToPerson3(TwoDomainProject& two) {
    ImportOptions options = test::formatOptions("generic-csv");
    options.domain = "movies";
    options.userNamespace = "people";
    options.scale = RatingScale{1, 5};
    options.mapping.user = "user";
    options.mapping.item = "item";
    options.mapping.rating = "rating";
    return importDataset(*two.project, {two.dir.write("more.csv", "user,item,rating\n3,m3,5\n")}, options);
}

TEST_F(TrainedTwin, ATwinQueryReadsItsPeopleWhileTheStoredPlacementHolds) {
    auto whole = loadTasteSpace(*two.project, id);
    auto part = loadTasteSpaceFor(*two.project, id, people);
    ASSERT_TRUE(whole) << whole.status().message();
    ASSERT_TRUE(part) << part.status().message();
    EXPECT_FALSE(part.value()->data->ratingsComplete);
    ASSERT_TRUE(part.value()->profilesFromHistory);
    EXPECT_EQ(part.value()->userVectors, whole.value()->userVectors); // everyone, as stored

    // The same vectors as placing everyone from the ratings now (the stored placement is that).
    ModelStore store(*two.project);
    auto stored = store.load(id);
    ASSERT_TRUE(stored) << stored.status().message();
    auto model = loadRecommender(stored->kind, stored->weights);
    ASSERT_TRUE(model) << model.status().message();
    auto data = loadTrainingData(*two.project);
    ASSERT_TRUE(data) << data.status().message();
    auto placedNow = makeTasteSpace(*model.value(), std::make_shared<const TrainingData>(std::move(data).value()));
    ASSERT_TRUE(placedNow) << placedNow.status().message();
    EXPECT_EQ(placedNow.value()->userVectors, whole.value()->userVectors);

    const auto a = whole.value()->data->denseUser(people[0]), b = whole.value()->data->denseUser(people[1]);
    ASSERT_GE(a, 0);
    ASSERT_GE(b, 0);
    for (std::int32_t item = 0; item < whole.value()->data->itemCount(); ++item) {
        EXPECT_EQ(part.value()->score(a, item), whole.value()->score(a, item)) << "item " << item;
        EXPECT_EQ(part.value()->score(b, item), whole.value()->score(b, item)) << "item " << item;
    }

    // A medium's every score at once is score() bit for bit, item terms included.
    UserProfile profile = whole.value()->userProfile(a);
    profile.itemTerms = {{1, 0.5f}, {4, -0.25f}};
    std::vector<std::int32_t> every(std::size_t(whole.value()->data->itemCount()));
    std::iota(every.begin(), every.end(), 0);
    std::vector<double> atOnce(every.size());
    whole.value()->scores(profile, every, atOnce);
    for (const auto item : every)
        EXPECT_EQ(atOnce[std::size_t(item)], double(whole.value()->score(profile, item))) << "item " << item;
    // Two people in one pass: each as alone.
    const UserProfile other = whole.value()->userProfile(b);
    const UserProfile* both[] = {&other, &profile};
    std::vector<double> twoAtOnce(2 * every.size());
    whole.value()->scores(both, every, twoAtOnce);
    for (const auto item : every) {
        EXPECT_EQ(twoAtOnce[std::size_t(item)], double(whole.value()->score(other, item))) << "item " << item;
        EXPECT_EQ(twoAtOnce[every.size() + std::size_t(item)], atOnce[std::size_t(item)]) << "item " << item;
    }

    // Person 3 rates a movie new to them: the placement no longer holds, and a query reads everything.
    const auto before = two.project->ratingsFingerprint();
    const auto added = rateAMovieNewToPerson3(two);
    ASSERT_TRUE(added.status) << added.status.message();
    EXPECT_NE(two.project->ratingsFingerprint(), before);
    auto after = loadTasteSpaceFor(*two.project, id, people);
    ASSERT_TRUE(after) << after.status().message();
    EXPECT_TRUE(after.value()->data->ratingsComplete);
    EXPECT_NE(after.value()->userVectors, whole.value()->userVectors);
}

TEST_F(TrainedTwin, AQueryAboutTheAskedPeopleAlonePlacesOnlyThem) {
    auto whole = loadTasteSpace(*two.project, id);
    auto asked = loadTasteSpaceFor(*two.project, id, people, PeopleVectors::AskedOnly);
    ASSERT_TRUE(whole) << whole.status().message();
    ASSERT_TRUE(asked) << asked.status().message();
    EXPECT_TRUE(whole.value()->everyonePlaced);
    EXPECT_FALSE(asked.value()->everyonePlaced);
    EXPECT_FALSE(asked.value()->data->ratingsComplete);
    const auto a = whole.value()->data->denseUser(people[0]), b = whole.value()->data->denseUser(people[1]);
    ASSERT_GE(a, 0);
    ASSERT_GE(b, 0);
    const auto& all = *whole.value();
    const auto& few = *asked.value();
    for (std::int32_t u = 0; u < all.data->userCount(); ++u) {
        const auto mine = few.userVector(u);
        if (u == a || u == b)
            EXPECT_TRUE(std::equal(mine.begin(), mine.end(), all.userVector(u).begin())) << "user " << u;
        else
            EXPECT_TRUE(std::all_of(mine.begin(), mine.end(), [](float x) { return x == 0.0f; })) << "user " << u;
    }
    for (std::int32_t item = 0; item < all.data->itemCount(); ++item) {
        EXPECT_EQ(few.score(a, item), all.score(a, item)) << "item " << item;
        EXPECT_EQ(few.score(b, item), all.score(b, item)) << "item " << item;
    }

    // Searches over people refuse it; items are searched as ever.
    auto pairs = PairRecommender::create(asked.value());
    ASSERT_TRUE(pairs) << pairs.status().message();
    EXPECT_TRUE(pairs.value()->recommend(PairUser::known(a), PairUser::known(b)).ok());
    const auto kindred = pairs.value()->kindredUsers(a, 3);
    ASSERT_FALSE(kindred.ok());
    EXPECT_NE(kindred.status().message().find("everyone's vectors"), std::string::npos) << kindred.status().message();
    EXPECT_FALSE(SpaceNeighbours::openExact(asked.value(), SpaceNeighbours::Indexes::Users).ok());
    EXPECT_TRUE(SpaceNeighbours::openExact(asked.value(), SpaceNeighbours::Indexes::Items).ok());

    // Ratings that changed since training do not make it read everyone: person 3 is placed from
    // their ratings now.
    const auto added = rateAMovieNewToPerson3(two);
    ASSERT_TRUE(added.status) << added.status.message();
    auto later = loadTasteSpaceFor(*two.project, id, people, PeopleVectors::AskedOnly);
    auto wholeLater = loadTasteSpace(*two.project, id);
    ASSERT_TRUE(later) << later.status().message();
    ASSERT_TRUE(wholeLater) << wholeLater.status().message();
    EXPECT_FALSE(later.value()->data->ratingsComplete);
    const auto now = later.value()->userVector(b);
    EXPECT_TRUE(std::equal(now.begin(), now.end(), wholeLater.value()->userVector(b).begin()));
    EXPECT_FALSE(std::equal(now.begin(), now.end(), all.userVector(b).begin())) << "the new rating moves person 3";
}

TEST_F(TrainedTwin, APersonsNeighboursReadOnlyThePeoplesStoredVectorsWhileThePlacementHolds) {
    auto whole = loadTasteSpace(*two.project, id);
    ASSERT_TRUE(whole) << whole.status().message();
    const auto& space = *whole.value();
    auto stored = readStoredPeople(*two.project, id);
    ASSERT_TRUE(stored) << stored.status().message();
    ASSERT_TRUE(stored.value().has_value());
    const StoredPeople& everyone = *stored.value();
    ASSERT_EQ(everyone.dimension, space.dimension);
    ASSERT_EQ(everyone.userIds.size(), std::size_t(space.data->userCount()));
    EXPECT_TRUE(std::is_sorted(everyone.userIds.begin(), everyone.userIds.end()));
    const auto d = std::size_t(everyone.dimension);
    for (std::size_t r = 0; r < everyone.userIds.size(); ++r) {
        const auto dense = space.data->denseUser(everyone.userIds[r]);
        ASSERT_GE(dense, 0) << "user " << everyone.userIds[r];
        const auto theirs = space.userVector(dense);
        EXPECT_TRUE(std::equal(theirs.begin(), theirs.end(), everyone.vectors.begin() + std::ptrdiff_t(r * d)))
            << "user " << everyone.userIds[r];
    }

    // Their neighbours: the same people as the space's exact scan and as its FAISS index.
    const auto person = space.data->denseUser(people[0]);
    const auto row = std::size_t(std::lower_bound(everyone.userIds.begin(), everyone.userIds.end(), people[0]) -
                                 everyone.userIds.begin());
    const auto fromStored = ExactCosineSearch(everyone.vectors, d)
                                .nearest(std::span(everyone.vectors).subspan(row * d, d), 5, std::int64_t(row));
    auto exact = SpaceNeighbours::openExact(whole.value(), SpaceNeighbours::Indexes::Users);
    auto indexed = SpaceNeighbours::open(whole.value(), {}, nullptr, SpaceNeighbours::Indexes::Users);
    ASSERT_TRUE(exact) << exact.status().message();
    ASSERT_TRUE(indexed) << indexed.status().message();
    const auto fromExact = exact.value()->usersLikeUser(person, 5);
    const auto fromIndex = indexed.value()->usersLikeUser(person, 5);
    ASSERT_TRUE(fromExact && fromIndex);
    ASSERT_EQ(fromStored.size(), 5u);
    ASSERT_EQ(fromExact->size(), 5u);
    ASSERT_EQ(fromIndex->size(), 5u);
    for (std::size_t r = 0; r < 5; ++r) {
        const auto id = everyone.userIds[std::size_t(fromStored[r].index)];
        EXPECT_EQ(space.data->userIds[std::size_t(fromExact.value()[r].index)], id) << "rank " << r;
        EXPECT_EQ(fromExact.value()[r].similarity, fromStored[r].similarity) << "rank " << r;
        // FAISS orders people of equal vectors (equal histories) its own way: the same ranking up to ties.
        EXPECT_NEAR(fromIndex.value()[r].similarity, fromExact.value()[r].similarity, 1e-5) << "rank " << r;
        const auto theirs = space.userVector(fromIndex.value()[r].index), mine = space.userVector(person);
        const double dot = std::inner_product(theirs.begin(), theirs.end(), mine.begin(), 0.0);
        const double lengths = std::sqrt(std::inner_product(theirs.begin(), theirs.end(), theirs.begin(), 0.0) *
                                         std::inner_product(mine.begin(), mine.end(), mine.begin(), 0.0));
        EXPECT_NEAR(dot / lengths, fromExact.value()[r].similarity, 1e-5) << "rank " << r;
    }
    // Kindred users are the same people in the same order.
    auto pairs = PairRecommender::create(whole.value());
    ASSERT_TRUE(pairs) << pairs.status().message();
    const auto kindred = pairs.value()->kindredUsers(person, 5);
    ASSERT_TRUE(kindred) << kindred.status().message();
    ASSERT_EQ(kindred->size(), 5u);
    for (std::size_t r = 0; r < 5; ++r)
        EXPECT_EQ(kindred.value()[r].user, fromExact.value()[r].index) << "rank " << r;

    // No such model: an error. Changed ratings: nothing stored holds any more.
    EXPECT_FALSE(readStoredPeople(*two.project, id + 100).ok());
    const auto added = rateAMovieNewToPerson3(two);
    ASSERT_TRUE(added.status) << added.status.message();
    auto afterwards = readStoredPeople(*two.project, id);
    ASSERT_TRUE(afterwards) << afterwards.status().message();
    EXPECT_FALSE(afterwards.value().has_value());
}

} // namespace
} // namespace kindred
