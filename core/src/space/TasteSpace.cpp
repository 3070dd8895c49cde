#include "kindred/space/TasteSpace.h"

#include "store/ProjectInternals.h"
#include "../store/Sqlite.h"
#include "kindred/store/Project.h"
#include "kindred/train/HistoryWindow.h"
#include "kindred/train/ModelStore.h"
#include "kindred/train/Recommender.h"
#include "kindred/train/ModelKind.h"

#include <Eigen/Dense>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

namespace kindred {

namespace {

/// Ridge fold-in for factor models: the (vector, bias) minimising
/// Σ_j (value_j − itemBaseline_j − bias − vector · item_j)² + λ (|vector|² + bias²).
UserEncoder foldInEncoder(std::shared_ptr<const TasteSpace> space, double lambda) {
    return [space, lambda](std::int32_t, std::span<const HistoryEntry> history) {
        const auto d = Eigen::Index(space->dimension);
        Eigen::MatrixXd gram = Eigen::MatrixXd::Identity(d + 1, d + 1) * lambda;
        Eigen::VectorXd rhs = Eigen::VectorXd::Zero(d + 1);
        Eigen::VectorXd row(d + 1);
        for (const auto& entry : history) {
            const auto item = space->itemVector(entry.item);
            for (Eigen::Index k = 0; k < d; ++k)
                row(k) = item[std::size_t(k)];
            row(d) = 1;
            gram.selfadjointView<Eigen::Lower>().rankUpdate(row);
            rhs += row * (double(entry.value) - double(space->itemBaseline[std::size_t(entry.item)]));
        }
        const Eigen::VectorXd solution = gram.selfadjointView<Eigen::Lower>().ldlt().solve(rhs);
        UserProfile profile;
        profile.vector.resize(std::size_t(d));
        for (Eigen::Index k = 0; k < d; ++k)
            profile.vector[std::size_t(k)] = float(solution(k));
        profile.bias = float(solution(d));
        return profile;
    };
}

} // namespace

UserProfile TasteSpace::userProfile(std::int32_t user) const {
    if (profilesFromHistory && encoder)
        return encoder(user, history(user));
    const auto v = userVector(user);
    return {std::vector<float>(v.begin(), v.end()), userBias[std::size_t(user)], {}};
}

namespace {

/// u · v in double (explanations add up to a score within float rounding of the vectors): entry k
/// goes to running sum k mod 16, the sums then meet in a fixed pairwise tree. Every score of a
/// space is summed in this one order. Each product of two floats is exact in double, so the order
/// of the sums alone fixes the result, whatever the vector width the compiler picks; sixteen
/// independent sums keep a core's adders busy where four waited on one another (two people's
/// standings score every item of a medium: 118,094 products of 256 a pair at 25 M).
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
double dotInDouble(std::span<const float> u, std::span<const float> v) {
    constexpr std::size_t kLanes = 16;
    double sum[kLanes] = {};
    std::size_t k = 0;
    for (; k + kLanes <= u.size(); k += kLanes)
        for (std::size_t lane = 0; lane < kLanes; ++lane)
            sum[lane] += double(u[k + lane]) * double(v[k + lane]);
    for (std::size_t lane = 0; k < u.size(); ++k, ++lane)
        sum[lane] += double(u[k]) * double(v[k]);
    for (std::size_t width = kLanes / 2; width > 0; width /= 2)
        for (std::size_t lane = 0; lane < width; ++lane)
            sum[lane] += sum[lane + width];
    return sum[0];
}

/// The score contract (TasteSpace.h) for `item`, whose item term is `extra`: the one place both
/// TasteSpace::score and TasteSpace::scores compute it.
float profileScore(const TasteSpace& space, const UserProfile& profile, std::int32_t item, double extra) {
    return float(double(space.itemBaseline[std::size_t(item)]) + double(profile.bias) +
                 dotInDouble(profile.vector, space.itemVector(item)) + extra);
}

} // namespace

float TasteSpace::score(const UserProfile& profile, std::int32_t item) const {
    double extra = 0;
    const auto found = std::lower_bound(profile.itemTerms.begin(), profile.itemTerms.end(), item,
                                        [](const auto& term, std::int32_t i) { return term.first < i; });
    if (found != profile.itemTerms.end() && found->first == item)
        extra = found->second;
    return profileScore(*this, profile, item, extra);
}

void TasteSpace::scores(const UserProfile& profile, std::span<const std::int32_t> items, std::span<double> out) const {
    const UserProfile* one[] = {&profile};
    scores(one, items, out);
}

void TasteSpace::scores(std::span<const UserProfile* const> profiles, std::span<const std::int32_t> items,
                        std::span<double> out) const {
    // Per profile, a walk along its item terms (both ascend) instead of a search per item.
    std::vector<std::vector<std::pair<std::int32_t, float>>::const_iterator> terms;
    for (const auto* profile : profiles)
        terms.push_back(profile->itemTerms.begin());
    for (std::size_t r = 0; r < items.size(); ++r) {
        const std::int32_t item = items[r];
        for (std::size_t p = 0; p < profiles.size(); ++p) {
            auto& term = terms[p];
            const auto end = profiles[p]->itemTerms.end();
            while (term != end && term->first < item)
                ++term;
            const double extra = term != end && term->first == item ? double(term->second) : 0.0;
            out[p * items.size() + r] = profileScore(*this, *profiles[p], item, extra);
        }
    }
}

float TasteSpace::score(std::int32_t user, std::int32_t item) const {
    if (profilesFromHistory)
        return score(userProfile(user), item);
    return float(double(itemBaseline[std::size_t(item)]) + double(userBias[std::size_t(user)]) +
                 dotInDouble(userVector(user), itemVector(item)));
}

std::vector<HistoryEntry> TasteSpace::history(std::int32_t user) const {
    if (!data->hasRatingsOf(user))
        throw std::logic_error("the history of user " + std::to_string(user) +
                               " was not loaded (loadTasteSpaceFor reads only the people it was given)");
    std::vector<HistoryEntry> out;
    const auto [begin, end] = data->userRange(user);
    for (auto k = begin; k < end; ++k) {
        const auto& x = data->interactions[k];
        out.push_back({x.item, x.value, x.timestamp});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) { return a.timestamp < b.timestamp; });
    return out;
}

