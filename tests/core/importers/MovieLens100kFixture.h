#pragma once
// Small hand-made MovieLens 100K style datasets (u.data + u.item) for the robustness tests.
// No GroupLens data is copied: titles and values are invented.

#include "ProjectDump.h"
#include "store/ProjectInternals.h"
#include "TestSupport.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace kindred::test {

/// u.item content for items 1..count: id|title|release date|video date|url|19 genre flags.
inline std::string ml100kItems(int count) {
    std::string out;
    for (int id = 1; id <= count; ++id) {
        out += std::to_string(id) + "|Invented Film " + std::to_string(id) + " (199" + std::to_string(id % 10) +
               ")|01-Jan-199" + std::to_string(id % 10) + "||http://example.invalid/" + std::to_string(id);
        for (int g = 0; g < 19; ++g)
            out += (g == id % 19) ? "|1" : "|0";
        out += "\n";
    }
    return out;
}

/// One u.data line: user \t item \t rating \t time.
inline std::string ml100kRating(std::int64_t user, std::int64_t item, const std::string& rating,
                                std::int64_t time = 881250949) {
    return std::to_string(user) + "\t" + std::to_string(item) + "\t" + rating + "\t" + std::to_string(time) + "\n";
}

/// Writes `folder`/u.data and `folder`/u.item (items 1..items) into `dir` and returns the folder.
inline std::filesystem::path writeMl100k(const TempDir& dir, const std::string& folder, const std::string& uData,
                                         int items = 20) {
    dir.write(folder + "/u.data", uData);
    dir.write(folder + "/u.item", ml100kItems(items));
    return dir / folder;
}

inline ImportOptions ml100kOptions(BadRowPolicy policy = BadRowPolicy::Abort, std::uint64_t maxBadRows = 1000) {
    ImportOptions options;
    options.format = "movielens-100k";
    options.badRows = policy;
    options.maxBadRows = maxBadRows;
    return options;
}

/// Imports and, on success, checks the invariants every successful import must keep: no dangling
/// references (PRAGMA foreign_key_check) and foreign keys switched back on for the connection.
inline ImportResult importAndCheck(Project& project, const std::vector<std::filesystem::path>& inputs,
                                   const ImportOptions& options, ProgressToken* progress = nullptr) {
    auto result = importDataset(project, inputs, options, progress);
    if (result.status) {
        EXPECT_TRUE(foreignKeyViolations(rawHandle(project)).empty()) << "dangling references after an import";
        EXPECT_EQ(queryInt(rawHandle(project), "PRAGMA foreign_keys"), 1) << "foreign keys left off after an import";
    }
    return result;
}

} // namespace kindred::test
