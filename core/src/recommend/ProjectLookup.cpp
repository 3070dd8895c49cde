// External ids ↔ project ids for the pair commands (ProjectLookup.h).
#include "kindred/recommend/ProjectLookup.h"

#include "store/ProjectInternals.h"
#include "../store/Sqlite.h"
#include "kindred/store/Project.h"

namespace kindred {

namespace {

/// Splits "prefix:rest" at the first ':' (users) or the last ':' (items: domain names have spaces,
/// not colons, while external ids may contain anything).
std::pair<std::string, std::string> splitPrefix(const std::string& spec, bool last) {
    const auto colon = last ? spec.rfind(':') : spec.find(':');
    if (colon == std::string::npos)
        return {"", spec};
    return {spec.substr(0, colon), spec.substr(colon + 1)};
}

} // namespace

Result<std::int64_t> findUserId(const Project& project, const std::string& spec) {
    try {
        sqlite3* db = rawHandle(project);
        std::vector<std::pair<std::int64_t, std::string>> hits;
        const auto collect = [&](const std::string& ns, const std::string& id, bool withNs) {
            sql::Statement q(db, withNs ? "SELECT id, namespace FROM users WHERE external_id = ?1 AND namespace = ?2"
                                        : "SELECT id, namespace FROM users WHERE external_id = ?1 ORDER BY id");
            q.bind(1, id);
            if (withNs)
                q.bind(2, ns);
            while (q.step())
                hits.emplace_back(q.int64(0), q.text(1));
        };
        const auto [ns, id] = splitPrefix(spec, false);
        if (!ns.empty())
            collect(ns, id, true);
        if (hits.empty())
            collect("", spec, false); // external ids may contain ':' themselves
        if (hits.empty())
            return Status::failure("no user '" + spec + "' in " + project.path().string());
        if (hits.size() > 1) {
            std::string namespaces;
            for (const auto& [userId, userNs] : hits)
                namespaces += (namespaces.empty() ? "" : ", ") + userNs + ":" + spec;
            return Status::failure("user '" + spec + "' is ambiguous; write one of: " + namespaces);
        }
        return hits.front().first;
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": looking up user failed: " + error.what());
    }
}

Result<std::int64_t> findItemId(const Project& project, const std::string& spec) {
    try {
        sqlite3* db = rawHandle(project);
        if (spec.size() > 1 && spec[0] == '#') {
            sql::Statement q(db, "SELECT id FROM items WHERE id = ?1");
            q.bind(1, std::int64_t(std::stoll(spec.substr(1))));
            if (q.step())
                return q.int64(0);
            return Status::failure("no item with project id " + spec.substr(1));
        }
        std::vector<std::pair<std::int64_t, std::string>> hits;
        const auto [domain, id] = splitPrefix(spec, true);
        if (!domain.empty()) {
            sql::Statement q(db, "SELECT items.id, domains.name FROM items JOIN domains ON domains.id = items.domain_id "
                                 "WHERE items.external_id = ?1 AND domains.name = ?2");
            q.bind(1, id).bind(2, domain);
            while (q.step())
                hits.emplace_back(q.int64(0), q.text(1));
        }
        if (hits.empty()) {
            sql::Statement q(db, "SELECT items.id, domains.name FROM items JOIN domains ON domains.id = items.domain_id "
                                 "WHERE items.external_id = ?1 ORDER BY items.id");
            q.bind(1, spec);
            while (q.step())
                hits.emplace_back(q.int64(0), q.text(1));
        }
        if (hits.empty())
            return Status::failure("no item '" + spec + "' in " + project.path().string());
        if (hits.size() > 1) {
            std::string names;
            for (const auto& [itemId, name] : hits)
                names += (names.empty() ? "" : ", ") + name + ":" + spec;
            return Status::failure("item '" + spec + "' is ambiguous; write one of: " + names);
        }
        return hits.front().first;
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": looking up item failed: " + error.what());
    }
}

std::vector<ItemLabel> itemLabels(const Project& project, const std::vector<std::int64_t>& itemIds) {
    std::vector<ItemLabel> out;
    try {
        sql::Statement q(rawHandle(project), "SELECT external_id, title FROM items WHERE id = ?1");
        for (const auto id : itemIds) {
            ItemLabel label;
            label.id = id;
            q.bind(1, id);
            if (q.step()) {
                label.externalId = q.text(0);
                label.title = q.isNull(1) ? std::string() : q.text(1);
            }
            q.reset();
            out.push_back(std::move(label));
        }
    } catch (const std::exception&) {
        out.resize(itemIds.size());
    }
    return out;
}

std::string userLabel(const Project& project, std::int64_t userId) {
    return userLabels(project, {userId}).front();
}

std::vector<std::string> userLabels(const Project& project, const std::vector<std::int64_t>& userIds) {
    std::vector<std::string> out;
    out.reserve(userIds.size());
    try {
        sql::Statement q(rawHandle(project), "SELECT namespace, external_id FROM users WHERE id = ?1");
        for (const auto id : userIds) {
            q.bind(1, id);
            out.push_back(q.step() ? q.text(0) + ":" + q.text(1) : std::string());
            q.reset();
        }
    } catch (const std::exception&) {
    }
    out.resize(userIds.size());
    return out;
}

} // namespace kindred
