// The validation-fitted blend as a model kind ("blend"; see Blend.h): it trains its components
// through their own kinds, each with its defaults, then fits the weights on validation.
#include "Kinds.h"

#include "kindred/common/Progress.h"
#include "kindred/train/Blend.h"
#include "kindred/train/Recommender.h"

#include <nlohmann/json.hpp>

namespace kindred::kinds {

namespace {

/// The components, in the order they are trained.
const std::vector<std::string>& blendComponents() {
    static const std::vector<std::string> components = {"bias", "mf", "item-knn", "autorec", "siamese"};
    return components;
}

Result<TrainedModel> trainBlend(TrainingContext& context) {
    std::vector<std::unique_ptr<Recommender>> parts;
    nlohmann::ordered_json components = nlohmann::ordered_json::array();
    for (const auto& id : blendComponents()) {
        const ModelKind* kind = findModelKind(id);
        if (!kind)
            continue; // a build without that kind blends the others
        ProgressEvent phase;
        phase.phase = "training the blend's " + id + " part";
        context.token.report(phase, true);
        TrainingContext part{context.data, context.split, kind->defaults(), context.seed, context.token,
                             context.onEvent, {}, {}, true};
        auto trained = kind->train(part);
        if (!trained)
            return trained.status();
        components.push_back({{"kind", id}, {"hyperparameters", nlohmann::ordered_json::parse(trained->hyperparametersJson)}});
        parts.push_back(std::move(trained->model));
    }
    auto blend = fitBlend(std::move(parts), context.data, context.split);
    if (!blend)
        return blend.status();
    TrainedModel trained;
    trained.model = std::move(blend).value();
    trained.hyperparametersJson = nlohmann::ordered_json{{"components", components}, {"fitted_on", "validation"}}.dump();
    return trained;
}

} // namespace

const ModelKind& blendKind() {
    static const ModelKind kind = [] {
        ModelKind k;
        k.id = "blend";
        k.displayName = "Blend (fitted on validation)";
        k.description = "Bias, mf, item-kNN, autorec and the Siamese model's rating head combined by ridge weights "
                        "fitted on the validation part.";
        k.capabilities = unsigned(ModelCapability::PredictsRatings);
        k.train = trainBlend;
        k.load = [](const std::string& bytes) { return loadBlend(bytes); };
        return k;
    }();
    return kind;
}

} // namespace kindred::kinds