std::vector<std::size_t> TasteSpace::encoderWindow(std::span<const HistoryEntry> history) const {
    return balancedHistoryWindow(history, data ? std::span<const std::int32_t>(data->itemDomain)
                                               : std::span<const std::int32_t>(),
                                 encoderHistoryWindow > 0 ? encoderHistoryWindow : history.size());
}

namespace {

/// Places every person whose ratings space.data holds from all of them (encoder.place, else
/// space.encoder); the others' rows stay zero.
void placePeople(TasteSpace& space, const SpaceEncoder& encoder) {
    const auto d = std::size_t(space.dimension);
    space.userVectors.assign(std::size_t(space.data->userCount()) * d, 0.0f);
    space.everyonePlaced = space.data->ratingsComplete;
    for (std::int32_t u = 0; u < space.data->userCount(); ++u) {
        if (!space.data->hasRatingsOf(u))
            continue;
        const auto history = space.history(u);
        const UserProfile profile =
            encoder.place ? UserProfile{encoder.place(u, history), 0.0f, {}} : space.encoder(u, history);
        std::copy(profile.vector.begin(), profile.vector.end(),
                  space.userVectors.begin() + std::ptrdiff_t(std::size_t(u) * d));
        space.userBias[std::size_t(u)] = profile.bias;
    }
}

} // namespace

