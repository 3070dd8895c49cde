// Training of the Siamese twin network (formulas and contract in kindred/train/TwinNetwork.h):
// the ranking stage (item encoder, per-item scale and appeal, demographic vectors), then the
// rating head on the frozen encoder. LibTorch; the trained model is a torch-free TwinModel.
#include "TorchModule.h"
#include "kindred/train/TwinNetwork.h"

#include "../model/TwinModel.h"
#include "../train/KindredPeople.h"
#include "../train/BaselineSupport.h"
#include "SiamesePrepared.h"
#include "../train/TwinMemory.h"
#include "kindred/common/Progress.h"
#include "kindred/text/TextFeatures.h"
#include "kindred/train/DataParallel.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <Eigen/Core>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <numeric>
#include <optional>
#include <random>
#include <span>
#include <sstream>

namespace kindred {

namespace {

using Clock = std::chrono::steady_clock;
using siamese::padIdRows;
using siamese::padRows;
using siamese::toTensor;
namespace F = torch::nn::functional;

constexpr std::size_t kValidationUsers = 2000; ///< validation ranking: a seeded sample per medium
constexpr std::int64_t kValidationK = 10;
constexpr std::int64_t kScoreBatch = 512;      ///< people scored at once in validation
constexpr double kCheckpointSeconds = 20;     ///< least time between two epoch checkpoints
/// A ranking epoch visits at most this many people, the first of that epoch's seeded shuffle
/// (everyone below it): validation, early stopping and checkpoints then come every 512 steps of
/// 64 people at most, not once per pass over 162,541 people (150 s a pass on 2 cores at 25 M).
constexpr std::size_t kEpochPeople = 32768;

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

using detail::RankingList;

/// The training data in the form the loops index.
struct TwinData {
    std::int64_t users = 0, items = 0;
    int domains = 1;
    std::vector<std::vector<std::int32_t>> trainItems; ///< per user, ascending, distinct
    std::vector<std::vector<std::int32_t>> liked;      ///< per user: train items liked (the targets)
    std::vector<torch::Tensor> domainItems;            ///< per domain: its item indexes (int64)
    std::vector<std::int64_t> positionInDomain;        ///< per item: its place in domainItems of its domain
    std::vector<std::int32_t> itemDomain;
    std::vector<RankingList> rankLists;
    torch::Tensor genreIds, textIds, attributeIds; ///< padded id rows, or undefined
    std::int64_t genres = 0, textBuckets = 0, attributes = 0;
    // Rating stage.
    std::vector<detail::Rating> trainRatings, validationRatings;
    std::vector<float> itemSpan;   ///< raw span of each item's domain (1 for implicit ones)
    std::vector<bool> itemExplicit;
    std::vector<float> domainMean; ///< per domain, over train ratings
};

bool liked(const TrainingData& data, const Interaction& x, double relevance) {
    const bool isExplicit = data.domains[std::size_t(data.itemDomain[std::size_t(x.item)])].isExplicit;
    return isExplicit ? double(x.value) >= relevance - 1e-6 : x.value > 0;
}

TwinData prepareTwinData(const TrainingData& data, const Split& split, const TwinOptions& options) {
    TwinData d;
    d.users = data.userCount();
    d.items = data.itemCount();
    d.domains = std::max<int>(1, int(data.domains.size()));
    d.itemDomain = data.itemDomain;
    d.trainItems.resize(std::size_t(d.users));
    d.liked.resize(std::size_t(d.users));
    std::vector<std::vector<std::pair<int, std::int32_t>>> relevantByUser(std::size_t(d.users));
    for (std::size_t k = 0; k < data.interactions.size(); ++k) {
        const auto& x = data.interactions[k];
        if (split.part[k] == SplitPart::Train) {
            d.trainItems[std::size_t(x.user)].push_back(x.item);
            if (liked(data, x, options.relevance))
                d.liked[std::size_t(x.user)].push_back(x.item);
        } else if (split.part[k] == SplitPart::Validation && liked(data, x, 0.75)) {
            // Validation relevance is the evaluation's (≥ 4 of 5), whatever the training target.
            relevantByUser[std::size_t(x.user)].push_back({data.itemDomain[std::size_t(x.item)], x.item});
        }
    }
    for (auto* lists : {&d.trainItems, &d.liked})
        for (auto& items : *lists) {
            std::sort(items.begin(), items.end());
            items.erase(std::unique(items.begin(), items.end()), items.end());
        }
    if (std::all_of(d.liked.begin(), d.liked.end(), [](const auto& v) { return v.empty(); }))
        throw std::runtime_error("no training rating reaches the relevance threshold; nothing to learn a ranking from");

    std::vector<std::vector<std::int64_t>> perDomain(std::size_t(d.domains));
    d.positionInDomain.resize(std::size_t(d.items));
    for (std::int64_t i = 0; i < d.items; ++i) {
        auto& items = perDomain[std::size_t(d.itemDomain[std::size_t(i)])];
        d.positionInDomain[std::size_t(i)] = std::int64_t(items.size());
        items.push_back(i);
    }
    for (const auto& items : perDomain)
        d.domainItems.push_back(toTensor(items));

    // Validation ranking lists, a seeded sample of people per medium.
    for (int domain = 0; domain < d.domains; ++domain) {
        std::vector<RankingList> lists;
        for (std::int32_t u = 0; u < d.users; ++u) {
            RankingList list{u, domain, {}};
            for (const auto& [m, item] : relevantByUser[std::size_t(u)])
                if (m == domain && !std::binary_search(d.trainItems[std::size_t(u)].begin(),
                                                       d.trainItems[std::size_t(u)].end(), item))
                    list.relevant.push_back(item);
            if (!list.relevant.empty())
                lists.push_back(std::move(list));
        }
        std::mt19937_64 random(options.seed ^ (0x5EEDull + std::uint64_t(domain)));
        std::shuffle(lists.begin(), lists.end(), random);
        lists.resize(std::min(lists.size(), kValidationUsers));
        for (auto& list : lists)
            d.rankLists.push_back(std::move(list));
    }

    if (options.useGenres && !data.genreNames.empty()) {
        d.genres = std::int64_t(data.genreNames.size());
        d.genreIds = padIdRows(data.itemGenres, std::size_t(d.items), 16, d.genres);
    }
    const bool anyText = std::any_of(data.itemText.begin(), data.itemText.end(), [](const auto& t) { return !t.empty(); });
    if (options.useText && anyText) {
        TextFeatureOptions textOptions;
        textOptions.buckets = options.textBuckets;
        TextFeaturizer featurizer(textOptions);
        std::vector<std::vector<std::int64_t>> ids(static_cast<std::size_t>(d.items));
        std::int64_t width = 1;
        for (std::int64_t i = 0; i < d.items; ++i) {
            for (const auto id : featurizer.features(data.itemText[std::size_t(i)]))
                ids[std::size_t(i)].push_back(std::int64_t(id));
            width = std::max<std::int64_t>(width, std::int64_t(ids[std::size_t(i)].size()));
        }
        d.textBuckets = options.textBuckets;
        d.textIds = padRows(ids, std::min<std::int64_t>(width, 48), d.textBuckets);
    }
    if (options.useDemographics && !data.userAttributeNames.empty() && data.userAttributes.size() == std::size_t(d.users)) {
        d.attributes = std::int64_t(data.userAttributeNames.size());
        d.attributeIds = padIdRows(data.userAttributes, std::size_t(d.users), 64, d.attributes);
    }

    d.trainRatings = detail::ratingsOf(data, split, SplitPart::Train);
    d.validationRatings = detail::ratingsOf(data, split, SplitPart::Validation);
    d.itemSpan = detail::itemRawSpan(data);
    d.domainMean = detail::domainMeans(data, d.trainRatings);
    d.itemExplicit.resize(std::size_t(d.items));
    for (std::int64_t i = 0; i < d.items; ++i)
        d.itemExplicit[std::size_t(i)] = data.domains[std::size_t(d.itemDomain[std::size_t(i)])].isExplicit;
    return d;
}

/// The ranking stage's parameters.
struct TwinNetImpl : torch::nn::Module {
    TwinNetImpl(const TwinData& d, std::int64_t dimension) {
        id = register_parameter("id", torch::empty({d.items, dimension}));
        torch::nn::init::xavier_uniform_(id);
        auto bag = [&](const char* name, std::int64_t count) {
            auto layer = torch::nn::EmbeddingBag(
                torch::nn::EmbeddingBagOptions(count + 1, dimension).mode(torch::kMean).padding_idx(count));
            torch::NoGradGuard noGrad;
            layer->weight.normal_(0.0, 0.01);
            layer->weight[count].zero_();
            return register_module(name, layer);
        };
        if (d.genres > 0) {
            genre = bag("genre", d.genres);
            genreIds = register_buffer("genre_ids", d.genreIds);
        }
        if (d.textBuckets > 0) {
            text = bag("text", d.textBuckets);
            textIds = register_buffer("text_ids", d.textIds);
        }
        if (d.attributes > 0) {
            people = bag("people", d.attributes);
            torch::NoGradGuard noGrad;
            people->weight.zero_(); // "people like you" starts neutral
            attributeIds = register_buffer("attribute_ids", d.attributeIds);
        }
        logScale = register_parameter("log_scale", torch::zeros({d.items}));
        appeal = register_parameter("appeal", torch::zeros({d.items}));
    }

