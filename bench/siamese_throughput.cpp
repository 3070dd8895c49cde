// siamese_throughput: trains the Siamese model for a few epochs on a project and prints training
// samples/s per epoch. Usage:
//   siamese_throughput PROJECT.kindred [--dim 64] [--history 64] [--batch 512] [--buckets 65536]
//                      [--epochs 1] [--threads 0] [--lr 3e-3] [--weight-decay 1e-4] [--dropout 0.1]
//                      [--no-text] [--no-genres] [--no-pairs] [--no-ranking]
#include "kindred/store/Project.h"
#include "kindred/train/Siamese.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s PROJECT.kindred [options]\n", argv[0]);
        return 2;
    }
    kindred::SiameseOptions options;
    options.epochs = 1;
    int threads = 0;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&] { return i + 1 < argc ? std::atof(argv[++i]) : 0.0; };
        if (arg == "--dim") options.dimension = int(next());
        else if (arg == "--history") options.historyLength = int(next());
        else if (arg == "--batch") options.batchSize = int(next());
        else if (arg == "--buckets") options.textBuckets = std::uint32_t(next());
        else if (arg == "--epochs") options.epochs = int(next());
        else if (arg == "--threads") threads = int(next());
        else if (arg == "--heads") options.heads = int(next());
        else if (arg == "--lr") options.learningRate = next();
        else if (arg == "--weight-decay") options.weightDecay = next();
        else if (arg == "--dropout") options.dropout = next();
        else if (arg == "--no-text") options.useText = false;
        else if (arg == "--no-genres") options.useGenres = false;
        else if (arg == "--no-pairs") options.pairWeight = 0;
        else if (arg == "--no-ranking") options.rankingWeight = 0;
        else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            return 2;
        }
    }
    kindred::configureComputeThreads(threads);
    auto project = kindred::Project::open(argv[1], kindred::OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", project.status().message().c_str());
        return 1;
    }
    auto data = kindred::loadTrainingData(*project.value());
    if (!data) {
        std::fprintf(stderr, "%s\n", data.status().message().c_str());
        return 1;
    }
    const auto split = kindred::randomSplit(data.value(), 42);
    kindred::SiameseCallbacks callbacks;
    // The rate of the training loop alone (the last batch event of each epoch), as the PyTorch
    // script measures it; the epoch record's rate also counts the validation pass.
    double loopRate = 0;
    callbacks.onEvent = [&loopRate](const kindred::TrainingEvent& event) {
        if (event.kind == kindred::TrainingEvent::Kind::Batch)
            loopRate = event.samplesPerSecond;
        if (event.kind == kindred::TrainingEvent::Kind::Epoch)
            std::printf("epoch %d: %.0f samples/s in the training loop (%.0f with validation, %.1f s), "
                        "validation RMSE %.4f\n",
                        event.epoch, loopRate, event.record.samplesPerSecond, event.record.seconds,
                        event.record.validationRmse);
    };
    auto result = kindred::trainSiamese(data.value(), split, options, callbacks);
    if (!result) {
        std::fprintf(stderr, "%s\n", result.status().message().c_str());
        return 1;
    }
    return 0;
}
