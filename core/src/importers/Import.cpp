// importDataset(): picks the importer, runs it into an ImportSink, turns exceptions into Status.
#include "kindred/importers/Import.h"

#include "../store/Sqlite.h"
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "kindred/store/Project.h"

#include <chrono>

namespace kindred {

using import::DatasetImporter;
using import::InputSet;

namespace {

const DatasetImporter* findImporter(const std::vector<std::unique_ptr<DatasetImporter>>& all, std::string_view id) {
    for (const auto& importer : all)
        if (importer->info().id == id)
            return importer.get();
    return nullptr;
}

} // namespace

std::vector<FormatInfo> supportedFormats() {
    std::vector<FormatInfo> formats;
    for (const auto& importer : import::makeAllImporters())
        formats.push_back(importer->info());
    return formats;
}

FormatGuess detectFormat(const std::vector<std::filesystem::path>& inputs) {
    const InputSet set(inputs);
    FormatGuess best;
    for (const auto& importer : import::makeAllImporters()) {
        const int confidence = importer->detect(set);
        if (confidence > best.confidence) {
            best.confidence = confidence;
            best.formatId = importer->info().id;
            best.reason = importer->info().displayName;
        }
    }
    return best;
}

ImportResult importDataset(Project& project, const std::vector<std::filesystem::path>& inputs,
                           const ImportOptions& options, ProgressToken* progress) {
    ImportResult result{Status::success(), {}};
    const auto started = std::chrono::steady_clock::now();
    if (inputs.empty()) {
        result.status = Status::failure("no input files given");
        return result;
    }
    for (const auto& input : inputs) {
        std::error_code ec;
        if (!std::filesystem::exists(input, ec)) {
            result.status = Status::failure(input.string() + ": no such file or folder");
            return result;
        }
    }
    if (project.isReadOnly()) {
        result.status = Status::failure(project.path().string() + ": project is open read-only");
        return result;
    }
    const auto importers = import::makeAllImporters();
    std::string formatId = options.format;
    if (formatId.empty() || formatId == "auto") {
        const auto guess = detectFormat(inputs);
        if (guess.confidence < 30) {
            result.status = Status::failure(inputs.front().string() +
                                            ": could not recognise the format; choose one with --format");
            return result;
        }
        formatId = guess.formatId;
    }
    const DatasetImporter* importer = findImporter(importers, formatId);
    if (!importer) {
        result.status = Status::failure("unknown format '" + formatId + "'");
        return result;
    }
    const InputSet set(inputs);
    try {
        import::ImportSink sink(project, options, result.report, progress);
        importer->run(set, sink);
        sink.finish();
    } catch (const import::ImportError& error) {
        result.status = Status::failure(error.what());
    } catch (const CancelledError&) {
        result.status = Status::failure("import cancelled; the project is unchanged");
    } catch (const std::bad_alloc&) {
        result.status = Status::failure("out of memory during import; the project is unchanged");
    } catch (const std::exception& error) {
        result.status = Status::failure(std::string("import failed: ") + error.what());
    }
    result.report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

} // namespace kindred
