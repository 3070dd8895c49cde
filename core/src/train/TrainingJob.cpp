// The training orchestration shared by the CLI and the GUI (see TrainingJob.h).
#include "kindred/train/TrainingJob.h"

#include "kindred/train/Blend.h"

#include "RunCheckpoints.h"

#include "kindred/common/Progress.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Recommender.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>

namespace kindred {

namespace {

using Json = nlohmann::ordered_json;

/// One epoch of a neural model's history as stored with the model (validation NDCG only when
/// the trainer measured it).
Json epochJson(const EpochRecord& r) {
    Json row = {{"epoch", r.epoch},
                {"train_loss", r.trainLoss},
                {"validation_loss", r.validationLoss},
                {"validation_rmse", r.validationRmse},
                {"samples_per_second", r.samplesPerSecond},
                {"seconds", r.seconds}};
    if (!std::isnan(r.validationNdcg))
        row["validation_ndcg"] = r.validationNdcg;
    return row;
}

/// A trained model and what the model store keeps besides its weights.
struct TrainedModel {
    std::unique_ptr<Recommender> model;
    Json hyperparameters = Json::object();
    Json history = Json::array();
};

const std::vector<std::string> kBaselineKinds = {"bias", "mf", "popularity", "item-knn"};

std::string isoNowUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

void announce(const TrainingJobCallbacks& callbacks, ProgressToken* progress, const std::string& phase) {
    if (callbacks.onPhase)
        callbacks.onPhase(phase);
    if (progress) {
        ProgressEvent event;
        event.phase = phase;
        progress->report(event, true);
    }
}

bool cancelled(const TrainingControl* control, const ProgressToken* progress) {
    return (control && control->isCancelled()) || (progress && progress->isCancelled());
}

Result<TrainedModel> trainBaseline(const TrainingRequest& request, const TrainingData& data,
                                   const Split& split, const TrainingJobCallbacks& callbacks,
                                   TrainingControl* control, ProgressToken& progress) {
    const std::string& kind = request.kind;
    BaselineOptions options = request.baseline;
    if (request.epochs > 0)
        options.epochs = request.epochs;
    options.seed = request.seed;
    TrainedModel trained;
    const auto start = std::chrono::steady_clock::now();
    options.onEpoch = [&](const BaselineEpoch& e) {
        trained.history.push_back({{"epoch", e.epoch},
                                   {"train_rmse", e.trainRmse},
                                   {"validation_rmse", e.validationRmse},
                                   {"samples_per_second", e.samplesPerSecond},
                                   {"seconds", e.seconds}});
        double eta = -1;
        if (e.epoch > 0 && options.epochs > e.epoch) {
            const double elapsed =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            eta = elapsed / e.epoch * (options.epochs - e.epoch);
        } else if (e.epoch >= options.epochs) {
            eta = 0;
        }
        if (callbacks.onBaselineEpoch)
            callbacks.onBaselineEpoch(e, eta);
        if (control) {
            // Baselines have no pause of their own: block here between epochs. A cancel is passed
            // on to the token the baseline checks, so it returns nullptr at its next check.
            if (control->isCancelled())
                progress.requestCancel();
            else if (control->isPaused()) {
                try {
                    control->checkpoint();
                } catch (const CancelledError&) {
                    progress.requestCancel();
                }
            }
        }
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

/// Siamese or autorec: both report TrainingEvents (per batch / full-batch step, per epoch).
Result<TrainedModel> trainNetworkModel(const std::string& kind, const TrainingRequest& request,
                                       const TrainingData& data, const Split& split,
                                       const TrainingJobCallbacks& callbacks, TrainingControl* control,
                                       ProgressToken& progress, bool blendComponent = false,
                                       const std::string& resumeFrom = {},
                                       const std::function<void(const std::string&, int)>& onCheckpoint = {}) {
    // Without a caller's control the job still needs one to pass a token cancel on to the trainer.
    TrainingControl ownControl;
    TrainingControl& used = control ? *control : ownControl;
    SiameseCallbacks networkCallbacks;
    TrainedModel trained;
    networkCallbacks.onEvent = [&](const TrainingEvent& event) {
        if (progress.isCancelled())
            used.requestCancel();
        if (event.kind == TrainingEvent::Kind::Batch) {
            ProgressEvent step;
            step.phase = kind == "autorec" ? std::string("training autorec") : "epoch " + std::to_string(event.epoch);
            step.unit = kind == "autorec" ? "steps" : "batches";
            step.done = std::uint64_t(event.batch);
            step.total = std::uint64_t(event.batchesPerEpoch);
            progress.report(step);
        } else if (event.kind == TrainingEvent::Kind::Epoch) {
            const auto& r = event.record;
            trained.history.push_back(epochJson(r));
        }
        if (callbacks.onSiameseEvent)
            callbacks.onSiameseEvent(event);
    };
    if (kind == "autorec") {
        AutoRecOptions options = request.autorec;
        if (request.epochs > 0 && !blendComponent)
            options.epochs = request.epochs;
        options.seed = request.seed;
        // A blend needs honest validation predictions from its parts (see Blend.h).
        if (blendComponent)
            options.encodeWithValidation = false;
        auto result = trainAutoRec(data, split, options, networkCallbacks, &used);
        if (!result)
            return result.status();
        trained.model = std::move(result->model);
        trained.hyperparameters = {{"hidden", options.hidden},
                                   {"l2", options.l2},
                                   {"learning_rate", options.learningRate},
                                   {"epochs", options.epochs},
                                   {"encode_with_validation", options.encodeWithValidation},
                                   {"seed", options.seed},
                                   {"best_epoch", result->bestEpoch}};
        return trained;
    }
    SiameseOptions options = request.siamese;
    if (request.epochs > 0 && !blendComponent)
        options.epochs = request.epochs;
    options.seed = request.seed;
    if (onCheckpoint)
        networkCallbacks.onCheckpoint = onCheckpoint;
    auto result = trainSiamese(data, split, options, networkCallbacks, &used, resumeFrom);
    if (!result)
        return result.status();
    trained.model = std::move(result->model);
    // The trainer's history includes the epochs of a resumed checkpoint.
    trained.history = Json::array();
    for (const auto& r : result->history)
        trained.history.push_back(epochJson(r));
    trained.hyperparameters = Json::parse(siameseOptionsJson(options));
    trained.hyperparameters["best_epoch"] = result->bestEpoch;
    return trained;
}

/// The blend: bias, mf, item-knn, autorec (train-only codes) and siamese, weights fitted on validation.
Result<TrainedModel> trainBlendModel(const TrainingRequest& request, const TrainingData& data, const Split& split,
                                     const TrainingJobCallbacks& callbacks, TrainingControl* control,
                                     ProgressToken& progress) {
    std::vector<std::unique_ptr<Recommender>> parts;
    Json components = Json::array();
    for (const std::string part : {"bias", "mf", "item-knn", "autorec", "siamese"}) {
        if (callbacks.onPhase)
            callbacks.onPhase("training the blend's " + part + " part");
        TrainingRequest partRequest = request;
        partRequest.kind = part;
        partRequest.epochs = 0; // each part keeps its own default length
        auto trained = isBaselineKind(part)
                           ? trainBaseline(partRequest, data, split, callbacks, control, progress)
                           : trainNetworkModel(part, partRequest, data, split, callbacks, control, progress, true);
        if (!trained)
            return trained.status();
        components.push_back({{"kind", part}, {"hyperparameters", trained->hyperparameters}});
        parts.push_back(std::move(trained->model));
    }
    auto blend = fitBlend(std::move(parts), data, split);
    if (!blend)
        return blend.status();
    TrainedModel trained;
    trained.model = std::move(blend).value();
    trained.hyperparameters = {{"components", components}, {"fitted_on", "validation"}};
    return trained;
}

Result<TrainedModel> trainModel(const TrainingRequest& request, const TrainingData& data, const Split& split,
                                const TrainingJobCallbacks& callbacks, TrainingControl* control,
                                ProgressToken& progress, const std::string& resumeFrom = {},
                                const std::function<void(const std::string&, int)>& onCheckpoint = {}) {
    try {
        if (isBaselineKind(request.kind))
            return trainBaseline(request, data, split, callbacks, control, progress);
        if (request.kind == "siamese" || request.kind == "autorec")
            return trainNetworkModel(request.kind, request, data, split, callbacks, control, progress, false,
                                     resumeFrom, onCheckpoint);
        if (request.kind == "blend")
            return trainBlendModel(request, data, split, callbacks, control, progress);
    } catch (const CancelledError&) {
        return Status::failure("training was cancelled");
    } catch (const std::exception& error) {
        return Status::failure("training the " + request.kind + " model failed: " + error.what());
    }
    return Status::failure("unknown model kind '" + request.kind + "'");
}

/// Makes the split the request asks for over the whole project and stores it (or loads a stored one).
Result<std::pair<Split, std::int64_t>> makeSplit(Project& project, const TrainingRequest& request,
                                                 const TrainingData& whole, std::string& label) {
    const SplitRequest& r = request.split;
    if (r.splitId != 0) {
        auto stored = loadSplit(project, r.splitId, whole.interactions.size());
        if (!stored)
            return stored.status();
        label = stored->kind + " split " + std::to_string(r.splitId);
        return std::pair{std::move(stored).value(), r.splitId};
    }
    Split split;
    if (r.kind == "random") {
        split = randomSplit(whole, request.seed, r.trainFraction, r.validationFraction);
    } else if (r.kind == "leave-last-out") {
        split = leaveLastOutSplit(whole);
    } else if (r.kind == "by-source") {
        if (r.testSources.empty())
            return Status::failure("a by-source split needs the name of the source held out as test");
        std::vector<std::int64_t> ids;
        const auto sources = project.sources();
        for (const auto& name : r.testSources) {
            const auto before = ids.size();
            for (const auto& source : sources)
                if (source.name == name)
                    ids.push_back(source.id);
            if (ids.size() == before) {
                std::string known;
                for (const auto& source : sources)
                    known += (known.empty() ? "" : ", ") + source.name;
                return Status::failure("no source named '" + name + "' (the project has: " + known + ")");
            }
        }
        split = sourceSplit(whole, ids, request.seed);
    } else {
        return Status::failure("unknown split kind '" + r.kind +
                               "' (use random, leave-last-out or by-source)");
    }
    if (!r.coldStartDomain.empty()) {
        const int domain = whole.domainIndex(r.coldStartDomain);
        if (domain < 0)
            return Status::failure("no domain named '" + r.coldStartDomain + "' for the cold-start slice");
        addColdStartSlice(split, whole, domain, request.seed);
    }
    if (split.count(SplitPart::Test) == 0)
        return Status::failure("the " + split.kind + " split left no test interactions");
    const auto name = split.kind + " seed " + std::to_string(request.seed);
    auto id = saveSplit(project, name, split);
    if (!id)
        return id.status();
    label = name + " (split " + std::to_string(id.value()) + ")";
    return std::pair{std::move(split), id.value()};
}

} // namespace

const std::vector<std::string>& trainableModelKinds() {
    static const std::vector<std::string> kinds = {"bias", "mf", "popularity", "item-knn", "siamese", "autorec", "blend"};
    return kinds;
}

bool isBaselineKind(const std::string& kind) {
    return std::find(kBaselineKinds.begin(), kBaselineKinds.end(), kind) != kBaselineKinds.end();
}

Result<PreparedTrainingData> prepareTrainingData(
    const Project& project, const std::vector<std::string>& domains,
    const std::function<Result<std::pair<Split, std::int64_t>>(const TrainingData&)>& splitFor) {
    auto whole = loadTrainingData(project);
    if (!whole)
        return whole.status();
    auto split = splitFor(whole.value());
    if (!split)
        return split.status();
    PreparedTrainingData prepared;
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

std::vector<std::pair<std::string, Evaluation>>
evaluateParts(const Recommender& model, const PreparedTrainingData& prepared,
              const std::vector<SplitPart>& parts, EvaluationOptions options, ProgressToken* progress) {
    std::vector<std::pair<std::string, Evaluation>> rows;
    for (const auto part : parts) {
        options.part = part;
        rows.emplace_back(part == SplitPart::Validation ? "validation"
                          : part == SplitPart::Test     ? "test"
                                                        : "train",
                          evaluate(model, prepared.data, prepared.split, options, progress));
    }
    return rows;
}

namespace {

/// What identifies a run for --resume: everything that changes the result (not the name).
std::string resumeKey(const TrainingRequest& r) {
    const auto& o = r.siamese;
    Json key = {{"kind", r.kind},
                {"domains", r.domains},
                {"split", {{"kind", r.split.kind},
                           {"test_sources", r.split.testSources},
                           {"cold_start", r.split.coldStartDomain},
                           {"split_id", r.split.splitId},
                           {"train_fraction", r.split.trainFraction},
                           {"validation_fraction", r.split.validationFraction}}},
                {"epochs", r.epochs},
                {"seed", r.seed},
                {"siamese", Json::parse(siameseOptionsJson(o))}};
    key["siamese"].erase("seed"); // the request's seed is the one training uses
    return key.dump();
}

} // namespace

Result<TrainingOutcome> runTrainingJob(Project& project, const TrainingRequest& request,
                                       const TrainingJobCallbacks& callbacks, TrainingControl* control,
                                       ProgressToken* progress) {
    try {
        if (std::find(trainableModelKinds().begin(), trainableModelKinds().end(), request.kind) ==
            trainableModelKinds().end())
            return Status::failure("unknown model kind '" + request.kind + "'");
        if (request.split.splitId != 0 && !request.split.coldStartDomain.empty())
            return Status::failure(
                "a cold-start slice makes a new split; it cannot be combined with a stored split");
        // The job always needs a token: baselines are cancelled through it.
        ProgressToken ownProgress;
        ProgressToken& token = progress ? *progress : ownProgress;

        TrainingOutcome outcome;
        // Siamese runs checkpoint every epoch; --resume continues the newest unfinished one.
        const bool checkpointed = request.kind == "siamese";
        const std::string key = checkpointed ? resumeKey(request) : std::string();
        std::optional<ResumableRun> resumable;
        if (checkpointed && request.resume) {
            auto found = findResumableRun(project, key);
            if (!found)
                return found.status();
            resumable = std::move(found).value();
        }
        TrainingRequest effective = request;
        if (resumable) {
            effective.split.splitId = resumable->splitId; // the interrupted run's split
            effective.split.coldStartDomain.clear();
            outcome.resumedFromEpoch = resumable->epoch;
        }

        announce(callbacks, progress, "loading data");
        auto prepared = prepareTrainingData(project, effective.domains, [&](const TrainingData& whole) {
            announce(callbacks, progress, "splitting");
            return makeSplit(project, effective, whole, outcome.splitLabel);
        });
        if (!prepared)
            return prepared.status();
        EvaluationOptions evaluation = request.evaluation;
        if (!request.evaluationDomain.empty()) {
            evaluation.domain = prepared->data.domainIndex(request.evaluationDomain);
            if (evaluation.domain < 0)
                return Status::failure("no domain named '" + request.evaluationDomain +
                                       "' among the model's domains");
        }
        if (cancelled(control, &token))
            return Status::failure("training was cancelled");

        announce(callbacks, progress, "training");
        const auto startedAt = isoNowUtc();
        const auto start = std::chrono::steady_clock::now();
        std::int64_t runId = 0;
        std::function<void(const std::string&, int)> onCheckpoint;
        if (checkpointed) {
            if (resumable) {
                runId = resumable->runId;
            } else {
                auto begun = beginTrainingRun(project, key, prepared->splitId);
                if (!begun)
                    return begun.status();
                runId = begun.value();
            }
            onCheckpoint = [&project, runId](const std::string& bytes, int epoch) {
                // A failed write must not stop training; the run just resumes from an older epoch.
                (void)saveRunCheckpoint(project, runId, bytes, epoch, "[]");
            };
        }
        auto trained = trainModel(request, prepared->data, prepared->split, callbacks, control, token,
                                  resumable ? resumable->checkpoint : std::string(), onCheckpoint);
        // A run that ends without a stored model says why; its checkpoint stays resumable.
        auto endRun = [&](const char* status, Status why) {
            if (runId)
                (void)markTrainingRun(project, runId, status);
            return why;
        };
        if (!trained)
            return endRun(cancelled(control, &token) ? "cancelled" : "failed", trained.status());
        outcome.trainingSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (cancelled(control, &token))
            return endRun("cancelled", Status::failure("training was cancelled"));

        announce(callbacks, progress, "evaluating");
        outcome.evaluations = evaluateParts(*trained->model, prepared.value(),
                                            {SplitPart::Validation, SplitPart::Test}, evaluation, &token);
        if (cancelled(control, &token))
            return endRun("cancelled", Status::failure("training was cancelled"));

        announce(callbacks, progress, "saving");
        Json metrics = Json::object();
        for (const auto& [part, e] : outcome.evaluations)
            metrics[part] = Json::parse(e.toJson());
        Json hyperparameters = trained->hyperparameters;
        Json data = {{"domains", Json::array()},
                     {"users", prepared->data.userCount()},
                     {"items", prepared->data.itemCount()},
                     {"interactions", prepared->data.interactions.size()}};
        for (const auto& d : prepared->data.domains)
            data["domains"].push_back(d.name);
        hyperparameters["data"] = data;
        hyperparameters["training_seconds"] = outcome.trainingSeconds;

        StoredModel stored;
        stored.kind = trained->model->kind();
        stored.name = !request.name.empty() ? request.name : stored.kind + " on " + outcome.splitLabel;
        stored.splitId = prepared->splitId;
        stored.hyperparametersJson = hyperparameters.dump();
        stored.metricsJson = metrics.dump();
        stored.historyJson = trained->history.dump();
        stored.trainingStartedAt = startedAt;
        stored.trainingFinishedAt = isoNowUtc();
        stored.weights = trained->model->serialize();
        // The model, its run record and its embeddings are written together or not at all; a
        // failed save keeps the run's last checkpoint, so `resume` can store it again.
        ModelStore store(project);
        const auto modelId = store.save(stored, [&](std::int64_t id) {
            writeModelEmbeddings(project, id, *trained->model, prepared->data);
        });
        if (!modelId)
            return endRun("failed", modelId.status());
        if (runId)
            (void)forgetTrainingRun(project, runId); // the model store holds the finished run

        outcome.modelId = modelId.value();
        outcome.splitId = prepared->splitId;
        outcome.name = stored.name;
        outcome.kind = stored.kind;
        outcome.hyperparametersJson = stored.hyperparametersJson;
        outcome.metricsJson = stored.metricsJson;
        outcome.historyJson = stored.historyJson;
        return outcome;
    } catch (const CancelledError&) {
        return Status::failure("training was cancelled");
    } catch (const std::exception& error) {
        return Status::failure("training the " + request.kind + " model failed: " + error.what());
    }
}

} // namespace kindred
