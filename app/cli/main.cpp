// kindred-cli: the command-line face of kindred_core. Composition only; every command calls the
// same core functions as the GUI. Exit codes (ExitCodes.h): 0 ok, 1 bad input or failure, 2 usage,
// 3 project busy.
#include "ExitCodes.h"
#include "PairCommands.h"
#include "SearchCommand.h"
#include "SpaceCommands.h"
#include "TerminalText.h"
#include "TrainCommands.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"
#include "kindred/store/StoreError.h"
#include "kindred/train/Siamese.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

namespace {

using kindred::cli::kExitBadInput;
using kindred::cli::kExitBusy;
using kindred::cli::kExitOk;
using kindred::cli::kExitUsage;
using kindred::cli::shown;

/// The exit code of a failure: busy projects have their own, so scripts can retry them.
int exitCodeOf(const kindred::Status& status) {
    return status.kind() == kindred::FailureKind::ProjectBusy ? kExitBusy : kExitBadInput;
}

/// The --db of the subcommand that ran, for messages that would otherwise not name the project.
std::string projectOf(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands())
        if (CLI::Option* option = sub->get_option_no_throw("--db"); option && option->count() > 0)
            return option->as<std::string>();
    return {};
}

int failWith(const kindred::Status& status) {
    std::cerr << "kindred-cli: " << shown(status.message()) << "\n";
    return exitCodeOf(status);
}

struct ImportCommand {
    std::string db;
    std::string format = "auto";
    std::vector<std::string> paths;
    bool skipBadRows = false;
    std::uint64_t maxBadRows = 1000;
    std::string encoding = "auto";
    std::string scale;
    std::string sourceName, domain, domainKind, userNamespace;
    std::string mapUser, mapItem, mapRating, mapTimestamp, mapTitle, mapGenres, mapText, mapWeight;
    std::string separator;
    std::string feedback = "auto";
    bool dryRun = false;
    bool noHeader = false;
    bool json = false;
    bool quiet = false;
    bool verbose = false;
};