    /// a_i for every item: [items, dimension], unit rows.
    torch::Tensor encodings() {
        auto e = id;
        if (genre)
            e = e + genre->forward(genreIds);
        if (text)
            e = e + text->forward(textIds);
        return F::normalize(e, F::NormalizeFuncOptions().dim(1));
    }
    /// a_i for `items` [n] only: [n, dimension]. With sparseGradient the id table's gradient is
    /// sparse (the rows of `items`), as RowAdam reads it.
    torch::Tensor encodings(const torch::Tensor& items, bool sparseGradient) {
        auto e = torch::embedding(id, items, -1, false, sparseGradient);
        if (genre)
            e = e + genre->forward(genreIds.index_select(0, items));
        if (text)
            e = e + text->forward(textIds.index_select(0, items));
        return F::normalize(e, F::NormalizeFuncOptions().dim(1));
    }
    /// c for people [B] (zeros without demographics): [B, dimension].
    torch::Tensor demographics(const torch::Tensor& users) {
        if (!people)
            return {};
        return people->forward(attributeIds.index_select(0, users));
    }

    torch::Tensor id, logScale, appeal;
    torch::Tensor genreIds, textIds, attributeIds;
    torch::nn::EmbeddingBag genre{nullptr}, text{nullptr}, people{nullptr};
};
TORCH_MODULE(TwinNet);

/// A network initialised from LibTorch's process-wide generator seeded with options.seed; one at a
/// time, so that members of a group in one process (threads) draw what one process alone draws.
TwinNet seededNetwork(const TwinData& d, const TwinOptions& options) {
    static std::mutex drawing;
    const std::lock_guard<std::mutex> lock(drawing);
    torch::manual_seed(options.seed);
    return TwinNet(d, options.dimension);
}

/// The train histories of `rows` as (row position, item) pairs, row by row.
struct HistoryEntries {
    std::vector<std::int64_t> row, item;
};

HistoryEntries historyEntries(const TwinData& d, std::span<const std::int64_t> rows) {
    HistoryEntries h;
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (const std::int32_t item : d.trainItems[std::size_t(rows[r])]) {
            h.row.push_back(std::int64_t(r));
            h.item.push_back(item);
        }
    return h;
}

/// Person vectors u = Σ_{j ∈ history} a_j (+ c) for `rows`, from every item's encodings.
torch::Tensor personVectors(TwinNet& net, const TwinData& d, const torch::Tensor& encodings,
                            const std::vector<std::int64_t>& rows, torch::Device device) {
    const HistoryEntries h = historyEntries(d, rows);
    auto u = torch::zeros({std::int64_t(rows.size()), encodings.size(1)}, encodings.options());
    if (!h.item.empty())
        u = u.index_add(0, toTensor(h.row).to(device), encodings.index_select(0, toTensor(h.item).to(device)));
    if (net->people)
        u = u + net->demographics(toTensor(rows).to(device));
    return u;
}

/// table.index_select(0, index) for a float table on the CPU, whose backward adds each gradient
/// row into its table row in one pass. LibTorch 1.13's own backward (index_add on the CPU) runs
/// a TensorIterator per index: about a tenth of a step on 25 M ratings, where a step gathers
/// some 14,000 rows. The same additions in the same order (index order), so the same bits.
struct GatherRows : torch::autograd::Function<GatherRows> {
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& table,
                                 const torch::Tensor& index) {
        context->save_for_backward({index});
        context->saved_data["rows"] = table.size(0);
        return table.index_select(0, index);
    }
    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* context,
                                                   const torch::autograd::variable_list& gradients) {
        const auto index = context->get_saved_variables()[0].contiguous();
        const auto gradient = gradients[0].contiguous();
        auto table = torch::zeros({context->saved_data["rows"].toInt(), gradient.size(1)}, gradient.options());
        const std::int64_t width = gradient.size(1), count = index.size(0);
        const auto* at = index.data_ptr<std::int64_t>();
        const auto* from = gradient.data_ptr<float>();
        auto* to = table.data_ptr<float>();
        for (std::int64_t k = 0; k < count; ++k)
            Eigen::Map<Eigen::ArrayXf>(to + at[k] * width, width) += Eigen::Map<const Eigen::ArrayXf>(from + k * width, width);
        return {table, torch::Tensor()};
    }
};

/// table.index_select(0, index) with a gradient for `table` (GatherRows where it applies).
torch::Tensor gatherRows(const torch::Tensor& table, const torch::Tensor& index) {
    if (table.is_cpu() && table.dim() == 2 && table.scalar_type() == torch::kFloat32 &&
        index.scalar_type() == torch::kInt64 && table.requires_grad())
        return GatherRows::apply(table, index);
    return table.index_select(0, index);
}

/// Per medium, how many of `rows` liked something in it: the ranking loss's denominators.
std::vector<double> likersPerDomain(const TwinData& d, std::span<const std::int64_t> rows) {
    std::vector<double> likers(std::size_t(d.domains), 0.0);
    std::vector<char> likes(std::size_t(d.domains));
    for (const std::int64_t row : rows) {
        std::fill(likes.begin(), likes.end(), 0);
        for (const std::int32_t item : d.liked[std::size_t(row)])
            likes[std::size_t(d.itemDomain[std::size_t(item)])] = 1;
        for (std::size_t m = 0; m < likes.size(); ++m)
            likers[m] += likes[m];
    }
    return likers;
}

