#include "SiamesePrepared.h"

#include "../train/BaselineSupport.h"

#include "kindred/text/TextFeatures.h"
#include "kindred/train/HistoryWindow.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <torch/script.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <sstream>
#include <stdexcept>

namespace kindred::siamese {

using model::SiameseNet;

torch::Tensor toTensor(const std::vector<std::int64_t>& values) {
    return torch::from_blob(const_cast<std::int64_t*>(values.data()), {std::int64_t(values.size())}, torch::kInt64)
        .clone();
}

torch::Tensor toTensor(const std::vector<float>& values) {
    return torch::from_blob(const_cast<float*>(values.data()), {std::int64_t(values.size())}, torch::kFloat32).clone();
}

/// Pads ragged rows to [rows, width] with `padding`, keeping at most `width` entries per row.
torch::Tensor padRows(const std::vector<std::vector<std::int64_t>>& rows, std::int64_t width, std::int64_t padding) {
    auto out = torch::full({std::int64_t(rows.size()), std::max<std::int64_t>(width, 1)}, padding, torch::kInt64);
    auto access = out.accessor<std::int64_t, 2>();
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t k = 0; k < rows[r].size() && std::int64_t(k) < width; ++k)
            access[std::int64_t(r)][std::int64_t(k)] = rows[r][k];
    return out;
}

/// `source` rows (ids) padded to [rowCount, width] with `padding`, width being the longest row
/// capped at `maxWidth`; rows past the end of `source` are all padding.
torch::Tensor padIdRows(const std::vector<std::vector<std::int32_t>>& source, std::size_t rowCount,
                        std::int64_t maxWidth, std::int64_t padding) {
    std::vector<std::vector<std::int64_t>> rows(rowCount);
    std::int64_t width = 1;
    for (std::size_t r = 0; r < std::min(rowCount, source.size()); ++r) {
        rows[r].assign(source[r].begin(), source[r].end());
        width = std::max<std::int64_t>(width, std::int64_t(rows[r].size()));
    }
    return padRows(rows, std::min(width, maxWidth), padding);
}

