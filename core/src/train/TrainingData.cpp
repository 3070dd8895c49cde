#include "kindred/train/TrainingData.h"

#include "store/ProjectInternals.h"
#include "../store/Sqlite.h"
#include "kindred/store/Project.h"

#include <algorithm>
#include <optional>
#include <span>
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

namespace {

/// Project domain id → index into data.domains.
using DomainIndexes = std::unordered_map<std::int64_t, int>;

/// The selected domains (all when `names` is empty) with the scale and feedback of the sources
/// that rated in them (from the summary tables every rating write keeps).
Result<DomainIndexes> loadDomains(const Project& project, sqlite3* db, const std::vector<std::string>& names,
                                  TrainingData& data) {
    DomainIndexes domainOf;
    for (const auto& domain : project.domains()) {
        if (!names.empty() && std::find(names.begin(), names.end(), domain.name) == names.end())
            continue;
        TrainingDomain d;
        d.id = domain.id;
        d.name = domain.name;
        d.kind = domain.kind;
        sql::Statement scale(db, "SELECT min(s.scale_min), max(s.scale_max), max(s.feedback = 'explicit') "
                                 "FROM sources s WHERE s.id IN (SELECT DISTINCT source_id FROM rating_values "
                                 "WHERE domain_id = ?1)");
        scale.bind(1, domain.id);
        if (scale.step() && !scale.isNull(0)) {
            d.scale = {scale.real(0), scale.real(1)};
            d.isExplicit = scale.int64(2) != 0;
        }
        domainOf.emplace(domain.id, int(data.domains.size()));
        data.domains.push_back(std::move(d));
    }
    for (const auto& name : names)
        if (data.domainIndex(name) < 0)
            return Status::failure("no domain named '" + name + "' in " + project.path().string());
    return domainOf;
}

constexpr const char* kRatingColumns = "SELECT user_id, item_id, domain_id, source_id, value, weight, ts FROM ratings ";

/// "IN (1,2)": the selected domains' ids, for SQL.
std::string inDomains(const DomainIndexes& domainOf) {
    std::string selected;
    for (const auto& [id, index] : domainOf) {
        if (!selected.empty())
            selected += ',';
        selected += std::to_string(id);
    }
    return " IN (" + selected + ")";
}

/// The ids the ratings of the selected domains name, from the summary tables and the items table
/// (no scan of the ratings): users, items (with their domains) and sources, each ascending.
/// Returns how many ratings the summary counts.
std::int64_t loadRatedIds(sqlite3* db, const DomainIndexes& domainOf, TrainingData& data) {
    const std::string inSelected = inDomains(domainOf);
    std::int64_t ratings = 0;
    sql::Statement users(db, "SELECT user_id, sum(ratings) FROM rating_summary WHERE domain_id" + inSelected +
                                 " GROUP BY user_id ORDER BY user_id");
    while (users.step()) {
        data.userIds.push_back(users.int64(0));
        ratings += users.int64(1);
    }
    // Items that have a rating: one probe of the item index each.
    sql::Statement items(db, "SELECT id, domain_id FROM items i WHERE domain_id" + inSelected +
                                 " AND EXISTS(SELECT 1 FROM ratings r WHERE r.item_id = i.id) ORDER BY id");
    while (items.step()) {
        data.itemIds.push_back(items.int64(0));
        data.itemDomain.push_back(domainOf.at(items.int64(1)));
    }
    sql::Statement sources(db, "SELECT DISTINCT source_id FROM rating_values WHERE domain_id" + inSelected +
                                   " ORDER BY source_id");
    while (sources.step())
        data.sourceIds.push_back(sources.int64(0));
    return ratings;
}

/// Dense indexes of ascending ids: a table by id when the ids are compact (SQLite's rowids
/// usually are), else denseIndex's binary search. −1 for an id not in the list.
class DenseIds {
public:
    explicit DenseIds(const std::vector<std::int64_t>& ids) : m_ids(ids) {
        if (!ids.empty() && ids.front() >= 0 && ids.back() < 4 * std::int64_t(ids.size()) + 1024) {
            m_byId.assign(std::size_t(ids.back()) + 1, -1);
            for (std::size_t k = 0; k < ids.size(); ++k)
                m_byId[std::size_t(ids[k])] = std::int32_t(k);
        }
    }
    std::int32_t operator()(std::int64_t id) const {
        if (m_byId.empty())
            return denseIndex(m_ids, id);
        return id >= 0 && id < std::int64_t(m_byId.size()) ? m_byId[std::size_t(id)] : -1;
    }

private:
    const std::vector<std::int64_t>& m_ids;
    std::vector<std::int32_t> m_byId;
};

/// Rating rows appended to data's interactions as they are read, straight into place (no rating
/// is held twice: 25 M ratings as rows first took 1.2 GB that grew by copying). The ids must be
/// loaded first (loadRatedIds); the rows of all calls to append() together ascend by person, and
/// by item within a person.
class InteractionWriter {
public:
    InteractionWriter(const Project& project, const DomainIndexes& domainOf, TrainingData& data)
        : m_project(project), m_domainOf(domainOf), m_data(data), m_items(data.itemIds), m_sources(data.sourceIds) {
        m_data.userOffsets.assign(m_data.userIds.size() + 1, 0);
    }
    /// Appends the rows of `query` (kRatingColumns) in the selected domains.
    Status append(sql::Statement& query) {
        while (query.step()) {
            const auto domain = m_domainOf.find(query.int64(2));
            if (domain == m_domainOf.end())
                continue;
            const std::int64_t userId = query.int64(0), itemId = query.int64(1), sourceId = query.int64(3);
            while (m_user < m_data.userIds.size() && m_data.userIds[m_user] < userId)
                ++m_user;
            if (m_user == m_data.userIds.size() || m_data.userIds[m_user] != userId)
                return stale("person", userId);
            Interaction x;
            x.user = std::int32_t(m_user);
            x.item = m_items(itemId);
            x.source = m_sources(sourceId);
            if (x.item < 0)
                return stale("item", itemId);
            if (x.source < 0)
                return stale("source", sourceId);
            x.value = float(query.real(4));
            x.weight = float(query.real(5));
            x.timestamp = query.isNull(6) ? kNoTimestamp : query.int64(6);
            m_data.itemDomain[std::size_t(x.item)] = domain->second;
            ++m_data.userOffsets[m_user + 1];
            m_data.interactions.push_back(x);
        }
        return Status::success();
    }
    /// The per-person offsets, once every row is appended.
    void finish() {
        for (std::size_t u = 1; u < m_data.userOffsets.size(); ++u)
            m_data.userOffsets[u] += m_data.userOffsets[u - 1];
    }

private:
    Status stale(const char* what, std::int64_t id) const {
        return Status::failure(m_project.path().string() + ": a rating names " + what + " " + std::to_string(id) +
                               " that the project's summary of its ratings does not list (were the ratings "
                               "changed outside Kindred?)");
    }
    const Project& m_project;
    const DomainIndexes& m_domainOf;
    TrainingData& m_data;
    const DenseIds m_items, m_sources;
    std::size_t m_user = 0; ///< the person of the last row, as an index into userIds
};

/// Every rating of the selected domains as interactions, read in one pass in (user, item) order;
/// the ids come first from the summary tables (loadRatedIds), so no sort of every item id.
Status loadAllRatings(const Project& project, sqlite3* db, const DomainIndexes& domainOf, TrainingData& data) {
    const std::int64_t counted = loadRatedIds(db, domainOf, data);
    if (data.userIds.empty())
        return Status::failure(project.path().string() + ": no ratings in the selected domains");
    data.interactions.reserve(std::size_t(counted));
    InteractionWriter writer(project, domainOf, data);
    sql::Statement query(db, std::string(kRatingColumns) + "ORDER BY user_id, item_id");
    if (auto read = writer.append(query); !read)
        return read;
    writer.finish();
    return Status::success();
}

/// The ids of the selected domains from the summary tables and the items table (the same ids
/// loadAllRatings finds), and the ratings of `people` only.
Status loadRatingsOf(const Project& project, sqlite3* db, const DomainIndexes& domainOf,
                     std::span<const std::int64_t> people, TrainingData& data) {
    const std::string inSelected = inDomains(domainOf);
    loadRatedIds(db, domainOf, data);
    if (data.userIds.empty())
        return Status::failure(project.path().string() + ": no ratings in the selected domains");

    std::vector<std::int64_t> wanted(people.begin(), people.end());
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    InteractionWriter writer(project, domainOf, data);
    sql::Statement query(db, std::string(kRatingColumns) + "WHERE user_id = ?1 ORDER BY item_id");
    for (const auto person : wanted) { // ascending, as the writer needs
        if (data.denseUser(person) < 0)
            continue;
        query.reset();
        query.bind(1, person);
        if (auto read = writer.append(query); !read)
            return read;
    }
    writer.finish();
    data.ratingsComplete = false;

    // Who rated in which pair of domains, for what needs it across all people (see peopleRatingBoth).
    const auto n = data.domains.size();
    data.peopleInBoth.assign(n, std::vector<std::int64_t>(n, 0));
    if (n == 1) {
        data.peopleInBoth[0][0] = std::int64_t(data.userIds.size());
        return Status::success();
    }
    sql::Statement both(db, "SELECT a.domain_id, b.domain_id, count(*) FROM rating_summary a JOIN rating_summary b "
                            "ON a.user_id = b.user_id WHERE a.domain_id" + inSelected + " AND b.domain_id" +
                                inSelected + " GROUP BY a.domain_id, b.domain_id");
    while (both.step())
        data.peopleInBoth[std::size_t(domainOf.at(both.int64(0)))][std::size_t(domainOf.at(both.int64(1)))] =
            both.int64(2);
    return Status::success();
}

/// Genres as indexes, item text for the item towers, demographics as attribute indexes.
void loadDescriptions(sqlite3* db, TrainingData& data) {
    data.itemGenres.assign(data.itemIds.size(), {});
    std::unordered_map<std::string, std::int32_t> genreIndex;
    sql::Statement genres(db, "SELECT item_id, genre FROM item_genres ORDER BY item_id, genre");
    while (genres.step()) {
        const auto dense = data.denseItem(genres.int64(0));
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
        const auto dense = data.denseItem(texts.int64(0));
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

    data.userAttributes.assign(data.userIds.size(), {});
    std::unordered_map<std::string, std::int32_t> attributeIndex;
    sql::Statement users(db, "SELECT id, age, gender, occupation FROM users WHERE age IS NOT NULL OR "
                             "gender IS NOT NULL OR occupation IS NOT NULL ORDER BY id");
    while (users.step()) {
        const auto dense = data.denseUser(users.int64(0));
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
}

/// loadTrainingData (people empty: every rating) or loadTrainingDataFor.
Result<TrainingData> load(const Project& project, const std::vector<std::string>& domainNames,
                          const std::optional<std::span<const std::int64_t>>& people) {
    sqlite3* db = rawHandle(project);
    TrainingData data;
    try {
        auto domainOf = loadDomains(project, db, domainNames, data);
        if (!domainOf)
            return domainOf.status();
        const Status ratings = people ? loadRatingsOf(project, db, domainOf.value(), *people, data)
                                      : loadAllRatings(project, db, domainOf.value(), data);
        if (!ratings)
            return ratings;
        loadDescriptions(db, data);
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": " + error.what());
    }
    return data;
}

} // namespace

Result<TrainingData> loadTrainingData(const Project& project, const std::vector<std::string>& domainNames) {
    return load(project, domainNames, std::nullopt);
}

Result<TrainingData> loadTrainingDataFor(const Project& project, const std::vector<std::string>& domainNames,
                                         std::span<const std::int64_t> people) {
    return load(project, domainNames, people);
}

bool TrainingData::hasRatingsOf(std::int32_t user) const {
    // Everyone in the data has ratings in its domains (the users come from those ratings or their
    // summary), so a person whose ratings were loaded has a non-empty range.
    return ratingsComplete || userOffsets[std::size_t(user)] != userOffsets[std::size_t(user) + 1];
}

std::vector<std::vector<std::int64_t>> TrainingData::peopleRatingBoth() const {
    if (!peopleInBoth.empty())
        return peopleInBoth;
    const std::size_t n = domains.size();
    std::vector<std::vector<std::int64_t>> shared(n, std::vector<std::int64_t>(n, 0));
    std::vector<char> has(n);
    for (std::int32_t u = 0; u < userCount(); ++u) {
        std::fill(has.begin(), has.end(), 0);
        const auto [begin, end] = userRange(u);
        for (auto k = begin; k < end; ++k)
            has[std::size_t(itemDomain[std::size_t(interactions[k].item)])] = 1;
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = 0; b < n; ++b)
                shared[a][b] += has[a] && has[b];
    }
    return shared;
}

} // namespace kindred
