#pragma once
// The trained Siamese model at inference time: final user and item vectors plus biases, scored
// with plain dot products (no LibTorch needed). The network state is kept as bytes so the user
// tower can embed new users later.

#include "kindred/common/Status.h"
#include "kindred/train/Recommender.h"

#include <memory>
#include <string>
#include <vector>

namespace kindred::model {

class SiameseRecommender final : public Recommender {
public:
    SiameseRecommender(int dimension, float globalBias, std::vector<float> userBias, std::vector<float> itemBias,
                       std::vector<float> userVectors, std::vector<float> itemVectors, std::string networkState,
                       std::string optionsJson, std::string kind = "attention");

    /// "attention", or "autorec" for the item-autoencoder two-tower model (same factor form).
    std::string kind() const override { return m_kind; }
    float predict(std::int32_t user, std::int32_t item) const override;
    void scoreAll(std::int32_t user, std::span<float> scores) const override;
    std::string serialize() const override;
    std::optional<FactorForm> factorForm() const override;
    static Result<std::unique_ptr<SiameseRecommender>> deserialize(const std::string& bytes);

    int dimension() const { return m_dimension; }
    /// Row-major [users × dimension] and [items × dimension].
    const std::vector<float>& userVectors() const { return m_userVectors; }
    const std::vector<float>& itemVectors() const { return m_itemVectors; }
    const std::string& networkState() const { return m_networkState; }
    const std::string& optionsJson() const { return m_optionsJson; }
    /// Per-item bias of the ranking head: when set (size = item count), scoreAll() ranks by
    /// u · i + rankingBias[i] instead of the predicted rating. Empty for models without the head.
    void setRankingBias(std::vector<float> bias) { m_rankingBias = std::move(bias); }
    const std::vector<float>& rankingBias() const { return m_rankingBias; }

private:
    int m_dimension;
    float m_globalBias;
    std::vector<float> m_userBias, m_itemBias, m_userVectors, m_itemVectors, m_rankingBias;
    std::string m_networkState, m_optionsJson, m_kind;
};

} // namespace kindred::model
