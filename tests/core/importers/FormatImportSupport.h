#pragma once
// Helpers for the per-format importer tests: a fresh project in a temporary folder, one import
// through the public API (with the invariants every successful import keeps), and small queries.

#include "ProjectDump.h"
#include "store/ProjectInternals.h"
#include "TestSupport.h"
#include "importers/MovieLens100kFixture.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace kindred::test {

struct ImportRun {
    std::unique_ptr<Project> project;
    ImportResult result{Status::failure("not imported"), {}};

    sqlite3* db() const { return rawHandle(*project); }
    /// The single text column of the first row ("" when no row or not text).
    std::string text(const std::string& sql) const {
        const auto rows = queryRows(db(), sql);
        if (rows.empty() || rows.front().rfind("t:'", 0) != 0)
            return {};
        return rows.front().substr(3, rows.front().size() - 4); // t:'…'
    }
    std::int64_t count(const std::string& sql) const { return queryInt(db(), sql); }
    bool hasNote(const std::string& part) const {
        return std::any_of(result.report.notes.begin(), result.report.notes.end(),
                           [&](const std::string& note) { return note.find(part) != std::string::npos; });
    }
};

/// Opens `dir`/project.kindred (created) and imports `inputs` into it.
inline ImportRun importInto(const TempDir& dir, const std::vector<std::filesystem::path>& inputs,
                            const ImportOptions& options = {}) {
    ImportRun run;
    auto opened = Project::open(dir / "project.kindred");
    EXPECT_TRUE(opened) << opened.status().message();
    if (!opened)
        return run;
    run.project = std::move(opened.value());
    run.result = importAndCheck(*run.project, inputs, options);
    return run;
}

inline ImportOptions formatOptions(const std::string& format, BadRowPolicy policy = BadRowPolicy::Abort) {
    ImportOptions options;
    options.format = format;
    options.badRows = policy;
    return options;
}

/// The stats entry of a domain by name (a test failure and an empty entry when absent).
inline DomainStats domainStats(const ProjectStats& stats, const std::string& name) {
    for (const auto& domain : stats.domains)
        if (domain.name == name)
            return domain;
    ADD_FAILURE() << "no domain named " << name;
    return {};
}

} // namespace kindred::test
