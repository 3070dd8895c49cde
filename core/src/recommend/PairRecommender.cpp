// PairRecommender: candidates from every item's score, strategy scores, MMR slate, explanations.
// The formulas are stated in PairRecommender.h; comments here say why.
#include "kindred/recommend/PairRecommender.h"

#include "VectorMath.h"
#include "kindred/space/ExactCosineSearch.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <mutex>
#include <numeric>
#include <span>
#include <stdexcept>
#include <utility>

namespace kindred {

using recommend::cosine;
using recommend::dot;
using recommend::norm;

namespace {

struct DomainItems {
    std::vector<std::int32_t> items; ///< the domain's dense item indexes, ascending
};

/// Both people's scores of every item of one domain (TasteSpace::scores, in DomainItems order),
/// and the same sorted ascending, which standings are read from.
struct DomainScores {
    std::vector<double> a, b;
    std::vector<double> sortedA, sortedB;
};
using ScoredDomains = std::map<int, DomainScores>;

/// A PairUser with everything filled in.
struct Resolved {
    std::int32_t user = -1;
    UserProfile profile;
    std::vector<HistoryEntry> history;
    std::vector<std::int32_t> ratedSorted;
    double meanValue = 0;
    /// Per domain: the model can place this person's taste there (see reachableDomains).
    std::vector<char> reachable;
};

/// Domains that share at least this many people are linked: a model can carry taste across them.
constexpr std::size_t kLinkingUsers = 10;

double clip01(double x) {
    return std::clamp(x, 0.0, 1.0);
}

/// The share of `sorted` (ascending) strictly below `score`.
double standing(const std::vector<double>& sorted, double score) {
    if (sorted.empty())
        return 0;
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), score) - sorted.begin();
    return double(below) / double(sorted.size());
}

/// The domains the slate may come from: the filter (sorted, unique), or every domain.
Result<std::vector<int>> allowedDomains(const TrainingData& data, const PairOptions& options) {
    std::vector<int> domains = options.domains;
    if (domains.empty()) {
        domains.resize(data.domains.size());
        std::iota(domains.begin(), domains.end(), 0);
    }
    std::sort(domains.begin(), domains.end());
    domains.erase(std::unique(domains.begin(), domains.end()), domains.end());
    for (int domain : domains)
        if (domain < 0 || domain >= int(data.domains.size()))
            return Status::failure("media filter: domain index " + std::to_string(domain) + " is not in the model");
    return domains;
}

/// The slate size: options.k raised to the sum of the quotas, which must name allowed domains.
Result<int> slateSize(const std::vector<int>& slateDomains, const PairOptions& options) {
    int quotaTotal = 0;
    for (const auto& [domain, count] : options.quotas) {
        if (!std::binary_search(slateDomains.begin(), slateDomains.end(), domain))
            return Status::failure("quota for domain index " + std::to_string(domain) + ", which is not in the media filter");
        if (count < 0)
            return Status::failure("quotas must not be negative");
        quotaTotal += count;
    }
    return std::max(options.k, quotaTotal);
}

/// Ranks of the values (0 = best), ties by lower position.
std::vector<std::size_t> ranksOf(const std::vector<double>& s) {
    const std::size_t n = s.size();
    std::vector<std::size_t> order(n), rank(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return s[x] > s[y]; });
    for (std::size_t r = 0; r < n; ++r)
        rank[order[r]] = r;
    return rank;
}

/// The strategy's relevance of each candidate from the two people's 0..1 values (PairStrategy).
/// Fairness also fills the rank-normalised p_A, p_B its greedy gain uses.
struct Relevance {
    std::vector<double> rel, pA, pB;
};

Relevance strategyRelevance(PairStrategy strategy, const std::vector<double>& sa, const std::vector<double>& sb, int k) {
    const std::size_t n = sa.size();
    Relevance r;
    r.rel.resize(n);
    switch (strategy) {
    case PairStrategy::Average:
        for (std::size_t c = 0; c < n; ++c)
            r.rel[c] = 0.5 * (sa[c] + sb[c]);
        break;
    case PairStrategy::LeastMisery:
        for (std::size_t c = 0; c < n; ++c)
            r.rel[c] = std::min(sa[c], sb[c]);
        break;
    case PairStrategy::MostPleasure:
        for (std::size_t c = 0; c < n; ++c)
            r.rel[c] = std::max(sa[c], sb[c]);
        break;
    case PairStrategy::Borda: {
        const auto rankA = ranksOf(sa), rankB = ranksOf(sb);
        const double denominator = n > 1 ? 2.0 * double(n - 1) : 1.0;
        for (std::size_t c = 0; c < n; ++c)
            r.rel[c] = (double(n - 1 - rankA[c]) + double(n - 1 - rankB[c])) / denominator;
        break;
    }
    case PairStrategy::Fairness: {
        const auto rankA = ranksOf(sa), rankB = ranksOf(sb);
        const double top = double(std::min<std::size_t>(n, std::size_t(std::max(5 * k, 50))));
        r.pA.resize(n);
        r.pB.resize(n);
        for (std::size_t c = 0; c < n; ++c) {
            r.pA[c] = double(rankA[c]) < top ? (top - double(rankA[c])) / (top + 1) : 0.0;
            r.pB[c] = double(rankB[c]) < top ? (top - double(rankB[c])) / (top + 1) : 0.0;
            r.rel[c] = 0.5 * (sa[c] + sb[c]);
        }
        break;
    }
    }
    return r;
}

} // namespace

