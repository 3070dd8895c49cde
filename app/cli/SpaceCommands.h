#pragma once
// The embedding-space subcommands of kindred-cli: embed, neighbours, export-projector.

#include <memory>
#include <optional>

namespace CLI {
class App;
}

namespace kindred::cli {

class SpaceCommands {
public:
    /// Registers the subcommands on `app` (which must outlive this object).
    explicit SpaceCommands(CLI::App& app);
    ~SpaceCommands();
    SpaceCommands(const SpaceCommands&) = delete;
    SpaceCommands& operator=(const SpaceCommands&) = delete;

    /// After parsing: runs the chosen subcommand and returns its exit code, or nullopt when the
    /// chosen subcommand is not one of these.
    std::optional<int> run() const;

private:
    struct Options;
    std::unique_ptr<Options> m_options;
};

} // namespace kindred::cli