/// The gradients of a network's parameters as views into one flat buffer (with one more slot for
/// the step's loss), so that the whole step's gradient crosses the group in one exchange, in place.
/// Backward accumulates into the views.
class FlatGradients {
public:
    explicit FlatGradients(std::vector<torch::Tensor> parameters) : m_parameters(std::move(parameters)) {
        std::int64_t total = 0;
        for (const auto& p : m_parameters)
            total += p.numel();
        m_flat = torch::zeros({total + 1});
        std::int64_t offset = 0;
        for (auto& p : m_parameters) {
            p.mutable_grad() = m_flat.slice(0, offset, offset + p.numel()).view_as(p);
            offset += p.numel();
        }
    }
    /// Zeroes every gradient in place (the optimiser's zero_grad() would detach the views).
    void zero() { m_flat.zero_(); }
    /// Sums the gradients and `loss` over the group: afterwards every process holds the gradient
    /// of the whole step, as one process computing it alone would.
    void sum(DataParallelGroup& group, double& loss) {
        std::int64_t offset = 0;
        for (const auto& p : m_parameters) {
            if (p.grad().data_ptr() != m_flat.data_ptr<float>() + offset) // autograd replaced the view
                throw std::logic_error("a gradient left the shared buffer");
            offset += p.numel();
        }
        m_flat[offset] = float(loss);
        group.sum(std::span<float>(m_flat.data_ptr<float>(), std::size_t(m_flat.numel())));
        loss = double(m_flat[offset].item<float>());
    }

private:
    std::vector<torch::Tensor> m_parameters;
    torch::Tensor m_flat;
};

/// Every process starts from rank 0's parameters (not only from the same seed: LibTorch builds
/// on different machines need not draw alike).
void startFromRankZero(DataParallelGroup& group, TwinNet& net) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> tensors = net->parameters();
    auto flat = torch::nn::utils::parameters_to_vector(tensors); // a copy (torch::cat)
    if (group.rank() != 0)
        flat.zero_();
    group.sum(std::span<float>(flat.data_ptr<float>(), std::size_t(flat.numel())));
    std::int64_t offset = 0;
    for (auto& p : tensors) {
        p.copy_(flat.slice(0, offset, offset + p.numel()).view_as(p));
        offset += p.numel();
    }
}

/// Ranking scores σ_i (u · a_i) + b_i of the encoder for `users`: [users, items] on the CPU.
torch::Tensor encoderScores(TwinNet& net, const TwinData& d, const std::vector<std::int64_t>& users,
                            torch::Device device) {
    torch::NoGradGuard noGrad;
    const auto encodings = net->encodings();
    const auto u = personVectors(net, d, encodings, users, device);
    return (u.mm(encodings.t()) * net->logScale.exp() + net->appeal).to(torch::kCPU).contiguous();
}

/// Mean NDCG@10 over the validation ranking lists (the evaluation's definition). With a group,
/// each process ranks its share of the lists and the sums are added up.
double validationNdcg(TwinNet& net, const TwinData& d, torch::Device device, DataParallelGroup* group) {
    if (d.rankLists.empty())
        return std::nan("");
    double sum = 0;
    const auto [first, last] = group ? group->share(d.rankLists.size()) : std::pair{std::size_t(0), d.rankLists.size()};
    for (std::size_t begin = first; begin < last; begin += kScoreBatch) {
        const std::size_t end = std::min(last, begin + std::size_t(kScoreBatch));
        std::vector<std::int64_t> rows;
        for (std::size_t l = begin; l < end; ++l)
            rows.push_back(d.rankLists[l].user);
        auto scores = encoderScores(net, d, rows, device);
        auto access = scores.accessor<float, 2>();
        for (std::size_t l = begin; l < end; ++l) {
            const RankingList& list = d.rankLists[l];
            const auto r = std::int64_t(l - begin);
            // Only this medium's items that the person did not rate in training are candidates.
            for (std::int64_t i = 0; i < d.items; ++i)
                if (d.itemDomain[std::size_t(i)] != list.domain)
                    access[r][i] = -INFINITY;
            for (std::int32_t i : d.trainItems[std::size_t(list.user)])
                access[r][i] = -INFINITY;
        }
        const auto top = std::get<1>(scores.topk(kValidationK, 1)).contiguous();
        for (std::size_t l = begin; l < end; ++l) {
            const std::span<const std::int64_t> ranked(top.data_ptr<std::int64_t>() + (l - begin) * kValidationK,
                                                       std::size_t(kValidationK));
            sum += detail::rankedNdcg(ranked, std::size_t(kValidationK), d.rankLists[l].relevant);
        }
    }
    if (group)
        group->sum(std::span<double>(&sum, 1));
    return sum / double(d.rankLists.size());
}

/// True when some medium of `d` is scored on samples (TwinOptions::samplesMedium).
bool samplesItems(const TwinData& d, const TwinOptions& options) {
    return std::any_of(d.domainItems.begin(), d.domainItems.end(),
                       [&](const torch::Tensor& items) { return options.samplesMedium(items.size(0)); });
}

/// One medium's part of a step: the items it scores and the step's history entries in it.
struct MediumPart {
    std::vector<std::int64_t> columns;  ///< items scored: all of the medium's, or a sample of them
    bool sampled = false;
    double weight = 1;                  ///< each column stands for this many of the medium's items
    std::vector<std::int64_t> entries;  ///< indexes into the step's history entries
    std::vector<std::int64_t> cell;     ///< unsampled: per entry, its row × columns.size() + its column
    /// sampled: the cells (row × columns.size() + column) whose drawn item is in that row's history
    std::vector<std::int64_t> historyCells;
    std::vector<float> liked;           ///< per entry: 1 when liked
    std::vector<float> likedCount;      ///< per row: items liked in the medium
};

/// The step's media parts (only media someone in `step` liked something in; the others empty).
/// A medium that options.samplesMedium is scored on options.sampledItems of its items drawn
/// uniformly with replacement (LibTorch's generator).
std::vector<MediumPart> mediumParts(const TwinData& d, const TwinOptions& options, const std::vector<double>& likers,
                                    std::int64_t rowCount, const std::vector<std::int64_t>& entryRow,
                                    const std::vector<std::int64_t>& entryItem, const std::vector<float>& entryLiked) {
    std::vector<MediumPart> parts(std::size_t(d.domains));
    for (int m = 0; m < d.domains; ++m) {
        if (likers[std::size_t(m)] == 0)
            continue;
        auto& part = parts[std::size_t(m)];
        const auto& all = d.domainItems[std::size_t(m)];
        const std::int64_t n = all.size(0), draws = options.sampledItems;
        part.sampled = options.samplesMedium(n);
        const auto chosen = part.sampled ? all.index_select(0, torch::randint(n, {draws}, torch::kInt64)) : all;
        part.columns.assign(chosen.data_ptr<std::int64_t>(), chosen.data_ptr<std::int64_t>() + chosen.size(0));
        part.weight = double(n) / double(part.columns.size());
        part.likedCount.assign(std::size_t(rowCount), 0.0f);
        std::vector<std::pair<std::int64_t, std::int64_t>> drawn; // (item, column), sampled only
        if (part.sampled) {
            for (std::size_t c = 0; c < part.columns.size(); ++c)
                drawn.emplace_back(part.columns[c], std::int64_t(c));
            std::sort(drawn.begin(), drawn.end());
        }
        for (std::size_t e = 0; e < entryItem.size(); ++e) {
            const auto item = std::size_t(entryItem[e]);
            if (d.itemDomain[item] != m)
                continue;
            part.entries.push_back(std::int64_t(e));
            part.liked.push_back(entryLiked[e]);
            part.likedCount[std::size_t(entryRow[e])] += entryLiked[e];
            if (!part.sampled)
                part.cell.push_back(entryRow[e] * n + d.positionInDomain[item]);
            const auto first = std::lower_bound(drawn.begin(), drawn.end(), std::pair{entryItem[e], std::int64_t(0)});
            for (auto at = first; at != drawn.end() && at->first == entryItem[e]; ++at)
                part.historyCells.push_back(entryRow[e] * draws + at->second);
        }
    }
    return parts;
}

