// Cross-domain genre correlation with exact Student-t p-values (GenreCorrelation.h).
#include "kindred/recommend/GenreCorrelation.h"

#include "kindred/space/Projection.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelStore.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>

namespace kindred {

double regularizedIncompleteBeta(double x, double a, double b) {
    if (!(x > 0))
        return 0;
    if (!(x < 1))
        return 1;
    // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry
    // I_x(a, b) = 1 − I_{1−x}(b, a) on the other side.
    if (x > (a + 1) / (a + b + 2))
        return 1 - regularizedIncompleteBeta(1 - x, b, a);
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    // Modified Lentz evaluation of 1 / (1 + d1 / (1 + d2 / (1 + ...))).
    constexpr double tiny = 1e-300;
    double f = 1, c = 1, d = 0;
    for (int i = 0; i <= 400; ++i) {
        double numerator;
        if (i == 0)
            numerator = 1;
        else if (i % 2 == 1) {
            const double m = (i - 1) / 2;
            numerator = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
        } else {
            const double m = i / 2;
            numerator = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
        }
        d = 1 + numerator * d;
        if (std::abs(d) < tiny)
            d = tiny;
        d = 1 / d;
        c = 1 + numerator / c;
        if (std::abs(c) < tiny)
            c = tiny;
        const double delta = c * d;
        f *= delta;
        if (std::abs(1 - delta) < 1e-15)
            break;
    }
    return std::exp(logFront) * (f - 1) / a;
}

double studentTwoSidedP(double t, double df) {
    if (!(df > 0))
        return 1;
    if (std::isinf(t))
        return 0;
    return std::clamp(regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5), 0.0, 1.0);
}

Result<GenreCorrelation> genreCorrelation(const TrainingData& data, int fromDomain, int toDomain,
                                          const GenreCorrelationOptions& options) {
    const int domains = int(data.domains.size());
    if (fromDomain < 0 || fromDomain >= domains || toDomain < 0 || toDomain >= domains)
        return Status::failure("correlation: domain index out of range");
    if (fromDomain == toDomain)
        return Status::failure("correlation: the two domains must differ");
    GenreCorrelation out;
    out.fromDomain = fromDomain;
    out.toDomain = toDomain;
    out.fromName = data.domains[std::size_t(fromDomain)].name;
    out.toName = data.domains[std::size_t(toDomain)].name;
    out.genreNames = data.genreNames;
    const std::size_t genres = data.genreNames.size();

    // Per genre pair: running sums over users that have both affinities.
    struct Sums {
        double x = 0, y = 0, xx = 0, yy = 0, xy = 0;
        int n = 0;
    };
    std::map<std::pair<std::int32_t, std::int32_t>, Sums> sums;
    std::vector<double> sum(genres);
    std::vector<int> count(genres);
    const auto affinities = [&](std::size_t begin, std::size_t end, int domain) {
        std::vector<std::pair<std::int32_t, double>> result;
        double total = 0;
        int rated = 0;
        for (std::size_t i = begin; i < end; ++i)
            if (data.itemDomain[std::size_t(data.interactions[i].item)] == domain) {
                total += data.interactions[i].value;
                ++rated;
            }
        if (rated == 0)
            return result;
        const double mean = total / rated;
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(count.begin(), count.end(), 0);
        for (std::size_t i = begin; i < end; ++i) {
            const auto& x = data.interactions[i];
            if (data.itemDomain[std::size_t(x.item)] != domain || std::size_t(x.item) >= data.itemGenres.size())
                continue;
            for (auto g : data.itemGenres[std::size_t(x.item)]) {
                sum[std::size_t(g)] += x.value - mean;
                ++count[std::size_t(g)];
            }
        }
        for (std::size_t g = 0; g < genres; ++g)
            if (count[g] >= options.minItemsPerGenre && count[g] > 0)
                result.emplace_back(std::int32_t(g), sum[g] / count[g]);
        return result;
    };
    for (std::int32_t u = 0; u < data.userCount(); ++u) {
        const auto [begin, end] = data.userRange(u);
        bool inFrom = false, inTo = false;
        for (std::size_t i = begin; i < end; ++i) {
            const int d = data.itemDomain[std::size_t(data.interactions[i].item)];
            inFrom = inFrom || d == fromDomain;
            inTo = inTo || d == toDomain;
        }
        if (!inFrom || !inTo)
            continue;
        ++out.users;
        const auto ax = affinities(begin, end, fromDomain);
        const auto ay = affinities(begin, end, toDomain);
        for (const auto& [gx, x] : ax)
            for (const auto& [gy, y] : ay) {
                auto& s = sums[{gx, gy}];
                s.x += x;
                s.y += y;
                s.xx += x * x;
                s.yy += y * y;
                s.xy += x * y;
                ++s.n;
            }
    }
    for (const auto& [key, s] : sums) {
        if (s.n < std::max(3, options.minUsers))
            continue;
        GenreCorrelationCell cell;
        cell.fromGenre = key.first;
        cell.toGenre = key.second;
        cell.n = s.n;
        const double n = s.n;
        const double sxx = s.xx - s.x * s.x / n, syy = s.yy - s.y * s.y / n, sxy = s.xy - s.x * s.y / n;
        if (sxx > 1e-15 && syy > 1e-15) {
            cell.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
            const double df = n - 2;
            const double oneMinus = 1 - cell.r * cell.r;
            cell.p = oneMinus <= 0 ? 0.0 : studentTwoSidedP(cell.r * std::sqrt(df / oneMinus), df);
        }
        out.cells.push_back(cell);
    }
    return out;
}

