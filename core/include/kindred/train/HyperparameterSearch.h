#pragma once
// HyperparameterSearch: grid or seeded random search over a model kind's hyper-parameters, as one
// background job. Every trial is one runTrainingJob on the same stored split (the first trial makes
// it, the others reuse it), so trials differ only in their hyper-parameters. Trials are ranked by a
// validation metric only; the test metrics are reported beside it but never used to choose.
// Only the best trial's model stays in the project (the others are removed as soon as a better
// one exists), named after its trial and values. The results table is stored in the project
// (table searches) so it can be looked at again later.
//
// Threading: like runTrainingJob, runs on the calling thread (a worker in the GUI).

#include "kindred/common/Status.h"
#include "kindred/train/TrainingJob.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace kindred {

class Project;
class ProgressToken;

/// One searched hyper-parameter and its candidate values.
struct SearchParameter {
    std::string name;           ///< one of searchableParameters(kind)
    std::vector<double> values; ///< at least one
};

struct SearchRequest {
    TrainingRequest base;                   ///< kind, domains, split, epochs, seed, fixed options
    std::vector<SearchParameter> parameters;
    /// 0: the full grid (every combination). > 0: this many distinct combinations drawn from the
    /// grid with `base.seed` (all of them when the grid is smaller).
    int randomTrials = 0;
    /// "rmse" (lower is better) or "ndcg" (NDCG@k, higher is better), on the validation part.
    std::string metric = "rmse";
};

struct SearchTrial {
    int index = 0;                             ///< 1-based, in run order
    std::map<std::string, double> parameters;  ///< the searched values of this trial
    double validationMetric = 0, testMetric = 0; ///< SearchRequest::metric on each part
    double validationRmse = 0, validationNdcg = 0, testRmse = 0, testNdcg = 0;
    double trainingSeconds = 0;
    std::int64_t modelId = 0;                  ///< 0 once removed (not the best)
    std::string error;                         ///< non-empty: the trial failed (others go on)
};

struct SearchOutcome {
    std::vector<SearchTrial> trials; ///< in run order
    int bestTrial = -1;              ///< index into trials; -1 when every trial failed
    std::int64_t bestModelId = 0;
    std::int64_t splitId = 0;
    bool cancelled = false;   ///< stopped before every trial ran
    std::int64_t searchId = 0; ///< its row in the project's searches table (0 when no trial ran)
};

/// A search as stored in the project.
struct StoredSearch {
    std::int64_t id = 0;
    std::string kind, metric, createdAt; ///< createdAt: ISO 8601 UTC
    std::int64_t splitId = 0, bestModelId = 0; ///< bestModelId 0 once that model was deleted
    bool cancelled = false;
    std::vector<SearchTrial> trials;     ///< in run order
};

/// Every stored search, newest first.
Result<std::vector<StoredSearch>> loadSearches(const Project& project);

/// Names a kind's searchable hyper-parameters (its ModelParameters marked searchable), e.g. mf:
/// epochs, factors, learning-rate, regularization. Empty for kinds without any (popularity).
std::vector<std::string> searchableParameters(const std::string& kind);

/// Parses "name=v1,v2,..." (the CLI's --grid form). Fails with a message naming the problem.
Result<SearchParameter> parseSearchParameter(const std::string& text);

/// Runs the search. Fails at once on an unknown kind or parameter, an empty value list or an
/// invalid metric; then runs every trial (a failed trial is recorded, the others go on), calling
/// onTrial after each. `progress` (may be null) reports trials and pauses or cancels between or
/// inside trials; a cancelled search keeps the best model found so far and returns (and stores)
/// what ran.
Result<SearchOutcome> runHyperparameterSearch(Project& project, const SearchRequest& request,
                                              const std::function<void(const SearchTrial&)>& onTrial = {},
                                              ProgressToken* progress = nullptr);

} // namespace kindred
