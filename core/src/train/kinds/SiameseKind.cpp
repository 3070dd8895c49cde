// The Siamese twin network as a model kind ("siamese", the default; see TwinNetwork.h).
#include "KindSupport.h"
#include "Kinds.h"

#include "kindred/common/Progress.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/TrainingData.h"
#include "kindred/train/TwinNetwork.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace kindred::kinds {

namespace {

const std::vector<ParameterBinding<TwinOptions>>& siameseBindings() {
    using O = TwinOptions;
    static const std::vector<ParameterBinding<O>> b = {
        integer("dimension", "dimension", "Dimension", "Size of the shared space of people and items", &O::dimension,
                {2, 4096, 16}, true),
        integer("epochs", "epochs", "Epochs", "Upper bound; the epoch best on validation NDCG@10 is kept", &O::epochs,
                {1, 1000, 1}, true),
        real("learning-rate", "learning_rate", "Learning rate", "Adam step of the ranking stage", &O::learningRate,
             {1e-5, 1, 0.005}, 4, true),
        integer("batch-users", "batch_users", "People per step", "People whose histories make one optimiser step",
                &O::batchUsers, {1, 1 << 20, 32}, true),
        flag("use-genres", "use_genres", "Genres", "Item genres in the item encoder", &O::useGenres),
        flag("use-text", "use_text", "Text", "Hashed title and text words in the item encoder", &O::useText),
        integer("text-buckets", "text_buckets", "Text buckets", "Hashed unigram/bigram buckets", &O::textBuckets,
                {1, 1 << 24, 1024}, false, true),
        flag("use-demographics", "use_demographics", "Demographics",
             "A \"people like you\" vector from age group, gender and occupation (when the project has them)",
             &O::useDemographics),
        integer("patience", "patience", "Patience", "Epochs without validation improvement before stopping",
                &O::patience, {1, 1000, 1}, false, true),
        real("input-dropout", "input_dropout", "Input dropout", "Share of a history hidden from each step's input",
             &O::inputDropout, {0, 0.95, 0.05}, 2, true, true),
        real("liked-from", "liked_from", "Liked from", "A rating counts as liked from this 0..1 value (0.75 = 4 of 1..5)",
             &O::relevance, {0, 1, 0.05}, 2, false, true),
        integer("sampled-items", "sampled_items", "Sampled items",
                "A medium with more than 4 times as many items is scored each step on this many drawn at random (0: every item)",
                &O::sampledItems, {0, 1 << 24, 1024}, false, true),
        integer("rating-factors", "rating_factors", "Rating factors", "Size of the rating head's interaction part",
                &O::ratingFactors, {1, 1024, 8}, true, true),
        real("rating-l2", "rating_l2", "Rating L2", "L2 weight of the rating head", &O::ratingL2, {0, 10, 0.005}, 4, true,
             true),
        integer("rating-epochs", "rating_epochs", "Rating epochs", "Upper bound of the rating head's epochs",
                &O::ratingEpochs, {1, 1000, 1}, false, true),
        integer("neighbours", "neighbours", "Memory neighbours",
                "Neighbourhood memory: items remembered per item, weighted on validation (0: none)", &O::neighbours,
                {0, 2000, 10}, false, true),
        flag("kindred-people", "kindred_people", "Kindred people",
             "For people new to a medium (at most 3 ratings there), what the people most like them rated; "
             "weighted on validation",
             &O::kindredPeople),
        text("device", "device", "Device", "cpu, cuda (needs a CUDA build of LibTorch) or auto (cuda when present)",
             &O::device, {"cpu", "cuda", "auto"}),
    };
    return b;
}

Result<TrainedModel> trainSiameseKind(TrainingContext& context) {
    TwinOptions options = optionsFrom(siameseBindings(), context.values);
    options.seed = context.seed;
    auto result = trainTwinNetwork(context.data, context.split, options, &context.token, context.onEvent,
                                   context.onCheckpoint, context.resumeFrom, context.group);
    if (!result)
        return result.status();
    if (!result->model) { // a data-parallel helper rank: its share is done, rank 0 has the model
        TrainedModel helper;
        helper.history = std::move(result->history);
        return helper;
    }
    auto hyperparameters = nlohmann::ordered_json::parse(siameseKind().toJson(context.values));
    hyperparameters["seed"] = options.seed;
    hyperparameters["best_epoch"] = result->bestEpoch;
    hyperparameters["rating_best_epoch"] = result->bestRatingEpoch;
    if (!result->memoryMultiple.empty()) {
        auto& memory = hyperparameters["neighbourhood_memory"];
        for (std::size_t m = 0; m < result->memoryMultiple.size() && m < context.data.domains.size(); ++m)
            memory[context.data.domains[m].name] = {{"weight", result->memoryMultiple[m]},
                                                    {"validation_ndcg_without", result->validationWithoutMemory[m]},
                                                    {"validation_ndcg_with", result->validationWithMemory[m]}};
    }
    if (!result->kindredWeight.empty()) {
        auto& kindred = hyperparameters["kindred_people_weights"];
        const auto number = [](double x) { return std::isnan(x) ? nlohmann::ordered_json() : nlohmann::ordered_json(x); };
        for (std::size_t m = 0; m < result->kindredWeight.size() && m < context.data.domains.size(); ++m)
            kindred[context.data.domains[m].name] = {{"other_media_weight", result->kindredOtherWeight[m]},
                                                     {"weight", result->kindredWeight[m]},
                                                     {"probe_ndcg_without", number(result->probeWithoutKindred[m])},
                                                     {"probe_ndcg_with", number(result->probeWithKindred[m])}};
    }
    TrainedModel trained;
    trained.model = std::move(result->model);
    trained.history = std::move(result->history);
    trained.hyperparametersJson = hyperparameters.dump();
    return trained;
}

/// The space's functions share the model.
Result<SpaceEncoder> siameseEncoder(std::shared_ptr<const Recommender> twin, const TrainingData&) {
    SpaceEncoder encoder;
    encoder.encode = [twin](std::int32_t knownUser, std::span<const HistoryEntry> history) {
        return twinProfile(*twin, knownUser, history);
    };
    encoder.place = [twin](std::int32_t knownUser, std::span<const HistoryEntry> history) {
        return twinPersonVector(*twin, knownUser, history);
    };
    encoder.explain = [twin](std::int32_t knownUser, std::span<const HistoryEntry> history, std::int32_t item) {
        return twinTerms(*twin, knownUser, history, item);
    };
    encoder.predictRating = [twin](std::int32_t knownUser, std::span<const HistoryEntry> history, std::int32_t item) {
        return twinPredictRating(*twin, knownUser, history, item);
    };
    encoder.profilesFromHistory = true;
    encoder.scoresRank = true;
    return encoder;
}

} // namespace

const ModelKind& siameseKind() {
    static const ModelKind kind = [] {
        ModelKind k;
        k.id = "siamese";
        k.displayName = "Siamese twin network (cross-media)";
        k.description = "One item encoder for every medium; a person is the sum of the encodings of what they rated, "
                        "so people and items share one space and every score is the sum of what each rated item adds. "
                        "Trained to rank each medium, with a rating head beside it.";
        k.capabilities = unsigned(ModelCapability::TasteSpace) | unsigned(ModelCapability::Epochs) |
                         unsigned(ModelCapability::BatchCurve) | unsigned(ModelCapability::Checkpoints) |
                         unsigned(ModelCapability::ExplainsScores) | unsigned(ModelCapability::PredictsRatings) |
                         unsigned(ModelCapability::DataParallel) | unsigned(ModelCapability::PlacesPeopleFromHistory);
        k.parameters = describe(siameseBindings());
        k.train = trainSiameseKind;
        k.load = [](const std::string& bytes) { return loadTwinNetwork(bytes); };
        k.makeEncoder = siameseEncoder;
        return k;
    }();
    return kind;
}

} // namespace kindred::kinds
