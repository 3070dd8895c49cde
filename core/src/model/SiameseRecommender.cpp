#include "SiameseRecommender.h"

#include "kindred/train/Siamese.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

namespace kindred::model {

namespace {

// v1 files hold Siamese models only; v2 files name their kind first.
constexpr char kMagic[8] = {'K', 'S', 'I', 'A', 'M', 'v', '1', '\0'};
constexpr char kMagicV2[8] = {'K', 'F', 'A', 'C', 'T', 'v', '2', '\0'};

void putU64(std::string& out, std::uint64_t value) { out.append(reinterpret_cast<const char*>(&value), sizeof value); }
void putFloats(std::string& out, const std::vector<float>& values) {
    putU64(out, values.size());
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float));
}
void putBytes(std::string& out, const std::string& bytes) {
    putU64(out, bytes.size());
    out.append(bytes);
}

/// Bounds-checked reader over serialised bytes.
class Reader {
public:
    explicit Reader(const std::string& bytes) : m_bytes(bytes) {}
    bool u64(std::uint64_t& value) { return take(&value, sizeof value); }
    bool floats(std::vector<float>& values) {
        std::uint64_t n = 0;
        if (!u64(n) || n > (m_bytes.size() - m_at) / sizeof(float))
            return false;
        values.resize(n);
        return take(values.data(), n * sizeof(float));
    }
    bool bytes(std::string& value) {
        std::uint64_t n = 0;
        if (!u64(n) || n > m_bytes.size() - m_at)
            return false;
        value.assign(m_bytes, m_at, n);
        m_at += n;
        return true;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }
    bool take(void* out, std::size_t n) {
        if (n > m_bytes.size() - m_at)
            return false;
        std::memcpy(out, m_bytes.data() + m_at, n);
        m_at += n;
        return true;
    }

private:
    const std::string& m_bytes;
    std::size_t m_at = 0;
};

} // namespace

SiameseRecommender::SiameseRecommender(int dimension, float globalBias, std::vector<float> userBias,
                                       std::vector<float> itemBias, std::vector<float> userVectors,
                                       std::vector<float> itemVectors, std::string networkState,
                                       std::string optionsJson, std::string kind)
    : m_dimension(dimension)
    , m_globalBias(globalBias)
    , m_userBias(std::move(userBias))
    , m_itemBias(std::move(itemBias))
    , m_userVectors(std::move(userVectors))
    , m_itemVectors(std::move(itemVectors))
    , m_networkState(std::move(networkState))
    , m_optionsJson(std::move(optionsJson))
    , m_kind(std::move(kind)) {}

float SiameseRecommender::predict(std::int32_t user, std::int32_t item) const {
    const float* u = m_userVectors.data() + std::size_t(user) * std::size_t(m_dimension);
    const float* v = m_itemVectors.data() + std::size_t(item) * std::size_t(m_dimension);
    float dot = 0;
    for (int k = 0; k < m_dimension; ++k)
        dot += u[k] * v[k];
    return m_globalBias + m_userBias[std::size_t(user)] + m_itemBias[std::size_t(item)] + dot;
}

void SiameseRecommender::scoreAll(std::int32_t user, std::span<float> scores) const {
    if (m_rankingBias.size() != scores.size()) {
        for (std::size_t i = 0; i < scores.size(); ++i)
            scores[i] = predict(user, std::int32_t(i));
        return;
    }
    const float* u = m_userVectors.data() + std::size_t(user) * std::size_t(m_dimension);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const float* v = m_itemVectors.data() + i * std::size_t(m_dimension);
        float dot = 0;
        for (int k = 0; k < m_dimension; ++k)
            dot += u[k] * v[k];
        scores[i] = dot + m_rankingBias[i];
    }
}

std::optional<FactorForm> SiameseRecommender::factorForm() const {
    FactorForm form;
    form.dimension = m_dimension;
    form.userVectors = m_userVectors;
    form.userBias = m_userBias;
    form.itemVectors = m_itemVectors;
    form.itemBaseline.resize(m_itemBias.size());
    for (std::size_t i = 0; i < m_itemBias.size(); ++i)
        form.itemBaseline[i] = m_globalBias + m_itemBias[i];
    return form;
}

std::string SiameseRecommender::serialize() const {
    std::string out(kMagicV2, sizeof kMagicV2);
    putBytes(out, m_kind);
    putU64(out, std::uint64_t(m_dimension));
    out.append(reinterpret_cast<const char*>(&m_globalBias), sizeof m_globalBias);
    putFloats(out, m_userBias);
    putFloats(out, m_itemBias);
    putFloats(out, m_userVectors);
    putFloats(out, m_itemVectors);
    putBytes(out, m_networkState);
    putBytes(out, m_optionsJson);
    putFloats(out, m_rankingBias); // optional trailer: files written before the ranking head end above
    return out;
}

Result<std::unique_ptr<SiameseRecommender>> SiameseRecommender::deserialize(const std::string& bytes) {
    Reader in(bytes);
    char magic[sizeof kMagic];
    std::uint64_t dimension = 0;
    float global = 0;
    std::vector<float> userBias, itemBias, users, items;
    std::string state, options, kind = "attention";
    if (!in.take(magic, sizeof magic))
        return Status::failure("not a Kindred Siamese model (bad header)");
    if (std::memcmp(magic, kMagicV2, sizeof kMagicV2) == 0) {
        if (!in.bytes(kind) || kind.empty() || kind.size() > 64)
            return Status::failure("factor model bytes are truncated or damaged");
        if (kind == "siamese")
            kind = "attention"; // stored before the twin network took the name (schema v5)
    } else if (std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
        return Status::failure("not a Kindred Siamese model (bad header)");
    }
    if (!in.u64(dimension) || dimension == 0 || dimension > 4096 || !in.take(&global, sizeof global) ||
        !in.floats(userBias) || !in.floats(itemBias) || !in.floats(users) || !in.floats(items) || !in.bytes(state) ||
        !in.bytes(options))
        return Status::failure("Siamese model bytes are truncated or damaged");
    std::vector<float> rankingBias;
    if (!in.atEnd() && !in.floats(rankingBias))
        return Status::failure("Siamese model bytes are truncated or damaged");
    if (users.size() != userBias.size() * dimension || items.size() != itemBias.size() * dimension ||
        (!rankingBias.empty() && rankingBias.size() != itemBias.size()))
        return Status::failure("Siamese model sizes do not match");
    auto model = std::make_unique<SiameseRecommender>(int(dimension), global, std::move(userBias), std::move(itemBias),
                                                      std::move(users), std::move(items), std::move(state),
                                                      std::move(options), std::move(kind));
    model->setRankingBias(std::move(rankingBias));
    return model;
}

} // namespace kindred::model

namespace kindred {

Result<std::unique_ptr<Recommender>> loadSiamese(const std::string& bytes) {
    auto model = model::SiameseRecommender::deserialize(bytes);
    if (!model)
        return model.status();
    return std::unique_ptr<Recommender>(std::move(model).value());
}

std::size_t siameseHistoryWindow(const Recommender& model) {
    const auto* siamese = dynamic_cast<const model::SiameseRecommender*>(&model);
    if (!siamese || siamese->kind() != "attention")
        return 0;
    const auto stored = nlohmann::json::parse(siamese->optionsJson(), nullptr, false);
    const int length = stored.is_object() ? stored.value("history_length", SiameseOptions{}.historyLength)
                                          : SiameseOptions{}.historyLength;
    return std::size_t(std::max(1, length));
}

} // namespace kindred
