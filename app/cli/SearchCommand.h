#pragma once
// kindred-cli search: grid or random hyper-parameter search (core HyperparameterSearch).

#include <memory>
#include <optional>

namespace CLI {
class App;
}

namespace kindred::cli {

class SearchCommand {
public:
    /// Registers the subcommand on `app` (which must outlive this object).
    explicit SearchCommand(CLI::App& app);
    ~SearchCommand();
    SearchCommand(const SearchCommand&) = delete;
    SearchCommand& operator=(const SearchCommand&) = delete;

    /// After parsing: runs the search when it was chosen and returns its exit code, else nullopt.
    std::optional<int> run() const;

private:
    struct Options;
    std::unique_ptr<Options> m_options;
};

} // namespace kindred::cli
