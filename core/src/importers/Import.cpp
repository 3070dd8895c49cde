// importDataset(): picks the importer, runs it into an ImportSink, turns exceptions into Status.
#include "kindred/importers/Import.h"

#include "store/ProjectInternals.h"
#include "../store/Sqlite.h"
#include "DatasetImporter.h"
#include "ImportError.h"
#include "ImportSink.h"
#include "kindred/store/Project.h"
#include "kindred/store/StoreError.h"

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

Status checkInputs(const std::vector<std::filesystem::path>& inputs, const std::string& formatId) {
    std::string id = formatId;
    if (id.empty() || id == "auto")
        id = detectFormat(inputs).formatId;
    const auto importers = import::makeAllImporters();
    const DatasetImporter* importer = findImporter(importers, id);
    if (!importer)
        return Status::success(); // nothing to check against; the import says what is wrong
    try {
        return importer->checkInputs(InputSet(inputs));
    } catch (const std::exception& error) {
        return Status::failure(error.what());
    }
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
        const auto type = std::filesystem::status(input, ec).type();
        if (type == std::filesystem::file_type::not_found || type == std::filesystem::file_type::none) {
            result.status = Status::failure(input.string() + ": no such file or folder");
            return result;
        }
        // A FIFO would block the reader forever, a device never ends: refuse before reading.
        if (type != std::filesystem::file_type::regular && type != std::filesystem::file_type::directory) {
            result.status = Status::failure(input.string() + ": is not a regular file (a FIFO, device or socket): "
                                                             "give a file or a folder");
            return result;
        }
    }
    if (project.isReadOnly()) {
        result.status = Status::failure(project.path().string() + ": the project is read-only (" +
                                            project.readOnlyReason() + "); nothing was imported",
                                        FailureKind::ProjectReadOnly);
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
    if (auto checked = importer->checkInputs(set); !checked) {
        result.status = checked;
        return result;
    }
    try {
        import::ImportSink sink(project, options, result.report, progress, set.totalBytes());
        importer->run(set, sink);
        sink.finish();
    } catch (const import::ImportError& error) {
        result.status = Status::failure(error.what());
    } catch (const CancelledError&) {
        result.status = Status::failure("import cancelled; the project is unchanged");
    } catch (const std::bad_alloc&) {
        result.status = Status::failure("out of memory during import; the project is unchanged");
    } catch (const StoreError& error) {
        // A busy (locked), read-only, full or damaged project: the sink takes the write lock
        // before reading any input, so a busy project fails here at once, not after parsing.
        result.status = error.kind() == FailureKind::General
                            ? Status::failure(std::string("unexpected error: ") + error.what())
                            : Status::failure(project.path().string() + ": " + error.what() +
                                                  "; nothing was imported",
                                              error.kind());
    } catch (const std::exception& error) {
        result.status = Status::failure(std::string("unexpected error: ") + error.what());
    }
    result.report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

ImportResult previewImport(const Project& project, const std::vector<std::filesystem::path>& inputs,
                           const ImportOptions& options, ProgressToken* progress) {
    auto scratch = Project::open(":memory:");
    if (!scratch) {
        ImportResult failed{scratch.status(), {}};
        return failed;
    }
    ImportOptions preview = options;
    preview.dryRun = false; // the scratch project may keep what it read
    ImportResult result = importDataset(*scratch.value(), inputs, preview, progress);
    result.report.dryRun = true;
    if (!result.status)
        return result;
    try {
        std::vector<std::string> ids;
        sql::Statement users(rawHandle(*scratch.value()),
                             "SELECT external_id FROM users WHERE id IN (SELECT DISTINCT user_id FROM ratings)");
        while (users.step())
            ids.push_back(users.text(0));
        result.report.importUsers = ids.size();
        result.report.sharedPeople = import::countSharedPeople(rawHandle(project), ids, result.report.userNamespace, 0,
                                                               [progress] {
                                                                   if (progress)
                                                                       progress->throwIfCancelled();
                                                               });
    } catch (const CancelledError&) {
        result.status = Status::failure("cancelled");
    } catch (const std::exception& error) {
        result.status = Status::failure(project.path().string() + ": " + error.what());
    }
    return result;
}

} // namespace kindred
