#include "kindred/train/Blend.h"

#include "kindred/train/ModelStore.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>

namespace kindred {

namespace {

constexpr char kMagic[8] = {'K', 'B', 'L', 'N', 'D', 'v', '1', '\0'};

float clip01(float x) { return std::clamp(x, 0.0f, 1.0f); }

class BlendRecommender final : public Recommender {
public:
    BlendRecommender(std::vector<std::unique_ptr<Recommender>> components, std::vector<double> weights)
        : m_components(std::move(components)), m_weights(std::move(weights)) {}

    std::string kind() const override { return "blend"; }
    float predict(std::int32_t user, std::int32_t item) const override {
        double value = m_weights[0];
        for (std::size_t k = 0; k < m_components.size(); ++k)
            value += m_weights[k + 1] * clip01(m_components[k]->predict(user, item));
        return float(value);
    }
    void scoreAll(std::int32_t user, std::span<float> scores) const override {
        for (std::size_t i = 0; i < scores.size(); ++i)
            scores[i] = predict(user, std::int32_t(i));
    }
    /// Layout: magic, then JSON {"weights": [...], "kinds": [...], "sizes": [...]} length-prefixed,
    /// then the components' bytes back to back.
    std::string serialize() const override {
        nlohmann::json header = {{"weights", m_weights}, {"kinds", nlohmann::json::array()},
                                 {"sizes", nlohmann::json::array()}};
        std::string body;
        for (const auto& c : m_components) {
            const auto bytes = c->serialize();
            header["kinds"].push_back(c->kind());
            header["sizes"].push_back(bytes.size());
            body += bytes;
        }
        const auto text = header.dump();
        const std::uint64_t length = text.size();
        std::string out(kMagic, sizeof kMagic);
        out.append(reinterpret_cast<const char*>(&length), sizeof length);
        return out + text + body;
    }
    const std::vector<double>& weights() const { return m_weights; }

private:
    std::vector<std::unique_ptr<Recommender>> m_components;
    std::vector<double> m_weights; ///< intercept first
};

} // namespace

Result<std::unique_ptr<Recommender>> fitBlend(std::vector<std::unique_ptr<Recommender>> components,
                                              const TrainingData& data, const Split& split, double ridge) {
    if (components.empty())
        return Status::failure("blend: no component models");
    std::vector<std::size_t> rows;
    for (std::size_t k = 0; k < data.interactions.size(); ++k)
        if (split.part[k] == SplitPart::Validation)
            rows.push_back(k);
    if (rows.empty())
        return Status::failure("blend: the split has no validation ratings to fit the weights on");
    const auto n = Eigen::Index(rows.size()), m = Eigen::Index(components.size() + 1);
    Eigen::MatrixXd x(n, m);
    Eigen::VectorXd y(n);
    for (Eigen::Index r = 0; r < n; ++r) {
        const auto& interaction = data.interactions[rows[std::size_t(r)]];
        x(r, 0) = 1;
        for (Eigen::Index k = 1; k < m; ++k)
            x(r, k) = clip01(components[std::size_t(k - 1)]->predict(interaction.user, interaction.item));
        y(r) = interaction.value;
    }
    Eigen::MatrixXd gram = x.transpose() * x;
    gram.diagonal().tail(m - 1).array() += ridge * double(n); // the intercept is not shrunk
    const Eigen::VectorXd w = gram.ldlt().solve(x.transpose() * y);
    return std::unique_ptr<Recommender>(
        std::make_unique<BlendRecommender>(std::move(components), std::vector<double>(w.data(), w.data() + m)));
}

Result<std::unique_ptr<Recommender>> loadBlend(const std::string& bytes) {
    std::uint64_t length = 0;
    if (bytes.size() < sizeof kMagic + sizeof length || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return Status::failure("not a Kindred blend model (bad header)");
    std::memcpy(&length, bytes.data() + sizeof kMagic, sizeof length);
    std::size_t at = sizeof kMagic + sizeof length;
    if (length > bytes.size() - at)
        return Status::failure("blend model bytes are truncated");
    try {
        const auto header = nlohmann::json::parse(bytes.substr(at, length));
        at += length;
        const auto weights = header.at("weights").get<std::vector<double>>();
        const auto kinds = header.at("kinds").get<std::vector<std::string>>();
        const auto sizes = header.at("sizes").get<std::vector<std::size_t>>();
        if (kinds.size() != sizes.size() || weights.size() != kinds.size() + 1)
            return Status::failure("blend model header is inconsistent");
        std::vector<std::unique_ptr<Recommender>> components;
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            if (kinds[k] == "blend" || sizes[k] > bytes.size() - at)
                return Status::failure("blend model bytes are damaged");
            auto component = loadRecommender(kinds[k], bytes.substr(at, sizes[k]));
            if (!component)
                return component.status();
            components.push_back(std::move(component).value());
            at += sizes[k];
        }
        return std::unique_ptr<Recommender>(std::make_unique<BlendRecommender>(std::move(components), weights));
    } catch (const nlohmann::json::exception& error) {
        return Status::failure(std::string("blend model header: ") + error.what());
    }
}

} // namespace kindred
