// Remembering a passed integrity check (contract in CheckedState.h).
#include "CheckedState.h"

#include <sys/stat.h>

#include <cerrno>

#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

namespace kindred {

namespace {

std::filesystem::path stateFile(const std::filesystem::path& project) {
    return project.string() + ".indexes/checked";
}

/// The files this process found sound at an open (noteVerifiedInThisProcess), by absolute path.
struct VerifiedFiles {
    std::mutex lock;
    std::set<std::string> paths;
};

VerifiedFiles& verifiedFiles() {
    static VerifiedFiles files;
    return files;
}

std::string absoluteName(const std::filesystem::path& project) {
    std::error_code ec;
    const auto absolute = std::filesystem::absolute(project, ec);
    return (ec ? project : absolute).lexically_normal().string();
}

/// "inode size mtime-ns" of a file, or "-" when it does not exist (or is empty and `emptyIsNone`).
std::optional<std::string> statLine(const std::filesystem::path& file, bool emptyIsNone = false) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0)
        return errno == ENOENT ? std::optional<std::string>("-") : std::nullopt;
    if (emptyIsNone && info.st_size == 0)
        return "-";
    std::ostringstream out;
    out << info.st_ino << ' ' << info.st_size << ' ' << info.st_mtim.tv_sec << '.' << info.st_mtim.tv_nsec;
    return out.str();
}

} // namespace

std::optional<std::string> checkedStateOf(const std::filesystem::path& project) {
    const auto file = statLine(project), wal = statLine(project.string() + "-wal", true);
    if (!file || *file == "-" || !wal)
        return std::nullopt;
    return *file + " | " + *wal;
}

bool checkedBefore(const std::filesystem::path& project, const std::string& state) {
    std::ifstream in(stateFile(project));
    std::string remembered;
    return std::getline(in, remembered) && remembered == state;
}

void rememberChecked(const std::filesystem::path& project, const std::string& state) noexcept {
    try {
        std::error_code ignored;
        std::filesystem::create_directories(stateFile(project).parent_path(), ignored);
        std::ofstream out(stateFile(project), std::ios::trunc);
        out << state << '\n';
    } catch (...) {
        // Best effort: without it the next open checks again.
    }
}

void noteVerifiedInThisProcess(const std::filesystem::path& project) noexcept {
    try {
        auto& files = verifiedFiles();
        const std::lock_guard<std::mutex> hold(files.lock);
        files.paths.insert(absoluteName(project));
    } catch (...) {
        // Best effort: the next open checks again.
    }
}

void rememberCheckedAfterOwnWrites(const std::filesystem::path& project) noexcept {
    try {
        auto& files = verifiedFiles();
        {
            const std::lock_guard<std::mutex> hold(files.lock);
            if (files.paths.count(absoluteName(project)) == 0)
                return;
        }
        if (const auto state = checkedStateOf(project))
            rememberChecked(project, *state);
    } catch (...) {
        // Best effort: the next open checks again.
    }
}

} // namespace kindred
