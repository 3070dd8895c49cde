// Biased matrix factorisation (Funk 2006; Koren, Bell & Volinsky 2009):
//   value ≈ μ_d + b_u + b_i + p_u · q_i
// fitted by plain SGD over the train ratings, shuffled every epoch with a seeded generator, in
// float32. The update loop is the hot path: samples are packed (user, item, value − μ_d) and
// shuffled in place so they stream from memory, and the factor loops have a compile-time length
// for the common sizes so they vectorise.
#include "BaselineModels.h"
#include "BaselineSupport.h"
#include "ByteIo.h"
#include "kindred/train/Baselines.h"
#include "kindred/train/Recommender.h"

#include <cmath>
#include <random>
#include <stdexcept>

namespace kindred {

namespace {

constexpr std::string_view kTag = "KBMF";
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kSamplesPerCheck = std::size_t(1) << 20; ///< cancel checks inside an epoch

/// Dot product with eight independent partial sums, which the compiler maps onto SIMD lanes
/// (a single running sum would serialise on the add latency and cannot be vectorised without
/// -ffast-math).
template <int F> inline float dotFixed(const float* __restrict a, const float* __restrict b) {
    static_assert(F % 8 == 0);
    float acc[8] = {};
    for (int k = 0; k < F; k += 8)
        for (int j = 0; j < 8; ++j)
            acc[j] += a[k + j] * b[k + j];
    return ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

inline float dotAny(const float* __restrict a, const float* __restrict b, int factors) {
    float acc[8] = {};
    int k = 0;
    for (; k + 8 <= factors; k += 8)
        for (int j = 0; j < 8; ++j)
            acc[j] += a[k + j] * b[k + j];
    float sum = ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
    for (; k < factors; ++k)
        sum += a[k] * b[k];
    return sum;
}

inline float dot(const float* a, const float* b, int factors) {
    switch (factors) {
    case 16:
        return dotFixed<16>(a, b);
    case 32:
        return dotFixed<32>(a, b);
    case 64:
        return dotFixed<64>(a, b);
    case 128:
        return dotFixed<128>(a, b);
    default:
        return dotAny(a, b, factors);
    }
}

struct Sample {
    std::int32_t user;
    std::int32_t item;
    float target; ///< value − μ_d
};

struct Parameters {
    int factors = 0;
    std::vector<float> userBias, itemBias, userFactors, itemFactors;
};

/// One SGD pass over samples[begin, end); returns the sum of squared errors before each update.
template <int F>
double sgdPass(const Sample* samples, std::size_t count, Parameters& p, float rate, float reg, int factors) {
    const int n = F > 0 ? F : factors;
    float* __restrict userBias = p.userBias.data();
    float* __restrict itemBias = p.itemBias.data();
    float* __restrict userFactors = p.userFactors.data();
    float* __restrict itemFactors = p.itemFactors.data();
    const float keep = 1.0f - rate * reg;
    double squared = 0;
    for (std::size_t s = 0; s < count; ++s) {
        const Sample x = samples[s];
        float* __restrict pu = userFactors + std::size_t(x.user) * std::size_t(n);
        float* __restrict qi = itemFactors + std::size_t(x.item) * std::size_t(n);
        float& bu = userBias[x.user];
        float& bi = itemBias[x.item];
        float dotted;
        if constexpr (F > 0)
            dotted = dotFixed<F>(pu, qi);
        else
            dotted = dotAny(pu, qi, n);
        const float e = x.target - (bu + bi + dotted);
        squared += double(e) * double(e);
        const float step = rate * e;
        bu = keep * bu + step;
        bi = keep * bi + step;
        // p ← p + η(e q − λ p), q ← q + η(e p − λ q), both from the old values.
        for (int k = 0; k < n; ++k) {
            const float pk = pu[k], qk = qi[k];
            pu[k] = keep * pk + step * qk;
            qi[k] = keep * qk + step * pk;
        }
    }
    return squared;
}

double sgdDispatch(const Sample* samples, std::size_t count, Parameters& p, float rate, float reg) {
    switch (p.factors) {
    case 16:
        return sgdPass<16>(samples, count, p, rate, reg, 16);
    case 32:
        return sgdPass<32>(samples, count, p, rate, reg, 32);
    case 64:
        return sgdPass<64>(samples, count, p, rate, reg, 64);
    case 128:
        return sgdPass<128>(samples, count, p, rate, reg, 128);
    default:
        return sgdPass<0>(samples, count, p, rate, reg, p.factors);
    }
}

class BiasedMf final : public Recommender {
public:
    BiasedMf(std::vector<float> domainMean, std::vector<std::int32_t> itemDomain, Parameters parameters)
        : m_domainMean(std::move(domainMean))
        , m_itemDomain(std::move(itemDomain))
        , m_p(std::move(parameters)) {}

    std::string kind() const override { return "mf"; }

    float predict(std::int32_t user, std::int32_t item) const override {
        if (std::size_t(item) >= m_p.itemBias.size())
            return m_domainMean.empty() ? 0.5f : m_domainMean.front();
        const auto i = std::size_t(item);
        float value = m_domainMean[std::size_t(m_itemDomain[i])] + m_p.itemBias[i];
        if (std::size_t(user) < m_p.userBias.size()) {
            const auto u = std::size_t(user);
            const auto f = std::size_t(m_p.factors);
            value += m_p.userBias[u] + dot(&m_p.userFactors[u * f], &m_p.itemFactors[i * f], m_p.factors);
        }
        return value;
    }

    void scoreAll(std::int32_t user, std::span<float> scores) const override {
        const auto count = std::min(scores.size(), m_p.itemBias.size());
        const bool known = std::size_t(user) < m_p.userBias.size();
        const auto f = std::size_t(m_p.factors);
        const float bu = known ? m_p.userBias[std::size_t(user)] : 0.0f;
        for (std::size_t i = 0; i < count; ++i) {
            float value = m_domainMean[std::size_t(m_itemDomain[i])] + m_p.itemBias[i] + bu;
            if (known)
                value += dot(&m_p.userFactors[std::size_t(user) * f], &m_p.itemFactors[i * f], m_p.factors);
            scores[i] = value;
        }
        for (std::size_t i = count; i < scores.size(); ++i)
            scores[i] = predict(user, std::int32_t(i));
    }

    std::optional<FactorForm> factorForm() const override {
        FactorForm form;
        form.dimension = m_p.factors;
        form.userVectors = m_p.userFactors;
        form.userBias = m_p.userBias;
        form.itemVectors = m_p.itemFactors;
        form.itemBaseline.resize(m_p.itemBias.size());
        for (std::size_t i = 0; i < m_p.itemBias.size(); ++i)
            form.itemBaseline[i] = m_domainMean[std::size_t(m_itemDomain[i])] + m_p.itemBias[i];
        return form;
    }

    std::string serialize() const override {
        detail::ByteWriter out(kTag, kVersion);
        out.put(std::int32_t(m_p.factors));
        out.putVector(m_domainMean);
        out.putVector(m_itemDomain);
        out.putVector(m_p.userBias);
        out.putVector(m_p.itemBias);
        out.putVector(m_p.userFactors);
        out.putVector(m_p.itemFactors);
        return out.take();
    }

    static std::unique_ptr<Recommender> load(const std::string& bytes) {
        detail::ByteReader in(bytes, kTag, kVersion);
        Parameters p;
        p.factors = in.get<std::int32_t>();
        auto domainMean = in.getVector<float>();
        auto itemDomain = in.getVector<std::int32_t>();
        p.userBias = in.getVector<float>();
        p.itemBias = in.getVector<float>();
        p.userFactors = in.getVector<float>();
        p.itemFactors = in.getVector<float>();
        in.expectEnd();
        const auto f = std::size_t(std::max(p.factors, 0));
        if (p.factors <= 0 || itemDomain.size() != p.itemBias.size() ||
            p.userFactors.size() != p.userBias.size() * f || p.itemFactors.size() != p.itemBias.size() * f)
            throw std::runtime_error("the stored mf model is inconsistent (array sizes differ)");
        for (const auto d : itemDomain)
            if (d < 0 || std::size_t(d) >= domainMean.size())
                throw std::runtime_error("the stored mf model is inconsistent (bad domain index)");
        return std::make_unique<BiasedMf>(std::move(domainMean), std::move(itemDomain), std::move(p));
    }

private:
    std::vector<float> m_domainMean;
    std::vector<std::int32_t> m_itemDomain;
    Parameters m_p;
};

/// Uniform in [-a, a) from 24 random bits; std::uniform_real_distribution is implementation-
/// defined, this is the same everywhere.
float uniformSymmetric(std::mt19937_64& engine, float a) {
    return (float(engine() >> 40) * 0x1.0p-24f * 2.0f - 1.0f) * a;
}

} // namespace

std::unique_ptr<Recommender> trainBiasedMf(const TrainingData& data, const Split& split,
                                           const BaselineOptions& options, ProgressToken* progressToken) {
    detail::requireMatchingSplit(data, split);
    if (options.factors <= 0)
        throw std::invalid_argument("biased MF needs at least one factor");
    const auto train = detail::ratingsOf(data, split, SplitPart::Train);
    const auto validation = detail::ratingsOf(data, split, SplitPart::Validation);
    const auto mean = detail::domainMeans(data, train);
    const auto span = detail::itemRawSpan(data);
    const auto users = std::size_t(data.userCount()), items = std::size_t(data.itemCount());
    const auto f = std::size_t(options.factors);

    std::vector<Sample> samples;
    samples.reserve(train.size());
    std::vector<std::uint8_t> userSeen(users, 0), itemSeen(items, 0);
    for (const auto& r : train) {
        samples.push_back(
            {r.user, r.item, r.value - mean[std::size_t(data.itemDomain[std::size_t(r.item)])]});
        userSeen[std::size_t(r.user)] = itemSeen[std::size_t(r.item)] = 1;
    }

    // Small random factors (σ ≈ 0.1/√F keeps the initial dot products ≈ 0); users and items
    // without train ratings keep zero factors, so they fall back to μ_d + biases.
    std::mt19937_64 engine(options.seed);
    Parameters p;
    p.factors = options.factors;
    p.userBias.assign(users, 0.0f);
    p.itemBias.assign(items, 0.0f);
    p.userFactors.assign(users * f, 0.0f);
    p.itemFactors.assign(items * f, 0.0f);
    const float initScale = 0.1f * std::sqrt(3.0f / float(f));
    for (std::size_t u = 0; u < users; ++u)
        for (std::size_t k = 0; k < f; ++k) {
            const float v = uniformSymmetric(engine, initScale);
            if (userSeen[u])
                p.userFactors[u * f + k] = v;
        }
    for (std::size_t i = 0; i < items; ++i)
        for (std::size_t k = 0; k < f; ++k) {
            const float v = uniformSymmetric(engine, initScale);
            if (itemSeen[i])
                p.itemFactors[i * f + k] = v;
        }

    const int epochs = std::max(1, options.epochs);
    const auto rate = float(options.learningRate), reg = float(options.regularization);
    auto predictWith = [&](const Parameters& q, std::int32_t u, std::int32_t i) {
        return mean[std::size_t(data.itemDomain[std::size_t(i)])] + q.userBias[std::size_t(u)] +
               q.itemBias[std::size_t(i)] +
               dot(&q.userFactors[std::size_t(u) * f], &q.itemFactors[std::size_t(i) * f], q.factors);
    };

    Parameters best = p;
    double bestRmse = 0;
    bool haveBest = false;
    detail::TrainingProgress progress(progressToken, "training biased MF", std::uint64_t(epochs), "epochs");
    try {
        for (int epoch = 1; epoch <= epochs; ++epoch) {
            progress.throwIfCancelled();
            const auto start = std::chrono::steady_clock::now();
            // Fisher–Yates with our own index draws: std::shuffle's sequence differs between
            // standard libraries, this one does not.
            for (std::size_t k = samples.size(); k > 1; --k)
                std::swap(samples[k - 1], samples[std::size_t(engine() % k)]);

            double squared = 0, updateSeconds = 0;
            for (std::size_t begin = 0; begin < samples.size(); begin += kSamplesPerCheck) {
                progress.throwIfCancelled();
                const auto count = std::min(kSamplesPerCheck, samples.size() - begin);
                const auto chunkStart = std::chrono::steady_clock::now();
                squared += sgdDispatch(samples.data() + begin, count, p, rate, reg);
                updateSeconds += detail::secondsSince(chunkStart);
            }

            BaselineEpoch record;
            record.epoch = epoch;
            record.trainRmse = samples.empty() ? 0 : std::sqrt(squared / double(samples.size()));
            record.samplesPerSecond = updateSeconds > 0 ? double(samples.size()) / updateSeconds : 0;
            record.validationRmse = detail::rawRmse(
                validation, span, [&](std::int32_t u, std::int32_t i) { return predictWith(p, u, i); });
            record.seconds = detail::secondsSince(start);
            if (!haveBest || validation.empty() || record.validationRmse < bestRmse) {
                best = p;
                bestRmse = record.validationRmse;
                haveBest = true;
            }
            if (options.onEpoch)
                options.onEpoch(record);
            progress.report(std::uint64_t(epoch));
        }
    } catch (const CancelledError&) {
        return nullptr;
    }
    return std::make_unique<BiasedMf>(mean, data.itemDomain, std::move(best));
}

namespace detail {
std::unique_ptr<Recommender> loadBiasedMf(const std::string& bytes) {
    return BiasedMf::load(bytes);
}
} // namespace detail

} // namespace kindred
