#pragma once
// ModelKind: the one description of a kind of model ("mf", "siamese", "ease", …) that every layer
// reads: its id and names, its parameters (CLI name, JSON key, label, type, default, range), its
// capabilities, and how to train and load it. The CLI's train flags, the training form, the
// hyper-parameter search, the stored hyper-parameters and the panels' "can this model be
// explored / explained" questions are all derived from it.
//
// Adding a kind: write core/src/train/kinds/<Name>Kind.cpp defining a `const ModelKind&
// <name>Kind()` (parameters bound to the kind's typed options with ParameterBinding, a train and
// a load function), then add one line to modelKinds() in core/src/train/ModelKinds.cpp. The
// registry test (tests/core/train/ModelKindRegistryTest.cpp) then trains, saves, loads and
// evaluates it on a tiny project, and checks every capability it declares.
//
// Threading: the registry is immutable; every function here may be called from any thread.

#include "kindred/common/History.h"
#include "kindred/common/Status.h"
#include "kindred/train/TrainingEvents.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kindred {

class DataParallelGroup;
class ProgressToken;
class Recommender;
struct Split;
struct TrainingData;

/// What a kind can do besides scoring (Okular's GeneratorFeature idea).
enum class ModelCapability : unsigned {
    TasteSpace = 1u << 0,       ///< user and item vectors: explorer, neighbours, pairs, kindred users
    Epochs = 1u << 1,           ///< trains in epochs (live curves, an "epochs" parameter)
    BatchCurve = 1u << 2,       ///< reports a loss per batch (the live batch curve)
    Checkpoints = 1u << 3,      ///< checkpoints every epoch into the project; `--resume` continues
    ExplainsScores = 1u << 4,   ///< its ranking score is an exact sum of named terms (ScoreExplanation)
    PredictsRatings = 1u << 5,  ///< predict() is a rating on the 0..1 scale (not only a ranking score)
    DataParallel = 1u << 6,     ///< trains across processes (TrainingContext::group; DataParallel.h)
    PlacesPeopleFromHistory = 1u << 7, ///< its space places every known person from all their ratings
                                       ///< (ModelEncoder::profilesFromHistory); the vectors are stored
                                       ///< with the model, so queries read every rating only when the
                                       ///< ratings changed since (loadTasteSpaceFor)
};

/// A parameter value: numbers (integers, reals and flags as 0/1) or text (choices, paths).
using ParameterValue = std::variant<double, std::string>;
/// Parameter name (ModelParameter::name) → value. Names not given take the kind's default.
using ParameterValues = std::map<std::string, ParameterValue>;

struct ModelParameter {
    enum class Type { Integer, Real, Flag, Choice, Text };
    std::string name;  ///< kebab-case: the CLI flag (--name), search grids and ParameterValues key
    std::string key;   ///< snake_case: the key in stored hyper-parameters JSON
    std::string label; ///< short label for forms, e.g. "Learning rate"
    std::string help;  ///< one sentence for CLI help and tooltips
    Type type = Type::Real;
    ParameterValue defaultValue = 0.0;
    double minimum = 0, maximum = 0; ///< numeric types: allowed range (inclusive)
    int decimals = 3;                ///< Real: digits a form shows
    double step = 1;                 ///< numeric types: a form's step
    std::vector<std::string> choices; ///< Choice: the allowed values
    bool searchable = false;          ///< numeric: may be varied by a hyper-parameter search
    bool advanced = false;            ///< forms may hide it behind "more"
};

/// What a kind's train function gets. Everything is owned by the caller and outlives the call.
struct TrainingContext {
    const TrainingData& data;
    const Split& split;
    ParameterValues values;   ///< validated, with every parameter of the kind filled in
    std::uint64_t seed = 42;  ///< split and training seed
    ProgressToken& token;     ///< pause / cancel / progress; the kind checks it between batches
    std::function<void(const TrainingEvent&)> onEvent; ///< may be empty
    /// Checkpoints capability: the bytes of an earlier run's checkpoint to continue from (empty:
    /// start afresh), and where each epoch's checkpoint goes (may be empty).
    std::string resumeFrom;
    std::function<void(const std::string& checkpoint, int epoch)> onCheckpoint;
    /// True when the model is a component of a blend: its validation predictions must be honest
    /// (it must not train on validation ratings) and it keeps its default length.
    bool blendComponent = false;
    /// DataParallel capability: the group this process trains with (null: alone). On a rank
    /// other than 0 the kind returns a TrainedModel without a model once its share is done.
    DataParallelGroup* group = nullptr;
};