std::optional<kindred::RatingScale> parseScale(const std::string& text) {
    const auto dots = text.find("..");
    if (dots == std::string::npos)
        return std::nullopt;
    try {
        return kindred::RatingScale{std::stod(text.substr(0, dots)), std::stod(text.substr(dots + 2))};
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

int runImport(const ImportCommand& cmd) {
    kindred::ImportOptions options;
    options.format = cmd.format;
    options.badRows = cmd.skipBadRows ? kindred::BadRowPolicy::Skip : kindred::BadRowPolicy::Abort;
    options.maxBadRows = cmd.maxBadRows;
    options.encoding = cmd.encoding == "utf-8"    ? kindred::TextEncoding::Utf8
                       : cmd.encoding == "latin1" ? kindred::TextEncoding::Latin1
                                                  : kindred::TextEncoding::Auto;
    if (!cmd.scale.empty()) {
        options.scale = parseScale(cmd.scale);
        if (!options.scale) {
            std::cerr << "kindred-cli: --scale must look like 1..5\n";
            return kExitUsage;
        }
    }
    options.sourceName = cmd.sourceName;
    options.domain = cmd.domain;
    options.domainKind = cmd.domainKind;
    options.userNamespace = cmd.userNamespace;
    options.feedback = cmd.feedback == "explicit"   ? kindred::FeedbackType::Explicit
                       : cmd.feedback == "implicit" ? kindred::FeedbackType::Implicit
                                                    : kindred::FeedbackType::Auto;
    options.dryRun = cmd.dryRun;
    options.mapping = {cmd.mapUser, cmd.mapItem, cmd.mapRating, cmd.mapTimestamp,
                       cmd.mapTitle, cmd.mapGenres, cmd.mapText, cmd.mapWeight};
    if (cmd.separator == "tab" || cmd.separator == "\\t")
        options.separator = '\t';
    else if (cmd.separator.size() == 1)
        options.separator = cmd.separator[0];
    options.hasHeader = !cmd.noHeader;

    auto project = kindred::Project::open(cmd.db);
    if (!project)
        return failWith(project.status());
    std::vector<std::filesystem::path> paths(cmd.paths.begin(), cmd.paths.end());
    const bool showProgress = !cmd.quiet && isatty(fileno(stderr));
    std::string lastPhase;
    kindred::ProgressToken progress([&](const kindred::ProgressEvent& event) {
        if (cmd.verbose && event.phase != lastPhase) {
            std::fprintf(stderr, "[%7.2f s] %s\n", event.elapsedSeconds, shown(event.phase).c_str());
            lastPhase = event.phase;
        }
        if (!showProgress)
            return;
        std::fprintf(stderr, "\r%-40s %5.1f%%  %llu rows  ETA %.0f s   ", shown(event.phase).c_str(),
                     event.total ? 100.0 * double(event.done) / double(event.total) : 0.0,
                     static_cast<unsigned long long>(event.rows), event.etaSeconds < 0 ? 0.0 : event.etaSeconds);
    });
    const auto result = kindred::importDataset(*project.value(), paths, options, &progress);
    if (showProgress)
        std::fprintf(stderr, "\r%80s\r", "");
    if (!result.status) {
        std::cerr << "kindred-cli: import failed: " << shown(result.status.message()) << "\n";
        return exitCodeOf(result.status);
    }
    if (cmd.json)
        std::cout << kindred::makeJsonPrintable(result.report.toJson()) << "\n";
    else if (!cmd.quiet)
        std::cout << result.report.toText();
    return kExitOk;
}

int runStats(const std::string& db, bool json) {
    // Reading only: a read-only or shared project is never opened for writing.
    auto project = kindred::Project::open(db, kindred::OpenMode::ReadOnly, kindred::OpenCheck::Full);
    if (!project)
        return failWith(project.status());
    const auto stats = project.value()->stats();
    if (json) {
        std::cout << kindred::makeJsonPrintable(stats.toJson()) << "\n";
        return kExitOk;
    }
    std::cout << stats.users << " users, " << stats.items << " items, " << stats.ratings << " ratings in "
              << stats.domains.size() << " domains (" << stats.sources << " sources)\n";
    for (const auto& d : stats.domains)
        std::cout << "  " << shown(d.name) << " (" << shown(d.kind) << (d.feedback.empty() ? "" : ", ")
                  << d.feedback << "): " << d.users << " users, " << d.items << " items, " << d.ratings
                  << " ratings\n";
    for (const auto& s : stats.sourceDetails) {
        std::cout << "  source '" << shown(s.name) << "' (" << shown(s.format) << ", people '"
                  << shown(s.userNamespace) << "'): " << s.ratings << " ratings, "
                  << (s.isExplicit ? "explicit" : "implicit");
        if (s.isExplicit)
            std::cout << " on " << s.scaleMin << ".." << s.scaleMax;
        if (!s.feedbackReason.empty())
            std::cout << " (" << shown(s.feedbackReason) << ")";
        std::cout << "\n";
    }
    for (const auto& o : stats.overlaps)
        std::cout << "  shared users " << shown(o.first) << " ∩ " << shown(o.second) << ": " << o.sharedUsers << "\n";
    return kExitOk;
}

} // namespace

int main(int argc, char** argv) {
    kindred::configureComputeThreads(); // LibTorch/OpenMP threads, set once for the process
    CLI::App app{"Kindred: cross-media taste explorer (command line)"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "kindred-cli 0.1.0");

    ImportCommand importCmd;
    auto* import = app.add_subcommand("import", "Import rating datasets into a project file");
    import->add_option("--db", importCmd.db, "Project file (.kindred); created when missing")->required();
    std::string formats = "auto";
    for (const auto& f : kindred::supportedFormats())
        formats += "|" + f.id;
    import->add_option("--format", importCmd.format, "Format: " + formats)->capture_default_str();
    import->add_option("paths", importCmd.paths, "Files or folders to import")->required();
    import->add_flag("--skip-bad-rows", importCmd.skipBadRows, "Skip malformed rows instead of aborting");
    import->add_option("--max-bad-rows", importCmd.maxBadRows, "With --skip-bad-rows: fail past this many")
        ->capture_default_str();
    import->add_option("--encoding", importCmd.encoding, "auto|utf-8|latin1")->check(CLI::IsMember({"auto", "utf-8", "latin1"}));
    import->add_option("--scale", importCmd.scale, "Rating scale MIN..MAX, e.g. 1..5");
    import->add_option("--name", importCmd.sourceName, "Source name shown in the project");
    import->add_option("--domain", importCmd.domain, "Domain name (generic CSV, Amazon JSON)");
    import->add_option("--kind", importCmd.domainKind, "Domain kind: movie|book|music|news|other");
    import->add_option("--namespace", importCmd.userNamespace,
                       "User namespace (same namespace = same people); the report names namespaces that share user ids");
    import->add_option("--feedback", importCmd.feedback,
                       "auto|explicit|implicit: how the values are read (auto: the format's, or decided from the "
                       "values for RecBole and generic CSV)")
        ->check(CLI::IsMember({"auto", "explicit", "implicit"}))
        ->capture_default_str();
    import->add_flag("--dry-run", importCmd.dryRun, "Read, check and report everything, write nothing");
    import->add_option("--map-user", importCmd.mapUser, "Generic CSV: user column (name or 0-based index)");
    import->add_option("--map-item", importCmd.mapItem, "Generic CSV: item column");
    import->add_option("--map-rating", importCmd.mapRating, "Generic CSV: rating column (omit for implicit)");
    import->add_option("--map-timestamp", importCmd.mapTimestamp, "Generic CSV: timestamp column");
    import->add_option("--map-title", importCmd.mapTitle, "Generic CSV: title column");
    import->add_option("--map-genres", importCmd.mapGenres, "Generic CSV: genres column ('|' or ';' separated)");
    import->add_option("--map-text", importCmd.mapText, "Generic CSV: text column");
    import->add_option("--map-weight", importCmd.mapWeight, "Generic CSV: implicit weight column");
    import->add_option("--separator", importCmd.separator, "Generic CSV: separator character or 'tab'");
    import->add_flag("--no-header", importCmd.noHeader, "Generic CSV: the first line is data");
    import->add_flag("--json", importCmd.json, "Print the cleaning report as JSON");
    import->add_flag("-q,--quiet", importCmd.quiet, "Print nothing on success");
    import->add_flag("-v,--verbose", importCmd.verbose, "Print each phase with its start time");

    std::string statsDb;
    bool statsJson = false;
    auto* stats = app.add_subcommand("stats", "Per-domain counts, rating histograms and shared users");
    stats->add_option("--db", statsDb, "Project file")->required();
    stats->add_flag("--json", statsJson, "Print JSON");

    auto* formatsCmd = app.add_subcommand("formats", "List the import formats");

    const kindred::cli::TrainCommands trainCommands(app);
    const kindred::cli::PairCommands pairCommands(app);
    const kindred::cli::SpaceCommands spaceCommands(app);
    const kindred::cli::SearchCommand searchCommand(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? kExitOk : kExitUsage;
    }
    // The last line of defence: whatever a command lets escape (a project damaged after it was
    // opened, a full disk) ends with a message and an exit code, never with std::terminate.
    try {
        if (*import)
            return runImport(importCmd);
        if (*stats)
            return runStats(statsDb, statsJson);
        if (const auto code = trainCommands.run())
            return *code;
        if (const auto code = searchCommand.run())
            return *code;
        if (const auto code = spaceCommands.run())
            return *code;
        if (const auto code = pairCommands.run())
            return *code;
        if (*formatsCmd) {
            for (const auto& f : kindred::supportedFormats())
                std::cout << f.id << "\t" << f.displayName << "\t" << f.description << "\n";
            return kExitOk;
        }
    } catch (const kindred::StoreError& error) {
        std::cout.flush();
        const std::string project = projectOf(app);
        return failWith(kindred::Status::failure((project.empty() ? "" : project + ": ") + error.what(), error.kind()));
    } catch (const std::bad_alloc&) {
        std::cerr << "kindred-cli: out of memory\n";
        return kExitBadInput;
    } catch (const std::exception& error) {
        std::cout.flush();
        std::cerr << "kindred-cli: " << shown(error.what()) << "\n";
        return kExitBadInput;
    }
    return kExitUsage;
}