/// The ranking loss of `rows`, this process's part of a step of `step` people, with its gradient
/// accumulated into the parameters; returns the loss. With s_i the item's scale, b_i its appeal
/// and x the (dropped-out) history, o_i = s_i (u · a_i − x_i) + b_i is the person's output (each
/// history item left out of its own reconstruction, a_i · a_i = 1); per medium m and person who
/// liked n of its items, the loss is |o/|o| − t/|t||² = 2 − 2 Σ_{liked} o_i / (√n |o|), summed
/// over those people and divided by how many of them the step holds, then summed over media.
/// |o|² = Σ_{i ∈ m, not in the history} p_i² + Σ_{history} o_i² with p_i = s_i u · a_i + b_i:
/// the first sum exact (every item's p² less the history's), or estimated from a sample's items
/// outside the history; the second exact.
/// With sampled media only the items the step touches are encoded (`sparseGradient`: the id
/// table's gradient is sparse).
double backwardRanking(TwinNet& net, const TwinData& d, const TwinOptions& options, const std::vector<std::int64_t>& rows,
                       std::span<const std::int64_t> step, torch::Device device, bool sparseGradient) {
    const auto likers = likersPerDomain(d, step);
    const auto B = std::int64_t(rows.size());
    std::vector<std::int64_t> entryRow, entryItem, offsets;
    std::vector<float> entryLiked;
    for (std::int64_t r = 0; r < B; ++r) {
        offsets.push_back(std::int64_t(entryItem.size()));
        const auto& liked = d.liked[std::size_t(rows[std::size_t(r)])];
        auto next = liked.begin(); // both lists ascend; liked ⊂ history
        for (const std::int32_t item : d.trainItems[std::size_t(rows[std::size_t(r)])]) {
            const bool isLiked = next != liked.end() && *next == item;
            next += isLiked ? 1 : 0;
            entryRow.push_back(r);
            entryItem.push_back(item);
            entryLiked.push_back(isLiked ? 1.0f : 0.0f);
        }
    }
    const auto parts = mediumParts(d, options, likers, B, entryRow, entryItem, entryLiked);
    const bool sampled = samplesItems(d, options); // for the whole run, as the optimiser's set-up

    // The encodings of every item, or (sampled) of the items the step touches, and each item's row in them.
    torch::Tensor codes;
    std::vector<std::int64_t> local(std::size_t(d.items), -1);
    if (!sampled) {
        codes = net->encodings();
        std::iota(local.begin(), local.end(), std::int64_t(0));
    } else {
        std::vector<std::int64_t> touched;
        auto touch = [&](std::int64_t item) {
            if (local[std::size_t(item)] < 0) {
                local[std::size_t(item)] = std::int64_t(touched.size());
                touched.push_back(item);
            }
        };
        for (const auto item : entryItem)
            touch(item);
        for (const auto& part : parts)
            for (const auto item : part.columns)
                touch(item);
        codes = net->encodings(toTensor(touched).to(device), sparseGradient);
    }
    auto toLocal = [&](const std::vector<std::int64_t>& items) {
        std::vector<std::int64_t> out(items.size());
        for (std::size_t k = 0; k < items.size(); ++k)
            out[k] = local[std::size_t(items[k])];
        return toTensor(out).to(device);
    };

    auto x = torch::ones({std::int64_t(entryItem.size())}, torch::TensorOptions(device));
    if (options.inputDropout > 0)
        x = F::dropout(x, F::DropoutFuncOptions().p(options.inputDropout).training(true));
    const auto historyLocal = toLocal(entryItem);
    auto bag = F::EmbeddingBagFuncOptions().offsets(toTensor(offsets).to(device)).mode(torch::kSum);
    if (options.inputDropout > 0) // else every weight is 1: the bag's plain sum (a faster kernel)
        bag = bag.per_sample_weights(x);
    auto u = F::embedding_bag(historyLocal, codes, bag);
    if (net->people)
        u = u + net->demographics(toTensor(rows).to(device));

    const auto scale = net->logScale.exp();
    const auto allEntryRows = toTensor(entryRow).to(device), allEntryItems = toTensor(entryItem).to(device);
    auto loss = torch::zeros({}, u.options());
    for (int m = 0; m < d.domains; ++m) {
        const auto& part = parts[std::size_t(m)];
        if (part.columns.empty())
            continue;
        const auto columns = toTensor(part.columns).to(device);
        const auto columnScale = scale.index_select(0, columns);
        const auto columnCodes = !sampled && d.domains == 1 ? codes : gatherRows(codes, toLocal(part.columns));
        const auto scores = u.mm(columnCodes.t()) * columnScale + net->appeal.index_select(0, columns);
        // Σ p² over the medium's items outside the history (o = p there): scored in full, every
        // item's p² less the history's (below); sampled, the drawn items outside the row's history
        // × n/S, an estimate that cannot go below 0 (the history's exact p² taken from an
        // estimated total could, and did on 25 M ratings).
        auto squared = scores.pow(2);
        if (!part.historyCells.empty())
            squared = squared.reshape({-1}).index_fill(0, toTensor(part.historyCells).to(device), 0.0).view_as(scores);
        auto squares = squared.sum(1) * part.weight;
        if (!part.entries.empty()) {
            const auto entries = toTensor(part.entries).to(device);
            const auto rowsOfEntries = allEntryRows.index_select(0, entries);
            const auto itemsOfEntries = allEntryItems.index_select(0, entries);
            const auto entryScale = scale.index_select(0, itemsOfEntries);
            // p_i of the history entries: read from the scores, or (sampled) one dot product each.
            const auto p = part.sampled ? (gatherRows(u, rowsOfEntries) *
                                           gatherRows(codes, historyLocal.index_select(0, entries)))
                                                  .sum(1) *
                                              entryScale +
                                              net->appeal.index_select(0, itemsOfEntries)
                                        : scores.reshape({-1}).index_select(0, toTensor(part.cell).to(device));
            const auto o = p - entryScale * x.index_select(0, entries);
            squares = squares.index_add(0, rowsOfEntries, part.sampled ? o.pow(2) : o.pow(2) - p.pow(2));
            const auto dot = torch::zeros({B}, u.options()).index_add(0, rowsOfEntries, o * toTensor(part.liked).to(device));
            const auto count = toTensor(part.likedCount).to(device);
            const auto has = count.gt(0).to(u.dtype());
            const auto norm = squares.clamp_min(1e-24).sqrt().clamp_min(1e-12);
            loss = loss + (has * 2 - 2 * dot / (count.clamp_min(1).sqrt() * norm)).sum() / likers[std::size_t(m)];
        }
    }
    loss.backward();
    return loss.item<double>();
}