struct TrainedModel {
    std::unique_ptr<Recommender> model;
    std::string hyperparametersJson = "{}"; ///< JSON object: every parameter by key, + what training chose
    std::vector<EpochRecord> history;      ///< oldest first; empty for kinds without epochs
};

/// How a kind with the TasteSpace capability turns a history into a user profile, and what else
/// its space can do.
struct SpaceEncoder {
    UserEncoder encode;
    std::size_t historyWindow = 0; ///< entries the encoder reads (balancedHistoryWindow); 0 = all
    /// True: the space's known users are placed by encoding all their ratings in the project
    /// (what the pair view explains), not by the vectors fitted on the Train part.
    bool profilesFromHistory = false;
    /// Optional: encode()'s vector alone, when that is cheaper (placing every known user).
    std::function<std::vector<float>(std::int32_t knownUser, std::span<const HistoryEntry> history)> place;
    ScoreExplainer explain;          ///< ExplainsScores capability; else empty
    RatingPredictor predictRating;   ///< a rating head beside a ranking score; else empty
    /// True: the space's score (vector · item vector + baseline) is a ranking score, not a rating.
    bool scoresRank = false;
};

struct ModelKind {
    std::string id;          ///< --model value, stored kind, Recommender::kind()
    std::string displayName; ///< e.g. "Siamese twin network (cross-media)"
    std::string description; ///< one or two sentences for tooltips and `kindred-cli train --help`
    unsigned capabilities = 0; ///< ModelCapability bits
    std::vector<ModelParameter> parameters;
    /// Trains on data/split; returns a null model only with a failure Status, or on a
    /// data-parallel rank other than 0 (TrainingContext::group). May throw
    /// CancelledError (the job turns it into "training was cancelled") or std::exception.
    std::function<Result<TrainedModel>(TrainingContext&)> train;
    /// Rebuilds a trained model from Recommender::serialize().
    std::function<Result<std::unique_ptr<Recommender>>(const std::string& bytes)> load;
    /// TasteSpace capability: the model's own encoder of histories (`data` is what it was trained
    /// on); its functions may keep `model`. Empty: profiles are folded in by ridge regression on
    /// the item vectors with foldInRidge.
    std::function<Result<SpaceEncoder>(std::shared_ptr<const Recommender> model, const TrainingData& data)> makeEncoder;
    double foldInRidge = 1.0;

    bool has(ModelCapability capability) const { return (capabilities & unsigned(capability)) != 0; }
    const ModelParameter* parameter(const std::string& name) const;
    /// The default of every parameter.
    ParameterValues defaults() const;
    /// `given` over the defaults, each checked (known name, type, range, choice). Fails with a
    /// message naming the parameter and what it accepts.
    Result<ParameterValues> resolve(const ParameterValues& given) const;
    /// Parses CLI/text values ("0.05", "true", "ndcg") by the parameters' types, then resolve().
    Result<ParameterValues> parse(const std::map<std::string, std::string>& text) const;
    /// Every value of `values` as a JSON object keyed by ModelParameter::key (the stored form).
    std::string toJson(const ParameterValues& values) const;
};

/// Every registered kind, in the order people see them (the default kind first).
const std::vector<const ModelKind*>& modelKinds();
/// The kind with this id, or nullptr.
const ModelKind* findModelKind(const std::string& id);
/// The kind with this id, or a failure naming the known kinds.
Result<const ModelKind*> requireModelKind(const std::string& id);
/// True when the kind is registered and has the capability.
bool kindHas(const std::string& id, ModelCapability capability);

/// Numeric value of a resolved parameter (0 when absent or text).
double numberParameter(const ParameterValues& values, const std::string& name);
/// Text value of a resolved parameter (empty when absent or numeric).
std::string textParameter(const ParameterValues& values, const std::string& name);
/// Shown form of a value: integers without decimals, flags as true/false.
std::string formatParameterValue(const ModelParameter& parameter, const ParameterValue& value);

} // namespace kindred
