// LibTorch trainer of the item-autoencoder two-tower model (see kindred/train/AutoRec.h).
#include "TorchModule.h"
#include "kindred/train/AutoRec.h"

#include "../model/SiameseRecommender.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cmath>

namespace kindred {

namespace {

// The network works on a 1–5 pseudo-scale, t = 4v + 1 (the scale λ was tuned on): inputs are t, so the
// lowest rating (t = 1) differs from "not rated" (0); outputs are converted back to 0..1 at the end.
constexpr float kScale = 4.0f, kOffset = 1.0f;
/// Dense reconstruction (items × users matrix) below this many cells; sparse gathers above.
constexpr std::int64_t kDenseCells = 40'000'000;

/// Ratings grouped by item as embedding-bag input (users, weights, offsets) plus the flat
/// (item, user, value) targets in the same order.
struct ItemMajorRatings {
    torch::Tensor users, weights, offsets, items, values;
};

ItemMajorRatings groupByItem(const TrainingData& data, const Split& split, bool includeValidation) {
    const auto itemCount = std::size_t(data.itemCount());
    std::vector<std::int64_t> counts(itemCount + 1, 0);
    auto selected = [&](std::size_t k) {
        return split.part[k] == SplitPart::Train || (includeValidation && split.part[k] == SplitPart::Validation);
    };
    for (std::size_t k = 0; k < data.interactions.size(); ++k)
        if (selected(k))
            ++counts[std::size_t(data.interactions[k].item) + 1];
    for (std::size_t i = 1; i <= itemCount; ++i)
        counts[i] += counts[i - 1];
    const auto total = counts[itemCount];
    std::vector<std::int64_t> users(std::size_t(total), 0), items(std::size_t(total), 0);
    std::vector<float> values(std::size_t(total), 0);
    std::vector<std::int64_t> next(counts.begin(), counts.end() - 1);
    for (std::size_t k = 0; k < data.interactions.size(); ++k) {
        if (!selected(k))
            continue;
        const auto& x = data.interactions[k];
        const auto at = std::size_t(next[std::size_t(x.item)]++);
        users[at] = x.user;
        items[at] = x.item;
        values[at] = kScale * x.value + kOffset;
    }
    ItemMajorRatings out;
    out.users = torch::tensor(users, torch::kInt64);
    out.items = torch::tensor(items, torch::kInt64);
    out.values = torch::tensor(values, torch::kFloat32);
    out.weights = out.values;
    out.offsets = torch::tensor(std::vector<std::int64_t>(counts.begin(), counts.end() - 1), torch::kInt64);
    return out;
}

struct AutoRecNetImpl : torch::nn::Module {
    AutoRecNetImpl(std::int64_t users, std::int64_t hidden) {
        const double inBound = 1.0 / std::sqrt(double(users)), outBound = 1.0 / std::sqrt(double(hidden));
        encoder = register_module(
            "encoder", torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(users, hidden).mode(torch::kSum)));
        encoderBias = register_parameter("encoder_bias", torch::empty({hidden}).uniform_(-inBound, inBound));
        userVectors = register_parameter("user_vectors", torch::empty({users, hidden}).uniform_(-outBound, outBound));
        userBias = register_parameter("user_bias", torch::empty({users}).uniform_(-outBound, outBound));
        torch::NoGradGuard noGrad;
        encoder->weight.uniform_(-inBound, inBound);
    }
    /// Item codes [items, hidden] from the ratings in `r`.
    torch::Tensor encode(const ItemMajorRatings& r) {
        return torch::sigmoid(encoder->forward(r.users, r.offsets, r.weights) + encoderBias);
    }
    /// Predictions for every (item, user) cell [items, users] given item codes.
    torch::Tensor predictAll(const torch::Tensor& codes) {
        return torch::addmm(userBias.unsqueeze(0), codes, userVectors.t());
    }
    /// Predictions for (item, user) pairs given item codes.
    torch::Tensor predict(const torch::Tensor& codes, const torch::Tensor& items, const torch::Tensor& users) {
        return (codes.index_select(0, items) * userVectors.index_select(0, users)).sum(1) +
               userBias.index_select(0, users);
    }
    torch::nn::EmbeddingBag encoder{nullptr};
    torch::Tensor encoderBias, userVectors, userBias;
};
TORCH_MODULE(AutoRecNet);

/// Raw-scale RMSE of predictions (clipped to 0..1) for the validation interactions.
double validationRmse(const TrainingData& data, const std::vector<std::size_t>& rows, const torch::Tensor& predictions) {
    if (rows.empty())
        return 0;
    auto p = predictions.clamp(0, 1).contiguous();
    const float* pred = p.data_ptr<float>();
    double sum = 0;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const auto& x = data.interactions[rows[k]];
        const auto& scale = data.domains[std::size_t(data.itemDomain[std::size_t(x.item)])].scale;
        const double error = (double(pred[k]) - double(x.value)) * (scale.max - scale.min);
        sum += error * error;
    }
    return std::sqrt(sum / double(rows.size()));
}

