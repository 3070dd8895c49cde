// kindred-cli recommend | kindred | correlate | feedback. Composition only: the pair recommender,
// explanations, feedback and correlation are core functions; this file turns flags into calls and
// results into tables or JSON.
#include "PairCommands.h"

#include "ExitCodes.h"
#include "TerminalText.h"
#include "kindred/recommend/Feedback.h"
#include "kindred/recommend/GenreCorrelation.h"
#include "kindred/recommend/PairRecommender.h"
#include "kindred/recommend/ProjectLookup.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/TrainingData.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

namespace kindred::cli {

namespace {

using Json = nlohmann::ordered_json;

int fail(const std::string& message, int code = kExitBadInput) {
    std::cerr << "kindred-cli: " << shown(message) << "\n";
    return code;
}

/// Everything a command needs about one model: the project, its space and the recommender.
struct Session {
    std::unique_ptr<Project> project;
    std::shared_ptr<const TasteSpace> space;
};

/// mode: ReadOnly for commands that only read (they work on a read-only project too). With
/// `people` (typed user ids), the space reads and places only them (loadTasteSpaceFor).
Result<Session> openSession(const std::string& db, std::int64_t modelId, OpenMode mode,
                            const std::vector<std::string>* people = nullptr) {
    // Full check also when reading: a damaged file is refused here, not halfway through the output.
    auto project = Project::open(db, mode, OpenCheck::Full);
    if (!project)
        return project.status();
    if (mode != OpenMode::ReadOnly && project.value()->isReadOnly())
        return Status::failure(db + ": the project is read-only (" + project.value()->readOnlyReason() +
                                   "); this command writes to it",
                               FailureKind::ProjectReadOnly);
    std::vector<std::int64_t> peopleIds;
    if (people)
        for (const auto& spec : *people) {
            const auto id = findUserId(*project.value(), spec);
            if (!id)
                return id.status();
            peopleIds.push_back(id.value());
        }
    // A pair's recommendation reads about the two people alone: no one else is placed.
    auto space = people ? loadTasteSpaceFor(*project.value(), modelId, peopleIds, PeopleVectors::AskedOnly)
                        : loadTasteSpace(*project.value(), modelId);
    if (!space)
        return space.status();
    return Session{std::move(project).value(), std::move(space).value()};
}

/// Dense user index of a typed user id ("123" or "namespace:123").
Result<std::int32_t> denseUser(const Project& project, const TasteSpace& space, const std::string& spec) {
    const auto id = findUserId(project, spec);
    if (!id)
        return id.status();
    const std::int32_t dense = space.data->denseUser(id.value());
    if (dense < 0)
        return Status::failure("user '" + spec + "' has no ratings in the domains of model " + std::to_string(space.modelId));
    return dense;
}

Result<std::int32_t> denseItem(const Project& project, const TasteSpace& space, const std::string& spec) {
    const auto id = findItemId(project, spec);
    if (!id)
        return id.status();
    const std::int32_t dense = space.data->denseItem(id.value());
    if (dense < 0)
        return Status::failure("item '" + spec + "' is not in the domains of model " + std::to_string(space.modelId));
    return dense;
}

/// "title (external id)" of dense items, looked up once.
class Labels {
public:
    Labels(const Project& project, const TasteSpace& space)
        : m_project(project), m_space(space) {}
    std::string operator()(std::int32_t item) {
        auto found = m_cache.find(item);
        if (found == m_cache.end()) {
            const auto label = itemLabels(m_project, {m_space.data->itemIds[std::size_t(item)]}).front();
            std::string text = label.title.empty() ? label.externalId : label.title;
            if (text.empty())
                text = "#" + std::to_string(label.id);
            found = m_cache.emplace(item, text).first;
        }
        return found->second;
    }
    std::string external(std::int32_t item) const {
        return itemLabels(m_project, {m_space.data->itemIds[std::size_t(item)]}).front().externalId;
    }

private:
    const Project& m_project;
    const TasteSpace& m_space;
    std::map<std::int32_t, std::string> m_cache;
};

/// Text from the project for a table cell: control characters escaped, cut to `width` bytes.
std::string clip(const std::string& raw, std::size_t width) {
    const std::string text = shown(raw);
    if (text.size() <= width)
        return text;
    // Cut on a UTF-8 boundary.
    std::size_t cut = width - 1;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "…";
}

double rawOf(const TasteSpace& space, std::int32_t item, double value) {
    const auto& scale = space.data->domains[std::size_t(space.data->itemDomain[std::size_t(item)])].scale;
    return scale.toRaw(value);
}

Json attributionJson(const UserAttribution& at, const TasteSpace& space, Labels& labels) {
    Json j;
    j["exact"] = at.exact;
    j["full_score"] = at.fullScore;
    if (at.exact) {
        j["history_share"] = at.historyShare;
        j["other_history"] = at.otherHistory;
        j["other_history_count"] = at.otherHistoryCount;
        j["other_history_magnitude"] = at.otherHistoryMagnitude;
        j["item_appeal"] = at.itemAppeal;
        j["people_like_you"] = at.peopleLikeYou;
        j["kindred_people"] = at.kindredPeople;
        j["kindred_share"] = at.kindredShare;
    } else {
        j["without_listed"] = at.withoutListed;
        j["claimed"] = at.claimed;
        j["listed_sum"] = at.listedSum;
        j["interaction"] = at.interaction;
    }
    auto list = Json::array();
    for (const auto& c : at.contributors) {
        Json cj = {{"item", labels.external(c.item)}, {"title", labels(c.item)}, {"rating", rawOf(space, c.item, c.value)},
                   {"similarity", c.similarity}, {"contribution", c.contribution}};
        if (at.weight > 0)
            cj["share"] = c.share;
        list.push_back(std::move(cj));
    }
    j["contributors"] = std::move(list);
    auto genres = Json::array();
    for (const auto& [genre, count] : at.sharedGenres)
        genres.push_back({{"genre", space.data->genreNames[std::size_t(genre)]}, {"liked_items", count}});
    j["shared_genres"] = std::move(genres);
    return j;
}

/// "loved X (5)" for the person's strongest positive reason, or empty when there is none.
std::string reasonPhrase(const UserAttribution& at, const TasteSpace& space, Labels& labels) {
    const Reason reason = strongestReason(at, [&](std::int32_t item) {
        return space.data->domains[std::size_t(space.data->itemDomain[std::size_t(item)])].isExplicit;
    });
    if (!reason.contribution)
        return {};
    const Contribution& c = *reason.contribution;
    if (reason.verb == ReasonVerb::Chose)
        return "chose " + shown(labels(c.item));
    char rating[16];
    std::snprintf(rating, sizeof rating, "%g", rawOf(space, c.item, c.value));
    const char* verb = reason.verb == ReasonVerb::Loved ? "loved " : reason.verb == ReasonVerb::Liked ? "liked " : "rated ";
    return verb + shown(labels(c.item)) + " (" + rating + ")";
}

/// "because A loved X (5) and B loved Y (4)".
std::string becauseSentence(const ItemExplanation& e, const std::string& nameA, const std::string& nameB,
                            const TasteSpace& space, Labels& labels) {
    const std::string a = reasonPhrase(e.a, space, labels), b = reasonPhrase(e.b, space, labels);
    if (a.empty() && b.empty())
        return {};
    std::string out = "because ";
    if (!a.empty())
        out += shown(nameA) + " " + a;
    if (!a.empty() && !b.empty())
        out += " and ";
    if (!b.empty())
        out += shown(nameB) + " " + b;
    return out;
}

void printAttribution(const char* who, const UserAttribution& at, const TasteSpace& space, Labels& labels) {
    if (at.exact)
        std::printf("      %s: score %+.4f; their ratings carry %.0f%% of it\n", who, at.fullScore, 100 * at.historyShare);
    else
        std::printf("      %s: score %.3f; the listed items account for %+.4f (%+.4f one by one, %+.4f together)\n", who,
                    at.fullScore, at.claimed, at.listedSum, at.interaction);
    for (const auto& c : at.contributors) {
        std::printf("         %+.4f", c.contribution);
        if (at.weight > 0)
            std::printf(" (%+4.0f%%)", 100 * c.share);
        std::printf("  %-40s ", clip(labels(c.item), 40).c_str());
        if (space.data->domains[std::size_t(space.data->itemDomain[std::size_t(c.item)])].isExplicit)
            std::printf("rated %.1f, ", rawOf(space, c.item, c.value));
        std::printf("similarity %.2f\n", c.similarity);
    }
    if (at.exact) {
        if (at.otherHistoryCount > 0)
            std::printf("         %+.4f  their %zu other ratings\n", at.otherHistory, at.otherHistoryCount);
        std::printf("         %+.4f  the item's appeal, the same for everyone\n", at.itemAppeal);
        if (at.peopleLikeYou != 0)
            std::printf("         %+.4f  people like them (age, gender, occupation)\n", at.peopleLikeYou);
        if (at.kindredPeople != 0)
            std::printf("         %+.4f  kindred users: %.0f%% of the people most like them rated it (they are new to "
                        "this medium)\n",
                        at.kindredPeople, 100 * at.kindredShare);
    }
    if (!at.sharedGenres.empty()) {
        std::string genres;
        for (const auto& [genre, count] : at.sharedGenres)
            genres += (genres.empty() ? "" : ", ") + space.data->genreNames[std::size_t(genre)] + " (" + std::to_string(count) + ")";
        std::printf("         genres shared with liked items: %s\n", shown(genres).c_str());
    }
}

} // namespace

struct PairCommands::Options {
    CLI::App* recommend = nullptr;
    CLI::App* kindred = nullptr;
    CLI::App* correlate = nullptr;
    CLI::App* feedback = nullptr;

