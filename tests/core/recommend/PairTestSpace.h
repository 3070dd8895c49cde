#pragma once
// Hand-made taste spaces for the recommend tests: TrainingData built in memory, item vectors and
// baselines chosen by the test, and a ridge fold-in encoder (the factor-model encoder of
// TasteSpace.h): [p, b] = argmin Σ_j (r_j − baseline_j − b − p·q_j)² + λ(|p|² + b²).

#include "kindred/space/TasteSpace.h"
#include "train/TrainTestData.h"

#include <cmath>
#include <memory>
#include <random>
#include <stdexcept>
#include <vector>

namespace kindred::test {

/// Solves A x = b (n × n, row-major) by Gaussian elimination with partial pivoting.
inline std::vector<double> solveDense(std::vector<double> a, std::vector<double> b) {
    const std::size_t n = b.size();
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < n; ++r)
            if (std::abs(a[r * n + c]) > std::abs(a[pivot * n + c]))
                pivot = r;
        if (pivot != c) {
            for (std::size_t k = 0; k < n; ++k)
                std::swap(a[c * n + k], a[pivot * n + k]);
            std::swap(b[c], b[pivot]);
        }
        for (std::size_t r = c + 1; r < n; ++r) {
            const double f = a[r * n + c] / a[c * n + c];
            for (std::size_t k = c; k < n; ++k)
                a[r * n + k] -= f * a[c * n + k];
            b[r] -= f * b[c];
        }
    }
    std::vector<double> x(n);
    for (std::size_t i = n; i-- > 0;) {
        double s = b[i];
        for (std::size_t k = i + 1; k < n; ++k)
            s -= a[i * n + k] * x[k];
        x[i] = s / a[i * n + i];
    }
    return x;
}

struct RidgeModel {
    int dimension = 0;
    std::vector<float> itemVectors, itemBaseline;
    double lambda = 0.1;

    UserProfile encode(std::span<const HistoryEntry> history) const {
        const std::size_t n = std::size_t(dimension) + 1;
        std::vector<double> a(n * n, 0.0), rhs(n, 0.0), x(n);
        for (std::size_t i = 0; i < n; ++i)
            a[i * n + i] = lambda;
        for (const auto& h : history) {
            for (std::size_t j = 0; j + 1 < n; ++j)
                x[j] = itemVectors[std::size_t(h.item) * std::size_t(dimension) + j];
            x[n - 1] = 1;
            const double target = double(h.value) - itemBaseline[std::size_t(h.item)];
            for (std::size_t r = 0; r < n; ++r) {
                rhs[r] += x[r] * target;
                for (std::size_t c = 0; c < n; ++c)
                    a[r * n + c] += x[r] * x[c];
            }
        }
        const auto solved = solveDense(std::move(a), std::move(rhs));
        UserProfile p;
        p.vector.resize(std::size_t(dimension));
        for (std::size_t j = 0; j + 1 < n; ++j)
            p.vector[j] = float(solved[j]);
        p.bias = float(solved[n - 1]);
        return p;
    }
};

/// A space over `data` with the given item vectors and baselines. User vectors: `userVectors` when
/// given (biases 0), else each user's ridge encoding of their own history.
inline std::shared_ptr<TasteSpace> makeRidgeSpace(TrainingData data, int dimension, std::vector<float> itemVectors,
                                                  std::vector<float> itemBaseline, std::vector<float> userVectors = {},
                                                  double lambda = 0.1) {
    auto model = std::make_shared<RidgeModel>();
    model->dimension = dimension;
    model->itemVectors = itemVectors;
    model->itemBaseline = itemBaseline;
    model->lambda = lambda;
    auto space = std::make_shared<TasteSpace>();
    space->modelKind = "mf";
    space->dimension = dimension;
    space->data = std::make_shared<const TrainingData>(std::move(data));
    space->itemVectors = std::move(itemVectors);
    space->itemBaseline = std::move(itemBaseline);
    space->encoder = [model](std::int32_t, std::span<const HistoryEntry> history) { return model->encode(history); };
    const auto users = std::size_t(space->data->userCount());
    if (!userVectors.empty()) {
        space->userVectors = std::move(userVectors);
        space->userBias.assign(users, 0.0f);
    } else {
        for (std::int32_t u = 0; u < std::int32_t(users); ++u) {
            std::vector<HistoryEntry> h;
            const auto [b, e] = space->data->userRange(u);
            for (auto i = b; i < e; ++i)
                h.push_back({space->data->interactions[i].item, space->data->interactions[i].value,
                             space->data->interactions[i].timestamp});
            const auto p = model->encode(h);
            space->userVectors.insert(space->userVectors.end(), p.vector.begin(), p.vector.end());
            space->userBias.push_back(p.bias);
        }
    }
    return space;
}

/// A random space: `users` × `items` with ratings generated from hidden factors (seeded); every
/// user rates `perUser` items; two domains (items alternate), three genres.
inline std::shared_ptr<TasteSpace> randomRidgeSpace(std::int32_t users, std::int32_t items, int dimension, int perUser,
                                                    std::uint64_t seed = 5) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::vector<float> itemVectors(std::size_t(items) * std::size_t(dimension));
    for (auto& x : itemVectors)
        x = 0.4f * normal(rng);
    std::vector<float> hidden(std::size_t(users) * std::size_t(dimension));
    for (auto& x : hidden)
        x = 0.4f * normal(rng);
    std::vector<std::int32_t> itemDomain(static_cast<std::size_t>(items));
    for (std::int32_t i = 0; i < items; ++i)
        itemDomain[std::size_t(i)] = i % 2;
    std::vector<Row> rows;
    for (std::int32_t u = 0; u < users; ++u) {
        std::vector<std::int32_t> all(static_cast<std::size_t>(items));
        for (std::int32_t i = 0; i < items; ++i)
            all[std::size_t(i)] = i;
        std::shuffle(all.begin(), all.end(), rng);
        for (int r = 0; r < perUser; ++r) {
            const auto i = all[std::size_t(r)];
            double s = 0.5;
            for (int j = 0; j < dimension; ++j)
                s += double(hidden[std::size_t(u) * std::size_t(dimension) + std::size_t(j)]) *
                     itemVectors[std::size_t(i) * std::size_t(dimension) + std::size_t(j)];
            s += 0.05 * normal(rng);
            // Ratings on a 1..5 grid, as 0..1 values.
            rows.push_back({u, i, float(std::round(std::clamp(s, 0.0, 1.0) * 4) / 4)});
        }
    }
    auto data = makeData(users, itemDomain, {explicitDomain("movies", 1, 5), explicitDomain("books", 1, 10)}, rows);
    data.domains[1].kind = "book";
    data.genreNames = {"drama", "comedy", "sci-fi"};
    for (std::int32_t i = 0; i < items; ++i)
        data.itemGenres[std::size_t(i)] = i % 3 == 0 ? std::vector<std::int32_t>{0, 2} : std::vector<std::int32_t>{i % 3};
    return makeRidgeSpace(std::move(data), dimension, itemVectors, std::vector<float>(std::size_t(items), 0.5f));
}

} // namespace kindred::test
