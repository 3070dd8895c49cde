#pragma once
// kindred-cli exit codes, the same for every subcommand.

namespace kindred::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1; ///< bad input or a failed job: the message says which
constexpr int kExitUsage = 2;    ///< the command line itself is wrong

} // namespace kindred::cli
