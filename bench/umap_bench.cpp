// umap_bench: wall time and trustworthiness@10 of kindred::runUmap on seeded clustered data, and
// the trustworthiness of another tool's embedding of the same data.
//
//   umap_bench [--n N] [--d D] [--clusters C] [--dims 2|3] [--neighbours K] [--min-dist X]
//              [--epochs E] [--negative-rate R] [--threads T] [--seed S] [--search auto|exact|approximate]
//              [--out data.csv] [--embedding-out ours.csv] [--trust-k K] [--no-trust]
//              [--compare theirs.csv] [--phases]
//
// Defaults: n 10000, d 64, 20 clusters, 2 output dimensions, 15 neighbours, min-dist 0.1, epochs
// automatic (500 up to 10,000 points, 200 above), threads = OpenMP default. Data as tsne_bench:
// cluster centres ~ N(0, 1.5²) per coordinate, points = centre + N(0, 1), the same seed → the same
// matrix. --out writes the matrix first as plain CSV (n lines of d values) so another tool can embed
// the same points; --compare reads that tool's embedding (n lines of 2 or 3 values, CSV) and prints
// its trustworthiness too. Timing covers runUmap only (neighbours, graph, initial layout, SGD), not
// data generation, files or the trustworthiness. Prints `key value` lines: n, d, dims, threads,
// neighbours, epochs, exact_neighbours, edges, seconds, trust (ours), compare_trust. --phases also prints
// `phase SECONDS NAME` lines: when each phase of runUmap began, from its start.
#include "kindred/embed/Trustworthiness.h"
#include "kindred/embed/Umap.h"

#include "SyntheticClusters.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool writeCsv(const std::string& path, const std::vector<float>& values, std::size_t n, std::size_t d) {
    std::FILE* file = std::fopen(path.c_str(), "w");
    if (!file)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < d; ++j)
            std::fprintf(file, j + 1 < d ? "%.7g," : "%.7g\n", double(values[i * d + j]));
    return std::fclose(file) == 0;
}

/// Reads n rows of comma-separated numbers; columns from the first row. Empty on error.
std::vector<float> readCsv(const std::string& path, std::size_t n, std::size_t& columns) {
    std::ifstream in(path);
    std::vector<float> values;
    std::string line;
    columns = 0;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        std::stringstream fields(line);
        std::string field;
        std::size_t count = 0;
        while (std::getline(fields, field, ',')) {
            values.push_back(std::strtof(field.c_str(), nullptr));
            ++count;
        }
        if (columns == 0)
            columns = count;
        else if (count != columns)
            return {};
    }
    return values.size() == n * columns ? values : std::vector<float>{};
}

} // namespace

int main(int argc, char** argv) {
    std::size_t n = 10000, d = 64, clusters = 20, trustK = 10;
    kindred::UmapOptions options;
    std::string out, embeddingOut, compare;
    bool withTrust = true, phases = false;
    for (int a = 1; a < argc; ++a) {
        const std::string key = argv[a];
        if (key == "--no-trust" || key == "--phases") {
            (key == "--phases" ? phases : withTrust) = key == "--phases";
            continue;
        }
        if (a + 1 >= argc) {
            std::fprintf(stderr, "umap_bench: %s needs a value\n", key.c_str());
            return 2;
        }
        const char* value = argv[++a];
        if (key == "--n") n = std::strtoull(value, nullptr, 10);
        else if (key == "--d") d = std::strtoull(value, nullptr, 10);
        else if (key == "--clusters") clusters = std::strtoull(value, nullptr, 10);
        else if (key == "--dims") options.dimensions = std::atoi(value);
        else if (key == "--neighbours") options.neighbours = std::atoi(value);
        else if (key == "--min-dist") options.minDist = std::atof(value);
        else if (key == "--epochs") options.epochs = std::atoi(value);
        else if (key == "--negative-rate") options.negativeSampleRate = std::atoi(value);
        else if (key == "--threads") options.threads = std::atoi(value);
        else if (key == "--seed") options.seed = std::strtoull(value, nullptr, 10);
        else if (key == "--trust-k") trustK = std::strtoull(value, nullptr, 10);
        else if (key == "--out") out = value;
        else if (key == "--embedding-out") embeddingOut = value;
        else if (key == "--compare") compare = value;
        else if (key == "--search") {
            const std::string s = value;
            options.neighbourSearch = s == "exact"         ? kindred::UmapNeighbourSearch::Exact
                                      : s == "approximate" ? kindred::UmapNeighbourSearch::Approximate
                                                           : kindred::UmapNeighbourSearch::Automatic;
        } else {
            std::fprintf(stderr, "umap_bench: unknown option %s\n", key.c_str());
            return 2;
        }
    }
    const auto data = bench::makeClusters(n, d, clusters, options.seed);
    if (!out.empty() && !writeCsv(out, data, n, d)) {
        std::fprintf(stderr, "umap_bench: cannot write %s\n", out.c_str());
        return 2;
    }
    std::vector<std::pair<double, std::string>> phaseStarts;
    kindred::ProgressToken progress([&](const kindred::ProgressEvent& event) {
        if (phaseStarts.empty() || phaseStarts.back().second != event.phase)
            phaseStarts.emplace_back(event.elapsedSeconds, event.phase);
    });
    if (phases)
        options.progress = &progress;
    const auto start = std::chrono::steady_clock::now();
    const auto result = kindred::runUmap(data, n, d, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok()) {
        std::fprintf(stderr, "umap_bench: %s\n", result.status().message().c_str());
        return 1;
    }
    const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
    std::printf("n %zu\nd %zu\ndims %d\nthreads %d\nneighbours %d\nepochs %d\nexact_neighbours %d\nedges %zu\n"
                "seconds %.3f\n",
                n, d, options.dimensions, threads, options.neighbours, result->epochs, int(result->exactNeighbours),
                result->edges, seconds);
    for (const auto& [at, name] : phaseStarts)
        std::printf("phase %.3f %s\n", at, name.c_str());
    std::fflush(stdout);
    if (!embeddingOut.empty() && !writeCsv(embeddingOut, result->coordinates, n, std::size_t(options.dimensions))) {
        std::fprintf(stderr, "umap_bench: cannot write %s\n", embeddingOut.c_str());
        return 2;
    }
    if (withTrust) {
        const auto trust = kindred::trustworthiness(data, d, result->coordinates, std::size_t(options.dimensions), n,
                                                    trustK, threads);
        if (!trust.ok()) {
            std::fprintf(stderr, "umap_bench: %s\n", trust.status().message().c_str());
            return 1;
        }
        std::printf("trust %.5f\n", trust.value());
    }
    if (!compare.empty()) {
        std::size_t columns = 0;
        const auto theirs = readCsv(compare, n, columns);
        if (theirs.empty()) {
            std::fprintf(stderr, "umap_bench: %s does not hold %zu rows of equal length\n", compare.c_str(), n);
            return 2;
        }
        const auto trust = kindred::trustworthiness(data, d, theirs, columns, n, trustK, threads);
        if (!trust.ok()) {
            std::fprintf(stderr, "umap_bench: %s\n", trust.status().message().c_str());
            return 1;
        }
        std::printf("compare_trust %.5f\n", trust.value());
    }
    return 0;
}
