#pragma once
// Train / validation / test splits over TrainingData::interactions, seeded and reproducible,
// and the cold-start slice. Stored in the project (table splits) so runs are comparable.

#include "kindred/common/Status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kindred {

class Project;
struct TrainingData;

enum class SplitPart : std::uint8_t { Train = 0, Validation = 1, Test = 2 };

struct Split {
    std::string kind;                 ///< "random" | "leave-last-out" | "by-source" | + "+cold-start"
    std::uint64_t seed = 0;
    std::vector<SplitPart> part;      ///< one per interaction
    std::vector<std::uint8_t> coldStartUser; ///< one per user: 1 when the user is in the cold-start slice
    int coldStartDomain = -1;         ///< domain index of the cold-start slice, -1 when none

    std::size_t count(SplitPart which) const;
};

/// Each interaction independently: train with probability trainFraction, validation with
/// validationFraction, the rest test (70/15/15 by default).
Split randomSplit(const TrainingData& data, std::uint64_t seed, double trainFraction = 0.70,
                  double validationFraction = 0.15);

/// Per user with ≥ 3 interactions and timestamps: the latest → test, the one before → validation,
/// the rest → train (ties broken by item index). Users with fewer stay in train.
Split leaveLastOutSplit(const TrainingData& data);

/// Interactions from the given project sources are the test set (e.g. ML-100K u1.test); of the
/// rest, validationFraction (seeded) becomes validation. This is how official splits are used.
Split sourceSplit(const TrainingData& data, const std::vector<std::int64_t>& testSourceIds,
                  std::uint64_t seed, double validationFraction = 0.10);

/// Adds a cold-start slice for `domain`: of the users with interactions in `domain` AND in another
/// domain, `userFraction` (seeded) keep at most `keep` training interactions in `domain`; their
/// other `domain` interactions move to test. Their other domains are untouched.
void addColdStartSlice(Split& split, const TrainingData& data, int domain, std::uint64_t seed,
                       double userFraction = 0.2, int keep = 3);

/// The same split seen from `subset`: `split` was made for `whole` (loaded from the whole project)
/// and `subset` was loaded from the same project with a domain selection. Interactions and users
/// are matched by project ids; the cold-start domain by domain id (-1 when `subset` lacks it).
/// This is how a stored split (always over the whole project) serves a run on some domains.
/// Fails when an interaction of `subset` is not in `whole`.
Result<Split> restrictSplit(const Split& split, const TrainingData& whole, const TrainingData& subset);

/// Saves a split; returns its id. The split must belong to data loaded from the whole project.
Result<std::int64_t> saveSplit(Project& project, const std::string& name, const Split& split);
/// Loads a stored split; fails when the project's ratings changed since it was made.
Result<Split> loadSplit(const Project& project, std::int64_t splitId, std::size_t expectedInteractions);

} // namespace kindred