Result<std::shared_ptr<const TasteSpace>> makeTasteSpace(const Recommender& model,
                                                         std::shared_ptr<const TrainingData> data,
                                                         std::vector<float> placedPeople) {
    const ModelKind* kind = findModelKind(model.kind());
    if (!kind || !kind->makeEncoder) // nothing keeps the model
        return makeTasteSpace(std::shared_ptr<const Recommender>(std::shared_ptr<void>(), &model), std::move(data),
                              std::move(placedPeople));
    auto copy = loadRecommender(model.kind(), model.serialize());
    if (!copy)
        return copy.status();
    return makeTasteSpace(std::shared_ptr<const Recommender>(std::move(copy).value()), std::move(data),
                          std::move(placedPeople));
}

Result<std::shared_ptr<const TasteSpace>> makeTasteSpace(std::shared_ptr<const Recommender> shared,
                                                         std::shared_ptr<const TrainingData> data,
                                                         std::vector<float> placedPeople) {
    const Recommender& model = *shared;
    auto form = model.factorForm();
    if (!form)
        return Status::failure("a " + model.kind() + " model has no taste space (train a model that has one, "
                               "e.g. siamese or mf)");
    if (form->userBias.size() != std::size_t(data->userCount()) ||
        form->itemBaseline.size() != std::size_t(data->itemCount()))
        return Status::failure("the model was trained on different data: the project changed since "
                               "(retrain the model)");
    auto space = std::make_shared<TasteSpace>();
    space->modelKind = model.kind();
    space->dimension = form->dimension;
    space->data = std::move(data);
    space->userVectors = std::move(form->userVectors);
    space->userBias = std::move(form->userBias);
    space->itemVectors = std::move(form->itemVectors);
    space->itemBaseline = std::move(form->itemBaseline);
    const ModelKind* kind = findModelKind(space->modelKind);
    if (kind && kind->makeEncoder) {
        auto encoder = kind->makeEncoder(shared, *space->data);
        if (!encoder)
            return encoder.status();
        space->encoder = std::move(encoder->encode);
        space->encoderHistoryWindow = encoder->historyWindow;
        space->scoresRank = encoder->scoresRank;
        space->explainer = std::move(encoder->explain);
        space->ratingPredictor = std::move(encoder->predictRating);
        space->profilesFromHistory = encoder->profilesFromHistory;
        if (encoder->profilesFromHistory && !placedPeople.empty()) {
            if (placedPeople.size() != std::size_t(space->data->userCount()) * std::size_t(space->dimension))
                return Status::failure("the model's stored vectors of people do not fit its data (retrain the model)");
            space->userVectors = std::move(placedPeople);
        } else if (encoder->profilesFromHistory) {
            // Known users are placed by everything they rated in the project, the history the
            // pair view explains their scores with.
            placePeople(*space, encoder.value());
        }
    } else {
        // The encoder keeps its own copy of the item side, all it reads (no reference cycle
        // through the space, and no copy of every person's vector).
        auto frozen = std::make_shared<TasteSpace>();
        frozen->dimension = space->dimension;
        frozen->itemVectors = space->itemVectors;
        frozen->itemBaseline = space->itemBaseline;
        space->encoder = foldInEncoder(frozen, kind ? kind->foldInRidge : 1.0);
    }
    return std::shared_ptr<const TasteSpace>(std::move(space));
}

