// The attention two-tower model as a model kind ("attention"; Kindred's first Siamese model,
// kept for the projects that stored one and as a peer in the benchmarks). See Siamese.h.
#include "AttentionParameters.h"
#include "KindSupport.h"
#include "Kinds.h"

#include "kindred/common/Progress.h"
#include "kindred/train/Siamese.h"

#include <nlohmann/json.hpp>

namespace kindred::kinds {

namespace {

using Binding = ParameterBinding<SiameseOptions>;

Binding selectOnBinding() {
    Binding b;
    b.parameter.name = "select-on";
    b.parameter.key = "select_on";
    b.parameter.label = "Best epoch by";
    b.parameter.help = "The epoch kept (and early stopping), on the validation part only: the rating loss, or "
                       "NDCG@10 over the unseen items of each medium";
    b.parameter.type = ModelParameter::Type::Choice;
    b.parameter.choices = {"loss", "ndcg"};
    b.set = [](SiameseOptions& o, const ParameterValue& v) {
        o.selectOn = asText(v) == "ndcg" ? SelectionMetric::ValidationNdcg : SelectionMetric::ValidationLoss;
    };
    b.get = [](const SiameseOptions& o) {
        return ParameterValue(std::string(o.selectOn == SelectionMetric::ValidationNdcg ? "ndcg" : "loss"));
    };
    return b;
}

} // namespace

const std::vector<ParameterBinding<SiameseOptions>>& attentionBindings() {
    using O = SiameseOptions;
    static const std::vector<Binding> b = {
        integer("dimension", "dimension", "Dimension", "Size of the shared taste space (a multiple of the heads)",
                &O::dimension, {4, 1024, 8}, true),
        integer("heads", "heads", "Attention heads", "Attention heads of the user tower (divide the dimension)",
                &O::heads, {1, 64, 1}, false, true),
        integer("history-length", "history_length", "History length",
                "Training interactions the user tower attends to", &O::historyLength, {1, 4096, 8}, false, true),
        flag("use-genres", "use_genres", "Genres", "Item genres in the item towers", &O::useGenres),
        flag("use-demographics", "use_demographics", "Demographics",
             "Age group, gender and occupation in the user tower (when the project has them)", &O::useDemographics),
        flag("use-text", "use_text", "Text", "Hashed title and text words in the item towers", &O::useText),
        integer("text-buckets", "text_buckets", "Text buckets", "Hashed unigram/bigram buckets", &O::textBuckets,
                {1, 1 << 24, 1024}, false, true),
        text("text-encoder", "text_encoder", "Text encoder",
             "Optional TorchScript text encoder (forward(Tensor[N, T] int64 ids, 0 = pad) -> [N, D])",
             &O::textEncoderPath),
        real("dropout", "dropout", "Dropout", "Dropout in both towers", &O::dropout, {0, 0.9, 0.05}, 2, true),
        real("learning-rate", "learning_rate", "Learning rate", "AdamW step size", &O::learningRate,
             {1e-5, 1, 1e-3}, 5, true),
        real("weight-decay", "weight_decay", "Weight decay", "AdamW weight decay", &O::weightDecay, {0, 1, 1e-4}, 5,
             true),
        integer("epochs", "epochs", "Epochs", "Upper bound; early stopping on validation", &O::epochs, {1, 1000, 1},
                true),
        integer("batch-size", "batch_size", "Batch size", "Interactions per optimiser step", &O::batchSize,
                {16, 1 << 20, 64}, true),
        integer("samples-per-user", "samples_per_user", "Samples per user",
                "A batch holds chunks of up to this many interactions of one user", &O::samplesPerUser, {1, 1024, 1},
                false, true),
        real("warmup-fraction", "warmup_fraction", "Warm-up", "Share of all steps warming up the learning rate",
             &O::warmupFraction, {0, 0.5, 0.01}, 3, false, true),
        real("rating-weight", "rating_weight", "Rating weight", "Weight of the rating loss", &O::ratingWeight,
             {0, 100, 0.1}, 3, true, true),
        real("ranking-weight", "ranking_weight", "Ranking weight", "Weight of the ranking loss", &O::rankingWeight,
             {0, 100, 0.05}, 3, true, true),
        flag("ranking-head", "ranking_head", "Ranking head",
             "Full rankings by the in-batch softmax head instead of the predicted rating", &O::rankingHead),
        real("pair-weight", "pair_weight", "Pair weight", "Weight of the paired-user term", &O::pairWeight,
             {0, 100, 0.01}, 3, true, true),
        real("transfer-weight", "transfer_weight", "Transfer weight", "Weight of the cross-medium transfer term",
             &O::transferWeight, {0, 100, 0.1}, 3, true, true),
        integer("patience", "patience", "Patience", "Epochs without validation improvement before stopping",
                &O::patience, {1, 1000, 1}, false, true),
        selectOnBinding(),
        text("device", "device", "Device",
             "cpu, cuda (needs a CUDA build of LibTorch) or auto (cuda when present)", &O::device,
             {"cpu", "cuda", "auto"}),
    };
    return b;
}

const ModelKind& attentionKind() {
    static const ModelKind kind = [] {
        ModelKind k;
        k.id = "attention";
        k.displayName = "Attention two-tower (earlier Siamese)";
        k.description = "Kindred's first Siamese model: a user tower attending over the cross-media history, "
                        "queried by the user's id and demographics; per-medium item towers; rating and ranking heads.";
        k.capabilities = unsigned(ModelCapability::TasteSpace) | unsigned(ModelCapability::Epochs) |
                         unsigned(ModelCapability::BatchCurve) | unsigned(ModelCapability::Checkpoints) |
                         unsigned(ModelCapability::PredictsRatings);
        k.parameters = describe(attentionBindings());
        k.train = [](TrainingContext& context) -> Result<TrainedModel> {
            SiameseOptions options = optionsFrom(attentionBindings(), context.values);
            options.seed = context.seed;
            if (context.blendComponent)
                options.epochs = SiameseOptions{}.epochs;
            SiameseCallbacks callbacks;
            callbacks.onEvent = context.onEvent;
            callbacks.onCheckpoint = context.onCheckpoint;
            auto result = trainSiamese(context.data, context.split, options, callbacks, &context.token,
                                       context.resumeFrom);
            if (!result)
                return result.status();
            TrainedModel trained;
            trained.model = std::move(result->model);
            trained.history = std::move(result->history); // includes a resumed checkpoint's epochs
            auto hyperparameters = nlohmann::ordered_json::parse(siameseOptionsJson(options));
            hyperparameters["best_epoch"] = result->bestEpoch;
            trained.hyperparametersJson = hyperparameters.dump();
            return trained;
        };
        k.load = [](const std::string& bytes) { return loadSiamese(bytes); };
        k.makeEncoder = [](std::shared_ptr<const Recommender> model, const TrainingData& data) -> Result<SpaceEncoder> {
            auto encoder = makeSiameseUserEncoder(*model, data);
            if (!encoder)
                return encoder.status();
            SpaceEncoder space;
            space.encode = std::move(encoder).value();
            space.historyWindow = siameseHistoryWindow(*model);
            return space;
        };
        return k;
    }();
    return kind;
}

} // namespace kindred::kinds

namespace kindred {

std::string siameseOptionsJson(const SiameseOptions& options) {
    auto json = nlohmann::ordered_json::parse(
        kinds::attentionKind().toJson(kinds::valuesFrom(kinds::attentionBindings(), options)));
    json["seed"] = options.seed;
    return json.dump();
}

} // namespace kindred
