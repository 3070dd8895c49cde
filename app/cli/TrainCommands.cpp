// kindred-cli train | evaluate | models. Composition only: loading, splitting, training,
// evaluating and storing are core functions; this file turns flags into calls and results into
// tables or JSON.
#include "TrainCommands.h"

#include "ExitCodes.h"
#include "kindred/common/Progress.h"
#include "kindred/store/Project.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/ModelKind.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"
#include "kindred/train/TrainingJob.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace kindred::cli {

namespace {

using Json = nlohmann::ordered_json;

/// The general `train` settings; the kinds' own parameters come from the registry (ModelKind).
struct TrainSettings {
    std::uint64_t seed = 42;
    bool verbose = false;
    bool resume = false;
    DataParallelOptions distributed;
};

/// CLI help for one parameter name: what it means for each kind that has it, with its default.
std::string parameterHelp(const std::string& name) {
    std::string help;
    for (const ModelKind* kind : modelKinds()) {
        const ModelParameter* p = kind->parameter(name);
        if (!p)
            continue;
        help += (help.empty() ? "" : "; ") + kind->id + ": " + p->help + " (default " +
                formatParameterValue(*p, p->defaultValue) + ")";
    }
    return help;
}

int fail(const std::string& message, int code = kExitBadInput) {
    std::cerr << "kindred-cli: " << message << "\n";
    return code;
}

Json parseJson(const std::string& text) {
    return Json::parse(text, nullptr, false);
}

void printEvaluationTable(const std::vector<std::pair<std::string, Evaluation>>& rows) {
    if (rows.empty())
        return;
    const int k = rows.front().second.k;
    std::printf("%-11s %8s %8s %8s %8s %8s %8s %8s %8s %8s %7s %6s\n", "part", "RMSE", "MAE",
                ("P@" + std::to_string(k)).c_str(), ("R@" + std::to_string(k)).c_str(),
                ("NDCG@" + std::to_string(k)).c_str(), "MRR", ("HR@" + std::to_string(k)).c_str(), "cover",
                "divers", "rated", "users");
    for (const auto& [part, e] : rows)
        std::printf("%-11s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %7llu %6llu\n", part.c_str(),
                    e.rmse, e.mae, e.precision, e.recall, e.ndcg, e.mrr, e.hitRate, e.coverage, e.diversity,
                    static_cast<unsigned long long>(e.ratedCount),
                    static_cast<unsigned long long>(e.rankedUsers));
    for (const auto& [part, e] : rows)
        if (e.sampledFrom > 0)
            std::printf("%s: ranking metrics over a seeded sample of %llu of %llu users (--max-users 0 ranks "
                        "everyone)\n",
                        part.c_str(), static_cast<unsigned long long>(e.rankedUsers),
                        static_cast<unsigned long long>(e.sampledFrom));
}

/// A progress line on stderr when it is a terminal.
ProgressToken makeProgress(bool quiet) {
    const bool show = !quiet && isatty(fileno(stderr));
    return ProgressToken([show](const ProgressEvent& event) {
        if (!show)
            return;
        std::fprintf(stderr, "\r%-32s %llu/%llu %s   ", event.phase.c_str(),
                     static_cast<unsigned long long>(event.done),
                     static_cast<unsigned long long>(event.total), event.unit.c_str());
        if (event.total && event.done == event.total)
            std::fprintf(stderr, "\r%70s\r", "");
    });
}

/// What a data-parallel rank other than 0 says when its share is done (rank 0 has the model).
int printHelperOutcome(const TrainingOutcome& outcome, const DataParallelOptions& distributed, bool json) {
    const auto history = parseJson(outcome.historyJson);
    if (json) {
        std::cout << Json{{"rank", distributed.rank},
                          {"world_size", distributed.worldSize},
                          {"kind", outcome.kind},
                          {"seconds", outcome.trainingSeconds},
                          {"history", history}}
                         .dump(2)
                  << "\n";
    } else {
        std::printf("rank %d of %d: trained its share of %zu epochs in %.2f s; rank 0 evaluates and stores the model\n",
                    distributed.rank, distributed.worldSize, history.is_array() ? history.size() : std::size_t(0),
                    outcome.trainingSeconds);
    }
    return kExitOk;
}

} // namespace

struct TrainCommands::Options {
    CLI::App* train = nullptr;
    CLI::App* evaluate = nullptr;
    CLI::App* models = nullptr;

