#include "kindred/train/Split.h"
#include "store/ProjectInternals.h"
#include "kindred/common/Time.h"

#include "../store/Sqlite.h"
#include "kindred/store/Project.h"
#include "kindred/train/TrainingData.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <numeric>
#include <random>

namespace kindred {

namespace {

/// Uniform [0, 1) draws from a seeded generator; std::mt19937_64 output is the same on every
/// platform, and we avoid std::uniform_real_distribution, whose results are implementation-defined.
class SeededUniform {
public:
    explicit SeededUniform(std::uint64_t seed) : m_engine(seed) {}
    double next() { return double(m_engine() >> 11) * 0x1.0p-53; }
    std::uint64_t raw() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

} // namespace

std::size_t Split::count(SplitPart which) const {
    return std::size_t(std::count(part.begin(), part.end(), which));
}

Split randomSplit(const TrainingData& data, std::uint64_t seed, double trainFraction, double validationFraction) {
    Split split;
    split.kind = "random";
    split.seed = seed;
    split.part.resize(data.interactions.size());
    split.coldStartUser.assign(std::size_t(data.userCount()), 0);
    SeededUniform uniform(seed);
    for (auto& p : split.part) {
        const double draw = uniform.next();
        p = draw < trainFraction                        ? SplitPart::Train
            : draw < trainFraction + validationFraction ? SplitPart::Validation
                                                        : SplitPart::Test;
    }
    return split;
}

Split leaveLastOutSplit(const TrainingData& data) {
    Split split;
    split.kind = "leave-last-out";
    split.part.assign(data.interactions.size(), SplitPart::Train);
    split.coldStartUser.assign(std::size_t(data.userCount()), 0);
    std::vector<std::size_t> order;
    for (std::int32_t u = 0; u < data.userCount(); ++u) {
        const auto [begin, end] = data.userRange(u);
        if (end - begin < 3)
            continue;
        order.resize(end - begin);
        std::iota(order.begin(), order.end(), begin);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return data.interactions[a].timestamp < data.interactions[b].timestamp;
        });
        // Both held-out interactions need a timestamp, or "last" means nothing.
        if (data.interactions[order[order.size() - 2]].timestamp == kNoTimestamp)
            continue;
        split.part[order[order.size() - 1]] = SplitPart::Test;
        split.part[order[order.size() - 2]] = SplitPart::Validation;
    }
    return split;
}

Split sourceSplit(const TrainingData& data, const std::vector<std::int64_t>& testSourceIds, std::uint64_t seed,
                  double validationFraction) {
    Split split;
    split.kind = "by-source";
    split.seed = seed;
    split.part.resize(data.interactions.size());
    split.coldStartUser.assign(std::size_t(data.userCount()), 0);
    SeededUniform uniform(seed);
    for (std::size_t i = 0; i < data.interactions.size(); ++i) {
        const auto source = data.sourceIds[std::size_t(data.interactions[i].source)];
        const bool test = std::find(testSourceIds.begin(), testSourceIds.end(), source) != testSourceIds.end();
        const double draw = uniform.next(); // drawn for every row so the stream does not depend on the test set
        split.part[i] = test ? SplitPart::Test : draw < validationFraction ? SplitPart::Validation : SplitPart::Train;
    }
    return split;
}

void addColdStartSlice(Split& split, const TrainingData& data, int domain, std::uint64_t seed, double userFraction,
                       int keep) {
    split.kind += "+cold-start";
    split.coldStartDomain = domain;
    SeededUniform uniform(seed ^ 0x9E3779B97F4A7C15ull);
    std::vector<std::size_t> inDomain;
    for (std::int32_t u = 0; u < data.userCount(); ++u) {
        const auto [begin, end] = data.userRange(u);
        inDomain.clear();
        bool elsewhere = false;
        for (std::size_t i = begin; i < end; ++i) {
            if (data.itemDomain[std::size_t(data.interactions[i].item)] == domain)
                inDomain.push_back(i);
            else
                elsewhere = true;
        }
        const double draw = uniform.next();
        if (!elsewhere || int(inDomain.size()) <= keep || draw >= userFraction)
            continue;
        split.coldStartUser[std::size_t(u)] = 1;
        // Keep `keep` seeded-random interactions of the domain for training; the rest are test.
        for (std::size_t k = inDomain.size(); k > 1; --k)
            std::swap(inDomain[k - 1], inDomain[std::size_t(uniform.raw() % k)]);
        for (std::size_t k = 0; k < inDomain.size(); ++k)
            split.part[inDomain[k]] = int(k) < keep ? SplitPart::Train : SplitPart::Test;
    }
}

Result<std::int64_t> saveSplit(Project& project, const std::string& name, const Split& split) {
    try {
        const auto ratings = std::size_t(sql::queryInt(rawHandle(project), "SELECT count(*) FROM ratings"));
        if (split.part.size() != ratings)
            return Status::failure("the split covers " + std::to_string(split.part.size()) +
                                   " ratings but the project has " + std::to_string(ratings) +
                                   "; stored splits must be made on the whole project");
        nlohmann::json parameters = {{"cold_start_domain", split.coldStartDomain}};
        std::string assignment(split.part.size(), '\0');
        for (std::size_t i = 0; i < split.part.size(); ++i)
            assignment[i] = char(split.part[i]);
        // Users in the cold-start slice follow the assignment (one byte per user).
        assignment.append(split.coldStartUser.begin(), split.coldStartUser.end());
        parameters["users"] = split.coldStartUser.size();
        sql::Statement insert(rawHandle(project),
                              "INSERT INTO splits(name, kind, seed, parameters_json, created_at, rating_count, "
                              "assignment) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, name).bind(2, split.kind).bind(3, std::int64_t(split.seed)).bind(4, parameters.dump());
        insert.bind(5, isoNowUtc()).bind(6, std::int64_t(split.part.size()));
        insert.bindBlob(7, assignment);
        insert.run();
        return std::int64_t(sqlite3_last_insert_rowid(rawHandle(project)));
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": saving the split failed: " + error.what());
    }
}

Result<Split> loadSplit(const Project& project, std::int64_t splitId, std::size_t expectedInteractions) {
    try {
        sql::Statement query(rawHandle(project), "SELECT kind, seed, parameters_json, rating_count, assignment "
                                               "FROM splits WHERE id = ?1");
        query.bind(1, splitId);
        if (!query.step())
            return Status::failure("no split with id " + std::to_string(splitId));
        const auto count = std::size_t(query.int64(3));
        if (count != expectedInteractions)
            return Status::failure("split " + std::to_string(splitId) + " was made for " + std::to_string(count) +
                                   " ratings but the project now has " + std::to_string(expectedInteractions) +
                                   "; make a new split");
        Split split;
        split.kind = query.text(0);
        split.seed = std::uint64_t(query.int64(1));
        const auto parameters = nlohmann::json::parse(query.text(2));
        split.coldStartDomain = parameters.value("cold_start_domain", -1);
        const auto users = parameters.value("users", std::size_t(0));
        const std::string blob = query.blob(4);
        if (blob.size() != count + users)
            return Status::failure("split " + std::to_string(splitId) + " is damaged (wrong size)");
        split.part.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            if (std::uint8_t(blob[i]) > 2)
                return Status::failure("split " + std::to_string(splitId) + " is damaged (bad part)");
            split.part[i] = SplitPart(std::uint8_t(blob[i]));
        }
        split.coldStartUser.assign(blob.begin() + std::ptrdiff_t(count), blob.end());
        return split;
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": loading split failed: " + error.what());
    }
}

} // namespace kindred
