// EASE: closed-form item-item weights (formulas in Ease.h). Dense float32 linear algebra with Eigen
// (its products use OpenMP when the process allows more than one thread).
#include "kindred/train/Ease.h"

#include "BaselineSupport.h"
#include "ByteIo.h"
#include "kindred/common/Progress.h"
#include "kindred/train/Evaluation.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/Split.h"
#include "kindred/train/TrainingData.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <stdexcept>

namespace kindred {

namespace {

using detail::SparseRows;
using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;

constexpr std::string_view kTag = "KEAS";
constexpr std::uint32_t kVersion = 1;
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

/// The binary Train matrix X as item lists per user and user lists per item.
struct TrainMatrix {
    std::int64_t users = 0, items = 0;
    std::vector<std::vector<std::int32_t>> byUser, byItem;
};

TrainMatrix trainMatrix(const TrainingData& data, const Split& split) {
    TrainMatrix x;
    x.users = data.userCount();
    x.items = data.itemCount();
    x.byUser.resize(std::size_t(x.users));
    x.byItem.resize(std::size_t(x.items));
    for (std::size_t k = 0; k < data.interactions.size(); ++k) {
        if (split.part[k] != SplitPart::Train)
            continue;
        const auto& r = data.interactions[k];
        x.byUser[std::size_t(r.user)].push_back(r.item);
    }
    for (std::int32_t u = 0; u < x.users; ++u) {
        auto& items = x.byUser[std::size_t(u)];
        std::sort(items.begin(), items.end());
        items.erase(std::unique(items.begin(), items.end()), items.end());
        for (std::int32_t i : items)
            x.byItem[std::size_t(i)].push_back(u);
    }
    return x;
}

/// Scores of every item for one user as the sum of the rows of B over their history.
class EaseModel final : public Recommender {
public:
    EaseModel(std::vector<float> itemMean, SparseRows weights, SparseRows history)
        : m_itemMean(std::move(itemMean)), m_weights(std::move(weights)), m_history(std::move(history)) {}

    std::string kind() const override { return "ease"; }
    float predict(std::int32_t, std::int32_t item) const override {
        return std::size_t(item) < m_itemMean.size() ? m_itemMean[std::size_t(item)] : 0.5f;
    }
    void scoreAll(std::int32_t user, std::span<float> scores) const override {
        std::fill(scores.begin(), scores.end(), 0.0f);
        if (std::size_t(user) >= m_history.rows())
            return;
        for (auto k = m_history.offsets[std::size_t(user)]; k < m_history.offsets[std::size_t(user) + 1]; ++k)
            addRow(m_history.index[k], scores);
    }
    std::string serialize() const override {
        detail::ByteWriter out(kTag, kVersion);
        out.putVector(m_itemMean);
        for (const SparseRows* rows : {&m_weights, &m_history}) {
            out.putVector(rows->offsets);
            out.putVector(rows->index);
            out.putVector(rows->value);
        }
        return out.take();
    }
    /// B[j, item], 0 when not stored.
    float weight(std::int32_t j, std::int32_t item) const {
        if (j < 0 || std::size_t(j) >= m_weights.rows())
            return 0;
        const auto* first = m_weights.index.data() + m_weights.offsets[std::size_t(j)];
        const auto* last = m_weights.index.data() + m_weights.offsets[std::size_t(j) + 1];
        const auto* found = std::lower_bound(first, last, item);
        return found != last && *found == item ? m_weights.value[std::size_t(found - m_weights.index.data())] : 0.0f;
    }

    static std::unique_ptr<EaseModel> deserialize(const std::string& bytes) {
        detail::ByteReader in(bytes, kTag, kVersion);
        auto itemMean = in.getVector<float>();
        SparseRows rows[2];
        for (auto& r : rows) {
            r.offsets = in.getVector<std::uint64_t>();
            r.index = in.getVector<std::int32_t>();
            r.value = in.getVector<float>();
        }
        if (!rows[0].consistent(itemMean.size()) || rows[0].rows() != itemMean.size() ||
            !rows[1].consistent(itemMean.size()))
            throw std::runtime_error("the stored EASE weights are inconsistent");
        return std::make_unique<EaseModel>(std::move(itemMean), std::move(rows[0]), std::move(rows[1]));
    }

private:
    void addRow(std::int32_t j, std::span<float> scores) const {
        for (auto k = m_weights.offsets[std::size_t(j)]; k < m_weights.offsets[std::size_t(j) + 1]; ++k)
            scores[std::size_t(m_weights.index[k])] += m_weights.value[k];
    }