    std::string db;
    std::string kind;
    std::vector<std::string> domains;
    std::string splitKind = "random";
    std::vector<std::string> testSources;
    std::string coldStartDomain;
    std::int64_t splitId = 0;
    std::string name;
    TrainSettings settings;
    /// Every parameter flag of every kind: its text as given, and the option to ask whether it was.
    std::map<std::string, std::string> parameterText;
    std::map<std::string, CLI::Option*> parameterOptions;
    std::int64_t modelId = 0;
    std::string part = "both";
    std::string domain;
    EvaluationOptions evaluation;
    bool json = false;
    bool quiet = false;

    int runTrain() const;
    int runEvaluate() const;
    int runModels() const;
    EvaluationOptions evaluationOptions(const TrainingData& data, std::string* error) const;
};

TrainCommands::TrainCommands(CLI::App& app)
    : m_options(std::make_unique<Options>()) {
    auto& o = *m_options;
    std::string kinds;
    std::vector<std::string> kindIds;
    for (const ModelKind* kind : modelKinds()) {
        kinds += (kinds.empty() ? "" : "|") + kind->id;
        kindIds.push_back(kind->id);
    }

    auto addEvaluationFlags = [&o](CLI::App* command) {
        command->add_option("--k", o.evaluation.k, "Length of the ranked lists")
            ->capture_default_str()
            ->check(CLI::Range(1, 1000));
        command
            ->add_option("--relevance", o.evaluation.relevanceThreshold,
                         "An explicit rating is relevant when its 0..1 value is at least this")
            ->capture_default_str();
        command
            ->add_option("--max-users", o.evaluation.maxRankedUsers,
                         "Above this many users, rank a seeded sample of this many (0: everyone)")
            ->capture_default_str();
        command->add_option("--eval-domain", o.domain, "Evaluate only items of this domain");
        command->add_flag("--cold-start-only", o.evaluation.coldStartOnly,
                          "Evaluate only the cold-start users");
        command->add_flag("--json", o.json, "Print JSON");
        command->add_flag("-q,--quiet", o.quiet, "No progress on stderr");
    };

    o.train = app.add_subcommand("train",
                                 "Train a model on a seeded split, evaluate it and store it in the project");
    o.train->add_option("--db", o.db, "Project file")->required();
    o.kind = modelKinds().front()->id; // the flagship, so `train --db P` trains the good one
    o.train->add_option("--model", o.kind, "Model kind: " + kinds)
        ->capture_default_str()
        ->check(CLI::IsMember(kindIds));
    o.train->add_option("--domains", o.domains, "Train on these domains only (comma-separated names)")
        ->delimiter(',');
    o.train->add_option("--split", o.splitKind, "random|leave-last-out|by-source")
        ->capture_default_str()
        ->check(CLI::IsMember({"random", "leave-last-out", "by-source"}));
    o.train
        ->add_option("--test-source", o.testSources, "With --split by-source: the source(s) held out as test")
        ->delimiter(',');
    o.train->add_option("--cold-start", o.coldStartDomain,
                        "Add a cold-start slice in this domain: 20% of the users with ratings in it and in "
                        "another domain keep 3 of its ratings for training, the rest go to test");
    o.train->add_option("--split-id", o.splitId, "Use this stored split instead of making one");
    o.train->add_option("--name", o.name, "Model name (default: kind, split and seed)");
    o.train->add_option("--seed", o.settings.seed, "Seed of the split and of the training")
        ->capture_default_str();
    // One flag per parameter name of the registered kinds (a name several kinds share is one flag).
    for (const ModelKind* kind : modelKinds())
        for (const ModelParameter& parameter : kind->parameters)
            if (!o.parameterOptions.count(parameter.name))
                o.parameterOptions[parameter.name] =
                    o.train->add_option("--" + parameter.name, o.parameterText[parameter.name],
                                        parameterHelp(parameter.name));
    o.train->add_flag("--resume", o.settings.resume,
                      "Models with checkpoints (siamese, attention): continue the last unfinished run of the same "
                      "command from its last epoch checkpoint");
    o.train->add_flag("-v,--verbose", o.settings.verbose, "Print every epoch on stderr");
    // Training across processes (c10d + Gloo, see README "Training on several machines").
    o.train->add_option("--world-size", o.settings.distributed.worldSize,
                        "Train together with this many processes in all (siamese); each runs this command with "
                        "its own --rank and computes --batch-users people of every step")
        ->check(CLI::Range(1, 4096))
        ->capture_default_str();
    o.train->add_option("--rank", o.settings.distributed.rank,
                        "With --world-size: this process, 0..N-1; rank 0 evaluates and stores the model")
        ->capture_default_str();
    o.train->add_option("--rendezvous", o.settings.distributed.rendezvous,
                        "With --world-size: HOST:PORT of rank 0 (it listens there), or file:PATH on a shared disk");
    o.train->add_option("--group-timeout", o.settings.distributed.timeoutSeconds,
                        "With --world-size: seconds to wait for the other processes (joining, each exchange)")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    addEvaluationFlags(o.train);

    o.evaluate = app.add_subcommand("evaluate", "Evaluate a stored model on its split");
    o.evaluate->add_option("--db", o.db, "Project file")->required();
    o.evaluate->add_option("--model", o.modelId, "Model id (see `kindred-cli models`)")->required();
    o.evaluate->add_option("--part", o.part, "validation|test|both")
        ->capture_default_str()
        ->check(CLI::IsMember({"validation", "test", "both"}));
    addEvaluationFlags(o.evaluate);

    o.models = app.add_subcommand("models", "List the models stored in a project");
    o.models->add_option("--db", o.db, "Project file")->required();
    o.models->add_flag("--json", o.json, "Print JSON");
}