    std::string db;
    std::int64_t modelId = 0;
    std::vector<std::string> pair;
    std::string strategy = "average";
    double lambda = 1.0;
    std::vector<std::string> domains;
    std::vector<std::string> quotas;
    int k = 10;
    bool includeRated = false;
    bool noExplain = false;
    std::string user;
    int n = 10;
    std::string from, to;
    int top = 30;
    std::string item;
    bool up = false, down = false;
    bool json = false;

    int runRecommend() const;
    int runKindred() const;
    int runCorrelate() const;
    int runFeedback() const;
};

PairCommands::PairCommands(CLI::App& app)
    : m_options(std::make_unique<Options>()) {
    auto& o = *m_options;
    o.recommend = app.add_subcommand("recommend", "Recommend items for a pair of people, with explanations");
    o.recommend->add_option("--db", o.db, "Project file")->required();
    o.recommend->add_option("--model", o.modelId, "Model id (see 'kindred-cli models')")->required();
    o.recommend->add_option("--pair", o.pair, "The two users: external ids, 'namespace:id' when ambiguous")
        ->required()
        ->expected(2);
    o.recommend->add_option("--strategy", o.strategy, "average|least-misery|most-pleasure|fairness|borda")
        ->capture_default_str()
        ->check(CLI::IsMember({"average", "least-misery", "most-pleasure", "fairness", "borda"}));
    o.recommend->add_option("--lambda", o.lambda, "MMR trade-off: 1 = relevance only, lower = more diverse")
        ->capture_default_str()
        ->check(CLI::Range(0.0, 1.0));
    o.recommend->add_option("--media", o.domains, "Only these domains (names or kinds, comma-separated)")->delimiter(',');
    o.recommend->add_option("--quota", o.quotas, "Exact items of a domain: NAME=COUNT (repeatable)");
    o.recommend->add_option("-k,--k", o.k, "Slate length")->capture_default_str()->check(CLI::Range(1, 1000));
    o.recommend->add_flag("--include-rated", o.includeRated, "Allow items either person already rated");
    o.recommend->add_flag("--no-explain", o.noExplain, "Skip the explanations");
    o.recommend->add_flag("--json", o.json, "Print JSON");

    o.kindred = app.add_subcommand("kindred", "The users whose taste is closest to one user's");
    o.kindred->add_option("--db", o.db, "Project file")->required();
    o.kindred->add_option("--model", o.modelId, "Model id")->required();
    o.kindred->add_option("--user", o.user, "External user id ('namespace:id' when ambiguous)")->required();
    o.kindred->add_option("-n,--n", o.n, "How many")->capture_default_str()->check(CLI::Range(1, 10000));
    o.kindred->add_flag("--json", o.json, "Print JSON");

    o.correlate = app.add_subcommand("correlate", "Correlation of genre affinities between two domains across users");
    o.correlate->add_option("--db", o.db, "Project file")->required();
    o.correlate->add_option("--from", o.from, "Domain name")->required();
    o.correlate->add_option("--to", o.to, "Domain name")->required();
    o.correlate->add_option("--top", o.top, "Table: the strongest this many pairs (by p)")->capture_default_str();
    o.correlate->add_flag("--json", o.json, "Print JSON (every pair)");

    o.feedback = app.add_subcommand("feedback", "Store a thumbs up or down and show its effect on the item's score");
    o.feedback->add_option("--db", o.db, "Project file")->required();
    o.feedback->add_option("--model", o.modelId, "Model id")->required();
    o.feedback->add_option("--user", o.user, "External user id")->required();
    o.feedback->add_option("--item", o.item, "External item id ('domain name:id' when ambiguous, '#id' for a project id)")
        ->required();
    auto* up = o.feedback->add_flag("--up", o.up, "Thumbs up");
    auto* down = o.feedback->add_flag("--down", o.down, "Thumbs down");
    up->excludes(down);
    o.feedback->add_flag("--json", o.json, "Print JSON");
}

PairCommands::~PairCommands() = default;

std::optional<int> PairCommands::run() const {
    const auto& o = *m_options;
    try {
        if (*o.recommend)
            return o.runRecommend();
        if (*o.kindred)
            return o.runKindred();
        if (*o.correlate)
            return o.runCorrelate();
        if (*o.feedback)
            return o.runFeedback();
    } catch (const std::exception& error) {
        return fail(error.what());
    }
    return std::nullopt;
}

int PairCommands::Options::runRecommend() const {
    auto session = openSession(db, modelId, OpenMode::ReadOnly, &pair);
    if (!session)
        return fail(session.status().message());
    const auto& project = *session->project;
    const auto& space = *session->space;
    const auto& data = *space.data;

    PairOptions options;
    options.strategy = *parsePairStrategy(strategy);
    options.k = k;
    options.mmrLambda = lambda;
    options.includeRated = includeRated;
    options.explain = !noExplain;
    for (const auto& m : domains) {
        bool matched = false;
        for (int d = 0; d < int(data.domains.size()); ++d)
            if (data.domains[std::size_t(d)].name == m || data.domains[std::size_t(d)].kind == m) {
                options.domains.push_back(d);
                matched = true;
            }
        if (!matched)
            return fail("--media: no domain or kind '" + m + "' in model " + std::to_string(modelId), kExitUsage);
    }
    for (const auto& q : quotas) {
        const auto eq = q.rfind('=');
        const int d = eq == std::string::npos ? -1 : data.domainIndex(q.substr(0, eq));
        if (d < 0)
            return fail("--quota must look like 'DOMAIN NAME=COUNT' with a domain of the model: " + q, kExitUsage);
        options.quotas[d] = std::stoi(q.substr(eq + 1));
        if (!options.domains.empty() && std::find(options.domains.begin(), options.domains.end(), d) == options.domains.end())
            options.domains.push_back(d);
    }

    PairUser users[2];
    for (int i = 0; i < 2; ++i) {
        const auto u = denseUser(project, space, pair[std::size_t(i)]);
        if (!u)
            return fail(u.status().message());
        auto profile = loadUserProfile(project, space, u.value()); // applies stored feedback
        if (!profile)
            return fail(profile.status().message());
        users[i] = PairUser{u.value(), std::move(profile).value(), {}};
    }
    auto recommender = PairRecommender::create(session->space);
    if (!recommender)
        return fail(recommender.status().message());
    const auto result = recommender.value()->recommend(users[0], users[1], options);
    if (!result)
        return fail(result.status().message());
    Labels labels(project, space);
    const auto& m = result->match;

    if (json) {
        Json j;
        j["model"] = modelId;
        j["a"] = userLabel(project, data.userIds[std::size_t(users[0].user)]);
        j["b"] = userLabel(project, data.userIds[std::size_t(users[1].user)]);
        j["strategy"] = pairStrategyName(options.strategy);
        j["lambda"] = lambda;
        j["candidates"] = result->candidateCount;
        j["intra_list_diversity"] = result->intraListDiversity;
        j["coverage"] = result->coverage;
        Json match;
        match["cosine"] = m.cosine;
        auto perDomain = Json::array();
        for (const auto& part : m.perDomain)
            perDomain.push_back({{"domain", data.domains[std::size_t(part.domain)].name}, {"ratings_a", part.ratingsA},
                                 {"ratings_b", part.ratingsB}, {"cosine", part.cosine}});
        match["per_medium"] = std::move(perDomain);
        match["co_rated"] = m.coRatedCount;
        for (const auto* list : {&m.agree, &m.disagree}) {
            auto items = Json::array();
            for (const auto& c : *list)
                items.push_back({{"item", labels.external(c.item)}, {"title", labels(c.item)},
                                 {"rating_a", rawOf(space, c.item, c.valueA)}, {"rating_b", rawOf(space, c.item, c.valueB)}});
            match[list == &m.agree ? "agree" : "disagree"] = std::move(items);
        }
        j["taste_match"] = std::move(match);
        auto items = Json::array();
        for (const auto& item : result->items) {
            Json ij;
            ij["item"] = labels.external(item.item);
            ij["title"] = labels(item.item);
            ij["domain"] = data.domains[std::size_t(item.domain)].name;
            ij["score_a"] = item.scoreA;
            ij["score_b"] = item.scoreB;
            ij["score_kind"] = space.scoresRank ? "ranking" : "rating";
            ij["standing_a"] = item.standingA;
            ij["standing_b"] = item.standingB;
            if (!std::isnan(item.ratingA)) {
                ij["predicted_rating_a"] = item.ratingA;
                ij["predicted_rating_b"] = item.ratingB;
            }
            ij["pair_score"] = item.pairScore;
            ij["mmr_score"] = item.mmrScore;
            if (item.explanation) {
                ij["because"] = becauseSentence(*item.explanation, pair[0], pair[1], space, labels);
                ij["explanation_a"] = attributionJson(item.explanation->a, space, labels);
                ij["explanation_b"] = attributionJson(item.explanation->b, space, labels);
            }
            items.push_back(std::move(ij));
        }
        j["items"] = std::move(items);
        std::cout << jsonText(j) << "\n";
        return kExitOk;
    }

    std::printf("Pair %s + %s, model %lld, strategy %s, lambda %.2f: %zu candidates\n", shown(pair[0]).c_str(), shown(pair[1]).c_str(),
                static_cast<long long>(modelId), pairStrategyName(options.strategy).c_str(), lambda, result->candidateCount);
    std::printf("Taste match: cosine %.3f; %d co-rated items, %zu agree, %zu disagree\n", m.cosine, m.coRatedCount,
                m.agree.size(), m.disagree.size());
    for (const auto& part : m.perDomain)
        std::printf("  %-24s cosine %6.3f  (ratings A %d, B %d)\n", shown(data.domains[std::size_t(part.domain)].name).c_str(),
                    part.cosine, part.ratingsA, part.ratingsB);
    // Per person: the predicted rating when the model has one, and where the item stands among
    // the medium's items for them (the ranking the pair score combines).
    std::printf("\n%3s  %-18s %-44s %9s %9s %7s %7s %6s\n", "#", "domain", "item", "rating A", "rating B", "top% A",
                "top% B", "pair");
    int rank = 0;
    for (const auto& item : result->items) {
        const auto rating = [](double value) {
            char text[16];
            std::snprintf(text, sizeof text, std::isnan(value) ? "-" : "%.2f", value);
            return std::string(text);
        };
        std::printf("%3d  %-18s %-44s %9s %9s %7.1f %7.1f %6.3f\n", ++rank,
                    clip(data.domains[std::size_t(item.domain)].name, 18).c_str(), clip(labels(item.item), 44).c_str(),
                    rating(item.ratingA).c_str(), rating(item.ratingB).c_str(), 100 * (1 - item.standingA),
                    100 * (1 - item.standingB), item.pairScore);
        if (item.explanation) {
            if (const auto because = becauseSentence(*item.explanation, pair[0], pair[1], space, labels); !because.empty())
                std::printf("      %s\n", because.c_str());
            printAttribution("A", item.explanation->a, space, labels);
            printAttribution("B", item.explanation->b, space, labels);
        }
    }
    std::printf("\nintra-list diversity %.3f, catalogue coverage %.5f\n", result->intraListDiversity, result->coverage);
    return kExitOk;
}

int PairCommands::Options::runKindred() const {
    auto session = openSession(db, modelId, OpenMode::ReadOnly);
    if (!session)
        return fail(session.status().message());
    const auto& project = *session->project;
    const auto& space = *session->space;
    const auto u = denseUser(project, space, user);
    if (!u)
        return fail(u.status().message());
    auto recommender = PairRecommender::create(session->space);
    if (!recommender)
        return fail(recommender.status().message());
    const auto found = recommender.value()->kindredUsers(u.value(), n);
    if (!found)
        return fail(found.status().message());
    Labels labels(project, space);
    if (json) {
        auto list = Json::array();
        for (const auto& k : found.value()) {
            auto items = Json::array();
            for (const auto& c : k.items)
                items.push_back({{"item", labels.external(c.item)}, {"rating", rawOf(space, c.item, c.valueA)},
                                 {"their_rating", rawOf(space, c.item, c.valueB)}});
            list.push_back({{"user", userLabel(project, space.data->userIds[std::size_t(k.user)])}, {"cosine", k.cosine},
                            {"co_rated", k.coRated}, {"agreement", k.agreement}, {"mean_abs_difference", k.meanAbsDifference},
                            {"items", std::move(items)}});
        }
        std::cout << jsonText(Json{{"user", user}, {"model", modelId}, {"kindred", std::move(list)}}) << "\n";
        return kExitOk;
    }
    std::printf("%-28s %7s %9s %9s  %s\n", "user", "cosine", "co-rated", "agree", "closest co-rated items");
    for (const auto& k : found.value()) {
        std::string items;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, k.items.size()); ++i)
            items += (items.empty() ? "" : "; ") + clip(labels(k.items[i].item), 30);
        std::printf("%-28s %7.3f %9d %8.0f%%  %s\n", clip(userLabel(project, space.data->userIds[std::size_t(k.user)]), 28).c_str(),
                    k.cosine, k.coRated, 100 * k.agreement, items.c_str());
    }
    return kExitOk;
}

