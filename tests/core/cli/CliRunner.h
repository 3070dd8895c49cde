#pragma once
// Runs kindred-cli (KINDRED_CLI_PATH) as a script would: /bin/sh, quoted arguments, stdout and
// stderr captured through files in a test's temporary folder.

#include "TestSupport.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace kindred::test {

struct CliResult {
    int exitCode = -1;
    std::string out, err;
};

/// Appends `text` to `out` in single quotes for /bin/sh.
inline void appendQuoted(std::string& out, const std::string& text) {
    out.push_back('\'');
    for (const char c : text) {
        if (c == '\'')
            out.append("'\\''");
        else
            out.push_back(c);
    }
    out.push_back('\'');
}

inline std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// Runs `program prefixArgs... kindred-cli args...` (e.g. setpriv to run it as another user).
inline CliResult cliWithPrefix(const test::TempDir& dir, const std::string& program,
                               const std::vector<std::string>& prefixArgs, const std::vector<std::string>& args) {
    std::string command;
    if (!program.empty()) {
        appendQuoted(command, program);
        for (const auto& arg : prefixArgs) {
            command.push_back(' ');
            appendQuoted(command, arg);
        }
        command.push_back(' ');
    }
    appendQuoted(command, KINDRED_CLI_PATH);
    for (const auto& arg : args) {
        command.push_back(' ');
        appendQuoted(command, arg);
    }
    command.append(" >");
    appendQuoted(command, (dir / "cli.out").string());
    command.append(" 2>");
    appendQuoted(command, (dir / "cli.err").string());
    command.append(" </dev/null");
    const int status = std::system(command.c_str());
    CliResult run;
    if (status != -1 && WIFEXITED(status))
        run.exitCode = WEXITSTATUS(status);
    run.out = slurp(dir / "cli.out");
    run.err = slurp(dir / "cli.err");
    return run;
}

inline CliResult cli(const test::TempDir& dir, const std::vector<std::string>& args) {
    return cliWithPrefix(dir, {}, {}, args);
}

} // namespace kindred::test
