// The training orchestration shared by the CLI and the GUI (see TrainingJob.h).
#include "kindred/train/TrainingJob.h"

#include "RunCheckpoints.h"

#include "kindred/common/Fnv1a.h"
#include "kindred/common/Progress.h"
#include "kindred/common/Time.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Recommender.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>

namespace kindred {

namespace {

using Json = nlohmann::ordered_json;

void announce(const TrainingJobCallbacks& callbacks, ProgressToken& token, const std::string& phase) {
    if (callbacks.onPhase)
        callbacks.onPhase(phase);
    ProgressEvent event;
    event.phase = phase;
    token.report(event, true);
}

/// Turns the kind's training events into progress reports for the token's listener too.
std::function<void(const TrainingEvent&)> forwardEvents(const TrainingJobCallbacks& callbacks, ProgressToken& token,
                                                        const ModelKind& kind) {
    return [&callbacks, &token, &kind](const TrainingEvent& event) {
        if (event.kind == TrainingEvent::Kind::Batch) {
            ProgressEvent step;
            step.phase = "training " + kind.id + ", epoch " + std::to_string(event.epoch);
            step.unit = "batches";
            step.done = std::uint64_t(event.batch);
            step.total = std::uint64_t(event.batchesPerEpoch);
            token.report(step);
        }
        if (callbacks.onEvent)
            callbacks.onEvent(event);
    };
}

/// Makes the split the request asks for over the whole project and stores it (or loads a stored
/// one). With `store` false (a data-parallel rank other than 0) the split is made alike, not stored.
Result<std::pair<Split, std::int64_t>> makeSplit(Project& project, const TrainingRequest& request,
                                                 const TrainingData& whole, bool store, std::string& label) {
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
    if (!store) {
        label = name + " (stored by rank 0)";
        return std::pair{std::move(split), std::int64_t(0)};
    }
    auto id = saveSplit(project, name, split);
    if (!id)
        return id.status();
    label = name + " (split " + std::to_string(id.value()) + ")";
    return std::pair{std::move(split), id.value()};
}

} // namespace

Result<PreparedTrainingData> prepareTrainingData(
    const Project& project, const std::vector<std::string>& domains,
    const std::function<Result<std::pair<Split, std::int64_t>>(const TrainingData&)>& splitFor) {
    PreparedTrainingData prepared;
    prepared.ratingsFingerprint = project.ratingsFingerprint();
    auto whole = loadTrainingData(project);
    if (!whole)
        return whole.status();
    auto split = splitFor(whole.value());
    if (!split)
        return split.status();
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
std::string resumeKey(const TrainingRequest& r, const ModelKind& kind, const ParameterValues& values) {
    Json key = {{"kind", r.kind},
                {"domains", r.domains},
                {"split", {{"kind", r.split.kind},
                           {"test_sources", r.split.testSources},
                           {"cold_start", r.split.coldStartDomain},
                           {"split_id", r.split.splitId},
                           {"train_fraction", r.split.trainFraction},
                           {"validation_fraction", r.split.validationFraction}}},
                {"seed", r.seed},
                {"parameters", Json::parse(kind.toJson(values))}};
    return key.dump();
}

/// Trains the kind; cancellation and exceptions become a Status.
Result<TrainedModel> trainKind(const ModelKind& kind, TrainingContext& context) {
    try {
        context.token.throwIfCancelled();
        return kind.train(context);
    } catch (const CancelledError&) {
        return Status::failure("training was cancelled");
    } catch (const std::exception& error) {
        return Status::failure("training the " + kind.id + " model failed: " + error.what());
    }
}

/// The model store's record of a finished run: weights, metrics, hyper-parameters (with the data
/// they were trained on and the training time), history and times.
StoredModel storedModel(const TrainingRequest& request, const TrainedModel& trained,
                        const PreparedTrainingData& prepared, const TrainingOutcome& outcome,
                        const std::string& startedAt) {
    Json metrics = Json::object();
    for (const auto& [part, e] : outcome.evaluations)
        metrics[part] = Json::parse(e.toJson());
    Json hyperparameters = Json::parse(trained.hyperparametersJson);
    Json data = {{"domains", Json::array()},
                 {"users", prepared.data.userCount()},
                 {"items", prepared.data.itemCount()},
                 {"interactions", prepared.data.interactions.size()},
                 {"ratings_fingerprint", prepared.ratingsFingerprint}};
    for (const auto& d : prepared.data.domains)
        data["domains"].push_back(d.name);
    hyperparameters["data"] = data;
    hyperparameters["training_seconds"] = outcome.trainingSeconds;

    StoredModel stored;
    stored.kind = trained.model->kind();
    stored.name = !request.name.empty() ? request.name : stored.kind + " on " + outcome.splitLabel;
    stored.splitId = prepared.splitId;
    stored.hyperparametersJson = hyperparameters.dump();
    stored.metricsJson = metrics.dump();
    stored.historyJson = historyToJson(trained.history);
    stored.trainingStartedAt = startedAt;
    stored.trainingFinishedAt = isoNowUtc();
    stored.weights = trained.model->serialize();
    return stored;
}

/// With request.resume: the newest unfinished run of the same request (key), or none (and `warn`
/// says training starts afresh). Fails for kinds without checkpoints.
Result<std::optional<ResumableRun>> runToResume(Project& project, const TrainingRequest& request,
                                                const ModelKind& kind, const std::string& key,
                                                const std::function<void(const std::string&)>& warn) {
    if (!request.resume)
        return std::optional<ResumableRun>{};
    if (!kind.has(ModelCapability::Checkpoints))
        return Status::failure("a " + kind.id + " model keeps no checkpoints, so there is nothing to "
                               "resume; train it again without --resume");
    auto found = findResumableRun(project, key);
    if (!found)
        return found.status();
    if (!found.value())
        warn("nothing to resume: no unfinished run of this command has a checkpoint, so training "
             "started from the first epoch");
    return std::move(found).value();
}

/// The request's evaluation options, its evaluation domain (if any) resolved in `data`.
Result<EvaluationOptions> evaluationFor(const TrainingRequest& request, const TrainingData& data) {
    EvaluationOptions evaluation = request.evaluation;
    if (!request.evaluationDomain.empty()) {
        evaluation.domain = data.domainIndex(request.evaluationDomain);
        if (evaluation.domain < 0)
            return Status::failure("no domain named '" + request.evaluationDomain + "' among the model's domains");
    }
    return evaluation;
}

/// For a kind with checkpoints: continues the resumable run or begins a new run record on
/// `splitId`, and makes `context` save each checkpoint into it (a failed write is a warning: a
/// later resume starts from an older epoch). Returns the run's id.
Result<std::int64_t> attachRunRecord(Project& project, const std::string& key,
                                     const std::optional<ResumableRun>& resumable, std::int64_t splitId,
                                     TrainingContext& context, std::function<void(const std::string&)> warn) {
    std::int64_t runId = 0;
    if (resumable) {
        runId = resumable->runId;
        context.resumeFrom = resumable->checkpoint;
    } else {
        auto begun = beginTrainingRun(project, key, splitId);
        if (!begun)
            return begun.status();
        runId = begun.value();
    }
    context.onCheckpoint = [&project, runId, warn = std::move(warn)](const std::string& bytes, int epoch) {
        const Status saved = saveRunCheckpoint(project, runId, bytes, epoch, "[]");
        if (!saved)
            warn("the checkpoint of epoch " + std::to_string(epoch) + " was not saved (" + saved.message() +
                 "); a resume would start from an earlier epoch");
    };
    return runId;
}

/// Joins the request's training group, or returns null when it trains alone. Fails for kinds
/// that train in one process and with --resume.
Result<std::unique_ptr<DataParallelGroup>> joinGroup(const TrainingRequest& request, const ModelKind& kind) {
    if (!request.distributed.enabled())
        return std::unique_ptr<DataParallelGroup>();
    if (!kind.has(ModelCapability::DataParallel)) {
        std::string able;
        for (const ModelKind* k : modelKinds())
            if (k->has(ModelCapability::DataParallel))
                able += (able.empty() ? "" : ", ") + k->id;
        return Status::failure("a " + kind.id + " model trains in one process; across processes: " + able);
    }
    if (request.resume)
        return Status::failure("a run across processes cannot be resumed; start it again without --resume");
    return DataParallelGroup::join(request.distributed);
}

/// Stops unless every process of the group trains the same request on the same data and split.
void requireSameRun(DataParallelGroup& group, const TrainingRequest& request, const ModelKind& kind,
                    const ParameterValues& values, const PreparedTrainingData& prepared) {
    const auto low40 = [](std::uint64_t hash) { return double(hash & ((1ull << 40) - 1)); };
    const std::string command = kind.id + "|" + kind.toJson(values) + "|" + std::to_string(request.seed);
    std::uint64_t data = kFnv1aBasis;
    for (const auto& x : prepared.data.interactions) {
        data = fnv1aBytes(&x.user, sizeof x.user, data);
        data = fnv1aBytes(&x.item, sizeof x.item, data);
        data = fnv1aBytes(&x.value, sizeof x.value, data);
    }
    const std::vector<double> fingerprint = {low40(fnv1a(command)),
                                             low40(data),
                                             low40(fnv1aBytes(prepared.split.part.data(),
                                                              prepared.split.part.size() * sizeof(SplitPart))),
                                             double(prepared.data.userCount()),
                                             double(prepared.data.itemCount())};
    group.requireSame(fingerprint, "data, split or parameters (a different project, --domains, --seed or model "
                                   "option)");
}

/// The outcome's record of the stored model.
void describeStored(TrainingOutcome& outcome, const StoredModel& stored, std::int64_t modelId, std::int64_t splitId) {
    outcome.modelId = modelId;
    outcome.splitId = splitId;
    outcome.name = stored.name;
    outcome.kind = stored.kind;
    outcome.hyperparametersJson = stored.hyperparametersJson;
    outcome.metricsJson = stored.metricsJson;
    outcome.historyJson = stored.historyJson;
}

/// Evaluates the trained model on validation and test, then stores it with its embeddings and
/// fills the outcome's record of it. Fails when cancelled or when the save fails; the run's last
/// checkpoint is then kept, so `resume` can store it again.
Status evaluateAndStore(Project& project, const TrainingRequest& request, const TrainedModel& trained,
                        const PreparedTrainingData& prepared, const EvaluationOptions& evaluation,
                        const std::string& startedAt, const TrainingJobCallbacks& callbacks, ProgressToken& token,
                        TrainingOutcome& outcome) {
    announce(callbacks, token, "evaluating");
    outcome.evaluations =
        evaluateParts(*trained.model, prepared, {SplitPart::Validation, SplitPart::Test}, evaluation, &token);
    if (token.isCancelled())
        return Status::failure("training was cancelled");

    announce(callbacks, token, "saving");
    const StoredModel stored = storedModel(request, trained, prepared, outcome, startedAt);
    // The model, its run record and its embeddings are written together or not at all.
    ModelStore store(project);
    const auto modelId = store.save(
        stored, [&](std::int64_t id) { writeModelEmbeddings(project, id, *trained.model, prepared.data); });
    if (!modelId)
        return modelId.status();
    describeStored(outcome, stored, modelId.value(), prepared.splitId);
    return Status::success();
}

} // namespace

Result<TrainingOutcome> runTrainingJob(Project& project, const TrainingRequest& request,
                                       const TrainingJobCallbacks& callbacks, ProgressToken* progress) {
    try {
        auto described = requireModelKind(request.kind);
        if (!described)
            return described.status();
        const ModelKind& kind = *described.value();
        auto values = kind.resolve(request.parameters);
        if (!values)
            return values.status();
        if (request.split.splitId != 0 && !request.split.coldStartDomain.empty())
            return Status::failure(
                "a cold-start slice makes a new split; it cannot be combined with a stored split");
        ProgressToken ownToken; // the job always needs a token: kinds check it for pause and cancel
        ProgressToken& token = progress ? *progress : ownToken;
        if (request.distributed.enabled())
            announce(callbacks, token, "joining the training group");
        auto joined = joinGroup(request, kind);
        if (!joined)
            return joined.status();
        const std::unique_ptr<DataParallelGroup> group = std::move(joined).value();
        const bool helper = group && group->rank() != 0; // trains its share; rank 0 stores

        TrainingOutcome outcome;
        auto warn = [&](const std::string& warning) {
            outcome.notes.push_back(warning);
            if (callbacks.onWarning)
                callbacks.onWarning(warning);
        };
        // Kinds with checkpoints save one every epoch; --resume continues the newest unfinished run.
        const bool checkpointed = kind.has(ModelCapability::Checkpoints) && !helper;
        const std::string key = checkpointed ? resumeKey(request, kind, values.value()) : std::string();
        auto lookedUp = runToResume(project, request, kind, key, warn);
        if (!lookedUp)
            return lookedUp.status();
        const std::optional<ResumableRun> resumable = std::move(lookedUp).value();
        TrainingRequest effective = request;
        if (resumable) {
            effective.split.splitId = resumable->splitId; // the interrupted run's split
            effective.split.coldStartDomain.clear();
            outcome.resumedFromEpoch = resumable->epoch;
        }

        announce(callbacks, token, "loading data");
        auto prepared = prepareTrainingData(project, effective.domains, [&](const TrainingData& whole) {
            announce(callbacks, token, "splitting");
            return makeSplit(project, effective, whole, !helper, outcome.splitLabel);
        });
        if (!prepared)
            return prepared.status();
        if (group)
            requireSameRun(*group, request, kind, values.value(), prepared.value());
        const auto evaluation = evaluationFor(request, prepared->data);
        if (!evaluation)
            return evaluation.status();
        if (token.isCancelled())
            return Status::failure("training was cancelled");

        announce(callbacks, token, "training");
        const auto startedAt = isoNowUtc();
        const auto start = std::chrono::steady_clock::now();
        std::int64_t runId = 0;
        TrainingContext context{prepared->data, prepared->split, values.value(), request.seed, token,
                                forwardEvents(callbacks, token, kind), {}, {}, false, group.get()};
        if (checkpointed) {
            auto attached = attachRunRecord(project, key, resumable, prepared->splitId, context, warn);
            if (!attached)
                return attached.status();
            runId = attached.value();
        }
        auto trained = trainKind(kind, context);
        // A run that ends without a stored model says why; its checkpoint stays resumable.
        auto endRun = [&](const char* status, Status why) {
            if (runId)
                (void)markTrainingRun(project, runId, status);
            return why;
        };
        if (!trained)
            return endRun(token.isCancelled() ? "cancelled" : "failed", trained.status());
        outcome.trainingSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (token.isCancelled())
            return endRun("cancelled", Status::failure("training was cancelled"));
        if (helper) {
            outcome.kind = kind.id;
            outcome.historyJson = historyToJson(trained->history);
            outcome.notes.push_back("rank " + std::to_string(group->rank()) + " of " + std::to_string(group->size()) +
                                    " trained its share; rank 0 evaluates and stores the model");
            return outcome;
        }

        const Status stored = evaluateAndStore(project, request, trained.value(), prepared.value(), evaluation.value(),
                                               startedAt, callbacks, token, outcome);
        if (!stored)
            return endRun(token.isCancelled() ? "cancelled" : "failed", stored);
        if (runId)
            (void)forgetTrainingRun(project, runId); // the model store holds the finished run
        return outcome;
    } catch (const CancelledError&) {
        return Status::failure("training was cancelled");
    } catch (const std::exception& error) {
        return Status::failure("training the " + request.kind + " model failed: " + error.what());
    }
}

} // namespace kindred
