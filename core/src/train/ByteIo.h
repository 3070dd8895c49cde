#pragma once
// The models' private binary formats: a 4-byte tag, a version, then little-endian trivially
// copyable values and length-prefixed arrays. Reading a wrong tag, a newer version or past the
// end throws std::runtime_error with a readable message (loadBaseline turns it into a Status).

#include <bit>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kindred::detail {

static_assert(std::endian::native == std::endian::little, "model blobs are written little-endian");

class ByteWriter {
public:
    ByteWriter(std::string_view tag, std::uint32_t version) {
        m_bytes.append(tag.substr(0, 4));
        put(version);
    }

    template <class T> void put(const T& value) {
        static_assert(std::is_trivially_copyable_v<T>);
        m_bytes.append(reinterpret_cast<const char*>(&value), sizeof(T));
    }

    template <class T> void putVector(const std::vector<T>& values) {
        static_assert(std::is_trivially_copyable_v<T>);
        put(std::uint64_t(values.size()));
        m_bytes.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
    }

    std::string take() { return std::move(m_bytes); }

private:
    std::string m_bytes;
};

class ByteReader {
public:
    /// Checks the tag and that the stored version is ≤ maxVersion; version() returns it.
    ByteReader(std::string_view bytes, std::string_view tag, std::uint32_t maxVersion)
        : m_bytes(bytes) {
        if (m_bytes.size() < 8 || m_bytes.substr(0, 4) != tag.substr(0, 4))
            throw std::runtime_error("the stored weights are not a '" + std::string(tag) + "' model");
        m_offset = 4;
        m_version = get<std::uint32_t>();
        if (m_version == 0 || m_version > maxVersion)
            throw std::runtime_error("the stored '" + std::string(tag) + "' model has format version " +
                                     std::to_string(m_version) + ", this build reads up to " +
                                     std::to_string(maxVersion));
    }

    std::uint32_t version() const noexcept { return m_version; }

    template <class T> T get() {
        static_assert(std::is_trivially_copyable_v<T>);
        need(sizeof(T));
        T value;
        std::memcpy(&value, m_bytes.data() + m_offset, sizeof(T));
        m_offset += sizeof(T);
        return value;
    }

    template <class T> std::vector<T> getVector() {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto count = get<std::uint64_t>();
        if (count > (m_bytes.size() - m_offset) / sizeof(T))
            throw std::runtime_error("the stored model is truncated");
        std::vector<T> values(count);
        if (count > 0) // an empty vector's data() may be null, which memcpy may not be given
            std::memcpy(values.data(), m_bytes.data() + m_offset, count * sizeof(T));
        m_offset += count * sizeof(T);
        return values;
    }

    void expectEnd() const {
        if (m_offset != m_bytes.size())
            throw std::runtime_error("the stored model has " + std::to_string(m_bytes.size() - m_offset) +
                                     " unexpected trailing bytes");
    }

private:
    void need(std::size_t size) const {
        if (m_bytes.size() - m_offset < size)
            throw std::runtime_error("the stored model is truncated");
    }

    std::string_view m_bytes;
    std::size_t m_offset = 0;
    std::uint32_t m_version = 0;
};

} // namespace kindred::detail