    std::vector<float> m_itemMean;
    SparseRows m_weights; ///< row j: the stored B[j, ·] (ascending item indexes)
    SparseRows m_history; ///< row u: the user's Train items (ascending)
};

/// The closed form for one λ, before pruning: it scores users and yields rows of B.
class Solution {
public:
    virtual ~Solution() = default;
    /// Row j of B (diagonal zero), length n.
    virtual void row(std::int32_t j, std::span<float> out) const = 0;
    /// Scores of every item for user u (Σ over u's Train items of rows of B).
    virtual void scores(std::int32_t u, std::span<float> out) const = 0;
};

/// Dual form: K = XXᵀ + λI (U × U), M = K⁻¹X (U × n), h_i = x_iᵀ M_i.
/// B[j, i] = x_jᵀ M_i / (1 − h_i) for j ≠ i; a user's scores are (X x_u)ᵀ M ./ (1 − h).
class DualSolution final : public Solution {
public:
    DualSolution(const TrainMatrix& x, const Matrix& gram, double lambda) : m_x(x), m_gram(gram) {
        const auto U = Eigen::Index(x.users), n = Eigen::Index(x.items);
        Matrix k = gram;
        k.diagonal().array() += float(lambda);
        Eigen::LLT<Matrix> llt(k);
        if (llt.info() != Eigen::Success)
            throw std::runtime_error("EASE: the Gram matrix is not positive definite (λ too small?)");
        m_m = Matrix::Zero(U, n);
        for (std::int32_t i = 0; i < x.items; ++i)
            for (std::int32_t u : x.byItem[std::size_t(i)])
                m_m(u, i) = 1.0f;
        llt.solveInPlace(m_m);
        m_scale.resize(n);
        for (std::int32_t i = 0; i < x.items; ++i) {
            double h = 0;
            for (std::int32_t u : x.byItem[std::size_t(i)])
                h += m_m(u, i);
            m_scale(i) = float(1.0 / std::max(1e-6, 1.0 - h));
        }
        // Everyone's scores in one product (row u of XXᵀ times M): one pass over M instead of
        // one per scored person, which made choosing λ memory-bound.
        m_scores.noalias() = m_gram * m_m;
        for (Eigen::Index u = 0; u < m_scores.rows(); ++u)
            m_scores.row(u).array() *= m_scale.transpose().array();
    }
    void row(std::int32_t j, std::span<float> out) const override {
        Eigen::Map<Vector> result(out.data(), Eigen::Index(out.size()));
        result.setZero();
        for (std::int32_t u : m_x.byItem[std::size_t(j)])
            result += m_m.row(u).transpose();
        result.array() *= m_scale.array();
        out[std::size_t(j)] = 0;
    }
    void scores(std::int32_t u, std::span<float> out) const override {
        Eigen::Map<Vector>(out.data(), Eigen::Index(out.size())) = m_scores.row(u).transpose();
    }

private:
    const TrainMatrix& m_x;
    const Matrix& m_gram;
    Matrix m_m;
    Matrix m_scores; ///< U × n: every user's scores (X x_u)ᵀ M ./ (1 − h)
    Vector m_scale;
};

/// Primal form: P = (XᵀX + λI)⁻¹ (n × n), B = I − P diag(1 / diag(P)).
class PrimalSolution final : public Solution {
public:
    PrimalSolution(const TrainMatrix& x, const Matrix& gram, double lambda) : m_x(x) {
        Matrix g = gram;
        g.diagonal().array() += float(lambda);
        Eigen::LLT<Matrix> llt(g);
        if (llt.info() != Eigen::Success)
            throw std::runtime_error("EASE: the Gram matrix is not positive definite (λ too small?)");
        m_b = Matrix::Identity(g.rows(), g.cols());
        llt.solveInPlace(m_b); // P
        const Vector diagonal = m_b.diagonal();
        for (Eigen::Index i = 0; i < m_b.cols(); ++i)
            m_b.col(i) *= -1.0f / diagonal(i);
        m_b.diagonal().setZero();
    }
    void row(std::int32_t j, std::span<float> out) const override {
        Eigen::Map<Vector>(out.data(), Eigen::Index(out.size())) = m_b.row(j).transpose();
    }
    void scores(std::int32_t u, std::span<float> out) const override {
        Eigen::Map<Vector> result(out.data(), Eigen::Index(out.size()));
        result.setZero();
        for (std::int32_t j : m_x.byUser[std::size_t(u)])
            result += m_b.row(j).transpose();
    }

private:
    const TrainMatrix& m_x;
    Matrix m_b;
};

bool useDual(const TrainMatrix& x) {
    return x.users < x.items;
}

/// XXᵀ (dual) or XᵀX (primal): co-occurrence counts, from the sparse lists.
Matrix gramMatrix(const TrainMatrix& x, bool dual) {
    const auto& lists = dual ? x.byItem : x.byUser;
    const auto size = Eigen::Index(dual ? x.users : x.items);
    Matrix gram = Matrix::Zero(size, size);
    for (const auto& list : lists)
        for (std::int32_t a : list)
            for (std::int32_t b : list)
                gram(a, b) += 1.0f;
    return gram;
}

/// A Recommender over an unpruned solution, for choosing λ with the project's own evaluation.
class SolutionScorer final : public Recommender {
public:
    explicit SolutionScorer(const Solution& solution) : m_solution(solution) {}
    std::string kind() const override { return "ease"; }
    float predict(std::int32_t, std::int32_t) const override { return 0.5f; }
    void scoreAll(std::int32_t user, std::span<float> scores) const override { m_solution.scores(user, scores); }
    std::string serialize() const override { return {}; }

private:
    const Solution& m_solution;
};

/// NDCG@10 on validation within each medium, the mean over (user, medium) lists.
double validationNdcg(const Recommender& scorer, const TrainingData& data, const Split& split) {
    double sum = 0;
    std::uint64_t lists = 0;
    for (int domain = 0; domain < int(data.domains.size()); ++domain) {
        EvaluationOptions options;
        options.part = SplitPart::Validation;
        options.domain = domain;
        const Evaluation e = evaluate(scorer, data, split, options);
        sum += e.ndcg * double(e.rankedUsers);
        lists += e.rankedUsers;
    }
    return lists ? sum / double(lists) : 0.0;
}

/// Row j of B pruned to its `keep` largest |weights|, ascending item order.
void appendPrunedRow(std::span<const float> row, int keep, SparseRows& out, std::vector<std::int32_t>& order) {
    order.resize(row.size());
    std::iota(order.begin(), order.end(), 0);
    std::erase_if(order, [&](std::int32_t i) { return row[std::size_t(i)] == 0.0f; });
    if (keep > 0 && order.size() > std::size_t(keep)) {
        std::nth_element(order.begin(), order.begin() + keep, order.end(), [&](std::int32_t a, std::int32_t b) {
            return std::abs(row[std::size_t(a)]) > std::abs(row[std::size_t(b)]);
        });
        order.resize(std::size_t(keep));
    }
    std::sort(order.begin(), order.end());
    for (std::int32_t i : order) {
        out.index.push_back(i);
        out.value.push_back(row[std::size_t(i)]);
    }
    out.offsets.push_back(out.index.size());
}

std::vector<float> itemMeans(const TrainingData& data, const Split& split) {
    const auto train = detail::ratingsOf(data, split, SplitPart::Train);
    const auto domainMean = detail::domainMeans(data, train);
    std::vector<double> sum(std::size_t(data.itemCount()), 0);
    std::vector<std::uint32_t> count(std::size_t(data.itemCount()), 0);
    for (const auto& r : train) {
        sum[std::size_t(r.item)] += r.value;
        ++count[std::size_t(r.item)];
    }
    std::vector<float> mean(std::size_t(data.itemCount()));
    for (std::size_t i = 0; i < mean.size(); ++i)
        mean[i] = count[i] ? float(sum[i] / count[i]) : domainMean[std::size_t(data.itemDomain[i])];
    return mean;
}

std::string formatGiB(double gib) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GiB", gib);
    return text;
}

} // namespace

