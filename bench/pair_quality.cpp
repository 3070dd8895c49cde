// pair_quality: offline check of the pair strategies on a project (e.g. Amazon books + movies,
// Douban books + music). Seeded: 20 % of every user's ratings are hidden (random split 75/5/20,
// validation picks the MF epoch), biased MF is trained on the rest, and for random pairs of users
// (both with ≥ 1 relevant hidden item: 0..1 value ≥ 0.75) each strategy's slate of 10 is scored
// against each person's hidden relevant items:
//   NDCG_u = Σ_{r: slate[r] ∈ R_u} 1/log2(r + 2) / Σ_{r < min(10, |R_u|)} 1/log2(r + 2)
// Printed per strategy: mean NDCG_A, mean NDCG_B, mean (NDCG_A + NDCG_B)/2 and mean min(NDCG_A, NDCG_B);
// "solo" is each person's own top 10 (the pair recommender with the same person twice).
// Two protocols: "full" ranks the whole catalogue (FAISS candidates, each person's training ratings
// excluded); "sampled" ranks only both people's hidden items plus --sampled N random items neither
// rated (seeded per pair), the usual sampled protocol, which separates strategies when full-catalogue
// NDCG is near zero.
// Usage: pair_quality PROJECT [--pairs 200] [--seed 7] [--epochs 20] [--sampled 100]
#include "kindred/recommend/PairRecommender.h"
#include "kindred/store/Project.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <string>

