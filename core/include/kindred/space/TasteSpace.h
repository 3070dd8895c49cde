#pragma once
// TasteSpace: the learned space of one trained model, in the form the embedding tools
// (projections, clusters, neighbours) and the pair recommender work on.
//
// Score contract:
//     score(profile, item) = itemBaseline[item] + profile.bias + dot(profile.vector, itemVector(item))
//                            + profile.itemTerms[item] (0 when absent)
// For rating models (scoresRank false) it is on the 0..1 scale and score(userProfile(u), i) ==
// model.predict(u, i) for every user u of the training data (itemBaseline folds in the
// global/domain mean and the item bias). For ranking models (scoresRank true, the twin network)
// it is the model's ranking score, what scoreAll() ranks by; ratingPredictor, when set, predicts
// ratings beside it, and explainer writes each score as an exact sum of named terms.
//
// The encoder turns a rating history into a user profile WITHOUT retraining: the Siamese model runs
// its shared user tower (attention over the history), factor models fold the history in by ridge
// regression on the item vectors. It powers cold-start users, feedback updates, taste trajectories
// and the leave-one-out checks of explanations. Encoding a known user's own training history
// reproduces (up to float rounding) their stored vector.
//
// Threading: a TasteSpace is immutable once built; const methods and the encoder may be called from
// several threads at once.

#include "kindred/common/History.h"
#include "kindred/common/Status.h"
#include "kindred/train/TrainingData.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace kindred {

class Project;
class Recommender;

class TasteSpace {
public:
    std::int64_t modelId = 0;     ///< 0 when built from an unsaved model
    std::string modelKind;        ///< "siamese", "mf"
    int dimension = 0;
    /// The data the model was trained on (all split parts): ids, domains, genres, texts, ratings.
    std::shared_ptr<const TrainingData> data;
    std::vector<float> userVectors;  ///< row-major [userCount × dimension]
    std::vector<float> userBias;     ///< [userCount]
    std::vector<float> itemVectors;  ///< row-major [itemCount × dimension]
    std::vector<float> itemBaseline; ///< [itemCount]
    UserEncoder encoder;
    /// The encoder reads only this many entries of a history (0: all of them), chosen by
    /// balancedHistoryWindow over their media; the others cannot change a profile.
    std::size_t encoderHistoryWindow = 0;
    /// True: score() is a ranking score (see the contract above), not a 0..1 rating.
    bool scoresRank = false;
    /// Models that explain their scores: score(encoder(u, H), i) == Σ explainer(u, H, i) amounts.
    ScoreExplainer explainer;
    /// Models with a rating head beside a ranking score; empty otherwise.
    RatingPredictor ratingPredictor;
    /// True: a known user's profile is the encoder's reading of history(user) (userVectors holds
    /// its vector part); false: userVectors and userBias are the profile.
    bool profilesFromHistory = false;
    /// False only in a query's space that placed just the people it asked about (PeopleVectors::
    /// AskedOnly): the rows of everyone else are zeros, and searches over people (kindred users,
    /// people's neighbours, projections of people) refuse the space.
    bool everyonePlaced = true;

    std::span<const float> userVector(std::int32_t user) const {
        return {userVectors.data() + std::size_t(user) * std::size_t(dimension), std::size_t(dimension)};
    }
    std::span<const float> itemVector(std::int32_t item) const {
        return {itemVectors.data() + std::size_t(item) * std::size_t(dimension), std::size_t(dimension)};
    }
    /// The known user's profile (see profilesFromHistory).
    UserProfile userProfile(std::int32_t user) const;
    float score(const UserProfile& profile, std::int32_t item) const;
    float score(std::int32_t user, std::int32_t item) const;
    /// score(profile, items[r]) into out[r] for every r (the same arithmetic, bit for bit), at
    /// once: a medium's every item for a standing. `items` ascending; out.size() == items.size().
    void scores(const UserProfile& profile, std::span<const std::int32_t> items, std::span<double> out) const;
    /// scores() for several profiles in one pass over the items (each item's vector read once
    /// for all of them, which is what costs on a large catalogue): out[p * items.size() + r] =
    /// score(*profiles[p], items[r]), bit for bit.
    void scores(std::span<const UserProfile* const> profiles, std::span<const std::int32_t> items,
                std::span<double> out) const;
    /// The user's ratings in `data` (every split part), oldest first (stored order among equal
    /// timestamps), the order the Siamese trainer builds histories in. Throws std::logic_error
    /// for a person whose ratings the data does not hold (TrainingData::hasRatingsOf).
    std::vector<HistoryEntry> history(std::int32_t user) const;
    /// Ascending positions of the entries of `history` the encoder reads (see encoderHistoryWindow).
    std::vector<std::size_t> encoderWindow(std::span<const HistoryEntry> history) const;
};