std::vector<float> toVector(const torch::Tensor& t) {
    const auto c = t.detach().contiguous().to(torch::kFloat32);
    return {c.data_ptr<float>(), c.data_ptr<float>() + c.numel()};
}

} // namespace

namespace torchmodule {

Result<SiameseTrainingResult> trainAutoRec(const TrainingData& data, const Split& split, const AutoRecOptions& options,
                                           const SiameseCallbacks& callbacks, ProgressToken* control) {
    using Clock = std::chrono::steady_clock;
    if (split.part.size() != data.interactions.size())
        return Status::failure("the split does not belong to this training data");
    if (options.hidden <= 0 || options.epochs <= 0 || options.evaluateEvery <= 0)
        return Status::failure("autorec: hidden size, epochs and evaluateEvery must be positive");
    try {
        torch::manual_seed(options.seed);
        const auto train = groupByItem(data, split, false);
        if (train.values.numel() == 0)
            return Status::failure("autorec: the training part has no ratings");
        std::vector<std::size_t> validationRows;
        std::vector<std::int64_t> validationItems, validationUsers;
        std::vector<float> validationTruth;
        for (std::size_t k = 0; k < data.interactions.size(); ++k)
            if (split.part[k] == SplitPart::Validation) {
                validationRows.push_back(k);
                validationItems.push_back(data.interactions[k].item);
                validationUsers.push_back(data.interactions[k].user);
                validationTruth.push_back(data.interactions[k].value);
            }
        const auto vItems = torch::tensor(validationItems, torch::kInt64);
        const auto vUsers = torch::tensor(validationUsers, torch::kInt64);
        const auto vTruth = torch::tensor(validationTruth, torch::kFloat32);

        const bool dense = std::int64_t(data.itemCount()) * data.userCount() <= kDenseCells;
        torch::Tensor denseTargets, denseMask;
        if (dense) {
            const auto cells = train.items * data.userCount() + train.users;
            denseTargets = torch::zeros({std::int64_t(data.itemCount()) * data.userCount()});
            denseTargets.index_put_({cells}, train.values);
            denseTargets = denseTargets.view({data.itemCount(), data.userCount()});
            denseMask = (denseTargets > 0).to(torch::kFloat32);
        }
        AutoRecNet net(data.userCount(), options.hidden);
        torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(options.learningRate));
        SiameseTrainingResult result;
        double bestRmse = INFINITY;
        std::vector<torch::Tensor> bestParameters;
        int checksWithoutImprovement = 0;
        const auto started = Clock::now();
        auto periodStart = Clock::now();
        double periodLoss = 0;
        for (int epoch = 1; epoch <= options.epochs; ++epoch) {
            if (control)
                control->checkpoint();
            optimizer.zero_grad();
            const auto codes = net->encode(train);
            torch::Tensor error;
            if (dense)
                error = (net->predictAll(codes) - denseTargets) * denseMask;
            else
                error = net->predict(codes, train.items, train.users) - train.values;
            const auto loss = error.pow(2).sum() +
                              0.5 * options.l2 * (net->encoder->weight.pow(2).sum() + net->userVectors.pow(2).sum());
            loss.backward();
            optimizer.step();
            // Mean squared error per training rating on the 0..1 scale.
            const double meanSquared =
                error.detach().pow(2).sum().item<double>() / double(train.values.numel()) / (kScale * kScale);
            periodLoss += meanSquared;
            if (callbacks.onEvent) {
                TrainingEvent event;
                event.epoch = epoch;
                event.batch = epoch;
                event.batchesPerEpoch = options.epochs;
                event.loss = meanSquared;
                const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
                event.samplesPerSecond = double(train.values.numel()) * epoch / std::max(1e-9, seconds);
                event.etaSeconds = seconds / epoch * (options.epochs - epoch);
                callbacks.onEvent(event);
            }
            if (epoch % options.evaluateEvery != 0 && epoch != options.epochs)
                continue;
            torch::NoGradGuard noGrad;
            net->eval();
            const auto validationPredictions =
                (net->predict(net->encode(train), vItems, vUsers) - kOffset) / kScale;
            net->train();
            EpochRecord record;
            record.epoch = epoch;
            const int steps = epoch % options.evaluateEvery == 0 ? options.evaluateEvery : epoch % options.evaluateEvery;
            record.trainLoss = periodLoss / steps;
            periodLoss = 0;
            record.validationRmse = validationRmse(data, validationRows, validationPredictions);
            record.validationLoss =
                validationRows.empty() ? 0 : (validationPredictions.clamp(0, 1) - vTruth).pow(2).mean().item<double>();
            record.seconds = std::chrono::duration<double>(Clock::now() - periodStart).count();
            record.samplesPerSecond = double(train.values.numel()) * steps / std::max(1e-9, record.seconds);
            periodStart = Clock::now();
            result.history.push_back(record);
            const double criterion = validationRows.empty() ? record.trainLoss : record.validationRmse;
            if (criterion < bestRmse - 1e-6) {
                bestRmse = criterion;
                result.bestEpoch = epoch;
                checksWithoutImprovement = 0;
                bestParameters.clear();
                for (const auto& p : net->parameters())
                    bestParameters.push_back(p.detach().clone());
            } else {
                ++checksWithoutImprovement;
            }
            if (callbacks.onEvent) {
                TrainingEvent event;
                event.kind = TrainingEvent::Kind::Epoch;
                event.epoch = epoch;
                event.loss = record.trainLoss;
                event.samplesPerSecond = record.samplesPerSecond;
                event.record = record;
                callbacks.onEvent(event);
            }
            if (checksWithoutImprovement >= options.patience) {
                result.stoppedEarly = epoch < options.epochs;
                break;
            }
        }
        torch::NoGradGuard noGrad;
        auto parameters = net->parameters();
        for (std::size_t k = 0; k < parameters.size() && k < bestParameters.size(); ++k)
            parameters[k].copy_(bestParameters[k]);
        net->eval();
        const auto codes =
            options.encodeWithValidation ? net->encode(groupByItem(data, split, true)) : net->encode(train);
        nlohmann::json optionsJson = {{"hidden", options.hidden},   {"l2", options.l2},
                                      {"learningRate", options.learningRate}, {"epochs", options.epochs},
                                      {"evaluateEvery", options.evaluateEvery}, {"patience", options.patience},
                                      {"encodeWithValidation", options.encodeWithValidation},
                                      {"seed", options.seed}};
        result.model = std::make_unique<model::SiameseRecommender>(
            options.hidden, 0.0f, toVector((net->userBias - kOffset) / kScale),
            std::vector<float>(std::size_t(data.itemCount()), 0.0f), toVector(net->userVectors / kScale), toVector(codes), std::string(), optionsJson.dump(), "autorec");
        if (callbacks.onEvent) {
            TrainingEvent event;
            event.kind = TrainingEvent::Kind::Finished;
            event.epoch = result.bestEpoch;
            event.etaSeconds = 0;
            callbacks.onEvent(event);
        }
        return result;
    } catch (const CancelledError&) {
        return Status::failure("training cancelled");
    } catch (const c10::Error& error) {
        return Status::failure(std::string("LibTorch: ") + error.what_without_backtrace());
    } catch (const std::exception& error) {
        return Status::failure(std::string("training failed: ") + error.what());
    }
}

} // namespace torchmodule

} // namespace kindred
