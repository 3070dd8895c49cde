#include "kindred/train/HyperparameterSearch.h"

#include "store/ProjectInternals.h"
#include "../store/Sqlite.h"
#include "kindred/common/Progress.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/ModelStore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <sstream>

namespace kindred {

namespace {

/// Every combination of the parameters' values, the first parameter varying slowest.
std::vector<std::vector<double>> fullGrid(const std::vector<SearchParameter>& parameters) {
    std::vector<std::vector<double>> grid{{}};
    for (const SearchParameter& parameter : parameters) {
        std::vector<std::vector<double>> next;
        for (const auto& prefix : grid)
            for (double value : parameter.values) {
                next.push_back(prefix);
                next.back().push_back(value);
            }
        grid = std::move(next);
    }
    return grid;
}

std::string describe(const std::vector<SearchParameter>& parameters, const std::vector<double>& values) {
    std::ostringstream text;
    for (std::size_t p = 0; p < parameters.size(); ++p)
        text << (p ? ", " : "") << parameters[p].name << '=' << values[p];
    return text.str();
}

const Evaluation* findPart(const TrainingOutcome& outcome, const std::string& part) {
    for (const auto& [name, evaluation] : outcome.evaluations)
        if (name == part)
            return &evaluation;
    return nullptr;
}

nlohmann::json trialToJson(const SearchTrial& t) {
    return {{"index", t.index}, {"parameters", t.parameters},
            {"validation_metric", t.validationMetric}, {"test_metric", t.testMetric},
            {"validation_rmse", t.validationRmse}, {"validation_ndcg", t.validationNdcg},
            {"test_rmse", t.testRmse}, {"test_ndcg", t.testNdcg}, {"seconds", t.trainingSeconds},
            {"model_id", t.modelId}, {"error", t.error}};
}

SearchTrial trialFromJson(const nlohmann::json& j) {
    SearchTrial t;
    t.index = j.value("index", 0);
    t.parameters = j.value("parameters", std::map<std::string, double>{});
    t.validationMetric = j.value("validation_metric", 0.0);
    t.testMetric = j.value("test_metric", 0.0);
    t.validationRmse = j.value("validation_rmse", 0.0);
    t.validationNdcg = j.value("validation_ndcg", 0.0);
    t.testRmse = j.value("test_rmse", 0.0);
    t.testNdcg = j.value("test_ndcg", 0.0);
    t.trainingSeconds = j.value("seconds", 0.0);
    t.modelId = j.value("model_id", std::int64_t(0));
    t.error = j.value("error", std::string());
    return t;
}

Result<std::int64_t> saveSearch(Project& project, const SearchRequest& request, const SearchOutcome& outcome) {
    try {
        nlohmann::json trials = nlohmann::json::array();
        for (const SearchTrial& trial : outcome.trials)
            trials.push_back(trialToJson(trial));
        sql::Statement insert(rawHandle(project),
                              "INSERT INTO searches(kind, metric, created_at, split_id, best_model_id, cancelled, "
                              "trials_json) VALUES(?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?, ?, ?, ?)");
        insert.bind(1, request.base.kind).bind(2, request.metric);
        outcome.splitId ? insert.bind(3, outcome.splitId) : insert.bindNull(3);
        outcome.bestModelId ? insert.bind(4, outcome.bestModelId) : insert.bindNull(4);
        insert.bind(5, outcome.cancelled ? 1 : 0).bind(6, trials.dump());
        insert.run();
        return std::int64_t(sqlite3_last_insert_rowid(rawHandle(project)));
    } catch (const std::exception& e) {
        return Status::failure(std::string("could not store the search results: ") + e.what());
    }
}

} // namespace

Result<std::vector<StoredSearch>> loadSearches(const Project& project) {
    try {
        std::vector<StoredSearch> searches;
        sql::Statement select(rawHandle(project),
                              "SELECT id, kind, metric, created_at, coalesce(split_id, 0), coalesce(best_model_id, 0), "
                              "cancelled, trials_json FROM searches ORDER BY id DESC");
        while (select.step()) {
            StoredSearch search;
            search.id = select.int64(0);
            search.kind = select.text(1);
            search.metric = select.text(2);
            search.createdAt = select.text(3);
            search.splitId = select.int64(4);
            search.bestModelId = select.int64(5);
            search.cancelled = select.int64(6) != 0;
            for (const auto& trial : nlohmann::json::parse(select.text(7)))
                search.trials.push_back(trialFromJson(trial));
            // A model deleted since: its trial no longer points at it.
            for (SearchTrial& trial : search.trials)
                if (trial.modelId != search.bestModelId)
                    trial.modelId = 0;
            searches.push_back(std::move(search));
        }
        return searches;
    } catch (const std::exception& e) {
        return Status::failure(std::string("could not read the stored searches: ") + e.what());
    }
}

std::vector<std::string> searchableParameters(const std::string& kind) {
    std::vector<std::string> names;
    if (const ModelKind* described = findModelKind(kind))
        for (const ModelParameter& parameter : described->parameters)
            if (parameter.searchable)
                names.push_back(parameter.name);
    return names;
}

Result<SearchParameter> parseSearchParameter(const std::string& text) {
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        return Status::failure("'" + text + "': expected NAME=V1,V2,... (e.g. factors=16,32,64)");
    SearchParameter parameter;
    parameter.name = text.substr(0, equals);
    std::istringstream values(text.substr(equals + 1));
    std::string item;
    while (std::getline(values, item, ',')) {
        try {
            std::size_t used = 0;
            parameter.values.push_back(std::stod(item, &used));
            if (used != item.size())
                throw std::invalid_argument(item);
        } catch (const std::exception&) {
            return Status::failure("'" + text + "': '" + item + "' is not a number");
        }
    }
    if (parameter.values.empty())
        return Status::failure("'" + text + "': no values after '='");
    return parameter;
}

Result<SearchOutcome> runHyperparameterSearch(Project& project, const SearchRequest& request,
                                              const std::function<void(const SearchTrial&)>& onTrial,
                                              ProgressToken* progress) {
    const auto searchable = searchableParameters(request.base.kind);
    if (searchable.empty())
        return Status::failure("model kind '" + request.base.kind + "' has no searchable hyper-parameters");
    if (request.parameters.empty())
        return Status::failure("name at least one hyper-parameter to search");
    for (const SearchParameter& parameter : request.parameters) {
        if (std::find(searchable.begin(), searchable.end(), parameter.name) == searchable.end()) {
            std::string known;
            for (const std::string& name : searchableParameters(request.base.kind))
                known += (known.empty() ? "" : ", ") + name;
            return Status::failure("'" + parameter.name + "' is not a hyper-parameter of " +
                                           request.base.kind + " (searchable: " + known + ")");
        }
        if (parameter.values.empty())
            return Status::failure("'" + parameter.name + "' has no values");
    }
    if (request.metric != "rmse" && request.metric != "ndcg")
        return Status::failure("metric '" + request.metric + "': expected rmse or ndcg");
    if (request.randomTrials < 0)
        return Status::failure("the number of random trials must be ≥ 0");

    std::vector<std::vector<double>> combinations = fullGrid(request.parameters);
    if (request.randomTrials > 0 && std::size_t(request.randomTrials) < combinations.size()) {
        std::mt19937_64 random(request.base.seed);
        std::shuffle(combinations.begin(), combinations.end(), random);
        combinations.resize(std::size_t(request.randomTrials));
    }

    const bool lowerIsBetter = request.metric == "rmse";
    const int trialCount = int(combinations.size());
    SearchOutcome outcome;
    outcome.splitId = request.base.split.splitId;
    ModelStore store(project);
    for (int t = 0; t < trialCount; ++t) {
        if (progress && progress->isCancelled())
            break;
        if (progress)
            progress->report({"trial " + std::to_string(t + 1) + " of " + std::to_string(trialCount),
                              std::uint64_t(t), std::uint64_t(trialCount), "trials"},
                             true);
        TrainingRequest trialRequest = request.base;
        trialRequest.split.splitId = outcome.splitId; // 0 for the first trial: it makes the split
        trialRequest.resume = false;
        SearchTrial trial;
        trial.index = t + 1;
        for (std::size_t p = 0; p < request.parameters.size(); ++p) {
            trialRequest.parameters[request.parameters[p].name] = combinations[t][p];
            trial.parameters[request.parameters[p].name] = combinations[t][p];
        }
        trialRequest.name = request.base.kind + " search " + std::to_string(t + 1) + "/" +
                            std::to_string(trialCount) + ": " + describe(request.parameters, combinations[t]);

        auto trained = runTrainingJob(project, trialRequest, {}, progress);
        const bool cancelledNow = progress && progress->isCancelled();
        if (!trained && cancelledNow)
            break; // the interrupted trial is not a result
        if (!trained) {
            trial.error = trained.status().message();
        } else {
            outcome.splitId = trained->splitId;
            trial.modelId = trained->modelId;
            trial.trainingSeconds = trained->trainingSeconds;
            if (const Evaluation* validation = findPart(trained.value(), "validation")) {
                trial.validationRmse = validation->rmse;
                trial.validationNdcg = validation->ndcg;
            }
            if (const Evaluation* test = findPart(trained.value(), "test")) {
                trial.testRmse = test->rmse;
                trial.testNdcg = test->ndcg;
            }
            trial.validationMetric = lowerIsBetter ? trial.validationRmse : trial.validationNdcg;
            trial.testMetric = lowerIsBetter ? trial.testRmse : trial.testNdcg;
            const bool better = outcome.bestTrial < 0 ||
                                (lowerIsBetter ? trial.validationMetric < outcome.trials[outcome.bestTrial].validationMetric
                                               : trial.validationMetric > outcome.trials[outcome.bestTrial].validationMetric);
            // Keep only the best model so far: remove the loser right away (a long search never
            // fills the project with models nobody asked for).
            SearchTrial* loser = better ? (outcome.bestTrial >= 0 ? &outcome.trials[outcome.bestTrial] : nullptr) : &trial;
            if (loser && loser->modelId != 0) {
                if (Status removed = store.remove(loser->modelId); !removed.ok())
                    return removed;
                loser->modelId = 0;
            }
            if (better) {
                outcome.bestTrial = int(outcome.trials.size());
                outcome.bestModelId = trial.modelId;
            }
        }
        outcome.trials.push_back(trial);
        if (onTrial)
            onTrial(outcome.trials.back());
    }
    outcome.cancelled = int(outcome.trials.size()) < trialCount;
    if (!outcome.trials.empty()) {
        auto saved = saveSearch(project, request, outcome);
        if (!saved)
            return saved.status();
        outcome.searchId = saved.value();
    }
    if (progress)
        progress->report({"search finished", std::uint64_t(outcome.trials.size()), std::uint64_t(trialCount), "trials"},
                         true);
    return outcome;
}

} // namespace kindred
