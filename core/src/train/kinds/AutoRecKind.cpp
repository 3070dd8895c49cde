// The item-autoencoder two-tower model as a model kind ("autorec"; see AutoRec.h).
#include "KindSupport.h"
#include "Kinds.h"

#include "kindred/common/Progress.h"
#include "kindred/train/AutoRec.h"

#include <nlohmann/json.hpp>

namespace kindred::kinds {

namespace {

const std::vector<ParameterBinding<AutoRecOptions>>& autorecBindings() {
    using O = AutoRecOptions;
    static const std::vector<ParameterBinding<O>> b = {
        integer("hidden", "hidden", "Item code size", "Size of the item code = dimension of the taste space",
                &O::hidden, {4, 4096, 10}, true),
        real("l2", "l2", "L2 λ", "L2 weight on the 1–5 pseudo-scale", &O::l2, {0, 100000, 10}, 1, true),
        real("learning-rate", "learning_rate", "Learning rate", "Adam step, full batch", &O::learningRate,
             {1e-6, 1, 1e-3}, 5, true),
        integer("epochs", "epochs", "Steps", "Full-batch steps (upper bound; early stopping on validation)",
                &O::epochs, {1, 100000, 10}, true),
        integer("evaluate-every", "evaluate_every", "Check every", "Steps between validation checks",
                &O::evaluateEvery, {1, 10000, 1}, false, true),
        integer("patience", "patience", "Patience", "Validation checks without improvement before stopping",
                &O::patience, {1, 1000, 1}, false, true),
        flag("encode-with-validation", "encode_with_validation", "Codes from validation too",
             "Recompute the final item codes from train + validation ratings", &O::encodeWithValidation),
    };
    return b;
}

} // namespace

const ModelKind& autorecKind() {
    static const ModelKind kind = [] {
        ModelKind k;
        k.id = "autorec";
        k.displayName = "Item autoencoder two-tower (AutoRec)";
        k.description = "An item is encoded from the ratings it received, so media that share people share "
                        "coordinates; users are free vectors.";
        k.capabilities = unsigned(ModelCapability::TasteSpace) | unsigned(ModelCapability::Epochs) |
                         unsigned(ModelCapability::BatchCurve) | unsigned(ModelCapability::PredictsRatings);
        k.parameters = describe(autorecBindings());
        k.train = [](TrainingContext& context) -> Result<TrainedModel> {
            AutoRecOptions options = optionsFrom(autorecBindings(), context.values);
            options.seed = context.seed;
            if (context.blendComponent) {
                // A blend needs honest validation predictions and each part keeps its default length.
                options.encodeWithValidation = false;
                options.epochs = AutoRecOptions{}.epochs;
            }
            SiameseCallbacks callbacks;
            callbacks.onEvent = context.onEvent;
            auto result = trainAutoRec(context.data, context.split, options, callbacks, &context.token);
            if (!result)
                return result.status();
            TrainedModel trained;
            trained.model = std::move(result->model);
            trained.history = std::move(result->history);
            auto hyperparameters =
                nlohmann::ordered_json::parse(autorecKind().toJson(valuesFrom(autorecBindings(), options)));
            hyperparameters["seed"] = options.seed;
            hyperparameters["best_epoch"] = result->bestEpoch;
            trained.hyperparametersJson = hyperparameters.dump();
            return trained;
        };
        k.load = [](const std::string& bytes) { return loadSiamese(bytes); }; // stored as a factor model
        return k;
    }();
    return kind;
}

} // namespace kindred::kinds
