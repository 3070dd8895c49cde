#include "kindred/train/TrainingData.h"

#include "store/ProjectInternals.h"
#include "../store/Sqlite.h"
#include "kindred/store/Project.h"

#include <algorithm>
#include <unordered_map>

namespace kindred {

std::int32_t denseIndex(const std::vector<std::int64_t>& ids, std::int64_t id) {
    const auto found = std::lower_bound(ids.begin(), ids.end(), id);
    return found != ids.end() && *found == id ? std::int32_t(found - ids.begin()) : -1;
}

int TrainingData::domainIndex(const std::string& name) const {
    for (std::size_t i = 0; i < domains.size(); ++i)
        if (domains[i].name == name)
            return int(i);
    return -1;
}

std::string TrainingData::genresText(std::int32_t item) const {
    std::string out;
    if (std::size_t(item) < itemGenres.size())
        for (const auto genre : itemGenres[std::size_t(item)])
            out += (out.empty() ? "" : "|") + genreNames[std::size_t(genre)];
    return out;
}

namespace {

/// The MovieLens 1M age groups (its users.dat stores the lower bound; ML-100K exact ages).
std::string ageGroup(std::int64_t age) {
    if (age < 18)
        return "age under 18";
    static const std::pair<std::int64_t, const char*> groups[] = {
        {25, "age 18-24"}, {35, "age 25-34"}, {45, "age 35-44"}, {50, "age 45-49"}, {56, "age 50-55"}};
    for (const auto& [below, name] : groups)
        if (age < below)
            return name;
    return "age 56+";
}

} // namespace

Result<TrainingData> loadTrainingData(const Project& project, const std::vector<std::string>& domainNames) {
    sqlite3* db = rawHandle(project);
    TrainingData data;
    try {
        std::unordered_map<std::int64_t, int> domainOf; // project domain id → index
        for (const auto& domain : project.domains()) {
            const bool wanted = domainNames.empty() ||
                                std::find(domainNames.begin(), domainNames.end(), domain.name) != domainNames.end();
            if (!wanted)
                continue;
            TrainingDomain d;
            d.id = domain.id;
            d.name = domain.name;
            d.kind = domain.kind;
            sql::Statement scale(db, "SELECT min(s.scale_min), max(s.scale_max), max(s.feedback = 'explicit') "
                                     "FROM sources s WHERE s.id IN (SELECT DISTINCT source_id FROM ratings "
                                     "WHERE domain_id = ?1)");
            scale.bind(1, domain.id);
            if (scale.step() && !scale.isNull(0)) {
                d.scale = {scale.real(0), scale.real(1)};
                d.isExplicit = scale.int64(2) != 0;
            }
            domainOf.emplace(domain.id, int(data.domains.size()));
            data.domains.push_back(std::move(d));
        }
        for (const auto& name : domainNames)
            if (data.domainIndex(name) < 0)
                return Status::failure("no domain named '" + name + "' in " + project.path().string());

        struct Row {
            std::int64_t user, item, ts, source;
            float value, weight;
            int domain;
        };
        std::vector<Row> rows;
        sql::Statement query(db, "SELECT user_id, item_id, domain_id, source_id, value, weight, ts FROM ratings "
                                 "ORDER BY user_id, item_id");
        while (query.step()) {
            const auto domain = domainOf.find(query.int64(2));
            if (domain == domainOf.end())
                continue;
            rows.push_back({query.int64(0), query.int64(1), query.isNull(6) ? kNoTimestamp : query.int64(6),
                            query.int64(3), float(query.real(4)), float(query.real(5)), domain->second});
        }
        if (rows.empty())
            return Status::failure(project.path().string() + ": no ratings in the selected domains");

        for (const auto& row : rows) {
            if (data.userIds.empty() || data.userIds.back() != row.user)
                data.userIds.push_back(row.user);
            data.itemIds.push_back(row.item);
            if (std::find(data.sourceIds.begin(), data.sourceIds.end(), row.source) == data.sourceIds.end())
                data.sourceIds.push_back(row.source);
        }
        std::sort(data.itemIds.begin(), data.itemIds.end());
        data.itemIds.erase(std::unique(data.itemIds.begin(), data.itemIds.end()), data.itemIds.end());
        std::sort(data.sourceIds.begin(), data.sourceIds.end());
        data.itemDomain.assign(data.itemIds.size(), 0);

        data.interactions.reserve(rows.size());
        data.userOffsets.assign(data.userIds.size() + 1, 0);
        for (const auto& row : rows) {
            Interaction x;
            x.user = denseIndex(data.userIds, row.user);
            x.item = denseIndex(data.itemIds, row.item);
            x.value = row.value;
            x.weight = row.weight;
            x.timestamp = row.ts;
            x.source = denseIndex(data.sourceIds, row.source);
            data.itemDomain[std::size_t(x.item)] = row.domain;
            ++data.userOffsets[std::size_t(x.user) + 1];
            data.interactions.push_back(x);
        }
        for (std::size_t u = 1; u < data.userOffsets.size(); ++u)
            data.userOffsets[u] += data.userOffsets[u - 1];

        // Genres as indexes.
        data.itemGenres.assign(data.itemIds.size(), {});
        std::unordered_map<std::string, std::int32_t> genreIndex;
        sql::Statement genres(db, "SELECT item_id, genre FROM item_genres ORDER BY item_id, genre");
        while (genres.step()) {
            const auto id = genres.int64(0);
            const auto dense = denseIndex(data.itemIds, id);
            if (dense < 0)
                continue;
            auto name = genres.text(1);
            auto [it, inserted] = genreIndex.emplace(name, std::int32_t(data.genreNames.size()));
            if (inserted)
                data.genreNames.push_back(std::move(name));
            data.itemGenres[std::size_t(dense)].push_back(it->second);
        }

        // Text for the item towers: title, then text, then tags (highest weight first).
        data.itemText.assign(data.itemIds.size(), {});
        sql::Statement texts(db, "SELECT i.id, coalesce(i.title, ''), coalesce(i.text, ''), "
                                 "coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM item_tags t "
                                 "WHERE t.item_id = i.id ORDER BY weight DESC LIMIT 20)), '') FROM items i");
        while (texts.step()) {
            const auto id = texts.int64(0);
            const auto dense = denseIndex(data.itemIds, id);
            if (dense < 0)
                continue;
            auto& text = data.itemText[std::size_t(dense)];
            for (int column = 1; column <= 3; ++column) {
                auto part = texts.text(column);
                if (part.empty())
                    continue;
                if (!text.empty())
                    text += ' ';
                text += part;
            }
        }

        // Demographics as attribute indexes.
        data.userAttributes.assign(data.userIds.size(), {});
        std::unordered_map<std::string, std::int32_t> attributeIndex;
        sql::Statement users(db, "SELECT id, age, gender, occupation FROM users WHERE age IS NOT NULL OR "
                                 "gender IS NOT NULL OR occupation IS NOT NULL ORDER BY id");
        while (users.step()) {
            const auto id = users.int64(0);
            const auto dense = denseIndex(data.userIds, id);
            if (dense < 0)
                continue;
            std::vector<std::string> names;
            if (!users.isNull(1))
                names.push_back(ageGroup(users.int64(1)));
            if (!users.isNull(2))
                names.push_back("gender " + users.text(2));
            if (!users.isNull(3))
                names.push_back("occupation " + users.text(3));
            for (auto& name : names) {
                auto [it, inserted] = attributeIndex.emplace(name, std::int32_t(data.userAttributeNames.size()));
                if (inserted)
                    data.userAttributeNames.push_back(std::move(name));
                data.userAttributes[std::size_t(dense)].push_back(it->second);
            }
        }
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": " + error.what());
    }
    return data;
}

} // namespace kindred