std::string pairStrategyName(PairStrategy strategy) {
    switch (strategy) {
    case PairStrategy::Average: return "average";
    case PairStrategy::LeastMisery: return "least-misery";
    case PairStrategy::MostPleasure: return "most-pleasure";
    case PairStrategy::Fairness: return "fairness";
    case PairStrategy::Borda: return "borda";
    }
    return "average";
}

std::optional<PairStrategy> parsePairStrategy(const std::string& name) {
    for (auto s : {PairStrategy::Average, PairStrategy::LeastMisery, PairStrategy::MostPleasure,
                   PairStrategy::Fairness, PairStrategy::Borda})
        if (pairStrategyName(s) == name)
            return s;
    return std::nullopt;
}

Reason strongestReason(const UserAttribution& attribution, const std::function<bool(std::int32_t item)>& isExplicit) {
    Reason reason;
    for (const auto& c : attribution.contributors)
        if (c.contribution > 0 && (!reason.contribution || c.contribution > reason.contribution->contribution))
            reason.contribution = &c;
    if (!reason.contribution)
        return reason;
    const float value = reason.contribution->value;
    reason.verb = !isExplicit(reason.contribution->item) ? ReasonVerb::Chose
                  : value >= 0.75f                      ? ReasonVerb::Loved
                  : value >= 0.5f                       ? ReasonVerb::Liked
                                                        : ReasonVerb::Rated;
    return reason;
}

double intraListDiversity(const TasteSpace& space, const std::vector<std::int32_t>& items) {
    if (items.size() < 2)
        return 0;
    double sum = 0;
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = i + 1; j < items.size(); ++j, ++pairs)
            sum += 1.0 - cosine(space.itemVector(items[i]), space.itemVector(items[j]));
    return sum / double(pairs);
}

Result<UserProfile> coldStartProfile(const TasteSpace& space, const std::vector<HistoryEntry>& history) {
    if (!space.encoder)
        return Status::failure("this model has no encoder for new users");
    if (!space.data)
        return Status::failure("the taste space has no training data");
    for (const auto& h : history) {
        if (h.item < 0 || h.item >= space.data->itemCount())
            return Status::failure("cold start: item index " + std::to_string(h.item) + " is not in the model");
        if (!(h.value >= 0 && h.value <= 1))
            return Status::failure("cold start: rating " + std::to_string(h.value) + " is outside 0..1");
    }
    try {
        auto profile = space.encoder(-1, history);
        if (int(profile.vector.size()) != space.dimension)
            return Status::failure("the encoder returned a vector of the wrong size");
        return profile;
    } catch (const std::exception& error) {
        return Status::failure(std::string("cold start failed: ") + error.what());
    }
}

/// Which domains share enough people for a model to carry taste from one to the other.
std::vector<std::vector<char>> linkedDomains(const TrainingData& data) {
    const std::size_t domains = data.domains.size();
    const auto shared = data.peopleRatingBoth();
    std::vector<std::vector<char>> linked(domains, std::vector<char>(domains, 0));
    for (std::size_t a = 0; a < domains; ++a)
        for (std::size_t b = 0; b < domains; ++b)
            linked[a][b] = a == b || shared[a][b] >= std::int64_t(kLinkingUsers);
    return linked;
}

struct PairRecommender::Impl {
    std::shared_ptr<const TasteSpace> space;
    std::vector<DomainItems> domains; ///< one per TrainingData domain
    std::vector<float> itemNorms;
    /// linked[a][b]: domains a and b share at least kLinkingUsers people (a == b: always).
    std::vector<std::vector<char>> linked;

    mutable std::once_flag userSearchOnce;
    mutable std::unique_ptr<ExactCosineSearch> userSearch; ///< over every user vector, on first use

    /// The k users with the largest cosine to `user`'s vector (the user left out), best first.
    std::vector<Neighbour> mostSimilarUsers(std::int32_t user, std::size_t k) const;

    const TrainingData& data() const { return *space->data; }

    Result<Resolved> resolve(const PairUser& who, const char* label) const;
    double itemCosine(std::int32_t a, std::int32_t b) const {
        const double n = double(itemNorms[std::size_t(a)]) * double(itemNorms[std::size_t(b)]);
        return n > 0 ? dot(space->itemVector(a), space->itemVector(b)) / n : 0.0;
    }
    /// options.candidates within the slate's domains (sorted, unique; rated items dropped unless asked).
    std::vector<std::int32_t> givenCandidates(const Resolved& a, const Resolved& b, const std::vector<int>& slateDomains,
                                              const PairOptions& options) const;
    /// Per scored domain, the candidatesPerQuery (+ the rated count when they are dropped) items
    /// with the largest score for A, for B and for their mean, united (sorted; rated dropped).
    std::vector<std::int32_t> searchCandidates(const Resolved& a, const Resolved& b, const ScoredDomains& scored,
                                               const PairOptions& options) const;
    /// Both people's scores of every item of each of these domains.
    ScoredDomains scoreDomains(const Resolved& a, const Resolved& b, const std::vector<int>& domainIndexes) const;
    float encodeScore(const Resolved& u, const std::vector<HistoryEntry>& history, std::int32_t item) const {
        return space->score(space->encoder(u.user, history), item);
    }
    UserAttribution attribute(const Resolved& u, std::int32_t item, float fullScore,
                              const PairOptions& options) const;
    UserAttribution exactAttribution(const Resolved& u, std::int32_t item, const PairOptions& options) const;
    /// Predicted rating on the item's scale, NaN when the model has none (see PairItem::ratingA).
    double predictedRating(const Resolved& u, std::int32_t item, double score) const;
    ItemExplanation explain(const Resolved& a, const Resolved& b, std::int32_t item, double pairScore,
                            const UserProfile* fullA, const UserProfile* fullB, const PairOptions& options) const;
    TasteMatch match(const Resolved& a, const Resolved& b) const;

