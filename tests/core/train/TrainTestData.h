#pragma once
// Training data for the train tests: tiny hand-made sets built in memory, and ML-100K's official
// u1 split imported once per test run (u1.base and u1.test as two sources).

#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kindred::test {

/// One row of a hand-made dataset.
struct Row {
    std::int32_t user, item;
    float value;
    SplitPart part = SplitPart::Train;
    std::int64_t timestamp = kNoTimestamp;
    std::int32_t source = 0;
};

/// Builds TrainingData from rows (any order) over `users` users and the given item → domain map.
/// Dense indexes equal the given ones; project ids are index + 1 (domain ids: index + 1).
inline TrainingData makeData(std::int32_t users, const std::vector<std::int32_t>& itemDomain,
                             const std::vector<TrainingDomain>& domains, std::vector<Row> rows,
                             Split* split = nullptr) {
    TrainingData data;
    data.domains = domains;
    for (std::size_t d = 0; d < data.domains.size(); ++d)
        data.domains[d].id = std::int64_t(d) + 1;
    for (std::int32_t u = 0; u < users; ++u)
        data.userIds.push_back(u + 1);
    for (std::size_t i = 0; i < itemDomain.size(); ++i)
        data.itemIds.push_back(std::int64_t(i) + 1);
    data.itemDomain = itemDomain;
    data.itemGenres.assign(itemDomain.size(), {});
    data.sourceIds = {1, 2};
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.user < b.user || (a.user == b.user && a.item < b.item);
    });
    data.userOffsets.assign(std::size_t(users) + 1, 0);
    if (split) {
        split->kind = "hand-made";
        split->part.clear();
        split->coldStartUser.assign(std::size_t(users), 0);
    }
    for (const auto& row : rows) {
        Interaction x;
        x.user = row.user;
        x.item = row.item;
        x.value = row.value;
        x.timestamp = row.timestamp;
        x.source = row.source;
        data.interactions.push_back(x);
        ++data.userOffsets[std::size_t(row.user) + 1];
        if (split)
            split->part.push_back(row.part);
    }
    for (std::size_t u = 1; u < data.userOffsets.size(); ++u)
        data.userOffsets[u] += data.userOffsets[u - 1];
    return data;
}

inline TrainingDomain explicitDomain(const std::string& name, double min, double max) {
    TrainingDomain d;
    d.name = name;
    d.kind = "movie";
    d.scale = {min, max};
    d.isExplicit = true;
    return d;
}

/// A Recommender whose scores are a fixed table (user → item → score); missing pairs score 0.
class TableRecommender final : public Recommender {
public:
    explicit TableRecommender(std::map<std::pair<std::int32_t, std::int32_t>, float> table)
        : m_table(std::move(table)) {}
    std::string kind() const override { return "table"; }
    float predict(std::int32_t user, std::int32_t item) const override {
        const auto found = m_table.find({user, item});
        return found == m_table.end() ? 0.0f : found->second;
    }
    std::string serialize() const override { return {}; }

private:
    std::map<std::pair<std::int32_t, std::int32_t>, float> m_table;
};

/// ML-100K u1: project, whole-project data and the official split (u1.test = test, 10% of
/// u1.base = validation, seed 42). Imported once; nullptr when the dataset is absent or the
/// import failed (the message is in *error).
struct Ml100kU1 {
    TempDir dir;
    std::unique_ptr<Project> project;
    TrainingData data;
    Split split;
    std::int64_t testSourceId = 0;
};

inline const Ml100kU1* ml100kU1(std::string* error) {
    static std::unique_ptr<Ml100kU1> cached;
    static std::string cachedError;
    static bool tried = false;
    if (!tried) {
        tried = true;
        auto u1 = std::make_unique<Ml100kU1>();
        auto opened = Project::open(u1->dir / "u1.kindred");
        if (!opened) {
            cachedError = opened.status().message();
        } else {
            u1->project = std::move(opened).value();
            for (const char* file : {"u1.base", "u1.test"}) {
                ImportOptions options;
                options.format = "movielens-100k";
                options.sourceName = file;
                const auto result =
                    importDataset(*u1->project, {sharedDataDir() / "ml-100k" / file}, options);
                if (!result.status)
                    cachedError = result.status.message();
            }
            for (const auto& source : u1->project->sources())
                if (source.name == "u1.test")
                    u1->testSourceId = source.id;
            auto data = loadTrainingData(*u1->project);
            if (!data)
                cachedError = data.status().message();
            else if (cachedError.empty()) {
                u1->data = std::move(data).value();
                u1->split = sourceSplit(u1->data, {u1->testSourceId}, 42);
                cached = std::move(u1);
            }
        }
    }
    if (error)
        *error = cachedError;
    return cached.get();
}

/// A small imported project (hand-made ML-100K files: 12 users × 20 items, 180 ratings) and its
/// whole-project training data. On failure the test fails and `project` may be null.
struct SmallProject {
    test::TempDir dir;
    std::unique_ptr<Project> project;
    TrainingData data;

    SmallProject() {
        std::string uData;
        for (int user = 1; user <= 12; ++user)
            for (int item = 1; item <= 20; ++item)
                if ((user * 7 + item * 3) % 4 != 0)
                    uData +=
                        ml100kRating(user, item, std::to_string(1 + (user + item) % 5), 880000000 + item);
        const auto folder = writeMl100k(dir, "ml", uData);
        auto opened = Project::open(dir / "p.kindred");
        if (!opened) {
            ADD_FAILURE() << opened.status().message();
            return;
        }
        project = std::move(opened).value();
        const auto result = importDataset(*project, {folder}, ml100kOptions());
        if (!result.status) {
            ADD_FAILURE() << result.status.message();
            return;
        }
        auto loaded = loadTrainingData(*project);
        if (!loaded) {
            ADD_FAILURE() << loaded.status().message();
            return;
        }
        data = std::move(loaded).value();
    }
};

} // namespace kindred::test
