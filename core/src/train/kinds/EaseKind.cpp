// EASE as a model kind ("ease"; see Ease.h): the closed-form yardstick of ranking quality.
#include "KindSupport.h"
#include "Kinds.h"

#include "kindred/train/Ease.h"
#include "kindred/train/Recommender.h"

#include <nlohmann/json.hpp>

namespace kindred::kinds {

namespace {

const std::vector<ParameterBinding<EaseOptions>>& easeBindings() {
    using O = EaseOptions;
    static const std::vector<ParameterBinding<O>> b = {
        real("lambda", "lambda", "λ", "L2 weight of the item-item weights; 0 chooses it on validation (NDCG@10) from "
             "10, 20, 50, 100, 200, 500, 1000, 2000", &O::lambda, {0, 1e7, 10}, 1, true),
        real("memory-budget", "memory_budget_gib", "Memory budget (GiB)",
             "Refuse, saying why, when the closed form would need more memory than this", &O::memoryBudgetGiB,
             {0.01, 4096, 1}, 2, false, true),
        integer("keep-per-item", "keep_per_item", "Weights kept per item",
                "Each item keeps its strongest item-item weights (0: all); scores use exactly the kept ones",
                &O::keepPerItem, {0, 1000000, 100}, true, true),
    };
    return b;
}

Result<TrainedModel> trainEaseKind(TrainingContext& context) {
    const EaseOptions options = optionsFrom(easeBindings(), context.values);
    auto result = trainEase(context.data, context.split, options, &context.token);
    if (!result)
        return result.status();
    auto hyperparameters = nlohmann::ordered_json::parse(easeKind().toJson(context.values));
    hyperparameters["chosen_lambda"] = result->lambda;
    nlohmann::ordered_json trials = nlohmann::ordered_json::array();
    for (const auto& trial : result->trials)
        trials.push_back({{"lambda", trial.lambda}, {"validation_ndcg", trial.validationNdcg}});
    hyperparameters["lambda_trials"] = trials;
    hyperparameters["estimated_memory_gib"] = result->estimatedGiB;
    TrainedModel trained;
    trained.model = std::move(result->model);
    trained.hyperparametersJson = hyperparameters.dump();
    return trained;
}

} // namespace

const ModelKind& easeKind() {
    static const ModelKind kind = [] {
        ModelKind k;
        k.id = "ease";
        k.displayName = "EASE (closed-form item-item)";
        k.description = "Steck's embarrassingly shallow autoencoder: item-item weights in closed form, λ chosen on "
                        "validation. A person's score of an item is the sum of the weights from the items they rated.";
        k.parameters = describe(easeBindings());
        k.train = trainEaseKind;
        k.load = [](const std::string& bytes) { return loadEase(bytes); };
        return k;
    }();
    return kind;
}

} // namespace kindred::kinds
