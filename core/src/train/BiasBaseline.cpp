// Bias baseline: value ≈ μ_d + b_u + b_i, with μ_d the train mean of the item's domain and the
// biases fitted by alternating regularised least squares (Koren 2008, §2.1): each round solves
// the item biases with the user biases fixed, then the user biases, in closed form.
#include "BaselineModels.h"
#include "BaselineSupport.h"
#include "ByteIo.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"

#include <stdexcept>

namespace kindred {

namespace {

constexpr std::string_view kTag = "KBIA";
constexpr std::uint32_t kVersion = 1;

class BiasBaseline final : public Recommender {
public:
    BiasBaseline(std::vector<float> domainMean, std::vector<std::int32_t> itemDomain,
                 std::vector<float> userBias, std::vector<float> itemBias)
        : m_domainMean(std::move(domainMean))
        , m_itemDomain(std::move(itemDomain))
        , m_userBias(std::move(userBias))
        , m_itemBias(std::move(itemBias)) {}

    std::string kind() const override { return "bias"; }

    float predict(std::int32_t user, std::int32_t item) const override {
        const float bu = std::size_t(user) < m_userBias.size() ? m_userBias[std::size_t(user)] : 0.0f;
        if (std::size_t(item) >= m_itemBias.size())
            return m_domainMean.empty() ? 0.5f : m_domainMean.front() + bu;
        return m_domainMean[std::size_t(m_itemDomain[std::size_t(item)])] + bu +
               m_itemBias[std::size_t(item)];
    }

    std::string serialize() const override {
        detail::ByteWriter out(kTag, kVersion);
        out.putVector(m_domainMean);
        out.putVector(m_itemDomain);
        out.putVector(m_userBias);
        out.putVector(m_itemBias);
        return out.take();
    }

    static std::unique_ptr<Recommender> load(const std::string& bytes) {
        detail::ByteReader in(bytes, kTag, kVersion);
        auto domainMean = in.getVector<float>();
        auto itemDomain = in.getVector<std::int32_t>();
        auto userBias = in.getVector<float>();
        auto itemBias = in.getVector<float>();
        in.expectEnd();
        if (itemDomain.size() != itemBias.size())
            throw std::runtime_error("the stored bias model is inconsistent (item counts differ)");
        for (const auto d : itemDomain)
            if (d < 0 || std::size_t(d) >= domainMean.size())
                throw std::runtime_error("the stored bias model is inconsistent (bad domain index)");
        return std::make_unique<BiasBaseline>(std::move(domainMean), std::move(itemDomain),
                                              std::move(userBias), std::move(itemBias));
    }

private:
    std::vector<float> m_domainMean;
    std::vector<std::int32_t> m_itemDomain;
    std::vector<float> m_userBias;
    std::vector<float> m_itemBias;
};

} // namespace

std::unique_ptr<Recommender> trainBiasBaseline(const TrainingData& data, const Split& split,
                                               const BaselineOptions& options, ProgressToken* progressToken) {
    detail::requireMatchingSplit(data, split);
    const auto train = detail::ratingsOf(data, split, SplitPart::Train);
    const auto validation = detail::ratingsOf(data, split, SplitPart::Validation);
    const auto mean = detail::domainMeans(data, train);
    const auto span = detail::itemRawSpan(data);
    const auto users = std::size_t(data.userCount()), items = std::size_t(data.itemCount());
    const double lambda = std::max(0.0, options.biasRegularization);
    const int rounds = std::max(1, options.epochs);

    std::vector<double> userBias(users, 0.0), itemBias(items, 0.0);
    std::vector<double> sum;
    std::vector<std::uint32_t> count;
    auto baseOf = [&](const detail::Rating& r) {
        return double(r.value) - double(mean[std::size_t(data.itemDomain[std::size_t(r.item)])]);
    };
    auto snapshot = [&] {
        std::vector<float> bu(userBias.begin(), userBias.end()), bi(itemBias.begin(), itemBias.end());
        return std::make_unique<BiasBaseline>(mean, data.itemDomain, std::move(bu), std::move(bi));
    };

    std::unique_ptr<BiasBaseline> best;
    double bestRmse = 0;
    detail::TrainingProgress progress(progressToken, "training bias baseline", std::uint64_t(rounds),
                                      "rounds");
    try {
        for (int round = 1; round <= rounds; ++round) {
            progress.throwIfCancelled();
            const auto start = std::chrono::steady_clock::now();
            // Items with the user biases fixed, then users with the item biases fixed.
            sum.assign(items, 0.0);
            count.assign(items, 0);
            for (const auto& r : train) {
                sum[std::size_t(r.item)] += baseOf(r) - userBias[std::size_t(r.user)];
                ++count[std::size_t(r.item)];
            }
            for (std::size_t i = 0; i < items; ++i)
                itemBias[i] = sum[i] / (lambda + double(count[i]) + (count[i] == 0 ? 1.0 : 0.0));
            sum.assign(users, 0.0);
            count.assign(users, 0);
            for (const auto& r : train) {
                sum[std::size_t(r.user)] += baseOf(r) - itemBias[std::size_t(r.item)];
                ++count[std::size_t(r.user)];
            }
            for (std::size_t u = 0; u < users; ++u)
                userBias[u] = sum[u] / (lambda + double(count[u]) + (count[u] == 0 ? 1.0 : 0.0));

            auto candidate = snapshot();
            BaselineEpoch record;
            record.epoch = round;
            double trainSum = 0;
            for (const auto& r : train) {
                const double e = double(candidate->predict(r.user, r.item)) - r.value;
                trainSum += e * e;
            }
            record.trainRmse = train.empty() ? 0 : std::sqrt(trainSum / double(train.size()));
            record.validationRmse = detail::rawRmse(
                validation, span, [&](std::int32_t u, std::int32_t i) { return candidate->predict(u, i); });
            record.seconds = detail::secondsSince(start);
            // Without validation ratings there is nothing to choose on: keep the last round.
            if (!best || validation.empty() || record.validationRmse < bestRmse) {
                best = std::move(candidate);
                bestRmse = record.validationRmse;
            }
            if (options.onEpoch)
                options.onEpoch(record);
            progress.report(std::uint64_t(round));
        }
    } catch (const CancelledError&) {
        return nullptr;
    }
    return best;
}

namespace detail {
std::unique_ptr<Recommender> loadBiasBaseline(const std::string& bytes) {
    return BiasBaseline::load(bytes);
}
} // namespace detail

} // namespace kindred
