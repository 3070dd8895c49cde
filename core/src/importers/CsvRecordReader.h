#pragma once
// CsvRecordReader: the records of a delimited text file (CSV, TSV, ';' or '|') read through a
// LineReader. A line without '"' is split in place (no allocation: the fast path for rating files);
// a line with quotes follows RFC 4180 (separators and doubled quotes inside quoted fields), and
// its record continues on the following lines while a quote is open, joined with '\n'.
// Blank lines are skipped. Single-threaded, like the sink.

#include "ImportSink.h"
#include "LineReader.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kindred::import {

class CsvRecordReader {
public:
    /// A quote still open after this many lines ends the record as a bad row (a stray quote
    /// must not swallow the rest of the file).
    static constexpr int kMaxRecordLines = 1000;

    /// `reader` and `sink` must outlive the CsvRecordReader.
    CsvRecordReader(LineReader& reader, char separator, ImportSink& sink);

    /// Reads the next record as column names (trimmed) without counting it as a data row.
    /// Returns false when the file has no further non-blank line.
    bool readHeader(std::vector<std::string>& names);

    /// The next data record. The views stay valid until the next call. Counts the record
    /// (sink.countRow()) and reports progress; a record whose quote never closes is rejected
    /// here (sink.reject()) and skipped. Returns false at the end of the file.
    bool next(std::vector<std::string_view>& fields);

    /// File and first line of the last record, for messages.
    LineRef where() const noexcept { return {&m_reader.name(), m_startLine}; }
    /// Data records returned by next() so far.
    std::uint64_t records() const noexcept { return m_records; }
    const LineReader& lineReader() const noexcept { return m_reader; }

private:
    enum class Outcome { Record, Unclosed, End };
    Outcome readRecord(std::vector<std::string_view>& fields);

    LineReader& m_reader;
    char m_separator;
    ImportSink& m_sink;
    std::uint64_t m_startLine = 0;
    std::uint64_t m_records = 0;
    std::string m_record;              ///< a quoted record, possibly over several lines
    std::vector<std::string> m_quoted; ///< its fields, unquoted
};

} // namespace kindred::import
