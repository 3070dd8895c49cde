#include "CsvRecordReader.h"

#include "TextFields.h"

namespace kindred::import {

CsvRecordReader::CsvRecordReader(LineReader& reader, char separator, ImportSink& sink)
    : m_reader(reader)
    , m_separator(separator)
    , m_sink(sink) {}

bool CsvRecordReader::readHeader(std::vector<std::string>& names) {
    std::vector<std::string_view> fields;
    for (;;) {
        switch (readRecord(fields)) {
        case Outcome::End:
            return false;
        case Outcome::Unclosed:
            continue;
        case Outcome::Record:
            names.clear();
            for (const auto field : fields)
                names.emplace_back(trim(field));
            return true;
        }
    }
}

bool CsvRecordReader::next(std::vector<std::string_view>& fields) {
    for (;;) {
        const Outcome outcome = readRecord(fields);
        if (outcome == Outcome::End)
            return false;
        m_sink.countRow();
        m_sink.progress(m_reader);
        if (outcome == Outcome::Record) {
            ++m_records;
            return true;
        }
    }
}

CsvRecordReader::Outcome CsvRecordReader::readRecord(std::vector<std::string_view>& fields) {
    std::string_view line;
    do {
        if (!m_reader.next(line))
            return Outcome::End;
    } while (trim(line).empty());
    m_startLine = m_reader.lineNumber();
    const std::string_view separator(&m_separator, 1);
    if (line.find('"') == std::string_view::npos) {
        splitPlain(line, separator, fields);
        return Outcome::Record;
    }

    m_record.assign(line);
    bool complete = splitQuoted(m_record, m_separator, m_quoted);
    for (int lines = 1; !complete; ++lines) {
        const bool more = lines < kMaxRecordLines && m_reader.next(line);
        if (!more) {
            m_sink.reject(where(), "a quoted field opened on line " + std::to_string(m_startLine) +
                                       (lines < kMaxRecordLines
                                            ? " is never closed"
                                            : " is still open " + std::to_string(lines) + " lines later"));
            return Outcome::Unclosed;
        }
        m_record.push_back('\n');
        m_record.append(line);
        // Only a quote can close the open field: re-split only then (linear in the record size).
        if (line.find('"') != std::string_view::npos)
            complete = splitQuoted(m_record, m_separator, m_quoted);
    }
    fields.assign(m_quoted.begin(), m_quoted.end());
    return Outcome::Record;
}

} // namespace kindred::import
