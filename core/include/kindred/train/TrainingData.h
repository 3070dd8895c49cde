#pragma once
// TrainingData: a project's ratings loaded into memory with dense 0-based user and item indexes,
// the form every model, baseline, split and metric works on.
//
// Order contract: `interactions` are sorted by (user, item) and users/items are numbered in the
// order of their project ids, so interaction i is the i-th row of the ratings table in primary-key
// order when the whole project is loaded. Splits stored in the project rely on this.

#include "kindred/common/History.h"
#include "kindred/common/RatingScale.h"
#include "kindred/common/Status.h"

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

namespace kindred {

class Project;

struct Interaction {
    std::int64_t timestamp = kNoTimestamp; ///< Unix seconds, or kNoTimestamp
    std::int32_t user = 0;                 ///< dense user index
    std::int32_t item = 0;                 ///< dense item index
    float value = 0;                       ///< common 0..1 scale
    float weight = 1;                      ///< implicit weight (plays, clicks); 1 for explicit
    std::int32_t source = 0;               ///< index into TrainingData::sources
};

struct TrainingDomain {
    std::int64_t id = 0;         ///< project domain id
    std::string name;
    std::string kind;
    RatingScale scale;           ///< raw scale of its ratings (union of its sources' scales)
    bool isExplicit = true;
};

/// Position of `id` in an ascending id list (userIds, itemIds), or -1 when it is not there.
std::int32_t denseIndex(const std::vector<std::int64_t>& ids, std::int64_t id);

struct TrainingData {
    std::vector<std::int64_t> userIds;     ///< dense user → project user id (ascending)
    std::vector<std::int64_t> itemIds;     ///< dense item → project item id (ascending)
    std::vector<std::int32_t> itemDomain;  ///< dense item → index into domains
    std::vector<TrainingDomain> domains;
    std::vector<std::int64_t> sourceIds;   ///< index → project source id
    std::vector<Interaction> interactions; ///< sorted by (user, item)
    std::vector<std::string> genreNames;
    std::vector<std::vector<std::int32_t>> itemGenres; ///< dense item → genre indexes
    std::vector<std::string> itemText;     ///< dense item → title, text and tags joined (for text features)
    /// Demographic attributes ("age 25-34", "gender F", "occupation writer"), numbered in order of
    /// first appearance over users by id; empty when no user has demographics.
    std::vector<std::string> userAttributeNames;
    std::vector<std::vector<std::int32_t>> userAttributes; ///< dense user → attribute indexes (may be empty)

    std::int32_t userCount() const noexcept { return std::int32_t(userIds.size()); }
    std::int32_t itemCount() const noexcept { return std::int32_t(itemIds.size()); }
    /// Index of the domain with this name, or -1.
    int domainIndex(const std::string& name) const;
    /// Dense index of a project user / item id, or -1 when the data does not hold it.
    std::int32_t denseUser(std::int64_t userId) const { return denseIndex(userIds, userId); }
    std::int32_t denseItem(std::int64_t itemId) const { return denseIndex(itemIds, itemId); }
    /// The item's genre names joined with '|' (e.g. "Action|Crime"); empty without genres.
    std::string genresText(std::int32_t item) const;
    /// [begin, end) of user u's interactions in `interactions`; needs userOffsets (built by load).
    std::pair<std::size_t, std::size_t> userRange(std::int32_t user) const {
        return {userOffsets[std::size_t(user)], userOffsets[std::size_t(user) + 1]};
    }
    std::vector<std::size_t> userOffsets;  ///< size userCount() + 1

    /// False when `interactions` holds only some people's ratings (loadTrainingDataFor): ids,
    /// domains and descriptions are complete, but code that reads every rating (training, splits,
    /// projections, statistics) must be given complete data.
    bool ratingsComplete = true;
    /// Whether user u's ratings are in `interactions` (always when complete).
    bool hasRatingsOf(std::int32_t user) const;
    /// [a][b]: how many people rated in both domain a and domain b ([a][a]: in a), over every
    /// person of the data, also when the ratings are not complete.
    std::vector<std::vector<std::int64_t>> peopleRatingBoth() const;
    /// peopleRatingBoth() as read from the summary tables by loadTrainingDataFor; empty otherwise
    /// (then counted from `interactions`).
    std::vector<std::vector<std::int64_t>> peopleInBoth;
};

/// Loads ratings (optionally only of the named domains) with genres, item text and user
/// demographics (age in the MovieLens 1M groups, gender, occupation). Users without ratings in
/// the selection and items without ratings are left out. Fails with a message naming unknown
/// domains or an empty selection.
Result<TrainingData> loadTrainingData(const Project& project, const std::vector<std::string>& domains = {});
/// As loadTrainingData, with the same ids, dense indexes and descriptions, but the ratings of
/// `people` (project user ids) only, read through the ratings table's key; the users and items
/// come from the summary tables and the item index. What a query about a few people reads
/// (ratingsComplete false).
Result<TrainingData> loadTrainingDataFor(const Project& project, const std::vector<std::string>& domains,
                                         std::span<const std::int64_t> people);

} // namespace kindred
