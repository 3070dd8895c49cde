#include "LineReader.h"

#include "ImportError.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace kindred::import {

namespace {
constexpr std::size_t kBlockBytes = 1u << 20;
constexpr std::size_t kSmallestBlockBytes = 4096;
}

std::string displayName(const std::filesystem::path& file) {
    const auto parent = file.parent_path().filename();
    return parent.empty() ? file.filename().string() : (parent / file.filename()).string();
}

LineReader::LineReader(const std::filesystem::path& file) : m_name(displayName(file)) {
    // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
    // What was opened is then checked (not the path, which could change in between).
    const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        throw ImportError({m_name, 0, std::string("cannot open: ") + std::strerror(errno)});
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        const int error = errno;
        ::close(fd);
        if (S_ISDIR(info.st_mode))
            throw ImportError({m_name, 0, "is a folder, expected a file"});
        throw ImportError({m_name, 0, info.st_mode == 0 ? std::string("cannot read: ") + std::strerror(error)
                                                        : std::string("is not a regular file (a FIFO, device or "
                                                                      "socket): give a file")});
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    m_file = ::fdopen(fd, "rb");
    if (!m_file) {
        const int error = errno;
        ::close(fd);
        throw ImportError({m_name, 0, std::string("cannot open: ") + std::strerror(error)});
    }
    m_totalBytes = std::uint64_t(info.st_size);
    // A small file gets a buffer its size (it may still grow while read: the buffer then grows
    // too): zero-filling a whole block per file cost more than reading a small one.
    m_buffer.resize(std::clamp<std::size_t>(std::size_t(info.st_size) + 1, kSmallestBlockBytes, kBlockBytes));
}

LineReader::LineReader(std::string name, std::string_view data)
    : m_name(std::move(name)), m_memory(data), m_totalBytes(data.size()) {}

LineReader::~LineReader() {
    if (m_file)
        std::fclose(m_file);
}

bool LineReader::refill() {
    if (m_eof)
        return false;
    if (!m_file) {
        // Memory mode: the whole buffer is available at once.
        m_buffer.assign(m_memory.begin(), m_memory.end());
        m_begin = 0;
        m_end = m_buffer.size();
        m_eof = true;
        return m_end > 0;
    }
    // Keep the unread tail, grow when one line is longer than the buffer.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    if (m_end == m_buffer.size()) {
        if (m_buffer.size() >= kMaxLineBytes + kBlockBytes)
            throw ImportError({m_name, m_lineNumber + 1, "line is longer than 64 MiB"});
        m_buffer.resize(m_buffer.size() * 2);
    }
    const std::size_t got = std::fread(m_buffer.data() + m_end, 1, m_buffer.size() - m_end, m_file);
    if (got == 0) {
        if (std::ferror(m_file))
            throw ImportError({m_name, m_lineNumber + 1, "read error"});
        m_eof = true;
        return false;
    }
    m_end += got;
    return true;
}

bool LineReader::next(std::string_view& line) {
    std::size_t searchFrom = m_begin;
    for (;;) {
        const char* start = m_buffer.data() + searchFrom;
        const void* newline = m_begin < m_end ? std::memchr(start, '\n', m_end - searchFrom) : nullptr;
        if (newline) {
            const std::size_t at = std::size_t(static_cast<const char*>(newline) - m_buffer.data());
            std::size_t length = at - m_begin;
            if (length > kMaxLineBytes)
                throw ImportError({m_name, m_lineNumber + 1, "line is longer than 64 MiB"});
            line = std::string_view(m_buffer.data() + m_begin, length);
            m_consumed += length + 1;
            m_begin = at + 1;
            break;
        }
        const std::size_t scanned = m_end - m_begin;
        const bool more = refill();
        if (!more) {
            if (m_begin == m_end)
                return false;
            // Last line without a final newline.
            line = std::string_view(m_buffer.data() + m_begin, m_end - m_begin);
            m_consumed += line.size();
            m_begin = m_end;
            break;
        }
        searchFrom = m_begin + scanned; // refill moved the tail to m_begin
    }
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    ++m_lineNumber;
    if (m_lineNumber == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
        line.remove_prefix(3);
        m_hadBom = true;
    }
    return true;
}

} // namespace kindred::import
