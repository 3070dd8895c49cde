#pragma once
// Damaged copies of a healthy project file, the way they happen: a page overwritten (a bad
// sector, a stray write), a file cut short (a full disk, an interrupted copy), an empty file (a
// crashed copy), and a file written by a newer Kindred. Built from a closed, checkpointed project.

#include "ProjectDump.h"
#include "kindred/store/Project.h"

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace kindred::test {

enum class Damage { OverwrittenPage, Truncated, ZeroBytes, FutureVersion };

inline const std::vector<Damage>& allDamages() {
    static const std::vector<Damage> all = {Damage::OverwrittenPage, Damage::Truncated, Damage::ZeroBytes,
                                            Damage::FutureVersion};
    return all;
}

inline std::string damageName(Damage damage) {
    switch (damage) {
    case Damage::OverwrittenPage: return "OverwrittenPage";
    case Damage::Truncated: return "Truncated";
    case Damage::ZeroBytes: return "ZeroBytes";
    case Damage::FutureVersion: return "FutureVersion";
    }
    return "?";
}

/// What the refusal must say for each damage (a word of it).
inline std::string damageWord(Damage damage) {
    switch (damage) {
    case Damage::OverwrittenPage: return "damaged";
    case Damage::Truncated: return "truncated";
    case Damage::ZeroBytes: return "empty";
    case Damage::FutureVersion: return "newer";
    }
    return "?";
}

inline std::string fileBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

/// Root page of a table in a closed project file (1-based page number).
inline std::int64_t rootPage(const std::filesystem::path& file, const std::string& table) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    const auto rows = queryRows(db, "SELECT rootpage FROM sqlite_schema WHERE name = '" + table + "'");
    sqlite3_close_v2(db);
    if (rows.size() != 1 || rows[0].rfind("i:", 0) != 0)
        throw std::runtime_error("no table " + table + " in " + file.string());
    return std::stoll(rows[0].substr(2));
}

/// Copies the closed project `healthy` to `target`, damaged (OverwrittenPage: the root page of
/// `table`). The project must have no pending -wal (close every connection first: the last one
/// checkpoints).
inline void makeDamagedCopy(const std::filesystem::path& healthy, const std::filesystem::path& target, Damage damage,
                            const std::string& table = "ratings") {
    std::string bytes = fileBytes(healthy);
    if (bytes.size() < 4096)
        throw std::runtime_error(healthy.string() + " is too small to damage");
    const std::size_t pageSize = (std::size_t(static_cast<unsigned char>(bytes[16])) << 8) |
                                 static_cast<unsigned char>(bytes[17]);
    switch (damage) {
    case Damage::OverwrittenPage: {
        // The table's root page, overwritten with a repeating pattern.
        const auto page = std::size_t(rootPage(healthy, table));
        for (std::size_t i = 0; i < pageSize; ++i)
            bytes[(page - 1) * pageSize + i] = char(0xA5 ^ (i & 0x3F));
        break;
    }
    case Damage::Truncated:
        bytes.resize(bytes.size() / pageSize / 2 * pageSize);
        break;
    case Damage::ZeroBytes:
        bytes.clear();
        break;
    case Damage::FutureVersion: {
        // PRAGMA user_version lives at header offset 60 (big-endian).
        const std::uint32_t version = std::uint32_t(kCurrentSchemaVersion + 1);
        for (int i = 0; i < 4; ++i)
            bytes[std::size_t(60 + i)] = char((version >> (8 * (3 - i))) & 0xFF);
        break;
    }
    }
    writeBytes(target, bytes);
}

} // namespace kindred::test
