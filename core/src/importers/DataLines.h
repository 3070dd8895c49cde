#pragma once
// The loop every line-oriented importer runs: next line, progress and cancel, skip blank lines,
// count the row, hand it on.

#include "ImportSink.h"
#include "LineReader.h"
#include "TextFields.h"

#include <cstdint>
#include <string_view>

namespace kindred::import {

/// Calls onLine(line) for every non-blank line still unread in `reader`, after sink.progress()
/// and sink.countRow(). Returns how many lines it handed on.
template <class OnLine> std::uint64_t forEachDataLine(LineReader& reader, ImportSink& sink, OnLine&& onLine) {
    std::uint64_t lines = 0;
    std::string_view line;
    while (reader.next(line)) {
        sink.progress(reader);
        if (trim(line).empty())
            continue;
        ++lines;
        sink.countRow();
        onLine(line);
    }
    return lines;
}

/// forEachDataLine, failing the import (file, problem) when the file has no data line at all.
template <class OnLine>
void forEachRequiredDataLine(LineReader& reader, ImportSink& sink, std::string_view emptyProblem, OnLine&& onLine) {
    if (forEachDataLine(reader, sink, onLine) == 0)
        sink.fail(reader.name(), 0, std::string(emptyProblem));
}

} // namespace kindred::import