std::string moduleBytes(torch::nn::Module& module) {
    torch::serialize::OutputArchive archive;
    module.save(archive);
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

void loadModuleBytes(torch::nn::Module& module, const std::string& bytes, torch::Device device) {
    torch::serialize::InputArchive archive;
    std::istringstream in(bytes);
    archive.load_from(in, device);
    module.load(archive);
}

namespace {

torch::Tensor bytesTensor(const std::string& bytes) {
    return torch::from_blob(const_cast<char*>(bytes.data()), {std::int64_t(bytes.size())}, torch::kInt8).clone();
}

/// The bytes of an int8 tensor, wherever it lives (a checkpoint loaded onto CUDA puts them there).
std::string tensorBytes(const torch::Tensor& t) {
    const auto host = t.to(torch::kCPU).contiguous();
    return std::string(static_cast<const char*>(host.data_ptr()), std::size_t(host.numel()));
}

} // namespace

std::string writeCheckpoint(torch::nn::Module& net, torch::optim::Optimizer& optimizer, const std::string& loopJson,
                            const std::string& bestState, torch::nn::Module* extra) {
    torch::serialize::OutputArchive archive, netArchive, optimizerArchive, extraArchive;
    net.save(netArchive);
    optimizer.save(optimizerArchive);
    if (extra) {
        extra->save(extraArchive);
        archive.write("extra", extraArchive);
    }
    archive.write("net", netArchive);
    archive.write("optimizer", optimizerArchive);
    archive.write("loop", bytesTensor(loopJson));
    archive.write("best", bytesTensor(bestState));
    std::ostringstream out;
    archive.save_to(out);
    return out.str();
}

CheckpointParts readCheckpoint(const std::string& bytes, torch::nn::Module& net, torch::optim::Optimizer& optimizer,
                               torch::Device device, torch::nn::Module* extra) {
    torch::serialize::InputArchive archive, netArchive, optimizerArchive, extraArchive;
    std::istringstream in(bytes);
    archive.load_from(in, device);
    archive.read("net", netArchive);
    archive.read("optimizer", optimizerArchive);
    net.load(netArchive);
    optimizer.load(optimizerArchive);
    if (extra) {
        archive.read("extra", extraArchive);
        extra->load(extraArchive);
    }
    torch::Tensor loopBytes, bestBytes;
    archive.read("loop", loopBytes);
    archive.read("best", bestBytes);
    return {tensorBytes(loopBytes), tensorBytes(bestBytes)};
}

torch::Device resolveDevice(const std::string& name) {
    if (name == "cpu")
        return torch::kCPU;
    if (name == "cuda" || name == "auto") {
        if (torch::cuda::is_available())
            return torch::kCUDA;
        if (name == "auto")
            return torch::kCPU;
        throw std::runtime_error("device 'cuda' requested, but this LibTorch build sees no CUDA device "
                                 "(Debian's libtorch is built for the CPU only); use cpu or auto");
    }
    throw std::runtime_error("unknown device '" + name + "' (cpu, cuda or auto)");
}

void moveTo(Prepared& p, torch::Device device) {
    p.device = device;
    if (device.is_cpu())
        return;
    for (auto* t : {&p.users, &p.items, &p.values, &p.historyItems, &p.historyValues, &p.pairA, &p.pairB,
                    &p.pairAgreement, &p.rawMin, &p.rawSpan, &p.logFrequency, &p.features.domain, &p.features.genres,
                    &p.features.textIds, &p.features.encodedText, &p.features.userAttributes})
        if (t->defined())
            *t = t->to(device);
}

Prepared prepare(const TrainingData& data, const Split& split, const SiameseOptions& options) {
    Prepared p;
    const auto U = std::int64_t(data.userCount()), I = std::int64_t(data.itemCount());
    const auto L = std::int64_t(options.historyLength);
    for (std::size_t i = 0; i < split.part.size(); ++i) {
        if (split.part[i] == SplitPart::Train)
            p.train.push_back(std::int64_t(i));
        else if (split.part[i] == SplitPart::Validation)
            p.validation.push_back(std::int64_t(i));
    }
    if (p.train.empty())
        throw std::runtime_error("the split has no training interactions");

    std::vector<std::int64_t> users, items;
    std::vector<float> values;
    for (const auto& x : data.interactions) {
        users.push_back(x.user);
        items.push_back(x.item);
        values.push_back(x.value);
    }
    p.users = toTensor(users);
    p.items = toTensor(items);
    p.values = toTensor(values);

    // Histories: a balanced window of L of each user's training interactions, oldest first (stored
    // order among equal timestamps).
    p.historyItems = torch::full({U, std::max<std::int64_t>(L, 1)}, I, torch::kInt64);
    p.historyValues = torch::zeros({U, std::max<std::int64_t>(L, 1)});
    auto hi = p.historyItems.accessor<std::int64_t, 2>();
    auto hv = p.historyValues.accessor<float, 2>();
    std::vector<std::size_t> order;
    for (std::int32_t u = 0; u < data.userCount(); ++u) {
        const auto [begin, end] = data.userRange(u);
        order.clear();
        for (std::size_t i = begin; i < end; ++i)
            if (split.part[i] == SplitPart::Train)
                order.push_back(i);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return data.interactions[a].timestamp < data.interactions[b].timestamp;
        });
        std::vector<std::int32_t> itemDomains(order.size());
        for (std::size_t k = 0; k < order.size(); ++k)
            itemDomains[k] = data.itemDomain[std::size_t(data.interactions[order[k]].item)];
        const auto kept = balancedHistoryWindow(itemDomains, std::size_t(L));
        for (std::size_t k = 0; k < kept.size(); ++k) {
            hi[u][std::int64_t(k)] = data.interactions[order[kept[k]]].item;
            hv[u][std::int64_t(k)] = data.interactions[order[kept[k]]].value;
        }
    }

    // Item features.
    std::vector<std::int64_t> domain(static_cast<std::size_t>(I), 0);
    std::vector<float> rawMin(static_cast<std::size_t>(I)), rawSpan(static_cast<std::size_t>(I));
    for (std::int64_t i = 0; i < I; ++i) {
        const auto& d = data.domains[std::size_t(data.itemDomain[std::size_t(i)])];
        domain[std::size_t(i)] = data.itemDomain[std::size_t(i)];
        rawMin[std::size_t(i)] = float(d.scale.min);
        rawSpan[std::size_t(i)] = float(d.scale.max - d.scale.min);
    }
    p.features.domain = toTensor(domain);
    p.rawMin = toTensor(rawMin);
    p.rawSpan = toTensor(rawSpan);
    p.config.users = U;
    p.config.items = I;
    p.config.domains = std::int64_t(data.domains.size());
    p.config.dimension = options.dimension;
    p.config.heads = options.heads;
    p.config.dropout = options.dropout;
    p.config.rankingBias = options.rankingHead;
    {
        std::vector<float> counts(static_cast<std::size_t>(I), 1.0f); // +1: unseen items stay finite
        for (const auto i : p.train)
            counts[std::size_t(data.interactions[std::size_t(i)].item)] += 1.0f;
        const double total = double(p.train.size()) + double(I);
        for (auto& c : counts)
            c = float(std::log(double(c) / total));
        p.logFrequency = toTensor(counts);
    }
    if (options.useGenres && !data.genreNames.empty()) {
        // One extra row: the padding item (index I) used in histories.
        p.config.genres = std::int64_t(data.genreNames.size());
        p.features.genres = padIdRows(data.itemGenres, std::size_t(I) + 1, 16, p.config.genres);
    }
    if (options.useDemographics && !data.userAttributeNames.empty() &&
        data.userAttributes.size() == std::size_t(U)) {
        p.config.attributes = std::int64_t(data.userAttributeNames.size());
        p.features.userAttributes = padIdRows(data.userAttributes, std::size_t(U),
                                              std::numeric_limits<std::int64_t>::max(), p.config.attributes);
    }
    const bool anyText = std::any_of(data.itemText.begin(), data.itemText.end(), [](const auto& t) { return !t.empty(); });
    if (options.useText && anyText) {
        TextFeatureOptions textOptions;
        textOptions.buckets = options.textBuckets;
        TextFeaturizer featurizer(textOptions);
        std::vector<std::vector<std::int64_t>> ids(static_cast<std::size_t>(I) + 1);
        std::int64_t width = 1;
        for (std::int64_t i = 0; i < I; ++i) {
            for (const auto id : featurizer.features(data.itemText[std::size_t(i)]))
                ids[std::size_t(i)].push_back(std::int64_t(id));
            width = std::max<std::int64_t>(width, std::int64_t(ids[std::size_t(i)].size()));
        }
        width = std::min<std::int64_t>(width, 48);
        if (options.textEncoderPath.empty()) {
            p.config.textBuckets = options.textBuckets;
            p.features.textIds = padRows(ids, width, p.config.textBuckets);
        } else {
            // A user-supplied frozen TorchScript encoder: ids shifted by one so 0 is padding.
            auto encoder = torch::jit::load(options.textEncoderPath);
            encoder.eval();
            auto shifted = padRows(ids, width, -1) + 1;
            torch::NoGradGuard noGrad;
            auto encoded = encoder.forward({shifted}).toTensor().to(torch::kFloat32);
            if (encoded.dim() != 2 || encoded.size(0) != I + 1)
                throw std::runtime_error(options.textEncoderPath + ": the text encoder must map [N, T] ids to [N, D]");
            p.config.encodedTextDim = encoded.size(1);
            p.features.encodedText = encoded.contiguous();
        }
    }

    // Validation ranking users: a seeded sample keeps the per-epoch cost bounded on big projects.
    {
        std::vector<std::vector<std::int64_t>> seen(static_cast<std::size_t>(U)), relevant(static_cast<std::size_t>(U));
        for (std::size_t i = 0; i < split.part.size(); ++i) {
            const auto& x = data.interactions[i];
            if (split.part[i] == SplitPart::Train)
                seen[std::size_t(x.user)].push_back(x.item);
            else if (split.part[i] == SplitPart::Validation && x.value >= kRelevantValue)
                relevant[std::size_t(x.user)].push_back(x.item);
        }
        std::vector<std::int64_t> sampled;
        for (std::int64_t u = 0; u < U; ++u)
            if (!relevant[std::size_t(u)].empty())
                sampled.push_back(u);
        std::mt19937_64 sample(options.seed ^ 0x5EEDull);
        std::shuffle(sampled.begin(), sampled.end(), sample);
        sampled.resize(std::min(sampled.size(), kValidationRankUsers));
        std::sort(sampled.begin(), sampled.end());
        for (const auto u : sampled) {
            std::map<std::int32_t, std::vector<std::int64_t>> byDomain;
            for (const auto item : relevant[std::size_t(u)])
                byDomain[data.itemDomain[std::size_t(item)]].push_back(item);
            for (auto& [listDomain, listItems] : byDomain) {
                p.rankUsers.push_back(u);
                p.rankDomains.push_back(listDomain);
                p.rankSeen.push_back(seen[std::size_t(u)]);
                p.rankRelevant.push_back(std::move(listItems));
            }
        }
    }

    // Paired users: for items with several raters, up to 3 seeded random pairs per item; target =
    // how much the two ratings agree (1 identical .. 0 opposite ends of the scale).
    std::vector<std::vector<std::pair<std::int32_t, float>>> raters(static_cast<std::size_t>(I));
    for (const auto i : p.train) {
        const auto& x = data.interactions[std::size_t(i)];
        raters[std::size_t(x.item)].emplace_back(x.user, x.value);
    }
    std::mt19937_64 random(options.seed ^ 0xA5A5A5A5ull);
    std::vector<std::int64_t> pairA, pairB;
    std::vector<float> agreement;
    for (const auto& list : raters) {
        if (list.size() < 2)
            continue;
        for (int k = 0; k < 3; ++k) {
            const auto a = list[random() % list.size()], b = list[random() % list.size()];
            if (a.first == b.first)
                continue;
            pairA.push_back(a.first);
            pairB.push_back(b.first);
            agreement.push_back(1.0f - std::fabs(a.second - b.second));
        }
    }
    p.pairA = toTensor(pairA);
    p.pairB = toTensor(pairB);
    p.pairAgreement = toTensor(agreement);
    return p;
}

