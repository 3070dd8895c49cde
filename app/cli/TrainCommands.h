#pragma once
// The model subcommands of kindred-cli: train, evaluate, models.

#include <memory>
#include <optional>

namespace CLI {
class App;
}

namespace kindred::cli {

class TrainCommands {
public:
    /// Registers the subcommands on `app` (which must outlive this object).
    explicit TrainCommands(CLI::App& app);
    ~TrainCommands();
    TrainCommands(const TrainCommands&) = delete;
    TrainCommands& operator=(const TrainCommands&) = delete;

    /// After parsing: runs the chosen subcommand and returns its exit code, or nullopt when the
    /// chosen subcommand is not one of these.
    std::optional<int> run() const;

private:
    struct Options;
    std::unique_ptr<Options> m_options;
};

} // namespace kindred::cli