int PairCommands::Options::runCorrelate() const {
    auto project = Project::open(db, OpenMode::ReadOnly, OpenCheck::Full);
    if (!project)
        return fail(project.status().message());
    auto data = loadTrainingData(*project.value(), {from, to});
    if (!data)
        return fail(data.status().message());
    const auto result = tasteCorrelation(*project.value(), data.value(), data->domainIndex(from), data->domainIndex(to));
    if (!result)
        return fail(result.status().message());
    if (json) {
        std::cout << makeJsonPrintable(result->toJson()) << "\n";
        return kExitOk;
    }
    auto cells = result->cells;
    std::stable_sort(cells.begin(), cells.end(), [](const auto& a, const auto& b) { return a.p < b.p; });
    std::printf("%d users rated both %s and %s; %zu %s pairs with at least 3 users%s\n", result->users,
                shown(result->fromName).c_str(), shown(result->toName).c_str(), cells.size(),
                result->clusterModel.empty() ? "genre" : "taste-cluster",
                result->clusterModel.empty() ? ""
                                             : (" (no genres in common: the clusters of the newest projection of " +
                                                shown(result->clusterModel) + ")").c_str());
    std::printf("%-28s %-28s %7s %6s %10s\n", clip(result->fromName, 28).c_str(), clip(result->toName, 28).c_str(), "r",
                "n", "p");
    for (std::size_t i = 0; i < cells.size() && int(i) < top; ++i)
        std::printf("%-28s %-28s %7.3f %6d %10.2e\n", clip(result->genreNames[std::size_t(cells[i].fromGenre)], 28).c_str(),
                    clip(result->genreNames[std::size_t(cells[i].toGenre)], 28).c_str(), cells[i].r, cells[i].n, cells[i].p);
    return kExitOk;
}