Result<GenreCorrelation> clusterCorrelation(const TrainingData& data, const std::vector<std::int32_t>& itemCluster,
                                            const std::vector<std::string>& clusterNames, int fromDomain,
                                            int toDomain, const GenreCorrelationOptions& options) {
    if (itemCluster.size() != std::size_t(data.itemCount()))
        return Status::failure("correlation: one cluster per item is needed");
    TrainingData byCluster = data;
    byCluster.genreNames = clusterNames;
    for (std::size_t i = 0; i < itemCluster.size(); ++i) {
        const auto c = itemCluster[i];
        if (c >= std::int32_t(clusterNames.size()))
            return Status::failure("correlation: item " + std::to_string(i) + " names a cluster that has no name");
        byCluster.itemGenres[i] = c >= 0 ? std::vector<std::int32_t>{c} : std::vector<std::int32_t>{};
    }
    auto out = genreCorrelation(byCluster, fromDomain, toDomain, options);
    if (out)
        out->basis = "taste clusters";
    return out;
}

namespace {

/// The k-means clusters of the newest stored projection that has them: one cluster per item of
/// `data` (-1: not in it) and a name per cluster (its number and media mix in `data`).
struct TasteClusters {
    std::vector<std::int32_t> itemCluster;
    std::vector<std::string> names;
    std::string model;
};

std::optional<TasteClusters> newestTasteClusters(Project& project, const TrainingData& data) {
    auto models = ModelStore(project).list();
    if (!models)
        return std::nullopt;
    std::unordered_map<std::int64_t, std::int32_t> denseItem;
    for (std::int32_t i = 0; i < data.itemCount(); ++i)
        denseItem.emplace(data.itemIds[std::size_t(i)], i);
    for (const ModelSummary& model : models.value()) {
        auto projections = loadProjections(project, model.id);
        if (!projections)
            continue;
        for (const Projection& p : projections.value()) {
            const int clusters = p.cluster.empty() ? 0 : *std::max_element(p.cluster.begin(), p.cluster.end()) + 1;
            if (clusters <= 0)
                continue;
            TasteClusters out;
            out.model = model.name;
            out.itemCluster.assign(std::size_t(data.itemCount()), -1);
            std::vector<std::vector<int>> mix(std::size_t(clusters), std::vector<int>(data.domains.size(), 0));
            for (std::size_t r = 0; r < p.rows(); ++r)
                if (!p.isUser[r] && p.cluster[r] >= 0)
                    if (const auto it = denseItem.find(p.ids[r]); it != denseItem.end()) {
                        out.itemCluster[std::size_t(it->second)] = p.cluster[r];
                        ++mix[std::size_t(p.cluster[r])][std::size_t(data.itemDomain[std::size_t(it->second)])];
                    }
            for (int c = 0; c < clusters; ++c) {
                // The cluster's label when it has one, else its media mix among these two media.
                std::string name = "cluster " + std::to_string(c + 1);
                if (std::size_t(c) < p.clusterLabels.size() && !p.clusterLabels[std::size_t(c)].empty()) {
                    name += ": " + p.clusterLabels[std::size_t(c)];
                } else {
                    name += " (";
                    for (std::size_t m = 0; m < data.domains.size(); ++m)
                        name += (m ? " · " : "") + std::to_string(mix[std::size_t(c)][m]) + " " + data.domains[m].kind;
                    name += ")";
                }
                out.names.push_back(name);
            }
            return out;
        }
    }
    return std::nullopt;
}

} // namespace

Result<GenreCorrelation> tasteCorrelation(Project& project, const TrainingData& data, int fromDomain, int toDomain,
                                          const GenreCorrelationOptions& options) {
    auto correlation = genreCorrelation(data, fromDomain, toDomain, options);
    if (!correlation || !correlation->cells.empty())
        return correlation;
    const auto clusters = newestTasteClusters(project, data);
    if (!clusters)
        return correlation;
    auto byCluster = clusterCorrelation(data, clusters->itemCluster, clusters->names, fromDomain, toDomain, options);
    if (!byCluster || byCluster->cells.empty())
        return correlation;
    byCluster->clusterModel = clusters->model;
    return byCluster;
}

std::string GenreCorrelation::toJson() const {
    nlohmann::ordered_json j;
    j["from"] = fromName;
    j["to"] = toName;
    j["users"] = users;
    j["basis"] = basis;
    if (!clusterModel.empty())
        j["cluster_model"] = clusterModel;
    j["method"] = "pearson r of per-user genre affinities (mean centred rating, >= 2 items); "
                  "two-sided p from Student t with n-2 df (exact, incomplete beta)";
    auto cellsJson = nlohmann::ordered_json::array();
    for (const auto& c : cells) {
        nlohmann::ordered_json cj;
        cj["from_genre"] = genreNames[std::size_t(c.fromGenre)];
        cj["to_genre"] = genreNames[std::size_t(c.toGenre)];
        cj["r"] = c.r;
        cj["n"] = c.n;
        cj["p"] = c.p;
        cellsJson.push_back(std::move(cj));
    }
    j["cells"] = std::move(cellsJson);
    return j.dump(2);
}

} // namespace kindred