TrainCommands::~TrainCommands() = default;

std::optional<int> TrainCommands::run() const {
    const auto& o = *m_options;
    if (*o.train)
        return o.runTrain();
    if (*o.evaluate)
        return o.runEvaluate();
    if (*o.models)
        return o.runModels();
    return std::nullopt;
}

EvaluationOptions TrainCommands::Options::evaluationOptions(const TrainingData& data,
                                                            std::string* error) const {
    auto options = evaluation;
    if (!domain.empty()) {
        options.domain = data.domainIndex(domain);
        if (options.domain < 0)
            *error = "no domain named '" + domain + "' among the model's domains";
    }
    return options;
}

int TrainCommands::Options::runTrain() const {
    if (splitKind == "by-source" && testSources.empty() && splitId == 0)
        return fail("--split by-source needs --test-source NAME", kExitUsage);
    if (splitId != 0 && !coldStartDomain.empty())
        return fail("--cold-start makes a new split; it cannot be combined with --split-id", kExitUsage);
    const DataParallelOptions& distributed = settings.distributed;
    if (Status valid = validateDataParallel(distributed); !valid)
        return fail(valid.message(), kExitUsage);
    // A rank other than 0 stores nothing (rank 0 stores the split and the model).
    const bool helper = distributed.enabled() && distributed.rank != 0;
    auto project = Project::open(db, OpenMode::OpenExisting);
    if (!project)
        return fail(project.status().message());

    const ModelKind* described = findModelKind(kind);
    std::map<std::string, std::string> given;
    for (const auto& [parameterName, option] : parameterOptions)
        if (option->count() > 0)
            given[parameterName] = parameterText.at(parameterName);
    auto parameters = described->parse(given);
    if (!parameters)
        return fail(parameters.status().message(), kExitUsage);

    TrainingRequest request;
    request.kind = kind;
    request.domains = domains;
    request.split.kind = splitKind;
    request.split.testSources = testSources;
    request.split.coldStartDomain = coldStartDomain;
    request.split.splitId = splitId;
    request.name = name;
    request.seed = settings.seed;
    request.parameters = std::move(parameters).value();
    request.evaluation = evaluation;
    request.evaluationDomain = domain;
    request.resume = settings.resume;
    request.distributed = distributed;

    TrainingJobCallbacks callbacks;
    if (settings.verbose) {
        callbacks.onEvent = [](const TrainingEvent& event) {
            if (event.kind != TrainingEvent::Kind::Epoch)
                return;
            const auto& r = event.record;
            std::fprintf(stderr, "epoch %3d  train loss %.4f  validation RMSE %.4f  NDCG@10 %.4f  %.3g samples/s\n",
                         r.epoch, r.trainLoss, r.validationRmse, r.validationNdcg, r.samplesPerSecond);
        };
    }
    // Warnings are printed as they happen (a run may go on for hours after one).
    callbacks.onWarning = [](const std::string& warning) { std::fprintf(stderr, "kindred-cli: %s\n", warning.c_str()); };
    auto progress = makeProgress(quiet || json);
    const auto outcome = runTrainingJob(*project.value(), request, callbacks, &progress);
    if (!outcome)
        return fail(outcome.status().message());
    if (helper)
        return printHelperOutcome(outcome.value(), distributed, json);

    if (json) {
        Json out = {{"model_id", outcome->modelId},
                    {"name", outcome->name},
                    {"kind", outcome->kind},
                    {"split_id", outcome->splitId},
                    {"seconds", outcome->trainingSeconds},
                    {"hyperparameters", parseJson(outcome->hyperparametersJson)},
                    {"metrics", parseJson(outcome->metricsJson)},
                    {"history", parseJson(outcome->historyJson)}};
        std::cout << out.dump(2) << "\n";
    } else {
        printEvaluationTable(outcome->evaluations);
        if (outcome->resumedFromEpoch > 0)
            std::printf("resumed from the checkpoint of epoch %d\n", outcome->resumedFromEpoch);
        std::printf("model %lld (%s) \"%s\" trained in %.2f s and saved\n", static_cast<long long>(outcome->modelId),
                    outcome->kind.c_str(), outcome->name.c_str(), outcome->trainingSeconds);
    }
    return kExitOk;
}