int PairCommands::Options::runFeedback() const {
    if (up == down)
        return fail("feedback needs --up or --down", kExitUsage);
    auto session = openSession(db, modelId, OpenMode::OpenExisting);
    if (!session)
        return fail(session.status().message());
    auto& project = *session->project;
    const auto& space = *session->space;
    const auto u = denseUser(project, space, user);
    if (!u)
        return fail(u.status().message());
    const auto i = denseItem(project, space, item);
    if (!i)
        return fail(i.status().message());
    const auto before = loadUserProfile(project, space, u.value());
    if (!before)
        return fail(before.status().message());
    const auto stored = recordFeedback(project, modelId, space.data->userIds[std::size_t(u.value())],
                                       space.data->itemIds[std::size_t(i.value())], up);
    if (!stored)
        return fail(stored.message());
    const auto after = loadUserProfile(project, space, u.value());
    if (!after)
        return fail(after.status().message());
    const double s0 = space.score(before.value(), i.value()), s1 = space.score(after.value(), i.value());
    if (json) {
        std::cout << jsonText(Json{{"user", user}, {"item", item}, {"value", up ? 1 : -1}, {"score_before", s0}, {"score_after", s1}})
                  << "\n";
        return kExitOk;
    }
    Labels labels(project, space);
    std::printf("Stored thumbs %s for %s on %s; its score for them: %.3f -> %.3f (raw %.2f -> %.2f)\n", up ? "up" : "down",
                shown(user).c_str(), shown(labels(i.value())).c_str(), s0, s1, rawOf(space, i.value(), std::clamp(s0, 0.0, 1.0)),
                rawOf(space, i.value(), std::clamp(s1, 0.0, 1.0)));
    return kExitOk;
}

} // namespace kindred::cli
