// Explicit or implicit, decided from the data where the format does not say (RecBole atomic files,
// generic CSV): a constant rating column, 0/1 clicks and counts beyond the scale are implicit; the
// report, the stored source and the training data say so, and the override flag wins. Shared people:
// an import whose user ids exist in another namespace says how many, and a dry run writes nothing.
#include "DamagedProjects.h"
#include "store/ProjectInternals.h"
#include "ProjectDump.h"
#include "TestSupport.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"
#include "kindred/train/TrainingData.h"

#include <gmock/gmock.h>

namespace kindred {
namespace {

using ::testing::HasSubstr;

struct Imported {
    ImportResult result;
    SourceInfo source;
    TrainingData data;
};

class FeedbackType : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Project::open(m_dir / "p.kindred");
        ASSERT_TRUE(opened) << opened.status().message();
        m_project = std::move(opened).value();
    }

    /// A RecBole .inter with a rating column: `rating(user, item)` for users 1..8 × items 1..6.
    Imported importRecBole(const std::string& name, const std::function<std::string(int, int)>& rating,
                           kindred::FeedbackType feedback = kindred::FeedbackType::Auto) {
        std::string inter = "user_id:token\titem_id:token\trating:float\ttimestamp:float\n";
        for (int user = 1; user <= 8; ++user)
            for (int item = 1; item <= 6; ++item)
                inter += "u" + std::to_string(user) + "\ti" + std::to_string(item) + "\t" + rating(user, item) +
                         "\t88125" + std::to_string(1000 + user * 10 + item) + "\n";
        const auto file = m_dir.write(name + "/" + name + ".inter", inter);
        ImportOptions options;
        options.format = "recbole";
        options.feedback = feedback;
        Imported out;
        out.result = importDataset(*m_project, {file}, options);
        const auto sources = m_project->sources();
        if (!sources.empty())
            out.source = sources.back();
        auto data = loadTrainingData(*m_project, {name + " items"});
        if (data)
            out.data = std::move(data).value();
        return out;
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
};

TEST_F(FeedbackType, AConstantRatingColumnIsImplicit) {
    const auto imported = importRecBole("clicks", [](int, int) { return "1"; });
    ASSERT_TRUE(imported.result.status) << imported.result.status.message();
    EXPECT_FALSE(imported.result.report.isExplicit);
    EXPECT_THAT(imported.result.report.feedbackReason, HasSubstr("every rating is 1"));
    EXPECT_THAT(imported.result.report.toText(), HasSubstr("feedback implicit: every rating is 1"));
    EXPECT_FALSE(imported.source.isExplicit);
    ASSERT_EQ(imported.data.domains.size(), 1u);
    EXPECT_FALSE(imported.data.domains[0].isExplicit);
    // Every interaction is a positive on the common scale, not a 1-star rating at 0.0.
    ASSERT_EQ(imported.data.interactions.size(), 48u);
    for (const Interaction& x : imported.data.interactions)
        EXPECT_EQ(x.value, 1.0f);
    const auto stats = m_project->stats();
    EXPECT_DOUBLE_EQ(stats.domains[0].meanValue, 1.0);
    EXPECT_EQ(stats.domains[0].feedback, "implicit");
    ASSERT_EQ(stats.sourceDetails.size(), 1u);
    EXPECT_THAT(stats.sourceDetails[0].feedbackReason, HasSubstr("every rating is 1"));
}

TEST_F(FeedbackType, ZeroOneRatingsAreClicks) {
    const auto imported = importRecBole("news", [](int user, int item) { return (user + item) % 3 == 0 ? "1" : "0"; });
    ASSERT_TRUE(imported.result.status) << imported.result.status.message();
    EXPECT_FALSE(imported.result.report.isExplicit);
    EXPECT_THAT(imported.result.report.feedbackReason, HasSubstr("only 0 and 1"));
    int clicks = 0;
    for (const Interaction& x : imported.data.interactions) {
        EXPECT_TRUE(x.value == 0.0f || x.value == 1.0f);
        clicks += x.value == 1.0f;
    }
    EXPECT_EQ(clicks, 16);
}

TEST_F(FeedbackType, WholeNumbersBeyondTheScaleAreCounts) {
    const auto imported = importRecBole("plays", [](int user, int item) { return std::to_string(user * item * 7); });
    ASSERT_TRUE(imported.result.status) << imported.result.status.message();
    EXPECT_FALSE(imported.result.report.isExplicit);
    EXPECT_THAT(imported.result.report.feedbackReason, HasSubstr("counts"));
    float top = 0;
    for (const Interaction& x : imported.data.interactions) {
        EXPECT_GT(x.weight, 0.0f);
        EXPECT_GE(x.value, 0.0f);
        EXPECT_LE(x.value, 1.0f);
        top = std::max(top, x.value);
    }
    EXPECT_EQ(top, 1.0f); // the largest count
}

TEST_F(FeedbackType, VaryingRatingsOnTheScaleStayExplicit) {
    const auto imported = importRecBole("stars", [](int user, int item) { return std::to_string(1 + (user * item) % 5); });
    ASSERT_TRUE(imported.result.status) << imported.result.status.message();
    EXPECT_TRUE(imported.result.report.isExplicit);
    EXPECT_TRUE(imported.source.isExplicit);
    EXPECT_THAT(imported.result.report.feedbackReason, HasSubstr("explicit ratings on the scale 1..5"));
}

TEST_F(FeedbackType, TheOverrideWins) {
    const auto asExplicit =
        importRecBole("ones", [](int, int) { return "1"; }, kindred::FeedbackType::Explicit);
    ASSERT_TRUE(asExplicit.result.status) << asExplicit.result.status.message();
    EXPECT_TRUE(asExplicit.result.report.isExplicit);
    EXPECT_THAT(asExplicit.result.report.feedbackReason, HasSubstr("chosen in the import options"));
    for (const Interaction& x : asExplicit.data.interactions)
        EXPECT_EQ(x.value, 0.0f); // 1 on 1..5, as asked

    const auto asImplicit = importRecBole(
        "weights", [](int user, int item) { return std::to_string(1 + (user * item) % 5); }, kindred::FeedbackType::Implicit);
    ASSERT_TRUE(asImplicit.result.status) << asImplicit.result.status.message();
    EXPECT_FALSE(asImplicit.result.report.isExplicit);
    EXPECT_FALSE(asImplicit.source.isExplicit);
}

TEST_F(FeedbackType, DocumentedFormatsSayWhy) {
    const auto file = m_dir.write("ml/u.data", "1\t1\t5\t881250949\n2\t1\t5\t881250950\n");
    m_dir.write("ml/u.item", "1|A Film (1995)|01-Jan-1995||x|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|1|0\n");
    ImportOptions options;
    options.format = "movielens-100k";
    const auto result = importDataset(*m_project, {m_dir / "ml"}, options);
    ASSERT_TRUE(result.status) << result.status.message();
    // Two equal MovieLens ratings are still ratings: the format documents its 1..5 stars.
    EXPECT_TRUE(result.report.isExplicit);
    EXPECT_THAT(result.report.feedbackReason, HasSubstr("documents ratings on the scale 1..5"));
}

TEST_F(FeedbackType, GenericCsvCountsAreImplicit) {
    const auto file = m_dir.write("plays.csv", "user,artist,plays\na,x,120\nb,x,3\na,y,57\nc,z,1\n");
    ImportOptions options;
    options.format = "generic-csv";
    options.mapping = {"user", "artist", "plays", "", "", "", "", ""};
    options.domain = "artists";
    options.domainKind = "music";
    const auto result = importDataset(*m_project, {file}, options);
    ASSERT_TRUE(result.status) << result.status.message();
    EXPECT_FALSE(result.report.isExplicit);
    EXPECT_THAT(result.report.feedbackReason, HasSubstr("up to 120"));
}

/// Two generic imports of one shop's media: people with the same ids in two namespaces.
class SharedPeople : public FeedbackType {
protected:
    ImportResult importShop(const std::string& file, const std::string& domain, int firstUser, int lastUser,
                            const std::string& userNamespace = {}, bool dryRun = false) {
        std::string csv = "user,item,rating\n";
        for (int user = firstUser; user <= lastUser; ++user)
            csv += "c" + std::to_string(user) + "," + domain + std::to_string(user % 4) + "," +
                   std::to_string(1 + user % 5) + "\n";
        ImportOptions options;
        options.format = "generic-csv";
        options.domain = domain;
        options.domainKind = "other";
        options.userNamespace = userNamespace;
        options.dryRun = dryRun;
        return importDataset(*m_project, {m_dir.write(file, csv)}, options);
    }
};

TEST_F(SharedPeople, TheReportCountsIdsThatExistInAnotherNamespaceAndSuggestsLinkingThem) {
    ASSERT_TRUE(importShop("books.csv", "books", 1, 30).status);
    const auto movies = importShop("movies.csv", "movies", 21, 50);
    ASSERT_TRUE(movies.status) << movies.status.message();
    ASSERT_EQ(movies.report.sharedPeople.size(), 1u);
    EXPECT_EQ(movies.report.sharedPeople[0].userNamespace, "generic:books");
    EXPECT_EQ(movies.report.sharedPeople[0].sharedUsers, 10u);
    EXPECT_EQ(movies.report.importUsers, 30u);
    EXPECT_THAT(movies.report.toText(), HasSubstr("--namespace 'generic:books'"));
    EXPECT_THAT(movies.report.toJson(), HasSubstr("\"shared_people\""));
    EXPECT_EQ(m_project->stats().usersInSeveralDomains, 0u); // not linked: different namespaces
}

TEST_F(SharedPeople, ImportingIntoTheNamespaceLinksThem) {
    ASSERT_TRUE(importShop("books.csv", "books", 1, 30).status);
    const auto movies = importShop("movies.csv", "movies", 21, 50, "generic:books");
    ASSERT_TRUE(movies.status) << movies.status.message();
    EXPECT_TRUE(movies.report.sharedPeople.empty());
    EXPECT_EQ(m_project->stats().usersInSeveralDomains, 10u);
}

TEST_F(SharedPeople, ADryRunReportsAndWritesNothing) {
    ASSERT_TRUE(importShop("books.csv", "books", 1, 30).status);
    const auto before = test::dumpDatabase(rawHandle(*m_project));
    const auto movies = importShop("movies.csv", "movies", 21, 50, {}, true);
    ASSERT_TRUE(movies.status) << movies.status.message();
    EXPECT_TRUE(movies.report.dryRun);
    EXPECT_EQ(movies.report.sharedPeople.at(0).sharedUsers, 10u);
    EXPECT_THAT(movies.report.toText(), HasSubstr("Dry run (nothing written)"));
    EXPECT_EQ(test::dumpDatabase(rawHandle(*m_project)), before);
}

TEST_F(SharedPeople, ThePreviewReadsIntoMemoryAndCountsTheSame) {
    ASSERT_TRUE(importShop("books.csv", "books", 1, 30).status);
    std::string csv = "user,item,rating\n";
    for (int user = 21; user <= 50; ++user)
        csv += "c" + std::to_string(user) + ",m" + std::to_string(user % 4) + ",3\n";
    ImportOptions options;
    options.format = "generic-csv";
    options.domain = "movies";
    options.domainKind = "other";
    const auto before = test::dumpDatabase(rawHandle(*m_project));
    const auto preview = previewImport(*m_project, {m_dir.write("movies.csv", csv)}, options);
    ASSERT_TRUE(preview.status) << preview.status.message();
    ASSERT_EQ(preview.report.sharedPeople.size(), 1u);
    EXPECT_EQ(preview.report.sharedPeople[0].sharedUsers, 10u);
    EXPECT_EQ(preview.report.importUsers, 30u);
    EXPECT_EQ(test::dumpDatabase(rawHandle(*m_project)), before);
}

} // namespace
} // namespace kindred