int TrainCommands::Options::runEvaluate() const {
    auto project = Project::open(db, OpenMode::OpenExisting);
    if (!project)
        return fail(project.status().message());
    auto& p = *project.value();
    ModelStore store(p);
    const auto stored = store.load(modelId);
    if (!stored)
        return fail(stored.status().message());
    if (!stored->splitId)
        return fail("model " + std::to_string(modelId) +
                    " has no stored split to evaluate on (it was deleted)");
    const auto hyperparameters = parseJson(stored->hyperparametersJson);
    const auto data =
        hyperparameters.is_object() ? hyperparameters.value("data", Json::object()) : Json::object();
    std::vector<std::string> domains = data.value("domains", std::vector<std::string>{});
    // A model trained on every domain keeps that selection: load the whole project again.
    if (domains.size() == p.domains().size())
        domains.clear();
    auto prepared =
        prepareTrainingData(p, domains, [&](const TrainingData& whole) -> Result<std::pair<Split, std::int64_t>> {
            auto split = loadSplit(p, *stored->splitId, whole.interactions.size());
            if (!split)
                return split.status();
            return std::pair{std::move(split).value(), *stored->splitId};
        });
    if (!prepared)
        return fail(prepared.status().message());
    if (data.value("users", -1) != prepared->data.userCount() ||
        data.value("items", -1) != prepared->data.itemCount())
        return fail("the project's users or items changed since model " + std::to_string(modelId) +
                    " was trained; train it again");
    auto model = loadRecommender(stored->kind, stored->weights);
    if (!model)
        return fail(model.status().message());
    std::string error;
    const auto evalOptions = evaluationOptions(prepared->data, &error);
    if (!error.empty())
        return fail(error);
    std::vector<SplitPart> parts;
    if (part != "test")
        parts.push_back(SplitPart::Validation);
    if (part != "validation")
        parts.push_back(SplitPart::Test);
    auto progress = makeProgress(quiet || json);
    const auto rows = evaluateParts(*model.value(), prepared.value(), parts, evalOptions, &progress);
    if (json) {
        Json out = {{"model_id", modelId},
                    {"name", stored->name},
                    {"kind", stored->kind},
                    {"split_id", *stored->splitId},
                    {"metrics", Json::object()}};
        for (const auto& [partName, e] : rows)
            out["metrics"][partName] = Json::parse(e.toJson());
        std::cout << out.dump(2) << "\n";
    } else {
        std::printf("model %lld (%s) \"%s\"\n", static_cast<long long>(modelId), stored->kind.c_str(),
                    stored->name.c_str());
        printEvaluationTable(rows);
    }
    return kExitOk;
}

int TrainCommands::Options::runModels() const {
    auto project = Project::open(db, OpenMode::OpenExisting);
    if (!project)
        return fail(project.status().message());
    ModelStore store(*project.value());
    const auto models = store.list();
    if (!models)
        return fail(models.status().message());
    if (json) {
        Json out = Json::array();
        for (const auto& m : models.value())
            out.push_back({{"id", m.id},
                           {"name", m.name},
                           {"kind", m.kind},
                           {"created_at", m.createdAt},
                           {"split_id", m.splitId ? Json(*m.splitId) : Json(nullptr)},
                           {"metrics", parseJson(m.metricsJson)}});
        std::cout << out.dump(2) << "\n";
        return kExitOk;
    }
    if (models->empty()) {
        std::cout << "no models in " << db << " (train one with `kindred-cli train`)\n";
        return kExitOk;
    }
    std::printf("%5s  %-10s  %-20s  %-40s  %s\n", "id", "kind", "created", "name", "metrics");
    for (const auto& m : models.value())
        std::printf("%5lld  %-10s  %-20s  %-40s  %s\n", static_cast<long long>(m.id), m.kind.c_str(),
                    m.createdAt.c_str(), m.name.c_str(), m.metricsSummary.c_str());
    return kExitOk;
}

} // namespace kindred::cli
