#pragma once
// Loaders of the baselines' private formats, one per file; loadBaseline() dispatches on kind.
// Each throws std::runtime_error with a readable message on damaged bytes.

#include <memory>
#include <string>

namespace kindred {
class Recommender;
}

namespace kindred::detail {

std::unique_ptr<Recommender> loadBiasBaseline(const std::string& bytes);
std::unique_ptr<Recommender> loadBiasedMf(const std::string& bytes);
std::unique_ptr<Recommender> loadPopularity(const std::string& bytes);
std::unique_ptr<Recommender> loadItemKnn(const std::string& bytes);

} // namespace kindred::detail
