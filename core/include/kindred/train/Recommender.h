#pragma once
// Recommender: a trained model that scores (user, item) pairs of one TrainingData on the common
// 0..1 scale. Baselines and the Siamese model implement it, so evaluation and reports treat them
// alike. Thread-safety: const methods may be called from several threads at once.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kindred {

/// The dot-product form of factor models: predict(u, i) = itemBaseline[i] + userBias[u] +
/// userVectors[u] · itemVectors[i] (row-major, `dimension` floats per row). Models whose space
/// places every person from their ratings (ModelCapability::PlacesPeopleFromHistory) leave
/// userVectors empty: makeTasteSpace places them.
struct FactorForm {
    int dimension = 0;
    std::vector<float> userVectors, userBias, itemVectors, itemBaseline;
};

class Recommender {
public:
    virtual ~Recommender() = default;
    /// Short id used by --model and in reports: "bias", "mf", "popularity", "item-knn", "siamese".
    virtual std::string kind() const = 0;
    /// Predicted value on the 0..1 scale (may fall slightly outside; callers clip).
    virtual float predict(std::int32_t user, std::int32_t item) const = 0;
    /// Scores of every item for `user`; `scores.size()` == item count. Higher = more recommended.
    /// The default calls predict() per item; models override it when they can do better.
    virtual void scoreAll(std::int32_t user, std::span<float> scores) const;
    /// scoreAll() of each of `users`, row after row: `scores.size()` == users × item count. The
    /// default calls scoreAll() per user; models override it when scoring many people at once is
    /// cheaper (one matrix product).
    virtual void scoreMany(std::span<const std::int32_t> users, std::span<float> scores) const;
    /// Serialised parameters (format private to the model) for the project's models table.
    virtual std::string serialize() const = 0;
    /// A copy of the model's factors when it has that form (mf, siamese, autorec), else nullopt.
    virtual std::optional<FactorForm> factorForm() const { return std::nullopt; }
};

} // namespace kindred