double easeMemoryGiB(std::int64_t users, std::int64_t items) {
    const double u = double(users), n = double(items);
    // Dual: the Gram matrix and its factor (U × U), M and everyone's scores (U × n); primal: the
    // Gram matrix, its factor and P (n × n). Plus one row buffer per item block, negligible.
    const double dual = 4.0 * (2 * u * u + 2 * u * n);
    const double primal = 4.0 * (3 * n * n);
    return (users < items ? dual : primal) / kGiB;
}

Result<EaseTrainingResult> trainEase(const TrainingData& data, const Split& split, const EaseOptions& options,
                                     ProgressToken* token) {
    try {
        detail::requireMatchingSplit(data, split);
        if (split.count(SplitPart::Train) == 0)
            return Status::failure("EASE needs training interactions; the split has none");
        const TrainMatrix x = trainMatrix(data, split);
        EaseTrainingResult result;
        result.estimatedGiB = easeMemoryGiB(x.users, x.items);
        if (result.estimatedGiB > options.memoryBudgetGiB)
            return Status::failure(
                "EASE would need about " + formatGiB(result.estimatedGiB) + " of memory for " +
                std::to_string(x.users) + " users and " + std::to_string(x.items) +
                " items (its closed form holds a dense " +
                (useDual(x) ? std::string("users × users matrix and a users × items one") : "items × items matrix") +
                "), over the budget of " + formatGiB(options.memoryBudgetGiB) +
                ". Raise --memory-budget if the machine has the memory, train on fewer domains, or train the "
                "siamese model, which scales with the number of ratings.");
        const bool dual = useDual(x);
        auto report = [&](const std::string& phase, std::uint64_t done, std::uint64_t total) {
            if (!token)
                return;
            token->checkpoint();
            token->report({phase, done, total, "steps"}, true);
        };
        report("EASE: co-occurrence counts", 0, 1);
        const Matrix gram = gramMatrix(x, dual);
        auto solve = [&](double lambda) -> std::unique_ptr<Solution> {
            if (dual)
                return std::make_unique<DualSolution>(x, gram, lambda);
            return std::make_unique<PrimalSolution>(x, gram, lambda);
        };

        std::unique_ptr<Solution> best;
        if (options.lambda > 0) {
            result.lambda = options.lambda;
            report("EASE: solving", 0, 1);
            best = solve(options.lambda);
        } else {
            if (options.lambdaGrid.empty())
                return Status::failure("EASE needs a λ or a grid of λ values to choose from");
            double bestNdcg = -1;
            for (std::size_t g = 0; g < options.lambdaGrid.size(); ++g) {
                const double lambda = options.lambdaGrid[g];
                report("EASE: λ = " + std::to_string(int(std::lround(lambda))) + " on validation", g,
                       options.lambdaGrid.size());
                auto solution = solve(lambda);
                const double ndcg = validationNdcg(SolutionScorer(*solution), data, split);
                result.trials.push_back({lambda, ndcg});
                if (ndcg > bestNdcg) {
                    bestNdcg = ndcg;
                    result.lambda = lambda;
                    best = std::move(solution);
                }
            }
        }

        SparseRows weights;
        weights.offsets.push_back(0);
        std::vector<float> row(std::size_t(x.items));
        std::vector<std::int32_t> order;
        for (std::int32_t j = 0; j < x.items; ++j) {
            if (j % 1024 == 0)
                report("EASE: storing the weights", std::uint64_t(j), std::uint64_t(x.items));
            best->row(j, row);
            appendPrunedRow(row, options.keepPerItem, weights, order);
        }
        SparseRows history;
        history.offsets.push_back(0);
        for (const auto& items : x.byUser) {
            history.index.insert(history.index.end(), items.begin(), items.end());
            history.value.insert(history.value.end(), items.size(), 1.0f);
            history.offsets.push_back(history.index.size());
        }
        result.model = std::make_unique<EaseModel>(itemMeans(data, split), std::move(weights), std::move(history));
        return result;
    } catch (const CancelledError&) {
        return Status::failure("training was cancelled");
    } catch (const std::bad_alloc&) {
        return Status::failure("EASE ran out of memory; lower the memory budget below what this machine has "
                               "free, or train on fewer domains");
    } catch (const std::exception& error) {
        return Status::failure(std::string("EASE failed: ") + error.what());
    }
}

std::vector<float> easeTerms(const Recommender& model, const std::vector<std::int32_t>& history, std::int32_t item) {
    const auto* ease = dynamic_cast<const EaseModel*>(&model);
    std::vector<float> terms;
    if (!ease)
        return terms;
    terms.reserve(history.size());
    for (std::int32_t j : history)
        terms.push_back(ease->weight(j, item));
    return terms;
}

Result<std::unique_ptr<Recommender>> loadEase(const std::string& bytes) {
    try {
        return std::unique_ptr<Recommender>(EaseModel::deserialize(bytes));
    } catch (const std::exception& error) {
        return Status::failure(std::string("cannot load the EASE model: ") + error.what());
    }
}

} // namespace kindred
