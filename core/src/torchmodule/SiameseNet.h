#pragma once
// LibTorch modules of the Siamese model (private to core; never include from public headers).
// Shapes: B = batch, L = history length, d = dimension. Item index `itemCount` is the padding row.

#include <torch/torch.h>

#include <cstdint>

namespace kindred::model {

struct SiameseNetConfig {
    std::int64_t users = 0, items = 0, domains = 1;
    std::int64_t genres = 0;         ///< 0: no genre features
    std::int64_t attributes = 0;     ///< 0: no demographic attributes in the user tower
    std::int64_t textBuckets = 0;    ///< 0: no hashed text features
    std::int64_t encodedTextDim = 0; ///< > 0: precomputed text encoder features of this size
    std::int64_t dimension = 64, heads = 4;
    double dropout = 0.1;
    bool rankingBias = false; ///< a per-item bias of the ranking head (absent in models before it existed)
};

/// Item and user features that do not change during training, as padded index matrices. The item
/// matrices have items + 1 rows: the last is the padding item used in histories.
struct FeatureTensors {
    torch::Tensor domain;      ///< [items] int64
    torch::Tensor genres;      ///< [items, G] int64, padded with `genres`
    torch::Tensor textIds;     ///< [items, T] int64, padded with `textBuckets`
    torch::Tensor encodedText; ///< [items, E] float, or undefined
    torch::Tensor userAttributes; ///< [users, A] int64, padded with `attributes`; undefined without
};

class SiameseNetImpl : public torch::nn::Module {
public:
    SiameseNetImpl(const SiameseNetConfig& config, FeatureTensors features);

    /// Item tower input: id + genre + text embeddings, [N] → [N, d] (no domain MLP).
    torch::Tensor itemBase(const torch::Tensor& items);
    /// Item tower output for item indexes [N] → [N, d].
    torch::Tensor itemVectors(const torch::Tensor& items);
    /// Shared user tower: users [B] (id embedding + mean of their demographic attribute
    /// embeddings as the attention query), history items [B, L] (padding = items), history values
    /// [B, L], mask [B, L] (true = ignore). Returns [B, d].
    torch::Tensor userVectors(const torch::Tensor& users, const torch::Tensor& historyItems,
                              const torch::Tensor& historyValues, const torch::Tensor& historyMask);
    /// The user tower from an explicit id-embedding query [B, d] (zeros for users the model has
    /// never seen), same history arguments and result as userVectors.
    torch::Tensor userVectorsFromQuery(const torch::Tensor& query, const torch::Tensor& historyItems,
                                       const torch::Tensor& historyValues, const torch::Tensor& historyMask);
    /// Rating head on the 0..1 scale: global + user bias + item bias + c · (u · i), where c > 0 is
    /// learned when the model has the ranking head (which wants large dot products) and 1 otherwise. [B]
    torch::Tensor rating(const torch::Tensor& users, const torch::Tensor& items, const torch::Tensor& userVecs,
                         const torch::Tensor& itemVecs);

    const SiameseNetConfig& config() const { return m_config; }
    torch::Tensor globalBias() const { return m_globalBias; }
    /// c of the rating head (1 without the ranking head).
    double ratingScale() const { return m_logRatingScale.defined() ? m_logRatingScale.exp().item<double>() : 1.0; }
    torch::nn::Embedding userBias{nullptr}, itemBias{nullptr};
    torch::nn::Embedding rankingBias{nullptr}; ///< [items + 1, 1] when config.rankingBias, else null

private:
    SiameseNetConfig m_config;
    FeatureTensors m_features;
    torch::nn::Embedding m_userId{nullptr}, m_itemId{nullptr};
    torch::nn::EmbeddingBag m_genre{nullptr}, m_text{nullptr}; ///< mean over an item's ids, padding excluded
    torch::nn::EmbeddingBag m_demographics{nullptr};           ///< mean over a user's attributes
    torch::nn::Linear m_encodedText{nullptr}, m_valueProjection{nullptr};
    torch::Tensor m_nullKey, m_globalBias, m_logRatingScale;
    torch::nn::MultiheadAttention m_attention{nullptr};
    torch::nn::Sequential m_userMlp{nullptr};
    torch::nn::ModuleList m_itemMlps{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
};
TORCH_MODULE(SiameseNet);

} // namespace kindred::model
