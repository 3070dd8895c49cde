// tsne_bench: wall time and final KL divergence of kindred::runTsne on seeded clustered data.
//
//   tsne_bench [--n N] [--d D] [--clusters C] [--dims 2|3] [--perplexity P] [--iterations I]
//              [--theta T] [--threads K] [--seed S] [--out data.csv]
//
// Defaults: n 10000, d 64, 20 clusters, 3 output dimensions, perplexity 30, 1000 iterations,
// theta 0.5, threads = OpenMP default, learning rate 200 (with the gradient's factor 4, i.e.
// Rtsne's eta = 800). Data: cluster centres ~ N(0, 1.5²) per coordinate, points = centre + N(0, 1).
// --out writes the matrix first as plain CSV (n lines of d values, no header) so another tool can
// embed the same points. Timing covers runTsne only (k-NN, affinities, optimisation), not data
// generation or writing. Prints `key value` lines: n, d, dims, threads, seconds, kl.
#include "kindred/embed/Tsne.h"

#include "SyntheticClusters.h"

#include <omp.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    std::size_t n = 10000, d = 64, clusters = 20;
    kindred::TsneOptions options;
    options.dimensions = 3;
    std::string out;
    for (int a = 1; a + 1 < argc; a += 2) {
        const std::string key = argv[a];
        const char* value = argv[a + 1];
        if (key == "--n") n = std::strtoull(value, nullptr, 10);
        else if (key == "--d") d = std::strtoull(value, nullptr, 10);
        else if (key == "--clusters") clusters = std::strtoull(value, nullptr, 10);
        else if (key == "--dims") options.dimensions = std::atoi(value);
        else if (key == "--perplexity") options.perplexity = std::atof(value);
        else if (key == "--iterations") options.iterations = std::atoi(value);
        else if (key == "--theta") options.theta = std::atof(value);
        else if (key == "--threads") options.threads = std::atoi(value);
        else if (key == "--seed") options.seed = std::strtoull(value, nullptr, 10);
        else if (key == "--out") out = value;
        else {
            std::fprintf(stderr, "tsne_bench: unknown option %s\n", key.c_str());
            return 2;
        }
    }
    const auto data = bench::makeClusters(n, d, clusters, options.seed);
    if (!out.empty()) {
        std::FILE* file = std::fopen(out.c_str(), "w");
        if (!file) {
            std::fprintf(stderr, "tsne_bench: cannot write %s\n", out.c_str());
            return 2;
        }
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = 0; j < d; ++j)
                std::fprintf(file, j + 1 < d ? "%.7g," : "%.7g\n", double(data[i * d + j]));
        std::fclose(file);
    }
    const auto start = std::chrono::steady_clock::now();
    const auto result = kindred::runTsne(data, n, d, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok()) {
        std::fprintf(stderr, "tsne_bench: %s\n", result.status().message().c_str());
        return 1;
    }
    std::printf("n %zu\nd %zu\ndims %d\nthreads %d\nseconds %.3f\nkl %.5f\n", n, d, options.dimensions,
                options.threads > 0 ? options.threads : omp_get_max_threads(), seconds, result->klDivergence);
    return 0;
}