torch::Tensor historyMask(const Prepared& p, const torch::Tensor& history, const torch::Tensor* exclude) {
    auto mask = history.eq(p.config.items);
    if (exclude) // the item being predicted must not be visible in the history (no leakage)
        mask = mask.logical_or(history.eq(exclude->unsqueeze(1)));
    return mask;
}

std::pair<torch::Tensor, torch::Tensor> allVectors(SiameseNet& net, const Prepared& p) {
    torch::NoGradGuard noGrad;
    net->eval();
    std::vector<torch::Tensor> users, items;
    const std::int64_t chunk = 4096;
    for (std::int64_t s = 0; s < p.config.users; s += chunk) {
        const auto ids = torch::arange(s, std::min(s + chunk, p.config.users), torch::dtype(torch::kInt64).device(p.device));
        const auto history = p.historyItems.index_select(0, ids);
        users.push_back(net->userVectors(ids, history, p.historyValues.index_select(0, ids), historyMask(p, history, nullptr)));
    }
    for (std::int64_t s = 0; s < p.config.items; s += chunk)
        items.push_back(net->itemVectors(
            torch::arange(s, std::min(s + chunk, p.config.items), torch::dtype(torch::kInt64).device(p.device))));
    net->train();
    return {torch::cat(users), torch::cat(items)};
}

