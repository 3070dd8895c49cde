// pair_latency: latency of one pair recommendation with explanations on a synthetic taste space
// (100k items × 64 dimensions in two domains, 10k users with 50 ratings each, ridge fold-in
// encoder). Prints p50/p95 over random pairs and the ratio to the 50 ms p95 target.
// --space mf (default): biased MF trained for 2 epochs on the synthetic ratings, then the real
// makeTasteSpace (its fold-in encoder); --space ridge: hidden-factor item vectors and a ridge
// encoder written here (no training; user vectors = the encoding of their own history).
// --project P --model M: instead, a stored model's space as the app's Pairs panel opens it
// (loadTasteSpace), its people paired at random; setup_seconds is that opening.
// Usage: pair_latency [--items N] [--users N] [--dim D] [--history H] [--pairs P]
//                     [--strategy NAME] [--lambda L] [--space mf|ridge] [--project P --model M]
#include "kindred/recommend/PairRecommender.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace kindred;

/// [p, b] = argmin Σ (r − baseline − b − p·q)² + λ(|p|² + b²), by Cholesky of the (d+1)² system.
UserProfile ridgeEncode(const std::vector<float>& items, const std::vector<float>& baseline, int d, double lambda,
                        std::span<const HistoryEntry> history) {
    const std::size_t n = std::size_t(d) + 1;
    std::vector<double> a(n * n, 0.0), rhs(n, 0.0), x(n);
    for (std::size_t i = 0; i < n; ++i)
        a[i * n + i] = lambda;
    for (const auto& h : history) {
        const float* q = items.data() + std::size_t(h.item) * std::size_t(d);
        for (std::size_t j = 0; j + 1 < n; ++j)
            x[j] = q[j];
        x[n - 1] = 1;
        const double t = double(h.value) - baseline[std::size_t(h.item)];
        for (std::size_t r = 0; r < n; ++r) {
            rhs[r] += x[r] * t;
            const double xr = x[r];
            double* row = a.data() + r * n;
            for (std::size_t c = 0; c <= r; ++c)
                row[c] += xr * x[c];
        }
    }
    // Cholesky (lower), then two triangular solves.
    for (std::size_t j = 0; j < n; ++j) {
        double s = a[j * n + j];
        for (std::size_t k = 0; k < j; ++k)
            s -= a[j * n + k] * a[j * n + k];
        const double l = std::sqrt(s);
        a[j * n + j] = l;
        for (std::size_t i = j + 1; i < n; ++i) {
            double t = a[i * n + j];
            for (std::size_t k = 0; k < j; ++k)
                t -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = t / l;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        double s = rhs[i];
        for (std::size_t k = 0; k < i; ++k)
            s -= a[i * n + k] * rhs[k];
        rhs[i] = s / a[i * n + i];
    }
    for (std::size_t i = n; i-- > 0;) {
        double s = rhs[i];
        for (std::size_t k = i + 1; k < n; ++k)
            s -= a[k * n + i] * rhs[k];
        rhs[i] = s / a[i * n + i];
    }
    UserProfile p;
    p.vector.assign(std::size_t(d), 0.0f);
    for (std::size_t j = 0; j + 1 < n; ++j)
        p.vector[j] = float(rhs[j]);
    p.bias = float(rhs[n - 1]);
    return p;
}

/// The synthetic space: `items` item vectors (two media), `users` people with `history` ratings
/// each drawn from hidden factors; "mf": biased MF trained on them (2 epochs) and makeTasteSpace,
/// else ("ridge") the ridge encoder above on the hidden-factor item vectors.
Result<std::shared_ptr<const TasteSpace>> syntheticSpace(int items, int users, int dim, int history,
                                                         const std::string& spaceKind) {
    std::mt19937_64 rng(17);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const float scale = 0.5f / std::sqrt(float(dim));

    auto data = std::make_shared<TrainingData>();
    data->domains.resize(2);
    data->domains[0].name = "synthetic movies";
    data->domains[0].kind = "movie";
    data->domains[1].name = "synthetic books";
    data->domains[1].kind = "book";
    data->domains[1].scale = {1, 10};
    data->genreNames = {"g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7"};
    std::vector<float> itemVectors(static_cast<std::size_t>(items) * static_cast<std::size_t>(dim));
    std::vector<float> baseline(static_cast<std::size_t>(items));
    for (auto& x : itemVectors)
        x = scale * normal(rng);
    for (int i = 0; i < items; ++i) {
        data->itemIds.push_back(i + 1);
        data->itemDomain.push_back(i % 2);
        data->itemGenres.push_back({std::int32_t(i % 8), std::int32_t((i / 8) % 8)});
        baseline[std::size_t(i)] = 0.55f + 0.1f * normal(rng);
    }
    std::uniform_int_distribution<int> anyItem(0, items - 1);
    std::vector<float> hidden(static_cast<std::size_t>(dim));
    data->userOffsets.push_back(0);
    for (int u = 0; u < users; ++u) {
        data->userIds.push_back(u + 1);
        for (auto& x : hidden)
            x = normal(rng);
        std::vector<std::int32_t> rated;
        while (int(rated.size()) < history) {
            const auto i = anyItem(rng);
            if (std::find(rated.begin(), rated.end(), i) == rated.end())
                rated.push_back(i);
        }
        std::sort(rated.begin(), rated.end());
        for (const auto i : rated) {
            double s = baseline[std::size_t(i)];
            for (int j = 0; j < dim; ++j)
                s += double(hidden[std::size_t(j)]) * itemVectors[std::size_t(i) * std::size_t(dim) + std::size_t(j)];
            Interaction x;
            x.user = u;
            x.item = i;
            x.value = float(std::round(std::clamp(s + 0.1 * normal(rng), 0.0, 1.0) * 4) / 4);
            data->interactions.push_back(x);
        }
        data->userOffsets.push_back(data->interactions.size());
    }
    std::shared_ptr<const TasteSpace> space;
    if (spaceKind == "mf") {
        Split split;
        split.kind = "all-train";
        split.part.assign(data->interactions.size(), SplitPart::Train);
        split.coldStartUser.assign(std::size_t(users), 0);
        BaselineOptions mfOptions;
        mfOptions.epochs = 2;
        mfOptions.factors = dim;
        const auto model = trainBiasedMf(*data, split, mfOptions);
        auto made = makeTasteSpace(*model, data);
        if (!made)
            return made.status();
        space = made.value();
    } else {
        auto ridge = std::make_shared<TasteSpace>();
        ridge->modelKind = "mf";
        ridge->dimension = dim;
        ridge->data = data;
        ridge->itemVectors = itemVectors;
        ridge->itemBaseline = baseline;
        auto frozenItems = std::make_shared<const std::vector<float>>(itemVectors);
        auto frozenBaseline = std::make_shared<const std::vector<float>>(baseline);
        ridge->encoder = [frozenItems, frozenBaseline, dim](std::int32_t, std::span<const HistoryEntry> h) {
            return ridgeEncode(*frozenItems, *frozenBaseline, dim, 0.1, h);
        };
        for (int u = 0; u < users; ++u) {
            std::vector<HistoryEntry> h;
            for (auto i = data->userOffsets[std::size_t(u)]; i < data->userOffsets[std::size_t(u) + 1]; ++i)
                h.push_back({data->interactions[i].item, data->interactions[i].value, kNoTimestamp});
            const auto p = ridge->encoder(u, h);
            ridge->userVectors.insert(ridge->userVectors.end(), p.vector.begin(), p.vector.end());
            ridge->userBias.push_back(p.bias);
        }
        space = ridge;
    }
    return space;
}

/// A stored model's space as the app's Pairs panel opens it (loadTasteSpace: every rating).
Result<std::shared_ptr<const TasteSpace>> projectSpace(const std::string& path, std::int64_t modelId) {
    auto project = Project::open(path, OpenMode::ReadOnly);
    if (!project)
        return project.status();
    return loadTasteSpace(*project.value(), modelId);
}

double percentile(std::vector<double> v, double q) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char** argv) {
    int items = 100000, users = 10000, dim = 64, history = 50, pairs = 100;
    double lambda = 1.0;
    std::string strategy = "average";
    std::string spaceKind = "mf", projectPath;
    std::int64_t modelId = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--items") items = std::atoi(argv[i + 1]);
        else if (flag == "--users") users = std::atoi(argv[i + 1]);
        else if (flag == "--dim") dim = std::atoi(argv[i + 1]);
        else if (flag == "--history") history = std::atoi(argv[i + 1]);
        else if (flag == "--pairs") pairs = std::atoi(argv[i + 1]);
        else if (flag == "--strategy") strategy = argv[i + 1];
        else if (flag == "--lambda") lambda = std::atof(argv[i + 1]);
        else if (flag == "--space") spaceKind = argv[i + 1];
        else if (flag == "--project") projectPath = argv[i + 1];
        else if (flag == "--model") modelId = std::atoll(argv[i + 1]);
        else {
            std::fprintf(stderr, "unknown flag %s\n", argv[i]);
            return 2;
        }
    }
    kindred::configureComputeThreads(); // as kindred-cli: one OpenMP thread unless KINDRED_THREADS
    const auto setupStart = std::chrono::steady_clock::now();
    const auto loaded = projectPath.empty() ? syntheticSpace(items, users, dim, history, spaceKind)
                                            : projectSpace(projectPath, modelId);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", loaded.status().message().c_str());
        return 1;
    }
    const std::shared_ptr<const TasteSpace> space = loaded.value();
    std::mt19937_64 rng(23); // the pairs
    if (!projectPath.empty()) {
        users = space->data->userCount();
        items = space->data->itemCount();
        dim = space->dimension;
        history = int(space->data->interactions.size() / std::max<std::size_t>(1, std::size_t(users))); // the mean
        spaceKind = space->modelKind + " model " + std::to_string(modelId) + " of " + projectPath;
    }
    const double setupSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - setupStart).count();

    const auto createStart = std::chrono::steady_clock::now();
    auto created = PairRecommender::create(space);
    if (!created) {
        std::fprintf(stderr, "%s\n", created.status().message().c_str());
        return 1;
    }
    const double createMs = 1000 * std::chrono::duration<double>(std::chrono::steady_clock::now() - createStart).count();
    const auto& recommender = *created.value();

    PairOptions options;
    options.k = 10;
    options.mmrLambda = lambda;
    options.strategy = parsePairStrategy(strategy).value_or(PairStrategy::Average);
    std::uniform_int_distribution<int> anyUser(0, users - 1);
    std::vector<double> ms, plainMs;
    std::size_t candidates = 0;
    for (int p = 0; p < pairs + 3; ++p) {
        const int a = anyUser(rng);
        int b = anyUser(rng);
        if (b == a)
            b = (a + 1) % users;
        const auto start = std::chrono::steady_clock::now();
        const auto result = recommender.recommend(PairUser::known(a), PairUser::known(b), options);
        const double elapsed = 1000 * std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!result || result->items.size() != 10) {
            std::fprintf(stderr, "recommendation failed: %s\n", result ? "short slate" : result.status().message().c_str());
            return 1;
        }
        auto plain = options;
        plain.explain = false;
        const auto start2 = std::chrono::steady_clock::now();
        (void)recommender.recommend(PairUser::known(a), PairUser::known(b), plain);
        const double elapsed2 = 1000 * std::chrono::duration<double>(std::chrono::steady_clock::now() - start2).count();
        if (p >= 3) { // the first few warm caches and pages
            ms.push_back(elapsed);
            plainMs.push_back(elapsed2);
            candidates += result->candidateCount;
        }
    }
    const double p50 = percentile(ms, 0.5), p95 = percentile(ms, 0.95);
    std::printf("setup_seconds %.1f\n", setupSeconds);
    std::printf("recommender_create_ms %.1f\n", createMs);
    std::printf("mean_candidates %.0f\n", double(candidates) / double(ms.size()));
    std::printf("p50_ms %.2f\n", p50);
    std::printf("p95_ms %.2f\n", p95);
    std::printf("p50_ms_without_explanations %.2f\n", percentile(plainMs, 0.5));
    std::printf("p95_ms_without_explanations %.2f\n", percentile(plainMs, 0.95));
    std::printf("pair recommendation + explanations (%s space), %d items x %d dims, %d users, %d ratings each, k 10, %s: "
                "p50 %.1f ms, p95 %.1f ms, ratio %.2f to the 50 ms p95 target (target <= 1.0) %s\n",
                spaceKind.c_str(), items, dim, users, history, strategy.c_str(), p50, p95, p95 / 50.0, p95 <= 50.0 ? "PASS" : "FAIL");
    return 0;
}
