#include "kindred/train/Baselines.h"

#include "BaselineModels.h"
#include "kindred/train/Recommender.h"

#include <stdexcept>

namespace kindred {

Result<std::unique_ptr<Recommender>> loadBaseline(const std::string& kind, const std::string& bytes) {
    try {
        if (kind == "bias")
            return detail::loadBiasBaseline(bytes);
        if (kind == "mf")
            return detail::loadBiasedMf(bytes);
        if (kind == "popularity")
            return detail::loadPopularity(bytes);
        if (kind == "item-knn")
            return detail::loadItemKnn(bytes);
        return Status::failure("'" + kind +
                               "' is not a baseline model (expected bias, mf, popularity or item-knn)");
    } catch (const std::exception& error) {
        return Status::failure("cannot load the " + kind + " model: " + error.what());
    }
}

} // namespace kindred