/// Adam on the rows of a table that a step touched, as PyTorch's SparseAdam: the other rows and
/// their moments stay as they are. The moments and the step count are buffers, so a checkpoint
/// carries them. Reads a sparse gradient (its rows) or a dense one (its non-zero rows).
struct RowAdamImpl : torch::nn::Module {
    RowAdamImpl(const torch::Tensor& table, double learningRate) : rate(learningRate) {
        first = register_buffer("first_moment", torch::zeros_like(table));
        second = register_buffer("second_moment", torch::zeros_like(table));
        steps = register_buffer("steps", torch::zeros({1}, torch::kFloat64));
    }
    void step(torch::Tensor& table) {
        torch::NoGradGuard noGrad;
        auto gradient = table.grad();
        if (!gradient.defined())
            return;
        torch::Tensor rows, values;
        if (gradient.is_sparse()) {
            gradient = gradient.coalesce();
            rows = gradient.indices()[0];
            values = gradient.values();
        } else {
            rows = gradient.ne(0).any(1).nonzero().squeeze(1);
            values = gradient.index_select(0, rows);
        }
        steps += 1;
        const double t = steps.item<double>();
        if (table.is_cpu() && table.scalar_type() == torch::kFloat32 && table.is_contiguous() &&
            first.is_contiguous() && second.is_contiguous())
            stepRowsInPlace(table, rows.contiguous(), values.contiguous(), t);
        else
            stepRows(table, rows, values, t);
    }
    /// The update as tensor operations (any device).
    void stepRows(torch::Tensor& table, const torch::Tensor& rows, const torch::Tensor& values, double t) {
        const auto m = first.index_select(0, rows).mul_(kBeta1).add_(values, 1 - kBeta1);
        const auto v = second.index_select(0, rows).mul_(kBeta2).addcmul_(values, values, 1 - kBeta2);
        first.index_copy_(0, rows, m);
        second.index_copy_(0, rows, v);
        const auto update = (m / (1 - std::pow(kBeta1, t))) / ((v / (1 - std::pow(kBeta2, t))).sqrt() + kEpsilon);
        table.index_add_(0, rows, update.mul(-rate));
    }
    /// The same update in one pass over the rows (CPU, float), vectorised (Eigen): the tensor form
    /// makes about ten passes over rows × dimension, each with a fresh output, and a scalar loop
    /// does not vectorise (std::sqrt sets errno). `rows` are distinct.
    void stepRowsInPlace(torch::Tensor& table, const torch::Tensor& rows, const torch::Tensor& values, double t) {
        using Row = Eigen::Map<Eigen::ArrayXf>;
        const std::int64_t width = table.size(1), count = rows.size(0);
        const auto correction1 = float(1 - std::pow(kBeta1, t)), correction2 = float(1 - std::pow(kBeta2, t));
        const auto* row = rows.data_ptr<std::int64_t>();
        const auto* g = values.data_ptr<float>();
        float *w = table.data_ptr<float>(), *m = first.data_ptr<float>(), *v = second.data_ptr<float>();
        const auto b1 = float(kBeta1), b2 = float(kBeta2), step = float(rate), epsilon = float(kEpsilon);
        for (std::int64_t k = 0; k < count; ++k) {
            const std::int64_t at = row[k] * width;
            const Eigen::Map<const Eigen::ArrayXf> gk(g + k * width, width);
            Row mk(m + at, width), vk(v + at, width), wk(w + at, width);
            mk = b1 * mk + (1 - b1) * gk;
            vk = b2 * vk + (1 - b2) * gk * gk;
            wk -= step * (mk / correction1) / ((vk / correction2).sqrt() + epsilon);
        }
    }
    static constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEpsilon = 1e-8; ///< torch::optim::Adam's defaults
    double rate;
    torch::Tensor first, second, steps;
};
TORCH_MODULE(RowAdam);

/// The loop's state that a checkpoint carries besides the network and optimiser.
struct LoopState {
    int nextEpoch = 1;
    double bestNdcg = -1;
    int bestEpoch = 0;
    int withoutImprovement = 0;
    std::string bestState; ///< the network at its best epoch
    std::vector<EpochRecord> history;
};

std::string saveCheckpoint(TwinNet& net, torch::optim::Adam& optimizer, RowAdam& rows, const LoopState& state) {
    const nlohmann::json loop = {{"next_epoch", state.nextEpoch},
                                 {"best_ndcg", state.bestNdcg},
                                 {"best_epoch", state.bestEpoch},
                                 {"without_improvement", state.withoutImprovement},
                                 {"history", historyToJson(state.history)}};
    return siamese::writeCheckpoint(*net, optimizer, loop.dump(), state.bestState, rows ? rows.get() : nullptr);
}

void loadCheckpoint(const std::string& bytes, TwinNet& net, torch::optim::Adam& optimizer, RowAdam& rows,
                    LoopState& state, torch::Device device) {
    const auto parts = siamese::readCheckpoint(bytes, *net, optimizer, device, rows ? rows.get() : nullptr);
    const auto loop = nlohmann::json::parse(parts.loopJson);
    state.nextEpoch = loop.at("next_epoch");
    state.bestNdcg = loop.at("best_ndcg");
    state.bestEpoch = loop.at("best_epoch");
    state.withoutImprovement = loop.at("without_improvement");
    state.history = historyFromJson(loop.at("history").get<std::string>());
    state.bestState = parts.bestState;
}

std::vector<float> toVector(const torch::Tensor& t) {
    const auto host = t.detach().to(torch::kCPU).contiguous().to(torch::kFloat32);
    return {host.data_ptr<float>(), host.data_ptr<float>() + host.numel()};
}