/// Builds the space of a trained factor model ("siamese" or "mf"; others fail with a message).
/// A space that places people from their ratings (profilesFromHistory) places every person of
/// `data`; or takes `placedPeople`, every person's vector ([userCount × dimension], dense order)
/// as placed from the same ratings before (stored with the model), and `data` may hold only some
/// people's ratings; when `data` holds only some people's ratings and placedPeople is empty, it
/// places those people only (everyonePlaced false). Other spaces ignore placedPeople.
/// The space's encoder shares `model`.
Result<std::shared_ptr<const TasteSpace>> makeTasteSpace(std::shared_ptr<const Recommender> model,
                                                         std::shared_ptr<const TrainingData> data,
                                                         std::vector<float> placedPeople = {});
/// As above, for a model the caller keeps: the space's encoder keeps a copy of it (when it needs one).
Result<std::shared_ptr<const TasteSpace>> makeTasteSpace(const Recommender& model,
                                                         std::shared_ptr<const TrainingData> data,
                                                         std::vector<float> placedPeople = {});
/// Writes the user and item vectors of a factor model into the project's embeddings table, keyed
/// by project user/item ids (replacing earlier rows of that model); for a model whose space places
/// people from their ratings, the vectors that space places from `data`; writes nothing for models
/// without vectors (bias, popularity, item-knn). Meant for ModelStore::save's alsoWrite, inside
/// the transaction that stores the model: throws std::exception on failure so it rolls back.
void writeModelEmbeddings(Project& project, std::int64_t modelId, const Recommender& model,
                          const TrainingData& data);
/// Loads a stored model and the training data of its domains from the project. A space that
/// places people from their ratings takes their vectors stored with the model while the
/// project's ratings are those it was trained on (Project::ratingsFingerprint), else places
/// everyone again.
Result<std::shared_ptr<const TasteSpace>> loadTasteSpace(const Project& project, std::int64_t modelId);
/// Every person's vector stored with a model (writeModelEmbeddings).
struct StoredPeople {
    std::vector<std::int64_t> userIds; ///< project user ids, ascending
    int dimension = 0;
    std::vector<float> vectors; ///< row-major [userIds.size() × dimension], in userIds' order
};
/// The people's vectors stored with the model when they are the vectors its space holds now
/// (the project's ratings are those it was trained on, Project::ratingsFingerprint), reading
/// nothing else: neither the model's weights nor any rating. Empty (no value) when they no longer
/// hold, or the model stored none (kinds without vectors, models stored by an earlier Kindred):
/// then only loadTasteSpace places people. Fails for a model the project does not hold.
Result<std::optional<StoredPeople>> readStoredPeople(const Project& project, std::int64_t modelId);
/// Whose vectors a query's space holds, for kinds that place people from their ratings.
enum class PeopleVectors {
    Everyone,  ///< a query that searches over people (kindred users, a person's neighbours)
    AskedOnly, ///< a query about the asked people and items alone: others are not placed
};
/// As loadTasteSpace, for a query about a few people: the model's vectors, the catalogue and the
/// ratings of `people` (project user ids) only (loadTrainingDataFor), so the query's cost does
/// not grow with the ratings table. history() and userProfile() hold for those people. Kinds
/// that place every person from their ratings (ModelCapability::PlacesPeopleFromHistory) place
/// the asked people from their ratings; with PeopleVectors::Everyone they take everyone else's
/// vectors stored with the model, and read every rating, as loadTasteSpace does, when the
/// project's ratings changed since the model was trained, or for a model stored without its
/// ratings' fingerprint (by an earlier Kindred).
Result<std::shared_ptr<const TasteSpace>> loadTasteSpaceFor(const Project& project, std::int64_t modelId,
                                                            std::span<const std::int64_t> people,
                                                            PeopleVectors vectors = PeopleVectors::Everyone);

} // namespace kindred
