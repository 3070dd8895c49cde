// kindred-cli train | evaluate | models. Composition only: loading, splitting, training,
// evaluating and storing are core functions; this file turns flags into calls and results into
// tables or JSON.
#include "TrainCommands.h"

#include "ExitCodes.h"
#include "kindred/common/Progress.h"
#include "kindred/store/Project.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace kindred::cli {

namespace {

using Json = nlohmann::ordered_json;

/// Every knob `train` exposes, for every model kind; each kind reads the ones it has.
struct TrainSettings {
    int epochs = 0; ///< 0: the kind's default
    int factors = BaselineOptions{}.factors;
    double learningRate = BaselineOptions{}.learningRate;
    double regularization = BaselineOptions{}.regularization;
    double biasRegularization = BaselineOptions{}.biasRegularization;
    int neighbours = BaselineOptions{}.neighbours;
    double shrinkage = BaselineOptions{}.shrinkage;
    std::uint64_t seed = 42;
    bool verbose = false;
};

/// A trained model and what the model store keeps besides its weights.
struct TrainedModel {
    std::unique_ptr<Recommender> model;
    Json hyperparameters = Json::object();
    Json history = Json::array();
};

const std::vector<std::string> kBaselineKinds = {"bias", "mf", "popularity", "item-knn"};
/// Every kind `train --model` accepts. A new kind is added here, as a branch of trainModel() and
/// in core's loadRecommender(); evaluate, models and the model store need nothing else.
const std::vector<std::string> kModelKinds = {"bias", "mf", "popularity", "item-knn", "siamese"};

Result<TrainedModel> trainBaseline(const std::string& kind, const TrainingData& data, const Split& split,
                                   const TrainSettings& settings, ProgressToken& progress) {
    BaselineOptions options;
    if (settings.epochs > 0)
        options.epochs = settings.epochs;
    options.factors = settings.factors;
    options.learningRate = settings.learningRate;
    options.regularization = settings.regularization;
    options.biasRegularization = settings.biasRegularization;
    options.neighbours = settings.neighbours;
    options.shrinkage = settings.shrinkage;
    options.seed = settings.seed;
    TrainedModel trained;
    options.onEpoch = [&](const BaselineEpoch& e) {
        trained.history.push_back({{"epoch", e.epoch},
                                   {"train_rmse", e.trainRmse},
                                   {"validation_rmse", e.validationRmse},
                                   {"samples_per_second", e.samplesPerSecond},
                                   {"seconds", e.seconds}});
        if (settings.verbose)
            std::fprintf(stderr, "epoch %3d  train RMSE (0..1) %.4f  validation RMSE %.4f  %.3g samples/s\n",
                         e.epoch, e.trainRmse, e.validationRmse, e.samplesPerSecond);
    };

    if (kind == "bias") {
        trained.model = trainBiasBaseline(data, split, options, &progress);
        trained.hyperparameters = {{"epochs", options.epochs},
                                   {"bias_regularization", options.biasRegularization}};
    } else if (kind == "mf") {
        trained.model = trainBiasedMf(data, split, options, &progress);
        trained.hyperparameters = {{"epochs", options.epochs},
                                   {"factors", options.factors},
                                   {"learning_rate", options.learningRate},
                                   {"regularization", options.regularization},
                                   {"seed", options.seed}};
    } else if (kind == "popularity") {
        trained.model = trainPopularity(data, split, options, &progress);
    } else {
        trained.model = trainItemKnn(data, split, options, &progress);
        trained.hyperparameters = {{"neighbours", options.neighbours}, {"shrinkage", options.shrinkage}};
    }
    if (!trained.model)
        return Status::failure("training was cancelled");
    if (kind == "mf" || kind == "bias") {
        // The epoch kept is the one with the lowest validation RMSE.
        int best = 0;
        double bestRmse = 0;
        for (const auto& e : trained.history)
            if (best == 0 || e["validation_rmse"].get<double>() < bestRmse) {
                best = e["epoch"].get<int>();
                bestRmse = e["validation_rmse"].get<double>();
            }
        trained.hyperparameters["best_epoch"] = best;
    }
    return trained;
}

Result<TrainedModel> trainSiameseModel(const TrainingData& data, const Split& split, const TrainSettings& settings,
                                       ProgressToken& progress) {
    SiameseOptions options;
    if (settings.epochs > 0)
        options.epochs = settings.epochs;
    options.seed = settings.seed;
    TrainingControl control;
    SiameseCallbacks callbacks;
    TrainedModel trained;
    callbacks.onEvent = [&](const TrainingEvent& event) {
        if (progress.isCancelled())
            control.requestCancel();
        if (event.kind == TrainingEvent::Kind::Batch) {
            ProgressEvent step;
            step.phase = "epoch " + std::to_string(event.epoch);
            step.unit = "batches";
            step.done = std::uint64_t(event.batch);
            step.total = std::uint64_t(event.batchesPerEpoch);
            progress.report(step);
        } else if (event.kind == TrainingEvent::Kind::Epoch) {
            const auto& r = event.record;
            trained.history.push_back({{"epoch", r.epoch},
                                       {"train_loss", r.trainLoss},
                                       {"validation_loss", r.validationLoss},
                                       {"validation_rmse", r.validationRmse},
                                       {"samples_per_second", r.samplesPerSecond},
                                       {"seconds", r.seconds}});
            if (settings.verbose)
                std::fprintf(stderr, "epoch %3d  train loss %.4f  validation RMSE %.4f  %.3g samples/s\n", r.epoch,
                             r.trainLoss, r.validationRmse, r.samplesPerSecond);
        }
    };
    auto result = trainSiamese(data, split, options, callbacks, &control);
    if (!result)
        return result.status();
    trained.model = std::move(result->model);
    trained.hyperparameters = {{"dimension", options.dimension}, {"heads", options.heads},
                               {"history_length", options.historyLength}, {"epochs", options.epochs},
                               {"learning_rate", options.learningRate}, {"batch_size", options.batchSize},
                               {"rating_weight", options.ratingWeight}, {"ranking_weight", options.rankingWeight},
                               {"pair_weight", options.pairWeight}, {"seed", options.seed},
                               {"best_epoch", result->bestEpoch}};
    return trained;
}

/// Trains a model of any kind in kModelKinds.
Result<TrainedModel> trainModel(const std::string& kind, const TrainingData& data, const Split& split,
                                const TrainSettings& settings, ProgressToken& progress) {
    try {
        if (std::find(kBaselineKinds.begin(), kBaselineKinds.end(), kind) != kBaselineKinds.end())
            return trainBaseline(kind, data, split, settings, progress);
        if (kind == "siamese")
            return trainSiameseModel(data, split, settings, progress);
    } catch (const std::exception& error) {
        return Status::failure("training the " + kind + " model failed: " + error.what());
    }
    return Status::failure("unknown model kind '" + kind + "'");
}

std::string isoNowUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

int fail(const std::string& message, int code = kExitBadInput) {
    std::cerr << "kindred-cli: " << message << "\n";
    return code;
}

/// Training data for the selected domains with a split over it.
struct PreparedData {
    TrainingData data;
    Split split;
    std::int64_t splitId = 0;
};

/// Loads the whole project (a stored split always covers the whole ratings table), then the
/// domain selection, and maps the split onto it.
Result<PreparedData>
prepare(const Project& project, const std::vector<std::string>& domains,
        const std::function<Result<std::pair<Split, std::int64_t>>(const TrainingData&)>& splitFor) {
    auto whole = loadTrainingData(project);
    if (!whole)
        return whole.status();
    auto split = splitFor(whole.value());
    if (!split)
        return split.status();
    PreparedData prepared;
    prepared.splitId = split->second;
    if (domains.empty()) {
        prepared.data = std::move(whole).value();
        prepared.split = std::move(split->first);
        return prepared;
    }
    auto subset = loadTrainingData(project, domains);
    if (!subset)
        return subset.status();
    auto restricted = restrictSplit(split->first, whole.value(), subset.value());
    if (!restricted)
        return restricted.status();
    prepared.data = std::move(subset).value();
    prepared.split = std::move(restricted).value();
    return prepared;
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

std::vector<std::pair<std::string, Evaluation>>
evaluateParts(const Recommender& model, const PreparedData& prepared, const std::vector<SplitPart>& parts,
              EvaluationOptions options, ProgressToken& progress) {
    std::vector<std::pair<std::string, Evaluation>> rows;
    for (const auto part : parts) {
        options.part = part;
        rows.emplace_back(part == SplitPart::Validation ? "validation"
                          : part == SplitPart::Test     ? "test"
                                                        : "train",
                          evaluate(model, prepared.data, prepared.split, options, &progress));
    }
    return rows;
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
    for (const auto& kind : kModelKinds)
        kinds += (kinds.empty() ? "" : "|") + kind;

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
                         "Rank a seeded sample of this many users (0: all)")
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
    o.train->add_option("--model", o.kind, "Model kind: " + kinds)
        ->required()
        ->check(CLI::IsMember(kModelKinds));
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
    o.train->add_option("--epochs", o.settings.epochs, "Epochs (mf) or ALS rounds (bias); default 20");
    o.train->add_option("--seed", o.settings.seed, "Seed of the split and of the training")
        ->capture_default_str();
    o.train->add_option("--factors", o.settings.factors, "mf: latent factors")
        ->capture_default_str()
        ->check(CLI::Range(1, 4096));
    o.train->add_option("--learning-rate", o.settings.learningRate, "mf: SGD step")->capture_default_str();
    o.train->add_option("--regularization", o.settings.regularization, "mf: L2 weight")
        ->capture_default_str();
    o.train->add_option("--bias-regularization", o.settings.biasRegularization, "bias: λ added to the counts")
        ->capture_default_str();
    o.train->add_option("--neighbours", o.settings.neighbours, "item-knn: neighbours per item")
        ->capture_default_str()
        ->check(CLI::Range(1, 100000));
    o.train->add_option("--shrinkage", o.settings.shrinkage, "item-knn: similarity shrinkage")
        ->capture_default_str();
    o.train->add_flag("-v,--verbose", o.settings.verbose, "Print every epoch on stderr");
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
    auto project = Project::open(db, OpenMode::OpenExisting);
    if (!project)
        return fail(project.status().message());
    auto& p = *project.value();

    std::string splitLabel;
    auto makeSplit = [&](const TrainingData& whole) -> Result<std::pair<Split, std::int64_t>> {
        if (splitId != 0) {
            auto stored = loadSplit(p, splitId, whole.interactions.size());
            if (!stored)
                return stored.status();
            splitLabel = stored->kind + " split " + std::to_string(splitId);
            return std::pair{std::move(stored).value(), splitId};
        }
        Split split;
        if (splitKind == "random") {
            split = randomSplit(whole, settings.seed);
        } else if (splitKind == "leave-last-out") {
            split = leaveLastOutSplit(whole);
        } else {
            std::vector<std::int64_t> ids;
            for (const auto& name : testSources) {
                const auto before = ids.size();
                for (const auto& source : p.sources())
                    if (source.name == name)
                        ids.push_back(source.id);
                if (ids.size() == before) {
                    std::string known;
                    for (const auto& source : p.sources())
                        known += (known.empty() ? "" : ", ") + source.name;
                    return Status::failure("no source named '" + name + "' (the project has: " + known + ")");
                }
            }
            split = sourceSplit(whole, ids, settings.seed);
        }
        if (!coldStartDomain.empty()) {
            const int domain = whole.domainIndex(coldStartDomain);
            if (domain < 0)
                return Status::failure("no domain named '" + coldStartDomain + "' for --cold-start");
            addColdStartSlice(split, whole, domain, settings.seed);
        }
        if (split.count(SplitPart::Test) == 0)
            return Status::failure("the " + split.kind + " split left no test interactions");
        const auto name = split.kind + " seed " + std::to_string(settings.seed);
        auto id = saveSplit(p, name, split);
        if (!id)
            return id.status();
        splitLabel = name + " (split " + std::to_string(id.value()) + ")";
        return std::pair{std::move(split), id.value()};
    };
    auto prepared = prepare(p, domains, makeSplit);
    if (!prepared)
        return fail(prepared.status().message());
    std::string error;
    const auto evalOptions = evaluationOptions(prepared->data, &error);
    if (!error.empty())
        return fail(error);

    auto progress = makeProgress(quiet || json);
    const auto startedAt = isoNowUtc();
    const auto start = std::chrono::steady_clock::now();
    auto trained = trainModel(kind, prepared->data, prepared->split, settings, progress);
    if (!trained)
        return fail(trained.status().message());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const auto rows = evaluateParts(*trained->model, prepared.value(),
                                    {SplitPart::Validation, SplitPart::Test}, evalOptions, progress);

    Json metrics = Json::object();
    for (const auto& [part, e] : rows)
        metrics[part] = Json::parse(e.toJson());
    Json hyperparameters = trained->hyperparameters;
    Json data = {{"domains", Json::array()},
                 {"users", prepared->data.userCount()},
                 {"items", prepared->data.itemCount()},
                 {"interactions", prepared->data.interactions.size()}};
    for (const auto& d : prepared->data.domains)
        data["domains"].push_back(d.name);
    hyperparameters["data"] = data;
    hyperparameters["training_seconds"] = seconds;

    StoredModel stored;
    stored.kind = trained->model->kind();
    stored.name = !name.empty() ? name : stored.kind + " on " + splitLabel;
    stored.splitId = prepared->splitId;
    stored.hyperparametersJson = hyperparameters.dump();
    stored.metricsJson = metrics.dump();
    stored.historyJson = trained->history.dump();
    stored.trainingStartedAt = startedAt;
    stored.trainingFinishedAt = isoNowUtc();
    stored.weights = trained->model->serialize();
    ModelStore store(p);
    const auto modelId = store.save(stored);
    if (!modelId)
        return fail(modelId.status().message());

    if (json) {
        Json out = {{"model_id", modelId.value()}, {"name", stored.name},
                    {"kind", stored.kind},         {"split_id", prepared->splitId},
                    {"seconds", seconds},          {"hyperparameters", hyperparameters},
                    {"metrics", metrics},          {"history", trained->history}};
        std::cout << out.dump(2) << "\n";
    } else {
        printEvaluationTable(rows);
        std::printf("model %lld (%s) \"%s\" trained in %.2f s and saved\n",
                    static_cast<long long>(modelId.value()), stored.kind.c_str(), stored.name.c_str(),
                    seconds);
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
        prepare(p, domains, [&](const TrainingData& whole) -> Result<std::pair<Split, std::int64_t>> {
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
    const auto rows = evaluateParts(*model.value(), prepared.value(), parts, evalOptions, progress);
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
