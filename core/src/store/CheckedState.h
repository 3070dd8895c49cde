#pragma once
// Internal: remembering that a project file passed the integrity check (PRAGMA quick_check, which
// reads every page: seconds on tens of millions of ratings), so that opening it again unchanged
// does not pay for it again. The state is what a change to the file alters: the inode, size and
// modification time of the file and of its -wal. An empty -wal holds nothing and counts as none
// (SQLite truncates it, touching its time, whenever a writer closes, even one that wrote nothing).
// It is kept beside the project, in
// "<project>.indexes/checked" (the project's cache folder); any write, copy over or edit of the
// file makes the next open check it again, but for Kindred's own writes to a file it found sound
// (rememberCheckedAfterOwnWrites). Best effort: where nothing can be written, every open checks.

#include <filesystem>
#include <optional>
#include <string>

namespace kindred {

/// The file's state as one line of text, or none when it cannot be read (then: always check).
std::optional<std::string> checkedStateOf(const std::filesystem::path& project);

/// True when `state` is the state remembered by rememberChecked for this project.
bool checkedBefore(const std::filesystem::path& project, const std::string& state);

/// Remembers `state` (read before the check ran) as checked. Never throws.
void rememberChecked(const std::filesystem::path& project, const std::string& state) noexcept;

/// Notes that this process found `project` sound (it passed the check, or was remembered as
/// checked) at an open. Never throws.
void noteVerifiedInThisProcess(const std::filesystem::path& project) noexcept;

/// For a connection that could write, after it closed: when this process found the file sound,
/// the file as it is now is remembered as checked. What Kindred's connections write goes through
/// SQLite's transactions, which do not damage a sound file, so a training or an import does not
/// make the next open read every page again (24 s on a 3.9 GB project). A copy over or edit of
/// the file while Kindred has it open is not noticed this way. Never throws.
void rememberCheckedAfterOwnWrites(const std::filesystem::path& project) noexcept;

} // namespace kindred