/// The ranking stage: trains `net` and leaves it at its best epoch. With a group of N, this
/// process computes batchUsers people of every step and its share of the validation lists, and
/// the gradients are summed (DataParallel.h): each step is the one a single process would take
/// with batchUsers × N people and a learning rate √N × learningRate.
void trainRanking(TwinNet& net, const TwinData& d, const TwinOptions& options, torch::Device device,
                  ProgressToken* token, const std::function<void(const TrainingEvent&)>& onEvent,
                  const std::function<void(const std::string&, int)>& onCheckpoint, const std::string& resumeFrom,
                  DataParallelGroup* group, LoopState& state) {
    if (group)
        startFromRankZero(*group, net);
    // A group's step sees N × batchUsers people; Adam's step follows the square-root scaling rule
    // (Malladi et al., 2022), which kept Douban's test NDCG at 0.998 × one process's (0.974 × without).
    const double learningRate = options.learningRate * std::sqrt(double(group ? group->size() : 1));
    // With sampled items a step touches a few rows of the id table: RowAdam moves only those.
    const bool sampled = samplesItems(d, options);
    RowAdam rowAdam{nullptr};
    std::vector<torch::Tensor> dense;
    for (const auto& parameter : net->parameters())
        if (!sampled || !parameter.is_same(net->id))
            dense.push_back(parameter);
    if (sampled)
        rowAdam = RowAdam(net->id, learningRate);
    torch::optim::Adam optimizer(dense, torch::optim::AdamOptions(learningRate));
    // A group sums dense gradients (FlatGradients); one process keeps the id table's sparse.
    const bool sparseGradient = sampled && !group;
    if (!resumeFrom.empty())
        loadCheckpoint(resumeFrom, net, optimizer, rowAdam, state, device);
    std::optional<FlatGradients> gradients;
    if (group)
        gradients.emplace(net->parameters());
    std::vector<std::int64_t> people;
    for (std::int64_t u = 0; u < d.users; ++u)
        if (!d.trainItems[std::size_t(u)].empty())
            people.push_back(u);
    // batchUsers people per process: a step of a group of N sees N × batchUsers people.
    const auto batch = std::size_t(std::max(1, options.batchUsers)) * std::size_t(group ? group->size() : 1);
    const std::size_t visited = std::min(people.size(), kEpochPeople);
    const auto batches = std::int64_t((visited + batch - 1) / batch);
    const auto started = Clock::now();
    auto lastCheckpoint = Clock::time_point{}; // the first epoch's checkpoint is always written
    const int firstEpoch = state.nextEpoch;
    for (int epoch = state.nextEpoch; epoch <= options.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        // Seeded per epoch, so a resumed run draws what the uninterrupted one drew.
        // Shuffled from the same (ascending) order every epoch: the order must not depend on
        // earlier epochs' shuffles, which a resumed run did not draw.
        std::mt19937_64 random(options.seed + std::uint64_t(epoch) * 0x9E3779B97F4A7C15ull);
        std::sort(people.begin(), people.end());
        std::shuffle(people.begin(), people.end(), random);
        torch::manual_seed(options.seed + std::uint64_t(epoch));
        net->train();
        double lossSum = 0;
        for (std::int64_t b = 0; b < batches; ++b) {
            if (token)
                token->checkpoint();
            const std::span<const std::int64_t> step(people.data() + std::size_t(b) * batch,
                                                      std::min(visited, std::size_t(b + 1) * batch) - std::size_t(b) * batch);
            const auto [first, last] = group ? group->share(step.size()) : std::pair{std::size_t(0), step.size()};
            const std::vector<std::int64_t> rows(step.begin() + std::ptrdiff_t(first), step.begin() + std::ptrdiff_t(last));
            if (gradients)
                gradients->zero();
            else
                optimizer.zero_grad();
            double stepLoss = rows.empty() ? 0.0 : backwardRanking(net, d, options, rows, step, device, sparseGradient);
            if (gradients)
                gradients->sum(*group, stepLoss);
            optimizer.step();
            if (rowAdam) {
                rowAdam->step(net->id);
                if (!gradients)
                    net->id.mutable_grad() = torch::Tensor();
            }
            lossSum += stepLoss;
            if (onEvent) {
                TrainingEvent event;
                event.kind = TrainingEvent::Kind::Batch;
                event.epoch = epoch;
                event.batch = b + 1;
                event.batchesPerEpoch = batches;
                event.loss = stepLoss;
                event.samplesPerSecond = double(std::size_t(b + 1) * batch) / std::max(1e-9, seconds(epochStart));
                const double perEpoch = seconds(epochStart) / double(b + 1) * double(batches);
                event.etaSeconds = perEpoch * double(options.epochs - epoch) + perEpoch - seconds(epochStart);
                onEvent(event);
            }
        }
        net->eval();
        EpochRecord record;
        record.epoch = epoch;
        record.trainLoss = lossSum / double(std::max<std::int64_t>(1, batches));
        record.validationNdcg = validationNdcg(net, d, device, group);
        record.seconds = seconds(epochStart);
        record.samplesPerSecond = double(visited) / std::max(1e-9, record.seconds);
        state.history.push_back(record);
        const double criterion = std::isnan(record.validationNdcg) ? -record.trainLoss : record.validationNdcg;
        if (state.bestEpoch == 0 || criterion > state.bestNdcg) {
            state.bestNdcg = criterion;
            state.bestEpoch = epoch;
            state.bestState = siamese::moduleBytes(*net);
            state.withoutImprovement = 0;
        } else {
            ++state.withoutImprovement;
        }
        state.nextEpoch = epoch + 1;
        const bool stop = state.withoutImprovement >= options.patience;
        if (onEvent) {
            TrainingEvent event;
            event.kind = TrainingEvent::Kind::Epoch;
            event.epoch = epoch;
            event.record = record;
            event.samplesPerSecond = record.samplesPerSecond;
            event.etaSeconds = stop ? 0 : seconds(started) / double(epoch - firstEpoch + 1) * double(options.epochs - epoch);
            onEvent(event);
        }
        // A checkpoint holds the item vectors four times over (weights, Adam's two moments, the
        // best epoch's), tens of MB for a large catalogue: written at most every
        // kCheckpointSeconds, and not after the last epoch, whose model is stored anyway.
        const bool last = stop || epoch == options.epochs;
        if (onCheckpoint && !last && seconds(lastCheckpoint) >= kCheckpointSeconds) {
            onCheckpoint(saveCheckpoint(net, optimizer, rowAdam, state), epoch);
            lastCheckpoint = Clock::now();
        }
        if (stop)
            break;
    }
    siamese::loadModuleBytes(*net, state.bestState, device);
    net->eval();
}

/// The rating head: trained on the frozen encodings, kept at its best validation RMSE.
/// Ratings handled at once by the rating head's passes over all of them (the features, the
/// validation RMSE): all at once would hold ratings × dimension floats (7 GB for the Train part
/// of 5 M ratings at dimension 256).
constexpr std::int64_t kRatingChunk = 65536;

/// An epoch of the rating head visits at most this many Train ratings, a fresh seeded draw each
/// epoch (all of them below it): on 25 M ratings its validation RMSE was best after the first
/// 2 M, and a full pass takes 70 s on 2 cores; early stopping counts these epochs. (Capping at
/// 2 M on a 5 M-rating project cost 0.01 of test RMSE: 1.1365 against 1.1269.)
constexpr std::int64_t kRatingEpochRatings = 5'000'000;

struct RatingHead {
    torch::Tensor itemBias, userBias, userFactors, itemFactors, historyWeights, itemWeights;
    int bestEpoch = 0;
    double validationRmse = 0;
};

