#pragma once
// Shared body of the importer fuzz targets: turns one fuzz input into the files of a format, runs
// importDataset() into an in-memory project under the skip policy, and checks the invariants every
// import must keep. A broken invariant calls std::abort(), which libFuzzer and the smoke driver
// both report as a crash.
//
// Multi-file formats: the input is split on lines that are exactly kFileMarker; the n-th part is
// written to the n-th file name of the format (parts past the list are dropped, missing ones are
// not written). The first file is always written, even when empty.

#include "kindred/importers/ImportOptions.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kindred::fuzz {

inline constexpr std::string_view kFileMarker = "----8<----";

struct FuzzFormat {
    std::string formatId;           ///< importer id, forced (no detection)
    std::vector<std::string> files; ///< relative paths inside the per-process folder, in split order
    bool passFolder = true;         ///< import the folder (true) or the first file only (false)
    ImportOptions options;          ///< format, badRows and maxBadRows are set by runImport()
};

/// Splits `input` on kFileMarker lines (LF or CRLF). Always returns at least one part.
std::vector<std::string_view> splitOnMarker(std::string_view input);

/// Runs one fuzz input through the format's importer. Returns 0 (libFuzzer's "keep going").
int runImport(const FuzzFormat& format, const std::uint8_t* data, std::size_t size);

} // namespace kindred::fuzz