namespace {

/// The model's hyper-parameters as stored (an empty object when they do not parse).
nlohmann::json storedHyperparameters(const StoredModel& stored) {
    try {
        return nlohmann::json::parse(stored.hyperparametersJson);
    } catch (const nlohmann::json::exception&) {
        return nlohmann::json::object();
    }
}

/// The domains the model was trained on; empty when it was trained on every domain.
std::vector<std::string> trainedDomains(const Project& project, const nlohmann::json& hyper) {
    std::vector<std::string> domains;
    if (hyper.contains("data") && hyper["data"].is_object())
        domains = hyper["data"].value("domains", std::vector<std::string>{});
    if (domains.size() == project.domains().size())
        domains.clear(); // trained on everything: load the whole project
    return domains;
}

/// Whether the people's vectors stored with the model were placed from the ratings the project
/// holds now (its fingerprint then and now).
bool placementStillHolds(const Project& project, const nlohmann::json& hyper) {
    if (!hyper.contains("data") || !hyper["data"].is_object())
        return false;
    const auto then = hyper["data"].value("ratings_fingerprint", std::string());
    return !then.empty() && then == project.ratingsFingerprint();
}

/// Calls visit(userId, bytes) for every person's vector stored with the model
/// (writeModelEmbeddings), by ascending user id; `bytes` are the vector's floats, not aligned.
/// False, having stopped, when the rows are not vectors of one size (not written by this build).
bool visitStoredPeople(const Project& project, std::int64_t modelId,
                       const std::function<void(std::int64_t user, std::string_view bytes)>& visit) {
    sql::Statement query(rawHandle(project), "SELECT entity_id, vector FROM embeddings "
                                             "WHERE model_id = ? AND entity = 'user' ORDER BY entity_id");
    query.bind(1, modelId);
    std::size_t size = 0;
    while (query.step()) {
        const auto bytes = query.blobView(1);
        if (size == 0)
            size = bytes.size();
        if (bytes.empty() || bytes.size() != size || size % sizeof(float) != 0)
            return false;
        visit(query.int64(0), bytes);
    }
    return true;
}

/// The people's vectors stored with the model (writeModelEmbeddings) in `data`'s dense order;
/// empty when some person of `data` has none or the rows differ in size.
std::vector<float> readPlacedPeople(const Project& project, std::int64_t modelId, const TrainingData& data) {
    std::vector<float> vectors;
    std::int64_t found = 0;
    const bool whole = visitStoredPeople(project, modelId, [&](std::int64_t id, std::string_view bytes) {
        const std::size_t d = bytes.size() / sizeof(float);
        if (vectors.empty())
            vectors.assign(std::size_t(data.userCount()) * d, 0.0f);
        if (const std::int32_t user = data.denseUser(id); user >= 0) {
            std::memcpy(vectors.data() + std::size_t(user) * d, bytes.data(), bytes.size());
            ++found;
        }
    });
    return whole && found == data.userCount() ? vectors : std::vector<float>{};
}

/// loadTasteSpace (people null: every rating) or loadTasteSpaceFor.
Result<std::shared_ptr<const TasteSpace>> loadSpace(const Project& project, std::int64_t modelId,
                                                    const std::span<const std::int64_t>* people,
                                                    PeopleVectors vectors) {
    ModelStore store(const_cast<Project&>(project));
    auto stored = store.load(modelId);
    if (!stored)
        return stored.status();
    auto model = loadRecommender(stored->kind, stored->weights);
    if (!model)
        return model.status();
    const auto hyper = storedHyperparameters(stored.value());
    const auto domains = trainedDomains(project, hyper);
    const ModelKind* kind = findModelKind(stored->kind);
    // A kind that places people from their ratings reads only the queried people's ratings when
    // the vectors it stored still hold; otherwise it places everyone from every rating again.
    const bool placesPeople = kind && kind->has(ModelCapability::PlacesPeopleFromHistory);
    // A query about the asked people alone places them from their ratings and no one else.
    const bool askedOnly = people && placesPeople && vectors == PeopleVectors::AskedOnly;
    const bool storedPlacement = placesPeople && !askedOnly && placementStillHolds(project, hyper);
    auto load = [&](bool everyRating) {
        return everyRating ? loadTrainingData(project, domains) : loadTrainingDataFor(project, domains, *people);
    };
    auto data = load(!people || (placesPeople && !storedPlacement && !askedOnly));
    if (!data)
        return data.status();
    std::vector<float> placed;
    if (storedPlacement) {
        placed = readPlacedPeople(project, modelId, data.value());
        if (placed.empty() && !data->ratingsComplete) // rows missing: place everyone after all
            data = load(true);
        if (!data)
            return data.status();
    }
    auto space = makeTasteSpace(std::shared_ptr<const Recommender>(std::move(model).value()),
                                std::make_shared<const TrainingData>(std::move(data).value()), std::move(placed));
    if (!space)
        return Status::failure("model " + std::to_string(modelId) + ": " + space.status().message());
    auto owned = std::const_pointer_cast<TasteSpace>(std::move(space).value());
    owned->modelId = modelId;
    return std::shared_ptr<const TasteSpace>(std::move(owned));
}

} // namespace

