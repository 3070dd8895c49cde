#pragma once
// TrainingPanel: the training dashboard. A form for the model kind, its hyper-parameters, the
// domains and the split; Start / Pause / Resume / Cancel for one job run by a TrainingWorker
// (never on the UI thread); live loss curves, a per-epoch table, throughput and ETA; and the
// project's stored models, several of which can be checked to compare their validation curves.

#include "kindred/train/TrainingJob.h"
#include "panels/Panel.h"
#include "workers/TrainingWorker.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTabWidget;

namespace kindred {
class ModelStore;
class Project;
} // namespace kindred

namespace kindred::ui {

class CurveChartView;
class EpochTableModel;
class ModelParameterForm;
class StoredModelsModel;

class TrainingPanel : public Panel {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);
    /// Cancels a running job and waits for it.
    ~TrainingPanel() override;

    QString title() const override { return tr("Training"); }
    QString id() const override { return QStringLiteral("training"); }
    bool listsModels() const override { return true; }
    /// Reads the domains, sources and stored models (read-only connection); ready() at once.
    void setProjectPath(const QString& path) override;

    /// The request the form describes now.
    TrainingRequest request() const;
    /// Selects a model kind in the form ("siamese", "mf", …); false when unknown.
    bool setModelKind(const QString& kind);
    /// Sets the epochs of the current kind's form (kinds without epochs ignore it).
    void setEpochs(int epochs);
    /// Sets one parameter of the current kind's form; false when the kind has no such parameter.
    bool setParameter(const std::string& name, const ParameterValue& value);
    bool isTraining() const { return m_worker.isRunning(); }

    CurveChartView* liveChart() const { return m_liveChart; }
    CurveChartView* compareChart() const { return m_compareChart; }
    EpochTableModel* epochModel() const { return m_epochModel; }
    StoredModelsModel* storedModels() const { return m_storedModels; }
    TrainingWorker* worker() { return &m_worker; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* cancelButton() const { return m_cancel; }
    /// Curve indexes of the live chart.
    static constexpr int kTrainCurve = 0;      ///< per-batch loss (BatchCurve kinds), else train RMSE per epoch
    static constexpr int kValidationCurve = 1; ///< validation loss (BatchCurve kinds), else validation RMSE

public Q_SLOTS:
    void startTraining();

Q_SIGNALS:
    /// A job ended; ok when a model was stored.
    void trainingFinished(bool ok, const QString& message, qint64 modelId);

private:
    QWidget* createForm();
    void updateKindForm();
    /// The form of the kind chosen now.
    ModelParameterForm* currentForm() const;
    void updateButtons();
    void takeUpdates();
    void onFinished(bool ok, const QString& message, qint64 modelId);
    void updateComparison();
    void showStoredRun(qint64 modelId);
    /// batchCurve: the train curve gets a point per batch (kinds with BatchCurve) and the
    /// validation curve shows the rating loss; else both are per-epoch RMSE curves.
    void resetLiveCurves(bool batchCurve);
    /// Epochs of a stored model (cached); empty when it has none or cannot be read.
    QList<TrainingEpochRow> storedHistory(qint64 modelId);

    QString m_path;
    std::unique_ptr<Project> m_project; // read-only connection for lists; outlives m_store
    std::unique_ptr<ModelStore> m_store;
    QHash<qint64, QList<TrainingEpochRow>> m_historyCache;
    TrainingWorker m_worker;
    bool m_liveHasBatches = true; ///< the live chart's kind reports per-batch losses

    // Form.
    QComboBox* m_kind;
    QStackedWidget* m_kindForms; ///< one ModelParameterForm per registered kind, in registry order
    QListWidget* m_domains;
    QComboBox* m_split;
    QComboBox* m_testSource;
    QSpinBox* m_seed;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QLabel* m_phase;
    QProgressBar* m_progress;
    QLabel* m_throughput;
    QLabel* m_eta;

    // Results.
    CurveChartView* m_liveChart;
    QCheckBox* m_logScale;
    QCheckBox* m_follow;
    EpochTableModel* m_epochModel;
    QTableView* m_epochView;
    StoredModelsModel* m_storedModels;
    QTableView* m_modelsView;
    CurveChartView* m_compareChart;
    QTabWidget* m_tabs;
};

} // namespace kindred::ui
