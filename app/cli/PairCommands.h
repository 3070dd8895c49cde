#pragma once
// The pair subcommands of kindred-cli: recommend (for two people), kindred (similar users),
// correlate (cross-domain genre correlation) and feedback (thumbs up/down).

#include <memory>
#include <optional>

namespace CLI {
class App;
}

namespace kindred::cli {

class PairCommands {
public:
    /// Registers the subcommands on `app` (which must outlive this object).
    explicit PairCommands(CLI::App& app);
    ~PairCommands();
    PairCommands(const PairCommands&) = delete;
    PairCommands& operator=(const PairCommands&) = delete;

    /// After parsing: runs the chosen subcommand and returns its exit code, or nullopt when the
    /// chosen subcommand is not one of these.
    std::optional<int> run() const;

private:
    struct Options;
    std::unique_ptr<Options> m_options;
};

} // namespace kindred::cli
