#pragma once
// LineReader: fast line-by-line reading of a text file (or memory buffer) in blocks of up to 1 MiB.
// Handles LF and CRLF, a missing final newline, and lines of any length (up to kMaxLineBytes).

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace kindred::import {

class LineReader {
public:
    static constexpr std::size_t kMaxLineBytes = 64u << 20;

    /// Opens a file; throws ImportError naming the file when it cannot be read.
    explicit LineReader(const std::filesystem::path& file);
    /// Reads from memory (tests, fuzzing). `data` must outlive the reader.
    LineReader(std::string name, std::string_view data);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    /// Next line without its terminator; the view stays valid until the next call.
    /// Throws ImportError when a line exceeds kMaxLineBytes.
    bool next(std::string_view& line);

    std::uint64_t lineNumber() const noexcept { return m_lineNumber; } ///< 1-based, of the last line
    std::uint64_t bytesConsumed() const noexcept { return m_consumed; }
    std::uint64_t totalBytes() const noexcept { return m_totalBytes; }
    const std::string& name() const noexcept { return m_name; }
    /// The first line started with a UTF-8 byte-order mark (it is stripped).
    bool hadBom() const noexcept { return m_hadBom; }

private:
    bool refill();

    std::string m_name;
    std::FILE* m_file = nullptr;
    std::string_view m_memory;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0, m_end = 0; ///< unread bytes are m_buffer[m_begin, m_end)
    bool m_eof = false;
    bool m_hadBom = false;
    std::uint64_t m_lineNumber = 0;
    std::uint64_t m_consumed = 0;
    std::uint64_t m_totalBytes = 0;
};

} // namespace kindred::import
