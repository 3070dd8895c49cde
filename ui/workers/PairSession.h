#pragma once
// PairSession: one trained model of a project made ready for the Pair view: its TasteSpace, a
// PairRecommender over it and the labels people see (user and item titles, domain names).
//
// Threading: load() and every job function below are slow (SQLite, FAISS, encoder) and run on a
// worker (QtConcurrent), never on the UI thread. A loaded session is immutable and shared as
// std::shared_ptr<const PairSession>: the UI thread reads its labels, workers run jobs on it at
// the same time (PairRecommender's const methods are thread-safe). Jobs open their own Project
// connection on the worker thread (one connection per thread, see Project.h).

#include "kindred/recommend/PairRecommender.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>
#include <vector>

namespace kindred {
class Project;
}

namespace kindred::ui {

/// One of the two people of a request: a known user (dense index) or a cold-start profile.
struct PairPerson {
    std::int32_t user = -1;                   ///< dense user index, or -1 for a cold-start profile
    std::optional<UserProfile> profile;       ///< cold start: the profile (feedback already applied)
    std::vector<HistoryEntry> history;        ///< cold start: the ratings given in the dialog
};

/// What the Recommend button asks for.
struct PairRequest {
    PairPerson a, b;
    PairOptions options;
};

/// Kindred users of one user, with what the list shows.
struct KindredResult {
    std::int32_t user = -1;
    std::vector<KindredUser> users;
};

class PairSession {
public:
    /// Loads model modelId of the project at path (read-only connection on the calling thread).
    /// Fails with a message a person can act on (no such model, not a factor model, data changed).
    static Result<std::shared_ptr<const PairSession>> load(const QString& projectPath, std::int64_t modelId);

    const QString& projectPath() const { return m_path; }
    std::int64_t modelId() const { return m_space->modelId; }
    const TasteSpace& space() const { return *m_space; }
    const TrainingData& data() const { return *m_space->data; }
    const PairRecommender& recommender() const { return *m_recommender; }

    int userCount() const { return int(m_userLabels.size()); }
    int itemCount() const { return int(m_itemTitles.size()); }
    /// "namespace:external_id" of a dense user.
    const QString& userLabel(std::int32_t user) const { return m_userLabels[user]; }
    /// External id of a dense user (what people type).
    const QString& userExternal(std::int32_t user) const { return m_userExternal[user]; }
    /// Number of ratings of a dense user (all domains of the model).
    int userRatings(std::int32_t user) const { return m_userRatings[user]; }
    /// "214 ratings · movies 80%, books 20%".
    QString userSummary(std::int32_t user) const;
    /// Title (or external id) of a dense item.
    const QString& itemTitle(std::int32_t item) const { return m_itemTitles[item]; }
    const QString& itemExternal(std::int32_t item) const { return m_itemExternal[item]; }
    QString domainName(int domain) const;
    int itemDomain(std::int32_t item) const { return data().itemDomain[std::size_t(item)]; }
    /// A 0..1 value of an item mapped to its domain's raw scale (e.g. 1..5 stars).
    double raw(std::int32_t item, double value) const;
    /// The dense user with the most ratings (-1 when there are no users).
    std::int32_t mostActiveUser() const;

    // Jobs: call on a worker thread.
    /// Recommends for the pair; known users get their stored profile with stored feedback applied.
    Result<PairRecommendation> recommend(const PairRequest& request) const;
    Result<KindredResult> kindred(std::int32_t user, int n) const;
    /// Stores a thumbs up/down of a known user for an item of this model (writable connection).
    Status recordFeedback(std::int32_t user, std::int32_t item, bool up) const;
    /// Cold start profile from a few ratings (dense item, value 0..1).
    Result<UserProfile> coldStart(const std::vector<HistoryEntry>& history) const;

private:
    PairSession() = default;
    Result<PairUser> pairUser(const Project& project, const PairPerson& person) const;

    QString m_path;
    std::shared_ptr<const TasteSpace> m_space;
    std::unique_ptr<PairRecommender> m_recommender;
    QStringList m_userLabels, m_userExternal, m_itemTitles, m_itemExternal;
    QVector<int> m_userRatings;
    QVector<QVector<int>> m_userDomainRatings; ///< [user][domain] rating counts
};

} // namespace kindred::ui