Result<std::shared_ptr<const TasteSpace>> loadTasteSpace(const Project& project, std::int64_t modelId) {
    return loadSpace(project, modelId, nullptr, PeopleVectors::Everyone);
}

Result<std::shared_ptr<const TasteSpace>> loadTasteSpaceFor(const Project& project, std::int64_t modelId,
                                                            std::span<const std::int64_t> people, PeopleVectors vectors) {
    return loadSpace(project, modelId, &people, vectors);
}

Result<std::optional<StoredPeople>> readStoredPeople(const Project& project, std::int64_t modelId) {
    ModelStore store(const_cast<Project&>(project));
    auto stored = store.load(modelId, ModelStore::Weights::Skip);
    if (!stored)
        return stored.status();
    if (!placementStillHolds(project, storedHyperparameters(stored.value())))
        return std::optional<StoredPeople>();
    try {
        StoredPeople people;
        const bool whole = visitStoredPeople(project, modelId, [&people](std::int64_t id, std::string_view bytes) {
            people.dimension = int(bytes.size() / sizeof(float));
            people.userIds.push_back(id);
            people.vectors.resize(people.vectors.size() + std::size_t(people.dimension));
            std::memcpy(people.vectors.data() + people.vectors.size() - std::size_t(people.dimension), bytes.data(),
                        bytes.size());
        });
        if (!whole || people.userIds.empty())
            return std::optional<StoredPeople>();
        return std::optional<StoredPeople>(std::move(people));
    } catch (const std::exception& error) {
        return Status::failure(project.path().string() + ": reading model " + std::to_string(modelId) +
                               "'s people failed: " + error.what());
    }
}

void writeModelEmbeddings(Project& project, std::int64_t modelId, const Recommender& model,
                          const TrainingData& data) {
    const auto form = model.factorForm();
    if (!form)
        return;
    try {
        // A model that places people from their ratings has no user vectors of its own: its space
        // places them (the space lives only here, so it may borrow the model and the data).
        const std::vector<float>* userVectors = &form->userVectors;
        std::shared_ptr<const TasteSpace> placed; // owns *userVectors in that case
        if (userVectors->empty()) {
            auto space = makeTasteSpace(std::shared_ptr<const Recommender>(std::shared_ptr<void>(), &model),
                                        std::shared_ptr<const TrainingData>(std::shared_ptr<void>(), &data));
            if (!space)
                throw std::runtime_error(space.status().message());
            placed = std::move(space).value();
            userVectors = &placed->userVectors;
        }
        auto* db = rawHandle(project);
        sql::Statement clear(db, "DELETE FROM embeddings WHERE model_id = ?");
        clear.bind(1, modelId).run();
        sql::Statement insert(db, "INSERT INTO embeddings(model_id, entity, entity_id, vector) VALUES(?,?,?,?)");
        const auto d = std::size_t(form->dimension);
        auto write = [&](const char* entity, const std::vector<std::int64_t>& ids, const std::vector<float>& vectors) {
            for (std::size_t r = 0; r < ids.size() && (r + 1) * d <= vectors.size(); ++r) {
                insert.bind(1, modelId).bind(2, entity).bind(3, ids[r]);
                insert.bindBlob(4, std::string_view(reinterpret_cast<const char*>(vectors.data() + r * d),
                                                    d * sizeof(float)));
                insert.run();
            }
        };
        write("user", data.userIds, *userVectors);
        write("item", data.itemIds, form->itemVectors);
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("writing its embeddings failed: ") + error.what());
    }
}

} // namespace kindred
