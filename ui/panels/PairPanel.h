#pragma once
// PairPanel: the Pair view. Two people (known users or cold-start profiles made from a few
// ratings), a stored model, media filter, aggregation strategy, diversity λ and K; Recommend runs
// PairRecommender on a worker and shows the slate with A/B/pair bars, the explanation of the
// selected item (contributing history items and shares), thumbs up/down feedback (stored in the
// project, then re-scored), the taste-match gauge and the kindred users of A. Export writes CSV.
//
// Threading: every slow step (loading the TasteSpace and recommender of a model, recommending,
// kindred users, feedback, cold start) runs through QtConcurrent::run + QFutureWatcher on a
// PairSession that is loaded once per model and cached. Results come back to the UI thread; a
// result of an older project or model is dropped. The destructor waits for running jobs.
//
// ready(): once the newest model is loaded, the pickers are filled and a first recommendation for
// a default pair (A = the user with most ratings, B = A's most kindred user) is shown; at once
// when the project has no model with a taste space ("no model yet — train one in Training").

#include "panels/Panel.h"
#include "workers/PairSession.h"

#include "kindred/recommend/Feedback.h"

#include <QHash>
#include <QVector>
#include <functional>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableView;

namespace kindred::ui {

class ColdStartDialog;
class KindredMatchGauge;
class KindredUsersModel;
class PairDetailsView;
class PairResultsModel;

class PairPanel : public Panel {
    Q_OBJECT
public:
    explicit PairPanel(QWidget* parent = nullptr);
    /// Waits for running jobs (they only touch the shared session, never the panel).
    ~PairPanel() override;

    QString title() const override { return tr("Pairs"); }
    QString id() const override { return QStringLiteral("pairs"); }
    bool listsModels() const override { return true; }
    void setProjectPath(const QString& path) override;

    /// Picks the two people by what the pickers show: the full entry text, "namespace:id", the
    /// external id, or a cold-start name. Unknown specs leave that picker unchanged; false then.
    bool setUsers(const QString& a, const QString& b);
    /// Number of items of the current slate.
    int resultCount() const;
    /// Writes the current slate with all explanation numbers; false (and errorOccurred) on failure.
    bool exportCsv(const QString& path);
    /// Adds a cold-start person from ratings (dense item, 0..1) on a worker; coldStartReady follows.
    void addColdStartUser(const QString& name, const std::vector<HistoryEntry>& history);
    /// Switches to model `modelId` (loading it when needed), picks the two people and recommends
    /// for them; `why` says where the pair came from. For the explorer's "two most central people".
    void recommendForPair(qint64 modelId, const QString& a, const QString& b, const QString& why);
    /// Switches to model `modelId` and adds a new person who likes these items (project ids; the
    /// ones the model does not know are left out) as person B; coldStartReady follows.
    void addPersonWhoLikes(qint64 modelId, const QString& name, const QList<qint64>& itemIds);

    PairResultsModel* resultsModel() const { return m_results; }
    KindredUsersModel* kindredModel() const { return m_kindred; }
    KindredMatchGauge* gauge() const { return m_gauge; }
    PairDetailsView* details() const { return m_details; }
    QTableView* resultsView() const { return m_resultsView; }
    QComboBox* userPicker(int person) const { return person == 0 ? m_userA : m_userB; }
    std::shared_ptr<const PairSession> session() const { return m_session; }

public Q_SLOTS:
    /// Recommends for the chosen pair on a worker; recommendationsReady follows.
    void recommend();
    /// Finds the 10 users closest to A on a worker; kindredReady follows.
    void findKindredUsers();
    /// Stores a thumbs up/down of person 0 (A) or 1 (B) for the selected item, then re-scores.
    void giveFeedback(int person, bool up);
    void showColdStartDialog();
    void showExportDialog();

Q_SIGNALS:
    /// A recommendation finished (count 0 on failure).
    void recommendationsReady(int count);
    /// Kindred users of A were found (count 0 on failure).
    void kindredReady(int count);
    /// A cold-start person was added to the pickers (ok false on failure).
    void coldStartReady(bool ok);
    /// Feedback was stored (or applied to a cold-start profile).
    void feedbackStored(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// A person made from ratings in the dialog; profiles belong to the session's model.
    struct ColdStartUser {
        QString name;
        std::vector<HistoryEntry> history;
        UserProfile original, profile;
        std::vector<FeedbackEvent> feedback;
    };

    QWidget* createControls();
    /// Fills the model picker (factor models, newest first), keeping the current model selected.
    /// False when the project cannot be opened (the message is shown).
    bool listModels();
    void loadModel(qint64 modelId);
    /// The worker half of loadModel (runs when the panel is shown; Panel::loadWhenShown).
    void startLoadingModel(qint64 modelId);
    void onSessionLoaded(const std::shared_ptr<const PairSession>& session);
    void fillUserPickers();
    void addPickerEntry(const QString& text, int code);
    int findUser(const QString& spec) const;
    /// Picker code → person: ≥ 0 dense user, < 0 cold-start user −(code + 1).
    PairPerson personOf(int person) const;
    QString personName(int person) const;
    PairOptions options() const;
    void showResult(const PairRecommendation& result);
    /// How the slate mixed its media (items per medium and by what they were made comparable).
    QString slateMixText(const PairRecommendation& result) const;
    void showMessage(const QString& message, bool error);
    void setBusy(bool busy);
    void finishAutoRun();
    /// Runs `action` once model `modelId` is the loaded one (now, or after loading it).
    void whenModelLoaded(qint64 modelId, std::function<void()> action);
    /// Runs work on the thread pool and done(result) on the UI thread, unless the project or
    /// model changed in between. work must not touch the panel.
    template <class T>
    void runJob(std::function<T()> work, std::function<void(T&)> done);

    QString m_path;
    int m_generation = 0;
    int m_running = 0;
    bool m_autoRun = false;
    std::function<void()> m_afterLoad; ///< what whenModelLoaded() waits to run
    bool m_loading = false; ///< a model is being loaded
    bool m_recommendPending = false;
    bool m_recommendRunning = false;
    QHash<qint64, std::shared_ptr<const PairSession>> m_sessions;
    std::shared_ptr<const PairSession> m_session;
    QVector<ColdStartUser> m_coldStart;
    QString m_lastA, m_lastB; ///< names of the people of the shown slate

    QComboBox* m_model;
    QComboBox* m_userA;
    QComboBox* m_userB;
    QPushButton* m_newUser;
    QListWidget* m_domains;
    QComboBox* m_strategy;
    QSlider* m_lambdaSlider;
    QDoubleSpinBox* m_lambda;
    QSpinBox* m_k;
    QPushButton* m_recommend;
    QPushButton* m_findKindred;
    QPushButton* m_export;
    QLabel* m_status;
    QLabel* m_summary;
    KindredMatchGauge* m_gauge;
    PairResultsModel* m_results;
    QTableView* m_resultsView;
    PairDetailsView* m_details;
    KindredUsersModel* m_kindred;
    QTableView* m_kindredView;
};

} // namespace kindred::ui
