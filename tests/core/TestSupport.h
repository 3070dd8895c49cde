#pragma once
// Helpers shared by the core tests: temporary folders, fixture paths, the real-data folder.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace kindred::test {

/// A fresh folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("kindred-test-" + std::to_string(random()) + "-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(std::string_view name) const { return m_path / name; }

    /// Writes `content` byte for byte to a file in this folder and returns its path.
    std::filesystem::path write(std::string_view name, std::string_view content) const {
        const auto file = m_path / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary);
        out.write(content.data(), std::streamsize(content.size()));
        return file;
    }

private:
    std::filesystem::path m_path;
};

/// ../shared/data (or $KINDRED_DATA_DIR).
inline std::filesystem::path sharedDataDir() {
    if (const char* env = std::getenv("KINDRED_DATA_DIR"))
        return env;
    return KINDRED_SHARED_DATA_DIR;
}

/// Small fixtures committed under tests/data.
inline std::filesystem::path fixture(std::string_view name) { return std::filesystem::path(KINDRED_TEST_DATA_DIR) / name; }

} // namespace kindred::test

/// Skips the current test with a clear message when a real dataset is not present.
#define KINDRED_REQUIRE_DATASET(relative)                                                                    \
    do {                                                                                                     \
        if (!std::filesystem::exists(::kindred::test::sharedDataDir() / (relative)))                         \
            GTEST_SKIP() << "dataset " << (::kindred::test::sharedDataDir() / (relative)).string()           \
                         << " not found; set KINDRED_DATA_DIR to the shared/data folder to run this test";   \
    } while (0)