RatingHead trainRatingHead(const TwinData& d, const torch::Tensor& encodingsCpu, const std::vector<float>& centre,
                           const TwinOptions& options, ProgressToken* token) {
    const std::int64_t k = std::max(1, options.ratingFactors), dim = encodingsCpu.size(1);
    torch::manual_seed(options.seed ^ 0xA7u);
    // h_u: the rating-centred mean of the person's Train encodings (constant: the encoder is frozen).
    auto features = torch::zeros({d.users, dim});
    {
        std::vector<std::int64_t> users, items;
        std::vector<float> weights;
        std::vector<float> counts(std::size_t(d.users), 0.0f);
        for (const auto& r : d.trainRatings) {
            users.push_back(r.user);
            items.push_back(r.item);
            weights.push_back(r.value - centre[std::size_t(r.item)]);
            counts[std::size_t(r.user)] += 1.0f;
        }
        const auto userRows = toTensor(users), itemRows = toTensor(items), itemWeights = toTensor(weights);
        for (std::int64_t begin = 0; begin < userRows.size(0); begin += kRatingChunk) {
            const auto end = std::min(userRows.size(0), begin + kRatingChunk);
            features.index_add_(0, userRows.slice(0, begin, end),
                                encodingsCpu.index_select(0, itemRows.slice(0, begin, end)) *
                                    itemWeights.slice(0, begin, end).unsqueeze(1));
        }
        for (auto& c : counts)
            c = c > 0 ? 1.0f / std::sqrt(c) : 0.0f;
        features *= toTensor(counts).unsqueeze(1);
    }
    // Each person's and item's row: k factors, then the bias. A step reads and moves only the
    // rows of its ratings (sparse gradients, RowAdam), so its cost follows the batch, not the
    // number of people and items; W and V are small and dense.
    auto rowsOf = [&](std::int64_t count) {
        auto table = torch::zeros({count, k + 1});
        table.slice(1, 0, k).normal_(0.0, 0.01);
        return table.requires_grad_();
    };
    auto userTable = rowsOf(d.users), itemTable = rowsOf(d.items);
    RatingHead head;
    head.historyWeights = (torch::randn({dim, k}) * 0.01).requires_grad_();
    head.itemWeights = (torch::randn({dim, k}) * 0.01).requires_grad_();
    std::vector<torch::Tensor> parameters = {userTable, itemTable, head.historyWeights, head.itemWeights};
    torch::optim::Adam optimizer({head.historyWeights, head.itemWeights}, torch::optim::AdamOptions(0.01));
    RowAdam userAdam(userTable, 0.01), itemAdam(itemTable, 0.01);
    std::vector<float> domainMean(std::size_t(d.items));
    for (std::int64_t i = 0; i < d.items; ++i)
        domainMean[std::size_t(i)] = d.domainMean[std::size_t(d.itemDomain[std::size_t(i)])];
    const auto baseMean = toTensor(domainMean);

    auto tensors = [&](const std::vector<detail::Rating>& ratings) {
        std::vector<std::int64_t> users, items;
        std::vector<float> values;
        for (const auto& r : ratings) {
            users.push_back(r.user);
            items.push_back(r.item);
            values.push_back(r.value);
        }
        return std::tuple{toTensor(users), toTensor(items), toTensor(values)};
    };
    // The prediction from the rows of the batch's people and items (userRows, itemRows: [n, k + 1]).
    auto predictFrom = [&](const torch::Tensor& users, const torch::Tensor& items, const torch::Tensor& userRows,
                           const torch::Tensor& itemRows) {
        const auto left = userRows.slice(1, 0, k) + features.index_select(0, users).mm(head.historyWeights);
        const auto right = itemRows.slice(1, 0, k) + encodingsCpu.index_select(0, items).mm(head.itemWeights);
        return baseMean.index_select(0, items) + itemRows.select(1, k) + userRows.select(1, k) + (left * right).sum(1);
    };
    auto predict = [&](const torch::Tensor& users, const torch::Tensor& items) {
        return predictFrom(users, items, userTable.index_select(0, users), itemTable.index_select(0, items));
    };
    const auto [trainUsers, trainItems, trainValues] = tensors(d.trainRatings);
    std::vector<detail::Rating> validation;
    for (const auto& r : d.validationRatings)
        if (d.itemExplicit[std::size_t(r.item)])
            validation.push_back(r);
    const auto [validUsers, validItems, validValues] = tensors(validation);
    std::vector<float> span;
    for (const auto& r : validation)
        span.push_back(d.itemSpan[std::size_t(r.item)]);
    const auto validSpan = toTensor(span);

    const std::int64_t n = trainUsers.size(0), batch = 4096, perEpoch = std::min(n, kRatingEpochRatings);
    double best = INFINITY;
    std::vector<torch::Tensor> bestValues;
    int without = 0;
    const auto steps = std::uint64_t((perEpoch + batch - 1) / batch);
    for (int epoch = 1; epoch <= options.ratingEpochs && n > 0; ++epoch) {
        const auto order = torch::randperm(n, torch::kInt64);
        for (std::int64_t begin = 0; begin < perEpoch; begin += batch) {
            if (token) {
                token->checkpoint();
                // At most ratingEpochs: the head stops early when validation RMSE stops falling.
                token->report({"training the rating head", std::uint64_t(epoch - 1) * steps + std::uint64_t(begin / batch),
                               std::uint64_t(options.ratingEpochs) * steps, "batches"});
            }
            const auto rows = order.slice(0, begin, std::min(perEpoch, begin + batch));
            const auto users = trainUsers.index_select(0, rows), items = trainItems.index_select(0, rows);
            const auto userRows = torch::embedding(userTable, users, -1, false, /*sparse=*/true);
            const auto itemRows = torch::embedding(itemTable, items, -1, false, /*sparse=*/true);
            const auto error = predictFrom(users, items, userRows, itemRows) - trainValues.index_select(0, rows);
            const auto l2 = userRows.pow(2).sum(1).mean() + itemRows.pow(2).sum(1).mean() +
                            head.historyWeights.pow(2).sum() + head.itemWeights.pow(2).sum();
            const auto loss = error.pow(2).mean() + options.ratingL2 * l2;
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            userAdam->step(userTable);
            itemAdam->step(itemTable);
            userTable.mutable_grad() = torch::Tensor();
            itemTable.mutable_grad() = torch::Tensor();
        }
        torch::NoGradGuard noGrad;
        double squares = 0;
        for (std::int64_t begin = 0; begin < validUsers.size(0); begin += kRatingChunk) {
            const auto end = std::min(validUsers.size(0), begin + kRatingChunk);
            const auto error = predict(validUsers.slice(0, begin, end), validItems.slice(0, begin, end)).clamp(0, 1) -
                               validValues.slice(0, begin, end);
            squares += (error * validSpan.slice(0, begin, end)).pow(2).sum().item<double>();
        }
        const double rmse = validation.empty() ? 0.0 : std::sqrt(squares / double(validation.size()));
        if (rmse < best) {
            best = rmse;
            head.bestEpoch = epoch;
            bestValues.clear();
            for (const auto& p : parameters)
                bestValues.push_back(p.detach().clone());
            without = 0;
        } else if (++without >= 3) {
            break;
        }
    }
    if (!bestValues.empty()) {
        torch::NoGradGuard noGrad;
        for (std::size_t p = 0; p < parameters.size(); ++p)
            parameters[p].copy_(bestValues[p]);
    }
    head.validationRmse = std::isfinite(best) ? best : 0.0;
    head.userFactors = userTable.detach().slice(1, 0, k).contiguous();
    head.itemFactors = itemTable.detach().slice(1, 0, k).contiguous();
    head.userBias = userTable.detach().select(1, k).contiguous();
    // The baseline the model stores: domain mean + item bias.
    head.itemBias = (baseMean + itemTable.detach().select(1, k)).contiguous();
    return head;
}

std::string optionsJson(const TwinOptions& o) {
    return nlohmann::json{{"dimension", o.dimension},          {"use_genres", o.useGenres},
                          {"use_text", o.useText},              {"text_buckets", o.textBuckets},
                          {"use_demographics", o.useDemographics}, {"learning_rate", o.learningRate},
                          {"epochs", o.epochs},                 {"patience", o.patience},
                          {"batch_users", o.batchUsers},        {"input_dropout", o.inputDropout},
                          {"sampled_items", o.sampledItems},
                          {"relevance", o.relevance},           {"rating_factors", o.ratingFactors},
                          {"rating_l2", o.ratingL2},            {"rating_epochs", o.ratingEpochs},
                          {"neighbours", o.neighbours},         {"kindred_people", o.kindredPeople},
                          {"seed", o.seed}}
        .dump();
}

