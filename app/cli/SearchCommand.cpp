// kindred-cli search: flags → SearchRequest, trials → a results table (or JSON). The search itself
// (one split, validation-only choice, only the best model kept) is core HyperparameterSearch.
#include "SearchCommand.h"

#include "ExitCodes.h"
#include "TerminalText.h"
#include "kindred/store/Project.h"
#include "kindred/train/HyperparameterSearch.h"
#include "kindred/train/ModelKind.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

namespace kindred::cli {

struct SearchCommand::Options {
    CLI::App* command = nullptr;
    std::string db, kind, metric = "rmse";
    std::vector<std::string> grid, domains;
    int randomTrials = 0, epochs = 0;
    std::uint64_t seed = 42;
    std::int64_t splitId = 0;
    bool json = false;

    int run() const;
};

SearchCommand::SearchCommand(CLI::App& app)
    : m_options(std::make_unique<Options>()) {
    auto& o = *m_options;
    o.command = app.add_subcommand(
        "search", "Grid or random hyper-parameter search on one split; keeps the model best on validation");
    o.command->add_option("--db", o.db, "Project file")->required();
    std::string kinds;
    for (const ModelKind* kind : modelKinds())
        if (!searchableParameters(kind->id).empty())
            kinds += (kinds.empty() ? "" : "|") + kind->id;
    o.command->add_option("--model", o.kind, "Model kind: " + kinds)->required();
    o.command
        ->add_option("--grid", o.grid,
                     "NAME=V1,V2,... (repeat per hyper-parameter), e.g. --grid factors=16,32 --grid regularization=0.01,0.05")
        ->required();
    o.command->add_option("--random", o.randomTrials, "Run this many combinations drawn from the grid (0: all)")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    o.command->add_option("--metric", o.metric, "Validation metric to choose by: rmse|ndcg")
        ->capture_default_str()
        ->check(CLI::IsMember({"rmse", "ndcg"}));
    o.command->add_option("--domains", o.domains, "Train on these domains only")->delimiter(',');
    o.command->add_option("--epochs", o.epochs, "Epochs of every trial (0: the kind's default)");
    o.command->add_option("--seed", o.seed, "Seed of the split, the training and the random draw")->capture_default_str();
    o.command->add_option("--split-id", o.splitId, "Use this stored split (default: make one)");
    o.command->add_flag("--json", o.json, "Print JSON");
}

SearchCommand::~SearchCommand() = default;

std::optional<int> SearchCommand::run() const {
    if (!*m_options->command)
        return std::nullopt;
    return m_options->run();
}

int SearchCommand::Options::run() const {
    SearchRequest request;
    request.base.kind = kind;
    request.base.domains = domains;
    if (epochs > 0)
        request.base.parameters["epochs"] = double(epochs);
    request.base.seed = seed;
    request.base.split.splitId = splitId;
    request.randomTrials = randomTrials;
    request.metric = metric;
    for (const std::string& text : grid) {
        auto parameter = parseSearchParameter(text);
        if (!parameter) {
            std::cerr << "kindred-cli: --grid " << parameter.status().message() << "\n";
            return kExitUsage;
        }
        request.parameters.push_back(parameter.value());
    }
    auto project = Project::open(db, OpenMode::OpenExisting);
    if (!project) {
        std::cerr << "kindred-cli: " << shown(project.status().message()) << "\n";
        return project.status().kind() == FailureKind::ProjectBusy ? kExitBusy : kExitBadInput;
    }
    if (project.value()->isReadOnly()) {
        std::cerr << "kindred-cli: " << shown(db) << ": the project is read-only ("
                  << project.value()->readOnlyReason() << "); a search stores models in it\n";
        return kExitBadInput;
    }
    bool headerPrinted = false;
    auto onTrial = [this, &headerPrinted](const SearchTrial& trial) {
        if (json)
            return;
        if (!headerPrinted)
            std::printf("trial  val RMSE  val NDCG  test RMSE test NDCG  seconds  hyper-parameters\n");
        headerPrinted = true;
        std::string values;
        for (const auto& [name, value] : trial.parameters) {
            char number[32];
            std::snprintf(number, sizeof number, "%g", value);
            values += (values.empty() ? "" : "  ") + name + "=" + number;
        }
        if (!trial.error.empty())
            std::printf("%5d  failed: %s  (%s)\n", trial.index, shown(trial.error).c_str(), values.c_str());
        else
            std::printf("%5d  %9.4f %9.4f %9.4f %9.4f %8.1f  %s\n", trial.index, trial.validationRmse,
                        trial.validationNdcg, trial.testRmse, trial.testNdcg, trial.trainingSeconds, values.c_str());
        std::fflush(stdout);
    };
    auto outcome = runHyperparameterSearch(*project.value(), request, onTrial);
    if (!outcome) {
        std::cerr << "kindred-cli: " << shown(outcome.status().message()) << "\n";
        return outcome.status().kind() == FailureKind::ProjectBusy ? kExitBusy : kExitBadInput;
    }
    if (json) {
        nlohmann::ordered_json trials = nlohmann::ordered_json::array();
        for (const SearchTrial& t : outcome->trials)
            trials.push_back({{"trial", t.index}, {"parameters", t.parameters},
                              {"validation", {{"rmse", t.validationRmse}, {"ndcg", t.validationNdcg}}},
                              {"test", {{"rmse", t.testRmse}, {"ndcg", t.testNdcg}}},
                              {"seconds", t.trainingSeconds}, {"model_id", t.modelId}, {"error", t.error}});
        nlohmann::ordered_json out = {{"metric", metric}, {"split_id", outcome->splitId},
                                      {"best_trial", outcome->bestTrial < 0 ? 0 : outcome->bestTrial + 1},
                                      {"best_model_id", outcome->bestModelId}, {"search_id", outcome->searchId},
                                      {"cancelled", outcome->cancelled}, {"trials", trials}};
        std::cout << jsonText(out) << "\n";
    } else if (outcome->bestTrial >= 0) {
        std::printf("best on validation %s: trial %d, kept as model %lld (split %lld); results stored as search %lld\n",
                    metric.c_str(), outcome->bestTrial + 1, static_cast<long long>(outcome->bestModelId),
                    static_cast<long long>(outcome->splitId), static_cast<long long>(outcome->searchId));
    }
    return outcome->bestTrial >= 0 ? kExitOk : kExitBadInput;
}

} // namespace kindred::cli
