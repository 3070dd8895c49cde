// trainSiamese(): data preparation, the training loop (AdamW, warm-up + cosine schedule, early
// stopping on validation), checkpoints and resume. The network is in model/SiameseNet.
#include "SiameseNet.h"
#include "../model/SiameseRecommender.h"
#include "SiamesePrepared.h"
#include "kindred/text/TextFeatures.h"
#include "kindred/train/HistoryWindow.h"
#include "TorchModule.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <torch/script.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <random>
#include <sstream>
#include <memory>
#include <mutex>
#include <thread>

namespace kindred {

using model::SiameseNet;
using namespace siamese;

namespace {

using Clock = std::chrono::steady_clock;

} // namespace

namespace {

/// The training state that a checkpoint carries besides the network and optimiser.
struct LoopState {
    int nextEpoch = 1;
    double bestLoss = INFINITY; ///< best selection criterion so far (lower is better)
    int bestEpoch = 0;
    int epochsWithoutImprovement = 0;
    std::string bestState;
    std::vector<EpochRecord> history;
};

std::string saveCheckpoint(SiameseNet& net, torch::optim::AdamW& optimizer, const LoopState& state) {
    nlohmann::json loop = {{"next_epoch", state.nextEpoch}, {"best_loss", state.bestLoss},
                           {"best_epoch", state.bestEpoch}, {"without_improvement", state.epochsWithoutImprovement}};
    for (const auto& r : state.history)
        loop["history"].push_back(
            {r.epoch, r.trainLoss, r.validationLoss, r.validationRmse, r.samplesPerSecond, r.seconds,
             std::isnan(r.validationNdcg) ? nlohmann::json() : nlohmann::json(r.validationNdcg)});
    return siamese::writeCheckpoint(*net, optimizer, loop.dump(), state.bestState);
}

void loadCheckpoint(const std::string& bytes, SiameseNet& net, torch::optim::AdamW& optimizer, LoopState& state,
                    torch::Device device) {
    const auto parts = siamese::readCheckpoint(bytes, *net, optimizer, device);
    const auto loop = nlohmann::json::parse(parts.loopJson);
    state.nextEpoch = loop.at("next_epoch");
    state.bestLoss = loop.at("best_loss");
    state.bestEpoch = loop.at("best_epoch");
    state.epochsWithoutImprovement = loop.at("without_improvement");
    state.history.clear();
    if (loop.contains("history"))
        for (const auto& r : loop["history"])
            state.history.push_back({r[0].get<int>(), r[1], r[2], r[3], r[4], r[5],
                                     r.size() > 6 && r[6].is_number() ? r[6].get<double>()
                                                                      : std::numeric_limits<double>::quiet_NaN()});
    state.bestState = parts.bestState;
}

/// The ranking head's loss: in-batch sampled softmax, each positive (user vector, item) pair [S]
/// against the other pairs' items; pairs of the same owner (chunk) are not each other's negatives.
/// With the ranking bias, negatives come from the same medium only (recommendations rank within
/// one), and each logit is corrected by log q(item): batches hold items in proportion to their
/// frequency (Yi et al., RecSys 2019).
torch::Tensor inBatchSoftmax(SiameseNet& net, const Prepared& p, const torch::Tensor& userVecs,
                             const torch::Tensor& itemVecs, const torch::Tensor& items, const torch::Tensor& owner) {
    const auto n = items.numel();
    const auto options = torch::dtype(torch::kBool).device(items.device());
    auto logits = torch::matmul(userVecs, itemVecs.t()) / kRankingTemperature;
    auto excluded = owner.unsqueeze(1).eq(owner.unsqueeze(0)).logical_and(torch::eye(n, options).logical_not());
    if (net->rankingBias) {
        const auto domains = p.features.domain.index_select(0, items);
        excluded = excluded.logical_or(domains.unsqueeze(1).ne(domains.unsqueeze(0)));
        const auto correction = net->rankingBias->forward(items).squeeze(-1) - p.logFrequency.index_select(0, items);
        logits = logits + correction.unsqueeze(0);
    }
    logits = logits.masked_fill(excluded, -1e9);
    return torch::nn::functional::cross_entropy(logits, torch::arange(n, torch::dtype(torch::kInt64).device(items.device())));
}

} // namespace

namespace torchmodule {

Result<SiameseTrainingResult> trainSiamese(const TrainingData& data, const Split& split, const SiameseOptions& options,
                                           const SiameseCallbacks& callbacks, ProgressToken* control,
                                           const std::string& resumeFrom) {
    if (options.dimension <= 0 || options.heads <= 0 || options.dimension % options.heads != 0)
        return Status::failure("dimension must be a positive multiple of heads");
    if (options.batchSize < 2 || options.epochs < 1)
        return Status::failure("batch size must be ≥ 2 and epochs ≥ 1");
    if (split.part.size() != data.interactions.size())
        return Status::failure("the split does not belong to this data");
    try {
        torch::manual_seed(options.seed);
        const torch::Device device = resolveDevice(options.device);
        Prepared p = prepare(data, split, options);
        moveTo(p, device);
        SiameseNet net(p.config, p.features);
        net->to(device);
        torch::optim::AdamW optimizer(net->parameters(),
                                      torch::optim::AdamWOptions(options.learningRate).weight_decay(options.weightDecay));
        LoopState state;
        if (!resumeFrom.empty())
            loadCheckpoint(resumeFrom, net, optimizer, state, device);

        // User-major batches: each batch holds chunks of up to samplesPerUser interactions of one
        // user, so the (expensive) user tower runs once per chunk rather than once per sample.
        const std::int64_t batchSize = options.batchSize;
        const std::int64_t perUser = std::max(1, options.samplesPerUser);
        std::vector<std::vector<std::int64_t>> userTrain(static_cast<std::size_t>(p.config.users));
        for (const auto i : p.train)
            userTrain[std::size_t(data.interactions[std::size_t(i)].user)].push_back(i);
        std::int64_t chunkCount = 0;
        for (const auto& list : userTrain)
            chunkCount += (std::int64_t(list.size()) + perUser - 1) / perUser;
        const std::int64_t chunksPerBatch = std::max<std::int64_t>(1, batchSize / perUser);
        const std::int64_t batches = (chunkCount + chunksPerBatch - 1) / chunksPerBatch;
        const std::int64_t totalSteps = batches * options.epochs;
        const auto warmupSteps = std::max<std::int64_t>(1, std::int64_t(options.warmupFraction * double(totalSteps)));
        // Pairs per batch: a quarter of the user chunks, so the pair term adds about half a user tower pass.
        const std::int64_t pairsPerBatch = std::min<std::int64_t>(p.pairA.numel(), std::max<std::int64_t>(2, chunksPerBatch / 4));
        const auto started = Clock::now();
        const bool transfer = options.transferWeight > 0 && p.config.domains > 1;
        // NDCG selection needs validation users with a relevant item; without any, the loss decides.
        const bool selectOnNdcg = options.selectOn == SelectionMetric::ValidationNdcg && !p.rankUsers.empty();
        // Each item's medium, with -1 for the history padding row (for the transfer term).
        const auto historyDomain =
            transfer ? torch::cat({p.features.domain, torch::full({1}, -1, p.features.domain.options())})
                     : torch::Tensor();

        for (int epoch = state.nextEpoch; epoch <= options.epochs; ++epoch) {
            const auto epochStart = Clock::now();
            // Per-epoch seeds (not a carried RNG state) make a resumed run identical to an uninterrupted one.
            torch::manual_seed(options.seed * 1000003ull + std::uint64_t(epoch));
            std::mt19937_64 shuffle(options.seed * 7919ull + std::uint64_t(epoch));
            std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> chunks; // (user, interactions)
            chunks.reserve(std::size_t(chunkCount));
            for (std::size_t u = 0; u < userTrain.size(); ++u) {
                auto list = userTrain[u];
                std::shuffle(list.begin(), list.end(), shuffle);
                for (std::size_t k = 0; k < list.size(); k += std::size_t(perUser))
                    chunks.emplace_back(std::int64_t(u),
                                        std::vector<std::int64_t>(list.begin() + std::ptrdiff_t(k),
                                                                  list.begin() + std::ptrdiff_t(std::min(list.size(), k + std::size_t(perUser)))));
            }
            std::shuffle(chunks.begin(), chunks.end(), shuffle);
            // Drawn on the CPU generator whatever the device, so a run is the same sequence everywhere.
            const auto pairOrder = p.pairA.numel() > 0 ? torch::randperm(p.pairA.numel(), torch::kInt64).to(device)
                                                       : torch::Tensor();
            double lossSum = 0;
            std::int64_t samplesDone = 0;
            net->train();
            for (std::int64_t b = 0; b < batches; ++b) {
                if (control)
                    control->checkpoint();
                const std::int64_t step = std::int64_t(epoch - 1) * batches + b;
                const double lr = step < warmupSteps
                                      ? options.learningRate * double(step + 1) / double(warmupSteps)
                                      : options.learningRate * 0.5 *
                                            (1 + std::cos(M_PI * double(step - warmupSteps) /
                                                          double(std::max<std::int64_t>(1, totalSteps - warmupSteps))));
                for (auto& group : optimizer.param_groups())
                    static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);

                const auto first = std::size_t(b * chunksPerBatch);
                const auto last = std::min(chunks.size(), first + std::size_t(chunksPerBatch));
                std::vector<std::int64_t> chunkUsers, chunkDomains, sampleIndex, sampleChunk;
                std::vector<std::int64_t> targets((last - first) * std::size_t(perUser), -1);
                for (std::size_t c = first; c < last; ++c) {
                    chunkUsers.push_back(chunks[c].first);
                    if (transfer)
                        chunkDomains.push_back(
                            data.itemDomain[std::size_t(data.interactions[std::size_t(chunks[c].second.front())].item)]);
                    for (std::size_t k = 0; k < chunks[c].second.size(); ++k) {
                        const auto i = chunks[c].second[k];
                        sampleIndex.push_back(i);
                        sampleChunk.push_back(std::int64_t(c - first));
                        targets[(c - first) * std::size_t(perUser) + k] = data.interactions[std::size_t(i)].item;
                    }
                }
                const auto chunkUsersT = toTensor(chunkUsers).to(device);
                const auto targetsT = toTensor(targets).to(device).view({std::int64_t(chunkUsers.size()), perUser});
                const auto index = toTensor(sampleIndex).to(device), chunkOf = toTensor(sampleChunk).to(device);
                const auto users = p.users.index_select(0, index), items = p.items.index_select(0, index);
                const auto values = p.values.index_select(0, index);
                // Every item predicted for a user in this batch is hidden from that user's history.
                const auto history = p.historyItems.index_select(0, chunkUsersT);
                const auto mask = history.eq(p.config.items).logical_or(
                    history.unsqueeze(2).eq(targetsT.unsqueeze(1)).any(2));
                const auto userVecs = net->userVectors(chunkUsersT, history, p.historyValues.index_select(0, chunkUsersT), mask)
                                          .index_select(0, chunkOf);
                const auto itemVecs = net->itemVectors(items);
                auto loss = options.ratingWeight * torch::mse_loss(net->rating(users, items, userVecs, itemVecs), values);

                const auto relevant = values.ge(kRelevantValue);
                const auto positive = relevant.nonzero().squeeze(1);
                if (options.rankingWeight > 0 && positive.numel() >= 2)
                    loss = loss + options.rankingWeight *
                                      inBatchSoftmax(net, p, userVecs.index_select(0, positive),
                                                     itemVecs.index_select(0, positive), items.index_select(0, positive),
                                                     chunkOf.index_select(0, positive));
                if (transfer) {
                    // The chunk's medium (that of its first interaction) is hidden from its history.
                    const auto chunkDomainsT = toTensor(chunkDomains).to(device);
                    const auto transferMask =
                        mask.logical_or(historyDomain.index_select(0, history.reshape({-1}))
                                            .view_as(history)
                                            .eq(chunkDomainsT.unsqueeze(1)));
                    const auto hasOther = transferMask.logical_not().any(1);
                    const auto sampleDomains = p.features.domain.index_select(0, items);
                    const auto selected = relevant.logical_and(sampleDomains.eq(chunkDomainsT.index_select(0, chunkOf)))
                                              .logical_and(hasOther.index_select(0, chunkOf))
                                              .nonzero()
                                              .squeeze(1);
                    if (selected.numel() >= 2) {
                        const auto transferVecs =
                            net->userVectors(chunkUsersT, history, p.historyValues.index_select(0, chunkUsersT),
                                             transferMask);
                        loss = loss + options.transferWeight *
                                          inBatchSoftmax(net, p, transferVecs.index_select(0, chunkOf.index_select(0, selected)),
                                                         itemVecs.index_select(0, selected), items.index_select(0, selected),
                                                         chunkOf.index_select(0, selected));
                    }
                }
                if (options.pairWeight > 0 && pairsPerBatch > 1) {
                    const auto start = (b * pairsPerBatch) % p.pairA.numel();
                    auto pick = pairOrder.slice(0, start, std::min<std::int64_t>(start + pairsPerBatch, pairOrder.numel()));
                    const auto a = p.pairA.index_select(0, pick), bUsers = p.pairB.index_select(0, pick);
                    const auto ha = p.historyItems.index_select(0, a), hb = p.historyItems.index_select(0, bUsers);
                    const auto va = net->userVectors(a, ha, p.historyValues.index_select(0, a), historyMask(p, ha, nullptr));
                    const auto vb = net->userVectors(bUsers, hb, p.historyValues.index_select(0, bUsers), historyMask(p, hb, nullptr));
                    const auto similarity = torch::cosine_similarity(va, vb, 1);
                    const auto target = p.pairAgreement.index_select(0, pick) * 2 - 1;
                    loss = loss + options.pairWeight * torch::mse_loss(similarity, target);
                }
                optimizer.zero_grad();
                loss.backward();
                torch::nn::utils::clip_grad_norm_(net->parameters(), 5.0);
                optimizer.step();
                const double batchLoss = loss.item<double>();
                lossSum += batchLoss;
                samplesDone += std::int64_t(sampleIndex.size());
                if (callbacks.onEvent) {
                    TrainingEvent event;
                    event.kind = TrainingEvent::Kind::Batch;
                    event.epoch = epoch;
                    event.batch = b + 1;
                    event.batchesPerEpoch = batches;
                    event.loss = batchLoss;
                    const double seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
                    event.samplesPerSecond = seconds > 0 ? double(samplesDone) / seconds : 0;
                    const double stepsLeft = double(totalSteps - step - 1);
                    event.etaSeconds = seconds > 0 ? stepsLeft * seconds / double(b + 1) : -1;
                    callbacks.onEvent(event);
                }
            }
            const auto validation = validate(net, p);
            EpochRecord record;
            record.epoch = epoch;
            record.trainLoss = lossSum / double(batches);
            record.validationLoss = validation.loss;
            record.validationRmse = validation.rmse;
            if (!p.rankUsers.empty())
                record.validationNdcg = validation.ndcg;
            record.seconds = std::chrono::duration<double>(Clock::now() - epochStart).count();
            record.samplesPerSecond = double(p.train.size()) / std::max(1e-9, record.seconds);
            state.history.push_back(record);
            // Lower is better for both criteria.
            const double criterion = selectOnNdcg ? -validation.ndcg : validation.loss;
            const bool improved = p.validation.empty() || criterion < state.bestLoss - 1e-6;
            if (improved) {
                state.bestLoss = criterion;
                state.bestEpoch = epoch;
                state.epochsWithoutImprovement = 0;
                state.bestState = siamese::moduleBytes(*net);
            } else {
                ++state.epochsWithoutImprovement;
            }
            state.nextEpoch = epoch + 1;
            if (callbacks.onEvent) {
                TrainingEvent event;
                event.kind = TrainingEvent::Kind::Epoch;
                event.epoch = epoch;
                event.batchesPerEpoch = batches;
                event.loss = record.trainLoss;
                event.samplesPerSecond = record.samplesPerSecond;
                event.record = record;
                callbacks.onEvent(event);
            }
            if (callbacks.onCheckpoint)
                callbacks.onCheckpoint(saveCheckpoint(net, optimizer, state), epoch);
            if (state.epochsWithoutImprovement >= options.patience)
                break;
        }

        SiameseTrainingResult result;
        result.history = state.history;
        result.bestEpoch = state.bestEpoch;
        result.stoppedEarly = state.nextEpoch <= options.epochs;
        if (!state.bestState.empty())
            siamese::loadModuleBytes(*net, state.bestState, device);
        const auto [userVecs, itemVecs] = allVectors(net, p);
        auto toVector = [](const torch::Tensor& t) {
            const auto c = t.to(torch::kCPU, torch::kFloat32).contiguous();
            return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
        };
        const auto itemBias = net->itemBias->weight.detach().slice(0, 0, p.config.items).reshape({-1});
        // The stored factors predict like the rating head: item vectors carry its scale c, and the
        // ranking bias is scaled alike (ranking by c·(u·i + τ·b) equals ranking by u·i/τ + b).
        const double scale = net->ratingScale();
        result.model = std::make_unique<model::SiameseRecommender>(
            options.dimension, net->globalBias().item<float>(), toVector(net->userBias->weight.detach().reshape({-1})),
            toVector(itemBias), toVector(userVecs), toVector(itemVecs * scale), siamese::moduleBytes(*net),
            siameseOptionsJson(options));
        if (net->rankingBias) {
            const auto bias = net->rankingBias->weight.detach().slice(0, 0, p.config.items).reshape({-1}) *
                              (kRankingTemperature * scale);
            static_cast<model::SiameseRecommender&>(*result.model).setRankingBias(toVector(bias));
        }
        if (callbacks.onEvent) {
            TrainingEvent event;
            event.kind = TrainingEvent::Kind::Finished;
            event.epoch = state.bestEpoch;
            event.etaSeconds = 0;
            event.samplesPerSecond = std::chrono::duration<double>(Clock::now() - started).count();
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

Status saveHashedBagTextEncoder(const std::string& path, std::uint32_t buckets, int dimension, std::uint64_t seed) {
    try {
        torch::manual_seed(seed);
        torch::jit::Module module("HashedBagTextEncoder");
        module.register_parameter("table", torch::randn({std::int64_t(buckets) + 1, dimension}) * 0.05, false);
        module.define(R"(
def forward(self, ids):
    ids = torch.remainder(ids, self.table.size(0))
    mask = torch.gt(ids, 0).float().unsqueeze(-1)
    flat = torch.index_select(self.table, 0, ids.reshape(-1))
    vectors = flat.reshape(ids.size(0), ids.size(1), self.table.size(1)) * mask
    return vectors.sum(1) / mask.sum(1).clamp_min(1.0)
)");
        module.save(path);
        return Status::success();
    } catch (const std::exception& error) {
        return Status::failure(path + ": cannot write the text encoder: " + error.what());
    }
}

Result<UserEncoder> makeSiameseUserEncoder(const Recommender& model, const TrainingData& data) {
    const auto* siamese = dynamic_cast<const model::SiameseRecommender*>(&model);
    if (!siamese || siamese->kind() != "attention" || siamese->networkState().empty())
        return Status::failure("not a trained Siamese model");
    try {
        const auto stored = nlohmann::json::parse(siamese->optionsJson());
        SiameseOptions options;
        options.dimension = stored.value("dimension", options.dimension);
        options.heads = stored.value("heads", options.heads);
        options.historyLength = stored.value("history_length", options.historyLength);
        options.useGenres = stored.value("use_genres", options.useGenres);
        options.useText = stored.value("use_text", options.useText);
        options.textBuckets = stored.value("text_buckets", options.textBuckets);
        options.textEncoderPath = stored.value("text_encoder", std::string());
        options.dropout = stored.value("dropout", options.dropout);
        // Models from before these options existed were trained without them.
        options.rankingHead = stored.value("ranking_head", false);
        options.useDemographics = stored.value("use_demographics", false);
        // The network's shape comes from the features of the data; every interaction counts as
        // "train" here because only the item features are used.
        Split all;
        all.part.assign(data.interactions.size(), SplitPart::Train);
        all.coldStartUser.assign(std::size_t(data.userCount()), 0);
        auto prepared = std::make_shared<Prepared>(prepare(data, all, options));
        if (prepared->config.users != std::int64_t(siamese->userVectors().size()) / options.dimension)
            return Status::failure("the model was trained on different data (user counts differ)");
        auto net = std::make_shared<SiameseNet>(prepared->config, prepared->features);
        siamese::loadModuleBytes(**net, siamese->networkState(), torch::kCPU);
        (*net)->eval();
        auto mutex = std::make_shared<std::mutex>();
        const auto length = std::int64_t(std::max(1, options.historyLength));
        const auto dimension = options.dimension;
        auto itemDomain = std::make_shared<const std::vector<std::int32_t>>(data.itemDomain);
        return UserEncoder([prepared, net, mutex, length, dimension, itemDomain](std::int32_t knownUser,
                                                                                std::span<const HistoryEntry> history) {
            std::lock_guard lock(*mutex);
            torch::NoGradGuard noGrad;
            const auto padding = prepared->config.items;
            auto items = torch::full({1, length}, padding, torch::kInt64);
            auto values = torch::zeros({1, length});
            const auto kept = balancedHistoryWindow(history, *itemDomain, std::size_t(length));
            for (std::size_t k = 0; k < kept.size(); ++k) {
                items[0][std::int64_t(k)] = std::int64_t(history[kept[k]].item);
                values[0][std::int64_t(k)] = history[kept[k]].value;
            }
            const auto mask = items.eq(padding);
            UserProfile profile;
            torch::Tensor vector;
            if (knownUser >= 0) {
                const auto ids = torch::full({1}, std::int64_t(knownUser), torch::kInt64);
                vector = (*net)->userVectors(ids, items, values, mask);
                profile.bias = (*net)->userBias->forward(ids).item<float>();
            } else {
                vector = (*net)->userVectorsFromQuery(torch::zeros({1, dimension}), items, values, mask);
            }
            vector = vector.contiguous();
            profile.vector.assign(vector.data_ptr<float>(), vector.data_ptr<float>() + vector.numel());
            return profile;
        });
    } catch (const c10::Error& error) {
        return Status::failure(std::string("LibTorch: ") + error.what_without_backtrace());
    } catch (const std::exception& error) {
        return Status::failure(std::string("cannot rebuild the user tower: ") + error.what());
    }
}

} // namespace torchmodule

} // namespace kindred