using namespace kindred;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: pair_quality PROJECT [--pairs N] [--seed S] [--epochs E]\n");
        return 2;
    }
    int pairs = 200, epochs = 20, sampled = 100;
    std::uint64_t seed = 7;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--pairs") pairs = std::atoi(argv[i + 1]);
        else if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--epochs") epochs = std::atoi(argv[i + 1]);
        else if (flag == "--sampled") sampled = std::atoi(argv[i + 1]);
    }
    configureComputeThreads();
    auto project = Project::open(argv[1], OpenMode::OpenExisting);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.status().message().c_str());
        return 1;
    }
    auto loaded = loadTrainingData(*project.value());
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
        return 1;
    }
    auto data = std::make_shared<const TrainingData>(std::move(loaded).value());
    const Split split = randomSplit(*data, seed, 0.75, 0.05);
    BaselineOptions options;
    options.epochs = epochs;
    options.seed = seed;
    const auto model = trainBiasedMf(*data, split, options);
    auto space = makeTasteSpace(*model, data);
    if (!space) {
        std::fprintf(stderr, "%s\n", space.status().message().c_str());
        return 1;
    }
    auto recommender = PairRecommender::create(space.value());
    if (!recommender) {
        std::fprintf(stderr, "%s\n", recommender.status().message().c_str());
        return 1;
    }

    // Per user: training history (what the recommender may see) and hidden relevant items.
    const auto users = data->userCount();
    std::vector<std::vector<HistoryEntry>> train(static_cast<std::size_t>(users));
    std::vector<std::set<std::int32_t>> relevant(static_cast<std::size_t>(users));
    std::vector<std::vector<std::int32_t>> hidden(static_cast<std::size_t>(users));
    for (std::size_t i = 0; i < data->interactions.size(); ++i) {
        const auto& x = data->interactions[i];
        if (split.part[i] == SplitPart::Test) {
            hidden[std::size_t(x.user)].push_back(x.item);
            if (x.value >= 0.75f)
                relevant[std::size_t(x.user)].insert(x.item);
        } else {
            train[std::size_t(x.user)].push_back({x.item, x.value, x.timestamp});
        }
    }
    std::vector<std::int32_t> eligible;
    for (std::int32_t u = 0; u < users; ++u)
        if (!relevant[std::size_t(u)].empty() && !train[std::size_t(u)].empty())
            eligible.push_back(u);
    if (eligible.size() < 2) {
        std::fprintf(stderr, "too few users with hidden relevant items\n");
        return 1;
    }
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, eligible.size() - 1);
    std::vector<std::pair<std::int32_t, std::int32_t>> chosen;
    while (int(chosen.size()) < pairs) {
        const auto a = eligible[pick(rng)], b = eligible[pick(rng)];
        if (a != b)
            chosen.emplace_back(a, b);
    }

    const auto ndcg = [](const std::vector<PairItem>& slate, const std::set<std::int32_t>& rel) {
        double dcg = 0, ideal = 0;
        for (std::size_t r = 0; r < slate.size(); ++r)
            if (rel.count(slate[r].item))
                dcg += 1 / std::log2(double(r) + 2);
        for (std::size_t r = 0; r < std::min<std::size_t>(10, rel.size()); ++r)
            ideal += 1 / std::log2(double(r) + 2);
        return ideal > 0 ? dcg / ideal : 0.0;
    };
    const auto user = [&](std::int32_t u) {
        PairUser p;
        p.user = u;
        p.profile = space.value()->userProfile(u);
        p.history = train[std::size_t(u)];
        return p;
    };
    std::printf("project %s: %d users, %d items, %zu ratings in %zu domains; %zu users with hidden relevant items; "
                "%d pairs, seed %llu\n",
                argv[1], users, data->itemCount(), data->interactions.size(), data->domains.size(), eligible.size(), pairs,
                static_cast<unsigned long long>(seed));
    const std::vector<std::pair<std::string, std::optional<PairStrategy>>> rows = {
        {"solo", std::nullopt},
        {"average", PairStrategy::Average},
        {"least-misery", PairStrategy::LeastMisery},
        {"most-pleasure", PairStrategy::MostPleasure},
        {"borda", PairStrategy::Borda},
        {"fairness", PairStrategy::Fairness}};
    // Sampled candidate sets, one per pair, drawn once so every strategy ranks the same items.
    std::vector<std::vector<std::int32_t>> pools(chosen.size());
    std::uniform_int_distribution<std::int32_t> anyItem(0, data->itemCount() - 1);
    for (std::size_t p = 0; p < chosen.size(); ++p) {
        const auto [a, b] = chosen[p];
        auto& pool = pools[p];
        pool = hidden[std::size_t(a)];
        pool.insert(pool.end(), hidden[std::size_t(b)].begin(), hidden[std::size_t(b)].end());
        std::set<std::int32_t> seen;
        for (const auto& h : train[std::size_t(a)])
            seen.insert(h.item);
        for (const auto& h : train[std::size_t(b)])
            seen.insert(h.item);
        seen.insert(pool.begin(), pool.end());
        for (int added = 0, tries = 0; added < sampled && tries < 100 * sampled; ++tries) {
            const auto item = anyItem(rng);
            if (seen.insert(item).second) {
                pool.push_back(item);
                ++added;
            }
        }
    }
    for (const bool sampledProtocol : {false, true}) {
        if (sampledProtocol && sampled <= 0)
            break;
        if (sampledProtocol)
            std::printf("\nsampled: hidden items of both + %d random unrated items per pair\n", sampled);
        else
            std::printf("\nfull catalogue\n");
        std::printf("%-15s %9s %9s %9s %11s\n", "strategy", "NDCG_A", "NDCG_B", "mean", "mean min");
        for (const auto& [name, strategy] : rows) {
            double sumA = 0, sumB = 0, sumMin = 0;
            for (std::size_t p = 0; p < chosen.size(); ++p) {
                const auto [a, b] = chosen[p];
                PairOptions o;
                o.k = 10;
                o.explain = false;
                if (sampledProtocol)
                    o.candidates = pools[p];
                double na = 0, nb = 0;
                if (!strategy) {
                    const auto ra = recommender.value()->recommend(user(a), user(a), o);
                    const auto rb = recommender.value()->recommend(user(b), user(b), o);
                    if (!ra || !rb)
                        return 1;
                    na = ndcg(ra->items, relevant[std::size_t(a)]);
                    nb = ndcg(rb->items, relevant[std::size_t(b)]);
                } else {
                    o.strategy = *strategy;
                    const auto r = recommender.value()->recommend(user(a), user(b), o);
                    if (!r) {
                        std::fprintf(stderr, "%s\n", r.status().message().c_str());
                        return 1;
                    }
                    na = ndcg(r->items, relevant[std::size_t(a)]);
                    nb = ndcg(r->items, relevant[std::size_t(b)]);
                }
                sumA += na;
                sumB += nb;
                sumMin += std::min(na, nb);
            }
            const double n = double(chosen.size());
            std::printf("%-15s %9.4f %9.4f %9.4f %11.4f\n", name.c_str(), sumA / n, sumB / n, (sumA + sumB) / (2 * n),
                        sumMin / n);
        }
    }
    return 0;
}
