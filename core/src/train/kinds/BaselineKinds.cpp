// The plain C++ baselines as model kinds: bias, mf, popularity, item-knn (see Baselines.h).
#include "KindSupport.h"
#include "Kinds.h"

#include "kindred/common/Progress.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace kindred::kinds {

namespace {

using Binding = ParameterBinding<BaselineOptions>;

Binding epochsBinding(const char* help) {
    return integer("epochs", "epochs", "Epochs", help, &BaselineOptions::epochs, {1, 1000, 1}, true);
}

const std::vector<Binding>& biasBindings() {
    static const std::vector<Binding> b = {
        epochsBinding("ALS rounds; the round with the lowest validation RMSE is kept"),
        real("bias-regularization", "bias_regularization", "Bias λ",
             "λ added to the rating counts: shrinks the biases of rare users and items to 0",
             &BaselineOptions::biasRegularization, {0, 1000, 0.5}, 2, true),
    };
    return b;
}

const std::vector<Binding>& mfBindings() {
    static const std::vector<Binding> b = {
        epochsBinding("SGD epochs; the epoch with the lowest validation RMSE is kept"),
        integer("factors", "factors", "Factors", "Latent factors per user and item", &BaselineOptions::factors,
                {1, 4096, 8}, true),
        real("learning-rate", "learning_rate", "Learning rate", "SGD step", &BaselineOptions::learningRate,
             {1e-5, 1, 0.01}, 4, true),
        real("regularization", "regularization", "Regularisation", "L2 weight of factors and biases",
             &BaselineOptions::regularization, {0, 10, 0.005}, 4, true),
    };
    return b;
}

const std::vector<Binding>& itemKnnBindings() {
    static const std::vector<Binding> b = {
        integer("neighbours", "neighbours", "Neighbours", "Neighbours kept per item", &BaselineOptions::neighbours,
                {1, 100000, 10}, true),
        real("shrinkage", "shrinkage", "Shrinkage", "Similarity × n / (n + shrinkage), n = co-rating users",
             &BaselineOptions::shrinkage, {0, 100000, 10}, 1, true),
    };
    return b;
}

using Trainer = std::unique_ptr<Recommender> (*)(const TrainingData&, const Split&, const BaselineOptions&,
                                                 ProgressToken*);

/// Trains a baseline, turning its epochs into training events; the epoch with the lowest
/// validation RMSE is the one the baseline keeps (best_epoch).
Result<TrainedModel> trainBaseline(TrainingContext& context, const ModelKind& kind, const std::vector<Binding>& bindings,
                                   Trainer trainer) {
    BaselineOptions options = optionsFrom(bindings, context.values);
    options.seed = context.seed;
    TrainedModel trained;
    const auto start = std::chrono::steady_clock::now();
    options.onEpoch = [&](const BaselineEpoch& e) {
        EpochRecord record;
        record.epoch = e.epoch;
        record.trainLoss = e.trainRmse;
        record.validationRmse = e.validationRmse;
        record.samplesPerSecond = e.samplesPerSecond;
        record.seconds = e.seconds;
        trained.history.push_back(record);
        TrainingEvent event;
        event.kind = TrainingEvent::Kind::Epoch;
        event.epoch = e.epoch;
        event.samplesPerSecond = e.samplesPerSecond;
        event.record = record;
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        event.etaSeconds = e.epoch >= options.epochs ? 0 : elapsed / e.epoch * (options.epochs - e.epoch);
        if (context.onEvent)
            context.onEvent(event);
        // Baselines check the token for cancel only; a pause blocks here, between epochs. A
        // cancel (also one that ends a pause) makes the baseline return nullptr at its next check.
        try {
            context.token.checkpoint();
        } catch (const CancelledError&) {
        }
    };
    trained.model = trainer(context.data, context.split, options, &context.token);
    if (!trained.model)
        return Status::failure("training was cancelled");
    auto hyperparameters = nlohmann::ordered_json::parse(kind.toJson(context.values));
    if (!trained.history.empty()) {
        hyperparameters["seed"] = context.seed;
        int best = 0;
        double bestRmse = 0;
        for (const auto& r : trained.history)
            if (best == 0 || r.validationRmse < bestRmse) {
                best = r.epoch;
                bestRmse = r.validationRmse;
            }
        hyperparameters["best_epoch"] = best;
    }
    trained.hyperparametersJson = hyperparameters.dump();
    return trained;
}

ModelKind baselineKind(std::string id, std::string name, std::string description, unsigned capabilities,
                       const std::vector<Binding>& bindings, Trainer trainer) {
    ModelKind kind;
    kind.id = id;
    kind.displayName = std::move(name);
    kind.description = std::move(description);
    kind.capabilities = capabilities | unsigned(ModelCapability::PredictsRatings);
    kind.parameters = describe(bindings);
    kind.train = [id, &bindings, trainer](TrainingContext& context) {
        return trainBaseline(context, *findModelKind(id), bindings, trainer);
    };
    kind.load = [id](const std::string& bytes) { return loadBaseline(id, bytes); };
    return kind;
}

const std::vector<Binding> kNoParameters;

} // namespace

const ModelKind& biasKind() {
    static const ModelKind kind =
        baselineKind("bias", "Bias baseline (ALS)", "Domain mean + user and item biases, by regularised ALS.",
                     unsigned(ModelCapability::Epochs), biasBindings(), &trainBiasBaseline);
    return kind;
}

const ModelKind& mfKind() {
    static const ModelKind kind = [] {
        ModelKind k = baselineKind(
        "mf", "Biased matrix factorisation",
        "Funk/Koren SGD: domain mean + biases + user · item factors; the epoch with the best validation RMSE is kept.",
        unsigned(ModelCapability::Epochs) | unsigned(ModelCapability::TasteSpace), mfBindings(), &trainBiasedMf);
        k.foldInRidge = 0.1; // its factors are small (L2 0.01 on the 0..1 scale)
        return k;
    }();
    return kind;
}

const ModelKind& popularityKind() {
    static const ModelKind kind =
        baselineKind("popularity", "Popularity", "Ranks items by how often they were rated: no training epochs.", 0,
                     kNoParameters, &trainPopularity);
    return kind;
}

const ModelKind& itemKnnKind() {
    static const ModelKind kind =
        baselineKind("item-knn", "Item kNN", "Mean-centred cosine similarity between items, with shrinkage.", 0,
                     itemKnnBindings(), &trainItemKnn);
    return kind;
}

} // namespace kindred::kinds
