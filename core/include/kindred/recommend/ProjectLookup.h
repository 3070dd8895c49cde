#pragma once
// Turning what a person types (external user and item ids) into project ids, and project ids into
// labels, for the pair commands of the CLI and the GUI.

#include "kindred/common/Status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

class Project;

/// "123" or "namespace:123" (users.namespace, users.external_id) → users.id. Fails naming the
/// namespaces when "123" exists in several, or when no such user exists.
Result<std::int64_t> findUserId(const Project& project, const std::string& spec);
/// "123" or "domain name:123" (items.external_id within a domain) → items.id; also accepts
/// "#<items.id>". Fails naming the domains when ambiguous.
Result<std::int64_t> findItemId(const Project& project, const std::string& spec);

struct ItemLabel {
    std::int64_t id = 0;
    std::string externalId;
    std::string title; ///< may be empty
};
/// Labels for project item ids, in the order given (unknown ids get an empty label).
std::vector<ItemLabel> itemLabels(const Project& project, const std::vector<std::int64_t>& itemIds);
/// "namespace:external_id" of a project user id (empty when unknown).
std::string userLabel(const Project& project, std::int64_t userId);
/// userLabel of each id, in the order given, with one prepared query for all (162,541 people of
/// a 25 M project: a query prepared per person took about a second).
std::vector<std::string> userLabels(const Project& project, const std::vector<std::int64_t>& userIds);

} // namespace kindred