    // The steps of recommend().
    struct CandidateScores {
        std::vector<double> scoreA, scoreB; ///< TasteSpace::score
        std::vector<double> standA, standB; ///< standing in the medium (PairItem::standingA)
        std::vector<double> valueA, valueB; ///< what the strategies combine (0..1)
    };
    CandidateScores scoreCandidates(const Resolved& a, const Resolved& b, const std::vector<std::int32_t>& cands,
                                    const ScoredDomains& scored) const;
    struct Pick {
        std::size_t index = 0; ///< into the candidates
        double relevance = 0;  ///< the strategy's relevance at its step
        double mmr = 0;        ///< the value that won the step
    };
    /// Greedy selection with quotas, fairness gains and MMR (see the header's pipeline).
    std::vector<Pick> greedySlate(const std::vector<std::int32_t>& cands, const Relevance& relevance, int k,
                                  const PairOptions& options) const;
    /// Diversity, coverage and the taste match of a finished slate.
    void describeSlate(PairRecommendation& out, const std::vector<int>& slateDomains, const Resolved& a, const Resolved& b) const;
    void explainSlate(PairRecommendation& out, const Resolved& a, const Resolved& b, const PairOptions& options) const;
};

PairRecommender::PairRecommender(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
PairRecommender::~PairRecommender() = default;

const TasteSpace& PairRecommender::space() const noexcept {
    return *m_impl->space;
}

Result<std::unique_ptr<PairRecommender>> PairRecommender::create(std::shared_ptr<const TasteSpace> space) {
    if (!space || !space->data)
        return Status::failure("pair recommender: no taste space or training data");
    const auto& data = *space->data;
    const auto d = std::size_t(space->dimension);
    const auto items = std::size_t(data.itemCount());
    if (d == 0 || items == 0)
        return Status::failure("pair recommender: the taste space is empty");
    if (space->itemVectors.size() != items * d || space->itemBaseline.size() != items ||
        space->userVectors.size() != std::size_t(data.userCount()) * d ||
        space->userBias.size() != std::size_t(data.userCount()) || data.itemDomain.size() != items)
        return Status::failure("pair recommender: the taste space's vectors do not match its data");
    auto impl = std::make_unique<Impl>();
    impl->space = space;
    impl->domains.resize(data.domains.size());
    impl->itemNorms.resize(items);
    impl->linked = linkedDomains(data);
    for (std::size_t i = 0; i < items; ++i) {
        impl->itemNorms[i] = float(norm(space->itemVector(std::int32_t(i))));
        const auto domain = std::size_t(data.itemDomain[i]);
        if (domain >= impl->domains.size())
            return Status::failure("pair recommender: item " + std::to_string(i) + " has no valid domain");
        impl->domains[domain].items.push_back(std::int32_t(i));
    }
    return std::unique_ptr<PairRecommender>(new PairRecommender(std::move(impl)));
}

Result<Resolved> PairRecommender::Impl::resolve(const PairUser& who, const char* label) const {
    Resolved r;
    r.user = who.user;
    const auto& d = data();
    if (who.user >= d.userCount() || who.user < -1)
        return Status::failure(std::string("user ") + label + " (index " + std::to_string(who.user) +
                               ") is not in the model");
    if (who.profile)
        r.profile = *who.profile;
    else if (who.user >= 0)
        r.profile = space->userProfile(who.user);
    else
        return Status::failure(std::string("user ") + label + " has neither a user index nor a profile");
    if (int(r.profile.vector.size()) != space->dimension)
        return Status::failure(std::string("user ") + label + "'s profile has the wrong dimension");
    r.history = (who.history.empty() && who.user >= 0) ? space->history(who.user) : who.history;
    double sum = 0;
    for (const auto& h : r.history) {
        if (h.item < 0 || h.item >= d.itemCount())
            return Status::failure(std::string("user ") + label + "'s history names item index " +
                                   std::to_string(h.item) + ", which is not in the model");
        r.ratedSorted.push_back(h.item);
        sum += h.value;
    }
    r.meanValue = r.history.empty() ? 0.0 : sum / double(r.history.size());
    std::sort(r.ratedSorted.begin(), r.ratedSorted.end());
    // A person without ratings reaches every domain (nothing says otherwise); else the domains of
    // their ratings and those linked to them by shared people.
    r.reachable.assign(d.domains.size(), r.history.empty() ? 1 : 0);
    for (const auto& h : r.history) {
        const auto from = std::size_t(d.itemDomain[std::size_t(h.item)]);
        for (std::size_t to = 0; to < d.domains.size(); ++to)
            r.reachable[to] = r.reachable[to] || linked[from][to];
    }
    return r;
}

/// Whether either person rated the item (ratedSorted).
bool ratedByEither(const Resolved& a, const Resolved& b, std::int32_t item) {
    return std::binary_search(a.ratedSorted.begin(), a.ratedSorted.end(), item) ||
           std::binary_search(b.ratedSorted.begin(), b.ratedSorted.end(), item);
}

/// Sorted, unique, and without the items either person rated unless they are asked for.
void finishCandidates(std::vector<std::int32_t>& out, const Resolved& a, const Resolved& b, const PairOptions& options) {
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (!options.includeRated)
        out.erase(std::remove_if(out.begin(), out.end(), [&](std::int32_t item) { return ratedByEither(a, b, item); }),
                  out.end());
}

/// Appends the positions of the k largest `scores` (ties: the lower position) to `out`.
void appendLargest(std::span<const double> scores, std::size_t k, std::vector<std::size_t>& order,
                   std::vector<std::size_t>& out) {
    order.resize(scores.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto larger = [&](std::size_t x, std::size_t y) { return scores[x] > scores[y] || (scores[x] == scores[y] && x < y); };
    std::nth_element(order.begin(), order.begin() + std::ptrdiff_t(k), order.end(), larger);
    out.insert(out.end(), order.begin(), order.begin() + std::ptrdiff_t(k));
}

std::vector<std::int32_t> PairRecommender::Impl::givenCandidates(const Resolved& a, const Resolved& b,
                                                                 const std::vector<int>& slateDomains,
                                                                 const PairOptions& options) const {
    std::vector<std::int32_t> out;
    for (const auto item : options.candidates)
        if (item >= 0 && item < data().itemCount() &&
            std::binary_search(slateDomains.begin(), slateDomains.end(), data().itemDomain[std::size_t(item)]))
            out.push_back(item);
    finishCandidates(out, a, b, options);
    return out;
}

std::vector<std::int32_t> PairRecommender::Impl::searchCandidates(const Resolved& a, const Resolved& b,
                                                                  const ScoredDomains& scored,
                                                                  const PairOptions& options) const {
    // Rated items are dropped after the search, so it looks that much further.
    const std::size_t skip = options.includeRated ? 0 : a.ratedSorted.size() + b.ratedSorted.size();
    std::vector<std::int32_t> out;
    std::vector<std::size_t> order, positions;
    std::vector<double> mean;
    for (const auto& [domain, s] : scored) {
        const auto& items = domains[std::size_t(domain)].items;
        const auto k = std::min(items.size(), std::size_t(std::max(1, options.candidatesPerQuery)) + skip);
        mean.resize(items.size());
        for (std::size_t r = 0; r < items.size(); ++r)
            mean[r] = 0.5 * (s.a[r] + s.b[r]);
        positions.clear();
        for (const std::vector<double>* scores : {&s.a, &s.b, &std::as_const(mean)})
            appendLargest(*scores, k, order, positions);
        for (const auto r : positions)
            out.push_back(items[r]);
    }
    finishCandidates(out, a, b, options);
    return out;
}

ScoredDomains PairRecommender::Impl::scoreDomains(const Resolved& a, const Resolved& b,
                                                  const std::vector<int>& domainIndexes) const {
    ScoredDomains scored;
    const UserProfile* both[] = {&a.profile, &b.profile};
    std::vector<double> out;
    for (const int domain : domainIndexes) {
        const auto& items = domains[std::size_t(domain)].items;
        if (items.empty() || scored.count(domain))
            continue;
        out.resize(2 * items.size());
        space->scores(both, items, out);
        auto& s = scored[domain];
        s.a.assign(out.begin(), out.begin() + std::ptrdiff_t(items.size()));
        s.b.assign(out.begin() + std::ptrdiff_t(items.size()), out.end());
        s.sortedA = s.a;
        s.sortedB = s.b;
        std::sort(s.sortedA.begin(), s.sortedA.end());
        std::sort(s.sortedB.begin(), s.sortedB.end());
    }
    return scored;
}

double PairRecommender::Impl::predictedRating(const Resolved& u, std::int32_t item, double score) const {
    const auto& domain = data().domains[std::size_t(data().itemDomain[std::size_t(item)])];
    const auto& scale = domain.scale;
    if (!domain.isExplicit) // plays or clicks: there is no rating to predict
        return std::numeric_limits<double>::quiet_NaN();
    if (!space->scoresRank)
        return scale.toRaw(clip01(score));
    if (!space->ratingPredictor)
        return std::numeric_limits<double>::quiet_NaN();
    return scale.toRaw(clip01(space->ratingPredictor(u.user, u.history, item)));
}

/// Shared genres of `item` with the items u liked (rated above their own mean), most first.
std::vector<std::pair<std::int32_t, int>> sharedGenresOf(const TrainingData& d, const Resolved& u, std::int32_t item) {
    std::vector<std::pair<std::int32_t, int>> shared;
    if (std::size_t(item) >= d.itemGenres.size())
        return shared;
    for (auto genre : d.itemGenres[std::size_t(item)]) {
        int liked = 0;
        for (const auto& h : u.history)
            if (h.value > u.meanValue && std::size_t(h.item) < d.itemGenres.size()) {
                const auto& g = d.itemGenres[std::size_t(h.item)];
                liked += std::find(g.begin(), g.end(), genre) != g.end();
            }
        if (liked > 0)
            shared.emplace_back(genre, liked);
    }
    std::stable_sort(shared.begin(), shared.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    return shared;
}

UserAttribution PairRecommender::Impl::exactAttribution(const Resolved& u, std::int32_t item,
                                                        const PairOptions& options) const {
    UserAttribution at;
    at.exact = true;
    at.sharedGenres = sharedGenresOf(data(), u, item);
    const auto terms = space->explainer(u.user, u.history, item);
    double history = 0;
    std::vector<Contribution> all;
    for (const ScoreTerm& term : terms) {
        at.fullScore += term.amount;
        at.weight += std::abs(term.amount);
        switch (term.kind) {
        case ScoreTerm::Kind::HistoryItem: {
            history += std::abs(term.amount);
            const HistoryEntry& entry = u.history.at(term.historyIndex);
            all.push_back({entry.item, entry.value, itemCosine(item, entry.item), term.amount, 0.0});
            break;
        }
        case ScoreTerm::Kind::ItemAppeal: at.itemAppeal += term.amount; break;
        case ScoreTerm::Kind::PeopleLikeYou: at.peopleLikeYou += term.amount; break;
        case ScoreTerm::Kind::KindredPeople:
            at.kindredPeople += term.amount;
            at.kindredShare = term.share;
            break;
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Contribution& x, const Contribution& y) {
        return std::abs(x.contribution) > std::abs(y.contribution);
    });
    const auto listed = std::min(all.size(), std::size_t(std::max(0, options.contributorsPerUser)));
    for (std::size_t k = 0; k < all.size(); ++k) {
        all[k].share = at.weight > 0 ? all[k].contribution / at.weight : 0.0;
        if (k < listed) {
            at.contributors.push_back(all[k]);
        } else {
            at.otherHistory += all[k].contribution;
            at.otherHistoryMagnitude += std::abs(all[k].contribution);
            ++at.otherHistoryCount;
        }
    }
    at.historyShare = at.weight > 0 ? history / at.weight : 0.0;
    return at;
}

UserAttribution PairRecommender::Impl::attribute(const Resolved& u, std::int32_t item, float fullScore,
                                                 const PairOptions& options) const {
    if (space->explainer)
        return exactAttribution(u, item, options);
    UserAttribution at;
    at.historyShare = std::numeric_limits<double>::quiet_NaN();
    at.sharedGenres = sharedGenresOf(data(), u, item);
    at.fullScore = fullScore;
    at.withoutListed = fullScore;
    if (u.history.empty() || !space->encoder)
        return at;

    // Prefilter by |similarity × centred rating|, then exact leave-one-out on the few kept.
    struct Scored {
        std::size_t index;
        double similarity, weight;
    };
    // Entries outside the encoder's window cannot change the score: only the window competes.
    std::vector<Scored> pre;
    pre.reserve(u.history.size());
    for (const std::size_t j : space->encoderWindow(u.history)) {
        const double sim = itemCosine(item, u.history[j].item);
        pre.push_back({j, sim, std::abs(sim * (double(u.history[j].value) - u.meanValue))});
    }
    const auto keep = std::min(pre.size(), std::size_t(std::max(0, options.prefilterPerUser)));
    std::partial_sort(pre.begin(), pre.begin() + std::ptrdiff_t(keep), pre.end(), [](const Scored& x, const Scored& y) {
        return x.weight > y.weight || (x.weight == y.weight && x.index < y.index);
    });
    pre.resize(keep);

    std::vector<HistoryEntry> reduced;
    reduced.reserve(u.history.size());
    for (const auto& p : pre) {
        reduced.clear();
        for (std::size_t j = 0; j < u.history.size(); ++j)
            if (j != p.index)
                reduced.push_back(u.history[j]);
        const float without = encodeScore(u, reduced, item);
        Contribution c;
        c.item = u.history[p.index].item;
        c.value = u.history[p.index].value;
        c.similarity = p.similarity;
        c.contribution = double(fullScore) - double(without);
        at.contributors.push_back(c);
    }
    std::stable_sort(at.contributors.begin(), at.contributors.end(), [](const Contribution& x, const Contribution& y) {
        return std::abs(x.contribution) > std::abs(y.contribution);
    });
    if (at.contributors.size() > std::size_t(std::max(0, options.contributorsPerUser)))
        at.contributors.resize(std::size_t(std::max(0, options.contributorsPerUser)));

    // Remove every listed history entry at once (by position, so duplicates are handled).
    std::vector<char> listed(u.history.size(), 0);
    for (const auto& c : at.contributors)
        for (const auto& p : pre)
            if (u.history[p.index].item == c.item)
                listed[p.index] = 1;
    reduced.clear();
    for (std::size_t j = 0; j < u.history.size(); ++j)
        if (!listed[j])
            reduced.push_back(u.history[j]);
    at.withoutListed = at.contributors.empty() ? double(fullScore) : double(encodeScore(u, reduced, item));
    at.claimed = at.fullScore - at.withoutListed;
    at.listedSum = 0;
    for (const auto& c : at.contributors)
        at.listedSum += c.contribution;
    at.interaction = at.claimed - at.listedSum;
    // Shares of what the listed items claim, only when that is a real part of the score.
    at.weight = std::abs(at.claimed) >= 0.1 * std::abs(at.fullScore) ? std::abs(at.claimed) : 0.0;
    for (auto& c : at.contributors)
        c.share = at.weight > 0 ? c.contribution / at.weight : 0.0;
    return at;
}

ItemExplanation PairRecommender::Impl::explain(const Resolved& a, const Resolved& b, std::int32_t item,
                                               double pairScore, const UserProfile* fullA,
                                               const UserProfile* fullB, const PairOptions& options) const {
    ItemExplanation e;
    e.scoreA = space->score(a.profile, item);
    e.scoreB = space->score(b.profile, item);
    e.pairScore = pairScore;
    const auto full = [&](const Resolved& u, const UserProfile* encoded) {
        return encoded ? space->score(*encoded, item) : space->score(u.profile, item);
    };
    e.a = attribute(a, item, full(a, fullA), options);
    e.b = attribute(b, item, full(b, fullB), options);
    return e;
}

TasteMatch PairRecommender::Impl::match(const Resolved& a, const Resolved& b) const {
    TasteMatch m;
    m.cosine = cosine(a.profile.vector, b.profile.vector);
    const auto& d = data();
    for (int domain = 0; domain < int(d.domains.size()); ++domain) {
        TasteMatch::Domain part;
        part.domain = domain;
        std::vector<HistoryEntry> ha, hb;
        for (const auto& h : a.history)
            if (d.itemDomain[std::size_t(h.item)] == domain)
                ha.push_back(h);
        for (const auto& h : b.history)
            if (d.itemDomain[std::size_t(h.item)] == domain)
                hb.push_back(h);
        part.ratingsA = int(ha.size());
        part.ratingsB = int(hb.size());
        if (!ha.empty() && !hb.empty() && space->encoder)
            part.cosine = cosine(space->encoder(-1, ha).vector, space->encoder(-1, hb).vector);
        m.perDomain.push_back(part);
    }
    auto sa = a.history, sb = b.history;
    const auto byItem = [](const HistoryEntry& x, const HistoryEntry& y) { return x.item < y.item; };
    std::stable_sort(sa.begin(), sa.end(), byItem);
    std::stable_sort(sb.begin(), sb.end(), byItem);
    for (std::size_t i = 0, j = 0; i < sa.size() && j < sb.size();) {
        if (sa[i].item < sb[j].item)
            ++i;
        else if (sb[j].item < sa[i].item)
            ++j;
        else {
            ++m.coRatedCount;
            const TasteMatch::CoRated c{sa[i].item, sa[i].value, sb[j].value};
            const double delta = std::abs(double(c.valueA) - double(c.valueB));
            if (delta <= 0.125 + 1e-9)
                m.agree.push_back(c);
            else if (delta >= 0.5 - 1e-9)
                m.disagree.push_back(c);
            ++i;
            ++j;
        }
    }
    return m;
}

Result<ItemExplanation> PairRecommender::explain(const PairUser& a, const PairUser& b, std::int32_t item,
                                                 const PairOptions& options) const {
    const auto& m = *m_impl;
    if (item < 0 || item >= m.data().itemCount())
        return Status::failure("item index " + std::to_string(item) + " is not in the model");
    auto ra = m.resolve(a, "A");
    if (!ra)
        return ra.status();
    auto rb = m.resolve(b, "B");
    if (!rb)
        return rb.status();
    try {
        std::optional<UserProfile> fullA, fullB;
        if (m.space->encoder) {
            if (!ra->history.empty())
                fullA = m.space->encoder(ra->user, ra->history);
            if (!rb->history.empty())
                fullB = m.space->encoder(rb->user, rb->history);
        }
        double sa = m.space->score(ra->profile, item), sb = m.space->score(rb->profile, item);
        const int domain = m.data().itemDomain[std::size_t(item)];
        if (m.space->scoresRank) {
            const auto scored = m.scoreDomains(ra.value(), rb.value(), {domain});
            const auto& s = scored.at(domain);
            sa = ra->reachable[std::size_t(domain)] ? standing(s.sortedA, sa) : 0.0;
            sb = rb->reachable[std::size_t(domain)] ? standing(s.sortedB, sb) : 0.0;
        } else {
            sa = clip01(sa);
            sb = clip01(sb);
        }
        return m.explain(ra.value(), rb.value(), item, 0.5 * (sa + sb), fullA ? &*fullA : nullptr,
                         fullB ? &*fullB : nullptr, options);
    } catch (const std::exception& error) {
        return Status::failure(std::string("explanation failed: ") + error.what());
    }
}

Result<TasteMatch> PairRecommender::tasteMatch(const PairUser& a, const PairUser& b) const {
    auto ra = m_impl->resolve(a, "A");
    if (!ra)
        return ra.status();
    auto rb = m_impl->resolve(b, "B");
    if (!rb)
        return rb.status();
    try {
        return m_impl->match(ra.value(), rb.value());
    } catch (const std::exception& error) {
        return Status::failure(std::string("taste match failed: ") + error.what());
    }
}

PairRecommender::Impl::CandidateScores PairRecommender::Impl::scoreCandidates(const Resolved& a, const Resolved& b,
                                                                             const std::vector<std::int32_t>& cands,
                                                                             const ScoredDomains& scored) const {
    const std::size_t n = cands.size();
    CandidateScores s;
    s.scoreA.resize(n), s.scoreB.resize(n), s.standA.resize(n), s.standB.resize(n), s.valueA.resize(n), s.valueB.resize(n);
    for (std::size_t c = 0; c < n; ++c) {
        const int domain = data().itemDomain[std::size_t(cands[c])];
        const auto& domainScores = scored.at(domain);
        // The medium's scores hold the candidate's (TasteSpace::scores is score(), bit for bit).
        const auto& items = domains[std::size_t(domain)].items;
        const auto row = std::size_t(std::lower_bound(items.begin(), items.end(), cands[c]) - items.begin());
        s.scoreA[c] = domainScores.a[row];
        s.scoreB[c] = domainScores.b[row];
        // A medium the model cannot link to a person's ratings says nothing about them there.
        s.standA[c] = a.reachable[std::size_t(domain)] ? standing(domainScores.sortedA, s.scoreA[c]) : 0.0;
        s.standB[c] = b.reachable[std::size_t(domain)] ? standing(domainScores.sortedB, s.scoreB[c]) : 0.0;
        // What the strategies combine: 0..1 values comparable between the two people.
        s.valueA[c] = space->scoresRank ? s.standA[c] : clip01(s.scoreA[c]);
        s.valueB[c] = space->scoresRank ? s.standB[c] : clip01(s.scoreB[c]);
    }
    return s;
}

std::vector<PairRecommender::Impl::Pick> PairRecommender::Impl::greedySlate(const std::vector<std::int32_t>& cands,
                                                                            const Relevance& relevance, int k,
                                                                            const PairOptions& options) const {
    const std::size_t n = cands.size();
    const bool fairness = options.strategy == PairStrategy::Fairness;
    std::vector<char> taken(n, 0);
    std::vector<double> maxSim(n, 0.0), stepRel(n);
    std::map<int, int> perDomain;
    double keepA = 1, keepB = 1; // fairness: Π (1 − p_u(j)) over the slate
    const double lambda = options.mmrLambda;
    std::vector<Pick> picks;
    while (int(picks.size()) < k) {
        const int left = k - int(picks.size());
        int owed = 0; // slots still owed to quota domains
        for (const auto& [domain, count] : options.quotas)
            owed += std::max(0, count - perDomain[domain]);
        const auto eligible = [&](std::size_t c) {
            if (taken[c])
                return false;
            const int domain = data().itemDomain[std::size_t(cands[c])];
            const auto quota = options.quotas.find(domain);
            if (quota != options.quotas.end())
                return perDomain[domain] < quota->second;
            return left > owed;
        };
        bool any = false, anyGain = false;
        for (std::size_t c = 0; c < n; ++c) {
            if (!eligible(c))
                continue;
            any = true;
            stepRel[c] = relevance.rel[c];
            if (fairness) {
                stepRel[c] = relevance.pA[c] * keepA + relevance.pB[c] * keepB;
                anyGain = anyGain || stepRel[c] > 1e-12;
            }
        }
        if (!any)
            break;
        if (fairness && !anyGain)
            for (std::size_t c = 0; c < n; ++c)
                stepRel[c] = relevance.rel[c];
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (std::size_t c = 0; c < n; ++c)
            if (eligible(c)) {
                lo = std::min(lo, stepRel[c]);
                hi = std::max(hi, stepRel[c]);
            }
        std::size_t best = n;
        double bestValue = -std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < n; ++c) {
            if (!eligible(c))
                continue;
            const double normalised = hi > lo ? (stepRel[c] - lo) / (hi - lo) : 1.0;
            const double value = lambda * normalised - (1 - lambda) * maxSim[c];
            if (value > bestValue) {
                bestValue = value;
                best = c;
            }
        }
        taken[best] = 1;
        picks.push_back({best, stepRel[best], bestValue});
        ++perDomain[data().itemDomain[std::size_t(cands[best])]];
        if (fairness) {
            keepA *= 1 - relevance.pA[best];
            keepB *= 1 - relevance.pB[best];
        }
        if (lambda < 1)
            for (std::size_t c = 0; c < n; ++c)
                if (!taken[c])
                    maxSim[c] = std::max(maxSim[c], itemCosine(cands[c], cands[best]));
    }
    return picks;
}

Result<PairRecommendation> PairRecommender::recommend(const PairUser& a, const PairUser& b,
                                                      const PairOptions& options) const {
    const auto& m = *m_impl;
    if (options.k < 1)
        return Status::failure("k must be at least 1");
    if (!(options.mmrLambda >= 0 && options.mmrLambda <= 1))
        return Status::failure("the MMR lambda must be between 0 and 1");
    const auto slateDomains = allowedDomains(m.data(), options);
    if (!slateDomains)
        return slateDomains.status();
    const auto k = slateSize(slateDomains.value(), options);
    if (!k)
        return k.status();
    auto ra = m.resolve(a, "A");
    if (!ra)
        return ra.status();
    auto rb = m.resolve(b, "B");
    if (!rb)
        return rb.status();

    try {
        PairRecommendation out;
        out.strategy = options.strategy;
        // Every item of a medium is scored for both people anyway (their standings); the search
        // for candidates reads those scores.
        std::vector<std::int32_t> cands;
        ScoredDomains scored;
        if (options.candidates.empty()) {
            scored = m.scoreDomains(ra.value(), rb.value(), slateDomains.value());
            cands = m.searchCandidates(ra.value(), rb.value(), scored, options);
        } else {
            cands = m.givenCandidates(ra.value(), rb.value(), slateDomains.value(), options);
            std::vector<int> candidateDomains;
            for (const auto item : cands)
                candidateDomains.push_back(m.data().itemDomain[std::size_t(item)]);
            scored = m.scoreDomains(ra.value(), rb.value(), candidateDomains);
        }
        out.candidateCount = cands.size();
        const auto scores = m.scoreCandidates(ra.value(), rb.value(), cands, scored);
        const auto relevance = strategyRelevance(options.strategy, scores.valueA, scores.valueB, k.value());
        for (const auto& pick : m.greedySlate(cands, relevance, k.value(), options)) {
            const std::size_t c = pick.index;
            PairItem item;
            item.item = cands[c];
            item.domain = m.data().itemDomain[std::size_t(item.item)];
            item.scoreA = scores.scoreA[c];
            item.scoreB = scores.scoreB[c];
            item.standingA = scores.standA[c];
            item.standingB = scores.standB[c];
            item.ratingA = m.predictedRating(ra.value(), item.item, scores.scoreA[c]);
            item.ratingB = m.predictedRating(rb.value(), item.item, scores.scoreB[c]);
            item.pairScore = pick.relevance;
            item.mmrScore = pick.mmr;
            out.items.push_back(item);
        }
        m.describeSlate(out, slateDomains.value(), ra.value(), rb.value());
        if (options.explain)
            m.explainSlate(out, ra.value(), rb.value(), options);
        return out;
    } catch (const std::exception& error) {
        return Status::failure(std::string("pair recommendation failed: ") + error.what());
    }
}

void PairRecommender::Impl::describeSlate(PairRecommendation& out, const std::vector<int>& slateDomains, const Resolved& a,
                                          const Resolved& b) const {
    std::vector<std::int32_t> slate;
    for (const auto& item : out.items)
        slate.push_back(item.item);
    out.intraListDiversity = intraListDiversity(*space, slate);
    std::size_t allowed = 0;
    for (int domain : slateDomains)
        allowed += domains[std::size_t(domain)].items.size();
    out.coverage = allowed ? double(slate.size()) / double(allowed) : 0.0;
    out.match = match(a, b);
}

void PairRecommender::Impl::explainSlate(PairRecommendation& out, const Resolved& a, const Resolved& b,
                                         const PairOptions& options) const {
    std::optional<UserProfile> fullA, fullB;
    if (space->encoder) {
        if (!a.history.empty())
            fullA = space->encoder(a.user, a.history);
        if (!b.history.empty())
            fullB = space->encoder(b.user, b.history);
    }
    for (auto& item : out.items)
        item.explanation = explain(a, b, item.item, item.pairScore, fullA ? &*fullA : nullptr,
                                   fullB ? &*fullB : nullptr, options);
}

std::vector<Neighbour> PairRecommender::Impl::mostSimilarUsers(std::int32_t user, std::size_t k) const {
    std::call_once(userSearchOnce, [&] {
        userSearch = std::make_unique<ExactCosineSearch>(space->userVectors, std::size_t(space->dimension));
    });
    return userSearch->nearest(space->userVector(user), k, user);
}

Result<std::vector<KindredUser>> PairRecommender::kindredUsers(std::int32_t user, int n) const {
    const auto& m = *m_impl;
    const auto& data = m.data();
    if (user < 0 || user >= data.userCount())
        return Status::failure("user index " + std::to_string(user) + " is not in the model");
    if (n < 1)
        return std::vector<KindredUser>{};
    if (!m.space->everyonePlaced)
        return Status::failure("kindred users need everyone's vectors: this space placed only the people it was "
                               "asked about (PeopleVectors::AskedOnly)");
    try {
        const auto nearest = m.mostSimilarUsers(user, std::size_t(n));
        const auto mine = m.space->history(user);
        std::vector<KindredUser> out;
        for (const Neighbour& near : nearest) {
            KindredUser ku;
            ku.user = near.index;
            ku.cosine = cosine(m.space->userVector(user), m.space->userVector(ku.user));
            // Co-rated items: the same merge as the taste match (without per-medium encoding).
            auto sa = mine;
            auto sb = m.space->history(ku.user);
            const auto byItem = [](const HistoryEntry& x, const HistoryEntry& y) { return x.item < y.item; };
            std::stable_sort(sa.begin(), sa.end(), byItem);
            std::stable_sort(sb.begin(), sb.end(), byItem);
            double absSum = 0;
            int agree = 0;
            for (std::size_t i = 0, j = 0; i < sa.size() && j < sb.size();) {
                if (sa[i].item < sb[j].item)
                    ++i;
                else if (sb[j].item < sa[i].item)
                    ++j;
                else {
                    const double delta = std::abs(double(sa[i].value) - double(sb[j].value));
                    ku.items.push_back({sa[i].item, sa[i].value, sb[j].value});
                    absSum += delta;
                    agree += delta <= 0.125 + 1e-9;
                    ++i;
                    ++j;
                }
            }
            ku.coRated = int(ku.items.size());
            ku.agreement = ku.coRated ? double(agree) / ku.coRated : 0.0;
            ku.meanAbsDifference = ku.coRated ? absSum / ku.coRated : 0.0;
            std::stable_sort(ku.items.begin(), ku.items.end(), [](const auto& x, const auto& y) {
                return std::abs(x.valueA - x.valueB) < std::abs(y.valueA - y.valueB);
            });
            out.push_back(std::move(ku));
        }
        return out;
    } catch (const std::exception& error) {
        return Status::failure(std::string("kindred users failed: ") + error.what());
    }
}

} // namespace kindred
