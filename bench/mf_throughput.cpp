// mf_throughput: samples per second of the biased-MF SGD update loop (kindred::trainBiasedMf) on
// one core, against the 10 M samples/s/core target.
//
//   mf_throughput [--factors F] [--epochs E] [--ratings N --users U --items I] [--seed S]
//
// Without --ratings it runs two synthetic shapes: MovieLens 100K (943 × 1,682, 100,000 ratings,
// factors fit in L2) and MovieLens 1M (6,040 × 3,706, 1,000,209 ratings). Ratings are drawn from a
// rank-8 model plus noise on the 0..1 scale, with Zipf-like item popularity, so the SGD does real
// work. The trainer is single-threaded, so samples/s is per core. Each figure is the median over
// the epochs of train samples / seconds of the update loop alone (BaselineEpoch::samplesPerSecond:
// no shuffle, no validation). Prints one line per shape with its ratio to the target and
// PASS/FAIL; exits 1 when a shape misses the target.
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr double kTargetSamplesPerSecond = 10e6;

struct Shape {
    const char* name;
    std::int32_t users, items;
    std::size_t ratings;
};

/// Synthetic explicit ratings, sorted by (user, item), no pair twice.
kindred::TrainingData makeData(const Shape& shape, std::uint64_t seed) {
    kindred::TrainingData data;
    kindred::TrainingDomain domain;
    domain.id = 1;
    domain.name = "synthetic movies";
    domain.kind = "movie";
    domain.scale = {1, 5};
    data.domains.push_back(domain);
    data.sourceIds = {1};
    for (std::int32_t u = 0; u < shape.users; ++u)
        data.userIds.push_back(u + 1);
    for (std::int32_t i = 0; i < shape.items; ++i)
        data.itemIds.push_back(i + 1);
    data.itemDomain.assign(std::size_t(shape.items), 0);
    data.itemGenres.assign(std::size_t(shape.items), {});

    std::mt19937_64 engine(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    constexpr int rank = 8;
    std::vector<float> userTaste(std::size_t(shape.users) * rank), itemTaste(std::size_t(shape.items) * rank);
    for (auto& v : userTaste)
        v = normal(engine) * 0.15f;
    for (auto& v : itemTaste)
        v = normal(engine) * 0.15f;

    const std::size_t perUser = shape.ratings / std::size_t(shape.users);
    std::size_t extra = shape.ratings % std::size_t(shape.users);
    std::vector<std::uint8_t> taken(std::size_t(shape.items));
    std::vector<std::int32_t> chosen;
    data.userOffsets.push_back(0);
    for (std::int32_t u = 0; u < shape.users; ++u) {
        std::size_t want = std::min<std::size_t>(perUser + (extra > 0 ? 1 : 0), std::size_t(shape.items));
        if (extra > 0)
            --extra;
        chosen.clear();
        std::fill(taken.begin(), taken.end(), 0);
        while (chosen.size() < want) {
            // Zipf-like popularity: squaring a uniform draw favours low item indexes.
            const double r = double(engine() >> 11) * 0x1.0p-53;
            const auto item = std::int32_t(r * r * double(shape.items));
            if (!taken[std::size_t(item)]) {
                taken[std::size_t(item)] = 1;
                chosen.push_back(item);
            }
        }
        std::sort(chosen.begin(), chosen.end());
        for (const auto item : chosen) {
            float value = 0.6f + 0.1f * normal(engine);
            for (int k = 0; k < rank; ++k)
                value += userTaste[std::size_t(u) * rank + std::size_t(k)] *
                         itemTaste[std::size_t(item) * rank + std::size_t(k)] * 8.0f;
            value = std::round(std::clamp(value, 0.0f, 1.0f) * 4.0f) / 4.0f; // 1..5 stars
            kindred::Interaction x;
            x.user = u;
            x.item = item;
            x.value = value;
            data.interactions.push_back(x);
        }
        data.userOffsets.push_back(data.interactions.size());
    }
    return data;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) {
    kindred::BaselineOptions options;
    options.epochs = 10;
    std::vector<Shape> shapes = {{"ml-100k-shaped", 943, 1682, 100000},
                                 {"ml-1m-shaped", 6040, 3706, 1000209}};
    Shape custom{"custom", 0, 0, 0};
    for (int a = 1; a < argc; ++a) {
        auto next = [&]() -> const char* {
            if (a + 1 >= argc) {
                std::fprintf(stderr, "mf_throughput: %s needs a value\n", argv[a]);
                std::exit(2);
            }
            return argv[++a];
        };
        if (!std::strcmp(argv[a], "--factors"))
            options.factors = std::atoi(next());
        else if (!std::strcmp(argv[a], "--epochs"))
            options.epochs = std::atoi(next());
        else if (!std::strcmp(argv[a], "--seed"))
            options.seed = std::strtoull(next(), nullptr, 10);
        else if (!std::strcmp(argv[a], "--ratings"))
            custom.ratings = std::strtoull(next(), nullptr, 10);
        else if (!std::strcmp(argv[a], "--users"))
            custom.users = std::atoi(next());
        else if (!std::strcmp(argv[a], "--items"))
            custom.items = std::atoi(next());
        else {
            std::fprintf(stderr, "usage: mf_throughput [--factors F] [--epochs E] [--seed S] "
                                 "[--ratings N --users U --items I]\n");
            return 2;
        }
    }
    if (custom.ratings > 0) {
        if (custom.users <= 0 || custom.items <= 0) {
            std::fprintf(stderr, "mf_throughput: --ratings needs --users and --items\n");
            return 2;
        }
        shapes = {custom};
    }
    if (options.factors <= 0 || options.epochs <= 0) {
        std::fprintf(stderr, "mf_throughput: --factors and --epochs must be positive\n");
        return 2;
    }

    std::printf(
        "biased MF SGD throughput (one core, float32, factors %d, %d epochs, median over epochs; %u hardware "
        "threads on this machine)\n",
        options.factors, options.epochs, std::thread::hardware_concurrency());
    int failures = 0;
    for (const auto& shape : shapes) {
        const auto data = makeData(shape, 2024);
        kindred::Split split;
        split.kind = "all-train";
        split.part.assign(data.interactions.size(), kindred::SplitPart::Train);
        split.coldStartUser.assign(std::size_t(data.userCount()), 0);
        std::vector<double> rates;
        double lastTrainRmse = 0;
        options.onEpoch = [&](const kindred::BaselineEpoch& e) {
            rates.push_back(e.samplesPerSecond);
            lastTrainRmse = e.trainRmse;
        };
        const auto model = kindred::trainBiasedMf(data, split, options);
        if (!model) {
            std::fprintf(stderr, "mf_throughput: training failed\n");
            return 1;
        }
        const double rate = median(rates);
        const double ratio = rate / kTargetSamplesPerSecond;
        const bool pass = ratio >= 1.0;
        failures += pass ? 0 : 1;
        std::printf(
            "mf sgd %s (%d users, %d items, %zu ratings): %.1f M samples/s/core, ratio %.2f to the 10 M "
            "target (target ≥ 1) %s\n",
            shape.name, shape.users, shape.items, data.interactions.size(), rate / 1e6, ratio,
            pass ? "PASS" : "FAIL");
        std::printf("  epochs (M samples/s):");
        for (const double r : rates)
            std::printf(" %.1f", r / 1e6);
        std::printf("; final train RMSE (0..1 scale) %.4f\n", lastTrainRmse);
    }
    return failures ? 1 : 0;
}
