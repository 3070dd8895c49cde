#pragma once
// kindred-cli exit codes, the same for every subcommand.

namespace kindred::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1; ///< bad input, an unusable project file or a failed job: the message says which
constexpr int kExitUsage = 2;    ///< the command line itself is wrong
constexpr int kExitBusy = 3;     ///< the project is busy (another program is writing to it): try again later

} // namespace kindred::cli
