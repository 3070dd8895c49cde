#pragma once
// SearchPanel: hyper-parameter search as a background job. The person picks a model kind, types
// candidate values for any of its searchable hyper-parameters (comma-separated), full grid or a
// seeded random subset, and the validation metric; trials fill the results table as they finish.
// Every trial runs on one stored split and only the best model on validation is kept (core
// HyperparameterSearch). On opening a project the newest stored search is shown.

#include "panels/Panel.h"
#include "workers/SearchWorker.h"

#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace kindred::ui {

class SearchTrialsModel;

class SearchPanel : public Panel {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);
    ~SearchPanel() override;

    QString title() const override { return tr("Search"); }
    QString id() const override { return QStringLiteral("search"); }
    /// Loads the newest stored search on a worker; ready() once it (or "none yet") is shown.
    void setProjectPath(const QString& path) override;

    /// The request the form describes, or an error text in *error (then the request is unusable).
    SearchRequest request(QString* error) const;
    bool setModelKind(const QString& kind);
    /// Types "v1,v2,…" into the field of a hyper-parameter; false when the kind has no such one.
    bool setValues(const QString& parameter, const QString& values);
    void setEpochs(int epochs);
    bool isSearching() const { return m_worker.isRunning(); }
    SearchTrialsModel* trialsModel() const { return m_model; }
    SearchWorker* worker() { return &m_worker; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }

public Q_SLOTS:
    void startSearch();

Q_SIGNALS:
    void searchFinished(bool ok, const QString& message);

private:
    void rebuildParameterFields();
    void updatePlan();
    /// Fills the value fields with the values a stored search tried (to rerun or refine it).
    void showSearchedValues(const kindred::StoredSearch& search);
    void onTrial(const kindred::SearchTrial& trial, int done, int total);
    void onFinished(bool ok, const QString& message, int bestTrial);

    QString m_projectPath;
    QComboBox* m_kind;
    QFormLayout* m_parameterForm;
    QHash<QString, QLineEdit*> m_valueFields; ///< hyper-parameter name → its values field
    QSpinBox* m_epochs;
    QSpinBox* m_randomTrials;
    QComboBox* m_metric;
    QSpinBox* m_seed;
    QLabel* m_plan;
    QPushButton* m_start;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTableView* m_table;
    SearchTrialsModel* m_model;
    SearchWorker m_worker;
    int m_loadGeneration = 0; ///< drops results of loads for an older project
};

} // namespace kindred::ui