namespace {

/// Mean NDCG of the validation ranking lists, each over the unseen items of its medium. Scores are
/// those recommendations use: the ranking head's u·i + τ·b when the model has it, else the
/// predicted rating (its user bias is constant per user and left out).
double validationNdcg(SiameseNet& net, const Prepared& p, const torch::Tensor& userVecs, const torch::Tensor& itemVecs) {
    if (p.rankUsers.empty())
        return 0;
    const auto items = torch::arange(p.config.items, torch::dtype(torch::kInt64).device(p.device));
    const auto itemPrior = net->rankingBias ? net->rankingBias->forward(items).squeeze(-1) * kRankingTemperature
                                            : net->itemBias->forward(items).squeeze(-1);
    const std::int64_t k = std::min<std::int64_t>(kValidationRankK, p.config.items);
    double sum = 0;
    const std::size_t chunk = 256;
    for (std::size_t first = 0; first < p.rankUsers.size(); first += chunk) {
        const std::size_t last = std::min(p.rankUsers.size(), first + chunk);
        const auto users = torch::from_blob(const_cast<std::int64_t*>(p.rankUsers.data() + first),
                                            {std::int64_t(last - first)}, torch::kInt64)
                               .to(p.device);
        const auto listDomains = torch::from_blob(const_cast<std::int64_t*>(p.rankDomains.data() + first),
                                            {std::int64_t(last - first)}, torch::kInt64)
                               .to(p.device);
        auto scores = torch::matmul(userVecs.index_select(0, users), itemVecs.t()) + itemPrior.unsqueeze(0);
        scores.masked_fill_(p.features.domain.unsqueeze(0).ne(listDomains.unsqueeze(1)), -INFINITY);
        std::vector<std::int64_t> rows, columns;
        for (std::size_t r = first; r < last; ++r)
            for (const auto item : p.rankSeen[r]) {
                rows.push_back(std::int64_t(r - first));
                columns.push_back(item);
            }
        if (!rows.empty())
            scores.index_put_({toTensor(rows).to(p.device), toTensor(columns).to(p.device)}, -INFINITY);
        const auto top = std::get<1>(scores.topk(k, 1)).to(torch::kCPU).contiguous();
        for (std::size_t r = first; r < last; ++r) {
            const std::span<const std::int64_t> ranked(top.data_ptr<std::int64_t>() + (r - first) * std::size_t(k),
                                                       std::size_t(k));
            sum += detail::rankedNdcg(ranked, std::size_t(k), p.rankRelevant[r]);
        }
    }
    return sum / double(p.rankUsers.size());
}

} // namespace

ValidationScores validate(SiameseNet& net, const Prepared& p) {
    ValidationScores scores;
    if (p.validation.empty())
        return scores;
    torch::NoGradGuard noGrad;
    const auto [userVecs, itemVecs] = allVectors(net, p);
    const auto index = toTensor(p.validation).to(p.device);
    const auto users = p.users.index_select(0, index), items = p.items.index_select(0, index);
    const auto predicted = net->rating(users, items, userVecs.index_select(0, users), itemVecs.index_select(0, items));
    const auto truth = p.values.index_select(0, index);
    scores.loss = torch::mse_loss(predicted, truth).item<double>();
    const auto span = p.rawSpan.index_select(0, items);
    scores.rmse = std::sqrt(((predicted.clamp(0, 1) - truth) * span).pow(2).mean().item<double>());
    scores.ndcg = validationNdcg(net, p, userVecs, itemVecs);
    return scores;
}

} // namespace kindred::siamese