/// The torch-free model from the trained network and rating head.
std::unique_ptr<model::TwinModel> buildModel(TwinNet& net, const TwinData& d, const RatingHead& head,
                                        const std::vector<float>& centre, const TrainingData& data,
                                        const Split& split, const TwinOptions& options, detail::SparseRows memory) {
    torch::NoGradGuard noGrad;
    model::TwinParameters p;
    p.memory = std::move(memory);
    p.dimension = options.dimension;
    p.ratingFactors = int(head.userFactors.size(1));
    p.encodings = toVector(net->encodings());
    p.scale = toVector(net->logScale.exp());
    p.appeal = toVector(net->appeal);
    if (net->people) {
        p.attributeVectors = toVector(net->people->weight.slice(0, 0, d.attributes));
    }
    p.userAttributes.offsets.push_back(0);
    for (std::int64_t u = 0; u < d.users; ++u) {
        if (net->people && std::size_t(u) < data.userAttributes.size())
            for (std::int32_t a : data.userAttributes[std::size_t(u)]) {
                p.userAttributes.index.push_back(a);
                p.userAttributes.value.push_back(1.0f);
            }
        p.userAttributes.offsets.push_back(p.userAttributes.index.size());
    }
    // Train histories with their values (the rating head's feature uses them).
    std::vector<std::vector<std::pair<std::int32_t, float>>> byUser(std::size_t(d.users));
    for (std::size_t k = 0; k < data.interactions.size(); ++k)
        if (split.part[k] == SplitPart::Train)
            byUser[std::size_t(data.interactions[k].user)].push_back({data.interactions[k].item, data.interactions[k].value});
    p.history.offsets.push_back(0);
    for (auto& entries : byUser) {
        std::sort(entries.begin(), entries.end());
        entries.erase(std::unique(entries.begin(), entries.end(),
                                  [](const auto& a, const auto& b) { return a.first == b.first; }),
                      entries.end());
        for (const auto& [item, value] : entries) {
            p.history.index.push_back(item);
            p.history.value.push_back(value);
        }
        p.history.offsets.push_back(p.history.index.size());
    }
    p.ratingBaseline = toVector(head.itemBias);
    p.ratingCentre = centre;
    p.userBias = toVector(head.userBias);
    p.userFactors = toVector(head.userFactors);
    p.historyWeights = toVector(head.historyWeights);
    p.itemWeights = toVector(head.itemWeights);
    p.itemFactors = toVector(head.itemFactors);
    p.optionsJson = optionsJson(options);
    p.itemDomain = data.itemDomain;
    p.kindredOtherWeight.assign(std::size_t(d.domains), 0.0f);
    p.kindredWeight.assign(std::size_t(d.domains), 0.0f);
    return std::make_unique<model::TwinModel>(std::move(p));
}

} // namespace

namespace torchmodule {

Result<TwinTrainingResult> trainTwinNetwork(const TrainingData& data, const Split& split, const TwinOptions& options,
                                            ProgressToken* token, const std::function<void(const TrainingEvent&)>& onEvent,
                                            const std::function<void(const std::string&, int)>& onCheckpoint,
                                            const std::string& resumeFrom, DataParallelGroup* group) {
    try {
        detail::requireMatchingSplit(data, split);
        if (split.count(SplitPart::Train) == 0)
            return Status::failure("the split has no training interactions");
        if (options.dimension < 2 || options.batchUsers < 1 || options.epochs < 1)
            return Status::failure("the Siamese model needs a dimension ≥ 2, a batch ≥ 1 and at least one epoch");
        const torch::Device device = siamese::resolveDevice(options.device);
        if (group && !device.is_cpu())
            return Status::failure("training across processes exchanges gradients with Gloo on the CPU; "
                                   "use --device cpu (this LibTorch has no NCCL)");
        const TwinData d = prepareTwinData(data, split, options);
        TwinNet net = seededNetwork(d, options);
        net->to(device);
        LoopState state;
        trainRanking(net, d, options, device, token, onEvent, onCheckpoint, resumeFrom, group, state);
        if (group && group->rank() != 0) {
            // This process's part is done; rank 0 finishes the model (DataParallel.h).
            TwinTrainingResult helper;
            helper.history = state.history;
            helper.bestEpoch = state.bestEpoch;
            return helper;
        }

        if (token)
            token->report({"training the rating head", 0, 0, ""}, true);
        const auto encodings = [&] {
            torch::NoGradGuard noGrad;
            return net->encodings().to(torch::kCPU).contiguous();
        }();
        std::vector<float> centre(std::size_t(d.items));
        for (std::int64_t i = 0; i < d.items; ++i)
            centre[std::size_t(i)] = d.domainMean[std::size_t(d.itemDomain[std::size_t(i)])];
        const RatingHead head = trainRatingHead(d, encodings, centre, options, token);

        detail::NeighbourhoodMemory memory;
        if (options.neighbours > 0) {
            const detail::EncoderScores scores = [&](std::span<const std::int32_t> users, std::vector<float>& out) {
                const auto tensor = encoderScores(net, d, std::vector<std::int64_t>(users.begin(), users.end()), device);
                out.assign(tensor.data_ptr<float>(), tensor.data_ptr<float>() + tensor.numel());
            };
            memory = detail::fitNeighbourhoodMemory(data, split, d.rankLists, d.trainItems, scores,
                                                    std::size_t(options.neighbours), token);
        }

        TwinTrainingResult result;
        auto model = buildModel(net, d, head, centre, data, split, options, std::move(memory.weights));
        if (options.kindredPeople && d.domains > 1) {
            const auto kindred = detail::fitKindredPeople(*model, d.rankLists, options.seed, token);
            model->setKindredWeights(kindred.otherWeight, kindred.weight);
            result.kindredOtherWeight.assign(kindred.otherWeight.begin(), kindred.otherWeight.end());
            result.kindredWeight.assign(kindred.weight.begin(), kindred.weight.end());
            result.probeWithoutKindred = kindred.withoutKindred;
            result.probeWithKindred = kindred.withKindred;
        }
        result.model = std::move(model);
        result.memoryMultiple = memory.multiple;
        result.validationWithoutMemory = memory.withoutMemory;
        result.validationWithMemory = memory.withMemory;
        result.history = state.history;
        result.bestEpoch = state.bestEpoch;
        result.bestRatingEpoch = head.bestEpoch;
        if (onEvent) {
            TrainingEvent event;
            event.kind = TrainingEvent::Kind::Finished;
            event.epoch = state.bestEpoch;
            event.etaSeconds = 0;
            onEvent(event);
        }
        return result;
    } catch (const CancelledError&) {
        return Status::failure("training was cancelled");
    } catch (const c10::Error& error) {
        return Status::failure(std::string("training the Siamese model failed: ") + error.what_without_backtrace());
    } catch (const std::exception& error) {
        return Status::failure(std::string("training the Siamese model failed: ") + error.what());
    }
}

} // namespace torchmodule

} // namespace kindred
