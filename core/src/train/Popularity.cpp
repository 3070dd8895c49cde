// Popularity: ranks items by their number of train interactions (the same list for everyone),
// and predicts an item's mean train value (its domain's mean for items without train ratings).
#include "BaselineModels.h"
#include "BaselineSupport.h"
#include "ByteIo.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"

#include <stdexcept>

namespace kindred {

namespace {

constexpr std::string_view kTag = "KPOP";
constexpr std::uint32_t kVersion = 1;

class Popularity final : public Recommender {
public:
    Popularity(std::vector<float> itemMean, std::vector<float> count)
        : m_itemMean(std::move(itemMean))
        , m_count(std::move(count)) {}

    std::string kind() const override { return "popularity"; }

    float predict(std::int32_t, std::int32_t item) const override {
        return std::size_t(item) < m_itemMean.size() ? m_itemMean[std::size_t(item)] : 0.5f;
    }

    void scoreAll(std::int32_t, std::span<float> scores) const override {
        for (std::size_t i = 0; i < scores.size(); ++i)
            scores[i] = i < m_count.size() ? m_count[i] : 0.0f;
    }

    std::string serialize() const override {
        detail::ByteWriter out(kTag, kVersion);
        out.putVector(m_itemMean);
        out.putVector(m_count);
        return out.take();
    }

    static std::unique_ptr<Recommender> load(const std::string& bytes) {
        detail::ByteReader in(bytes, kTag, kVersion);
        auto itemMean = in.getVector<float>();
        auto count = in.getVector<float>();
        in.expectEnd();
        if (itemMean.size() != count.size())
            throw std::runtime_error("the stored popularity model is inconsistent (item counts differ)");
        return std::make_unique<Popularity>(std::move(itemMean), std::move(count));
    }

private:
    std::vector<float> m_itemMean;
    std::vector<float> m_count; ///< train interactions per item (float: it is the ranking score)
};

} // namespace

std::unique_ptr<Recommender> trainPopularity(const TrainingData& data, const Split& split,
                                             const BaselineOptions&, ProgressToken* progressToken) {
    detail::requireMatchingSplit(data, split);
    detail::TrainingProgress progress(progressToken, "counting item popularity", 1, "passes");
    try {
        progress.throwIfCancelled();
    } catch (const CancelledError&) {
        return nullptr;
    }
    const auto train = detail::ratingsOf(data, split, SplitPart::Train);
    const auto mean = detail::domainMeans(data, train);
    const auto items = std::size_t(data.itemCount());
    std::vector<double> sum(items, 0.0);
    std::vector<float> count(items, 0.0f);
    for (const auto& r : train) {
        sum[std::size_t(r.item)] += r.value;
        count[std::size_t(r.item)] += 1.0f;
    }
    std::vector<float> itemMean(items);
    for (std::size_t i = 0; i < items; ++i)
        itemMean[i] = count[i] > 0 ? float(sum[i] / double(count[i])) : mean[std::size_t(data.itemDomain[i])];
    progress.report(1, true);
    return std::make_unique<Popularity>(std::move(itemMean), std::move(count));
}

namespace detail {
std::unique_ptr<Recommender> loadPopularity(const std::string& bytes) {
    return Popularity::load(bytes);
}
} // namespace detail

} // namespace kindred
