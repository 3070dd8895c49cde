#include "panels/TrainingPanel.h"

#include "models/TableExport.h"
#include "widgets/ModelParameterForm.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelStore.h"
#include "models/EpochTableModel.h"
#include "models/StoredModelsModel.h"
#include "panels/ControlColumn.h"
#include "plots/ChartExport.h"
#include "plots/CurveChartView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace kindred::ui {

namespace {

const QColor kTrainColor(0x4c, 0x72, 0xb0);
const QColor kValidationColor(0xdd, 0x84, 0x52);
const QList<QColor> kCompareColors = {
    QColor(0x4c, 0x72, 0xb0), QColor(0xdd, 0x84, 0x52), QColor(0x55, 0xa8, 0x68), QColor(0xc4, 0x4e, 0x52),
    QColor(0x81, 0x72, 0xb3), QColor(0x93, 0x78, 0x60), QColor(0xda, 0x8b, 0xc3), QColor(0x8c, 0x8c, 0x8c)};

QString formatDuration(double seconds) {
    if (seconds < 0 || !std::isfinite(seconds))
        return QStringLiteral("—");
    const qint64 s = qint64(std::llround(seconds));
    if (s >= 3600)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 s").arg(s);
}

QSpinBox* makeInt(QWidget* parent, int min, int max, int value, int step = 1) {
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setValue(value);
    return box;
}

} // namespace

TrainingPanel::TrainingPanel(QWidget* parent)
    : Panel(parent)
    , m_liveChart(new CurveChartView(this))
    , m_epochModel(new EpochTableModel(this))
    , m_storedModels(new StoredModelsModel(nullptr, this))
    , m_compareChart(new CurveChartView(this)) {
    // Live chart with its view controls.
    m_liveChart->setAxisTitles(tr("Epoch"), tr("Loss"));
    m_liveChart->setTitle(tr("No training yet: choose a model and press Start"));
    resetLiveCurves(true);
    m_logScale = new QCheckBox(tr("Log scale"), this);
    m_follow = new QCheckBox(tr("Follow newest"), this);
    m_follow->setChecked(true);
    auto* resetZoom = new QToolButton(this);
    resetZoom->setText(tr("Fit"));
    resetZoom->setToolTip(
        tr("Fit all points (drag to zoom, wheel to zoom, Shift+drag or middle-drag to pan)"));
    connect(m_logScale, &QCheckBox::toggled, this, [this](bool on) {
        m_liveChart->setLogScale(on);
        m_compareChart->setLogScale(on);
    });
    connect(m_follow, &QCheckBox::toggled, m_liveChart, &CurveChartView::setFollowNewest);
    connect(m_liveChart, &CurveChartView::followNewestChanged, m_follow, &QCheckBox::setChecked);
    connect(resetZoom, &QToolButton::clicked, m_liveChart, &CurveChartView::resetView);
    auto* saveLive = new QToolButton(this);
    saveLive->setText(tr("Save…"));
    saveLive->setToolTip(tr("Save the loss curves as PNG or SVG"));
    connect(saveLive, &QToolButton::clicked, this, [this] { saveChartWithDialog(m_liveChart); });
    auto* chartTools = new QHBoxLayout;
    chartTools->setContentsMargins(0, 0, 12, 0);
    chartTools->addWidget(new QLabel(tr("<b>Loss curves</b>"), this));
    chartTools->addStretch(1);
    chartTools->addWidget(m_logScale);
    chartTools->addWidget(m_follow);
    chartTools->addWidget(resetZoom);
    chartTools->addWidget(saveLive);
    auto* liveBox = new QWidget(this);
    auto* liveLayout = new QVBoxLayout(liveBox);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addLayout(chartTools);
    liveLayout->addWidget(m_liveChart, 1);

    // Per-epoch table.
    m_epochView = new QTableView(this);
    m_epochView->setModel(m_epochModel);
    installTableExportMenu(m_epochView);
    m_epochView->verticalHeader()->hide();
    m_epochView->setAlternatingRowColors(true);
    m_epochView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_epochView->verticalHeader()->setDefaultSectionSize(m_epochView->fontMetrics().height() + 6);
    connect(m_epochModel, &QAbstractItemModel::rowsInserted, m_epochView, &QTableView::scrollToBottom);

    // Stored models and their comparison.
    m_modelsView = new QTableView(this);
    m_modelsView->setModel(m_storedModels);
    installTableExportMenu(m_modelsView);
    m_modelsView->verticalHeader()->hide();
    m_modelsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_modelsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_modelsView->setAlternatingRowColors(true);
    m_modelsView->verticalHeader()->setDefaultSectionSize(m_modelsView->fontMetrics().height() + 6);
    auto* header = m_modelsView->horizontalHeader();
    header->setSectionResizeMode(StoredModelsModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StoredModelsModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StoredModelsModel::CreatedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StoredModelsModel::MetricsColumn, QHeaderView::Stretch);
    m_modelsView->setToolTip(
        tr("Check models to compare their validation curves; select one to show its epochs"));
    m_compareChart->setAxisTitles(tr("Epoch"), tr("RMSE"));
    m_compareChart->setTitle(tr("Validation RMSE per epoch"));
    connect(m_storedModels, &StoredModelsModel::checkedChanged, this, &TrainingPanel::updateComparison);
    connect(m_storedModels, &StoredModelsModel::errorOccurred, this, &Panel::errorOccurred);
    connect(m_modelsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !isTraining())
                    showStoredRun(current.data(StoredModelsModel::ModelIdRole).toLongLong());
            });
    auto* compareBox = new QWidget(this);
    auto* compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    auto* compareTitle = new QLabel(tr("<b>Compare</b> (check models below)"), this);
    compareTitle->setMinimumHeight(resetZoom->sizeHint().height());
    auto* saveCompare = new QToolButton(this);
    saveCompare->setText(tr("Save…"));
    saveCompare->setToolTip(tr("Save the comparison chart as PNG or SVG"));
    connect(saveCompare, &QToolButton::clicked, this, [this] { saveChartWithDialog(m_compareChart); });
    auto* compareTools = new QHBoxLayout;
    compareTools->setContentsMargins(0, 0, 12, 0);
    compareTools->addWidget(compareTitle);
    compareTools->addStretch(1);
    compareTools->addWidget(saveCompare);
    compareLayout->addLayout(compareTools);
    compareLayout->addWidget(m_compareChart, 1);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(liveBox);
    charts->addWidget(compareBox);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_modelsView, tr("Stored models"));
    m_tabs->addTab(m_epochView, tr("Epochs"));

    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(charts);
    results->addWidget(m_tabs);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 2);

    QWidget* form = createForm();
    // Wide enough for the form, no wider: the charts need the room.
    m_kind->setMinimumContentsLength(16);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* scroll = makeControlColumn(form, 312, this);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(results, 1);

    connect(&m_worker, &TrainingWorker::dataAvailable, this, &TrainingPanel::takeUpdates);
    connect(&m_worker, &TrainingWorker::finished, this, &TrainingPanel::onFinished);
    updateKindForm();
    updateButtons();
}

TrainingPanel::~TrainingPanel() {
    m_worker.cancel();
    m_worker.waitForFinished();
    delete m_storedModels; // reads m_store
    m_storedModels = nullptr;
}

QWidget* TrainingPanel::createForm() {
    auto* form = new QWidget;
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 4, 0);

    auto* modelBox = new QGroupBox(tr("Model"), form);
    auto* modelLayout = new QVBoxLayout(modelBox);
    m_kind = new QComboBox(modelBox);
    m_kindForms = new QStackedWidget(modelBox);
    for (const ModelKind* kind : modelKinds()) {
        m_kind->addItem(translatedModelText(kind->displayName), QString::fromStdString(kind->id));
        m_kindForms->addWidget(new ModelParameterForm(*kind, m_kindForms));
    }
    modelLayout->addWidget(m_kind);
    modelLayout->addWidget(m_kindForms);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TrainingPanel::updateKindForm);

    auto* dataBox = new QGroupBox(tr("Data"), form);
    auto* dataLayout = new QFormLayout(dataBox);
    m_domains = new QListWidget(dataBox);
    m_domains->setObjectName(QStringLiteral("domains"));
    m_domains->setToolTip(tr("Train on the checked domains"));
    m_domains->setMaximumHeight(m_domains->fontMetrics().height() * 4);
    m_split = new QComboBox(dataBox);
    m_split->addItem(tr("Random 70/15/15"), QStringLiteral("random"));
    m_split->addItem(tr("Leave last out"), QStringLiteral("leave-last-out"));
    m_split->addItem(tr("Hold out a source"), QStringLiteral("by-source"));
    m_testSource = new QComboBox(dataBox);
    m_testSource->setToolTip(tr("The source whose ratings are the test set"));
    m_seed = makeInt(dataBox, 0, 1'000'000, 42);
    dataLayout->addRow(tr("Domains"), m_domains);
    dataLayout->addRow(tr("Split"), m_split);
    dataLayout->addRow(tr("Test source"), m_testSource);
    dataLayout->addRow(tr("Seed"), m_seed);
    auto updateSource = [this] {
        m_testSource->setEnabled(m_split->currentData().toString() == "by-source");
    };
    connect(m_split, &QComboBox::currentIndexChanged, this, updateSource);
    updateSource();

    auto* runBox = new QGroupBox(tr("Run"), form);
    auto* runLayout = new QVBoxLayout(runBox);
    m_start = new QPushButton(tr("Start"), runBox);
    m_start->setDefault(true);
    m_pause = new QPushButton(tr("Pause"), runBox);
    m_resume = new QPushButton(tr("Resume"), runBox);
    m_cancel = new QPushButton(tr("Cancel"), runBox);
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_cancel, 0, 1);
    buttons->addWidget(m_pause, 1, 0);
    buttons->addWidget(m_resume, 1, 1);
    m_phase = new QLabel(tr("Idle"), runBox);
    m_phase->setWordWrap(true);
    m_progress = new QProgressBar(runBox);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_throughput = new QLabel(runBox);
    m_eta = new QLabel(runBox);
    m_throughput->setToolTip(tr("Training samples per second"));
    m_eta->setToolTip(tr("Estimated time left"));
    auto* rates = new QHBoxLayout;
    rates->addWidget(m_throughput, 1);
    rates->addWidget(m_eta);
    runLayout->addLayout(buttons);
    runLayout->addWidget(m_progress);
    runLayout->addWidget(m_phase);
    runLayout->addLayout(rates);
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::startTraining);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_worker.pause();
        m_phase->setText(tr("Paused (after the current batch)"));
        updateButtons();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_worker.resume();
        m_phase->setText(tr("Training"));
        updateButtons();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_worker.cancel();
        m_phase->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    });

    layout->addWidget(modelBox);
    layout->addWidget(dataBox);
    layout->addWidget(runBox);
    layout->addStretch(1);
    return form;
}

ModelParameterForm* TrainingPanel::currentForm() const {
    return static_cast<ModelParameterForm*>(m_kindForms->currentWidget());
}

void TrainingPanel::updateKindForm() {
    m_kindForms->setCurrentIndex(std::max(0, m_kind->currentIndex()));
    m_kind->setToolTip(translatedModelText(currentForm()->kind().description));
}

bool TrainingPanel::setModelKind(const QString& kind) {
    const int index = m_kind->findData(kind);
    if (index < 0)
        return false;
    m_kind->setCurrentIndex(index);
    return true;
}

void TrainingPanel::setEpochs(int epochs) {
    setParameter("epochs", double(epochs));
}

bool TrainingPanel::setParameter(const std::string& name, const ParameterValue& value) {
    return currentForm()->setValue(name, value);
}

TrainingRequest TrainingPanel::request() const {
    TrainingRequest r;
    r.kind = m_kind->currentData().toString().toStdString();
    bool all = true;
    for (int i = 0; i < m_domains->count(); ++i) {
        const QListWidgetItem* item = m_domains->item(i);
        if (item->checkState() == Qt::Checked)
            r.domains.push_back(item->text().toStdString());
        else
            all = false;
    }
    if (all)
        r.domains.clear(); // the whole project: the stored split needs no restriction
    r.split.kind = m_split->currentData().toString().toStdString();
    if (r.split.kind == "by-source" && !m_testSource->currentText().isEmpty())
        r.split.testSources = {m_testSource->currentText().toStdString()};
    r.seed = std::uint64_t(m_seed->value());
    r.parameters = currentForm()->values();
    return r;
}

void TrainingPanel::setProjectPath(const QString& path) {
    setReady(false);
    // Reopening the same project (e.g. after an import) keeps a running job; another project stops it.
    if (m_worker.isRunning() && path != m_path) {
        m_worker.cancel();
        m_worker.waitForFinished();
    }
    // Reloading the same project (its file changed) keeps the person's choice of domains.
    QSet<QString> unticked;
    if (path == m_path)
        for (int row = 0; row < m_domains->count(); ++row)
            if (m_domains->item(row)->checkState() != Qt::Checked)
                unticked.insert(m_domains->item(row)->text());
    m_storedModels->setStore(nullptr);
    m_store.reset();
    m_project.reset();
    m_historyCache.clear();
    m_domains->clear();
    m_testSource->clear();
    m_path = path;
    updateButtons();
    if (path.isEmpty())
        return;
    auto opened = Project::open(path.toStdString(), OpenMode::ReadOnly);
    if (!opened) {
        Q_EMIT errorOccurred(tr("Training: %1").arg(QString::fromStdString(opened.status().message())));
        return;
    }
    m_project = std::move(opened).value();
    m_store = std::make_unique<ModelStore>(*m_project);
    for (const DomainInfo& domain : m_project->domains()) {
        auto* item = new QListWidgetItem(QString::fromStdString(domain.name), m_domains);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(unticked.contains(item->text()) ? Qt::Unchecked : Qt::Checked);
        item->setToolTip(QString::fromStdString(domain.kind));
    }
    for (const SourceInfo& source : m_project->sources())
        m_testSource->addItem(QString::fromStdString(source.name));
    m_storedModels->setStore(m_store.get());

    // Show what was trained last: its curves and epochs, and the newest models compared.
    if (isTraining()) {
        // The live curves belong to the running job.
    } else if (m_storedModels->rowCount() > 0) {
        for (int row = 0; row < std::min(3, m_storedModels->rowCount()); ++row)
            m_storedModels->setChecked(
                m_storedModels->index(row, 0).data(StoredModelsModel::ModelIdRole).toLongLong(), true);
        m_modelsView->setCurrentIndex(m_storedModels->index(0, 0));
    } else {
        resetLiveCurves(currentForm()->kind().has(ModelCapability::BatchCurve));
        m_liveChart->setTitle(tr("No training yet: choose a model and press Start"));
    }
    m_liveChart->flush();
    m_compareChart->flush();
    updateButtons();
    setReady(true);
}

void TrainingPanel::resetLiveCurves(bool batchCurve) {
    m_liveHasBatches = batchCurve;
    m_liveChart->removeAllCurves();
    // Batch-curve kinds: the train curve has a point per batch, validation one per epoch; the
    // others: a point per epoch on both.
    m_liveChart->addCurve(batchCurve ? tr("Train loss") : tr("Train RMSE (0..1)"), kTrainColor, !batchCurve);
    m_liveChart->addCurve(batchCurve ? tr("Validation loss") : tr("Validation RMSE"), kValidationColor, true);
    m_liveChart->setAxisTitles(tr("Epoch"), batchCurve ? tr("Loss") : tr("RMSE"));
    m_liveChart->resetView();
}

void TrainingPanel::startTraining() {
    if (m_path.isEmpty() || m_worker.isRunning())
        return;
    const TrainingRequest r = request();
    if (r.split.kind == "by-source" && r.split.testSources.empty()) {
        Q_EMIT errorOccurred(tr("Choose the source held out as test"));
        return;
    }
    bool anyDomain = m_domains->count() == 0;
    for (int i = 0; i < m_domains->count(); ++i)
        anyDomain |= m_domains->item(i)->checkState() == Qt::Checked;
    if (!anyDomain) {
        Q_EMIT errorOccurred(tr("Check at least one domain to train on"));
        return;
    }
    const ModelKind& kind = currentForm()->kind();
    const bool batchCurve = kind.has(ModelCapability::BatchCurve);
    resetLiveCurves(batchCurve);
    m_liveChart->setTitle(tr("Training %1").arg(m_kind->currentText()));
    m_epochModel->clear(batchCurve);
    m_tabs->setCurrentWidget(m_epochView);
    const int epochs = kind.has(ModelCapability::Epochs) ? int(numberParameter(r.parameters, "epochs")) : 0;
    m_progress->setRange(0, std::max(epochs, 1));
    m_progress->setFormat(epochs > 0 ? tr("epoch %v of %m") : QString());
    m_progress->setValue(0);
    m_throughput->setText(QString());
    m_eta->setText(QString());
    m_phase->setText(tr("Starting…"));
    m_worker.start(m_path, r);
    updateButtons();
}

void TrainingPanel::takeUpdates() {
    const TrainingUpdate update = m_worker.takePending();
    for (const QString& warning : update.warnings)
        Q_EMIT errorOccurred(tr("Training: %1").arg(warning));
    if (!update.phase.isEmpty() && !m_worker.isPaused())
        m_phase->setText(update.phase.left(1).toUpper() + update.phase.mid(1) + QStringLiteral("…"));
    if (!update.batchLoss.isEmpty() && m_liveHasBatches)
        m_liveChart->appendPoints(kTrainCurve, update.batchLoss);
    if (!update.epochs.isEmpty()) {
        QList<QPointF> train, validation;
        for (const TrainingEpochRow& row : update.epochs) {
            if (!m_liveHasBatches)
                train.append(QPointF(row.epoch, row.trainLoss));
            validation.append(QPointF(row.epoch, m_liveHasBatches ? row.validationLoss : row.validationRmse));
        }
        m_liveChart->appendPoints(kTrainCurve, train);
        m_liveChart->appendPoints(kValidationCurve, validation);
        m_epochModel->appendEpochs(update.epochs);
        m_progress->setValue(update.epochs.last().epoch);
    }
    if (update.epochsTotal > 0)
        m_progress->setMaximum(update.epochsTotal);
    const QLocale locale;
    if (update.samplesPerSecond > 0)
        m_throughput->setText(tr("%1 samples/s").arg(locale.toString(update.samplesPerSecond, 'f', 0)));
    if (update.etaSeconds >= 0)
        m_eta->setText(tr("%1 left").arg(formatDuration(update.etaSeconds)));
}

void TrainingPanel::onFinished(bool ok, const QString& message, qint64 modelId) {
    takeUpdates();
    m_liveChart->flush();
    m_phase->setText(ok ? tr("Done: %1").arg(message) : tr("Stopped: %1").arg(message));
    if (ok) {
        m_eta->setText(QString());
        m_historyCache.remove(modelId);
        m_storedModels->refresh();
        m_storedModels->setChecked(modelId, true);
        m_liveChart->setTitle(tr("Trained model %1").arg(modelId));
    } else {
        m_eta->setText(QString());
        Q_EMIT errorOccurred(tr("Training: %1").arg(message));
    }
    updateButtons();
    Q_EMIT trainingFinished(ok, message, modelId);
}

void TrainingPanel::updateButtons() {
    const bool running = m_worker.isRunning();
    const bool paused = m_worker.isPaused();
    m_start->setEnabled(!running && !m_path.isEmpty());
    m_pause->setEnabled(running && !paused);
    m_resume->setEnabled(running && paused);
    m_cancel->setEnabled(running);
    m_kind->setEnabled(!running);
    m_kindForms->setEnabled(!running);
    m_domains->setEnabled(!running);
    m_split->setEnabled(!running);
    m_seed->setEnabled(!running);
}

QList<TrainingEpochRow> TrainingPanel::storedHistory(qint64 modelId) {
    const auto cached = m_historyCache.constFind(modelId);
    if (cached != m_historyCache.constEnd())
        return *cached;
    QList<TrainingEpochRow> rows;
    if (m_store) {
        // The typed history alone: the model's weights are not read to draw a curve.
        const auto history = m_store->history(modelId);
        if (history)
            rows = QList<TrainingEpochRow>(history->begin(), history->end());
        else
            Q_EMIT errorOccurred(
                tr("Model %1: %2").arg(modelId).arg(QString::fromStdString(history.status().message())));
    }
    m_historyCache.insert(modelId, rows);
    return rows;
}

void TrainingPanel::showStoredRun(qint64 modelId) {
    const QList<TrainingEpochRow> rows = storedHistory(modelId);
    QString kind;
    for (int row = 0; row < m_storedModels->rowCount(); ++row) {
        const QModelIndex index = m_storedModels->index(row, 0);
        if (index.data(StoredModelsModel::ModelIdRole).toLongLong() == modelId)
            kind = index.data(StoredModelsModel::KindRole).toString();
    }
    const bool batchCurve = kindHas(kind.toStdString(), ModelCapability::BatchCurve);
    resetLiveCurves(batchCurve);
    QList<QPointF> train, validation;
    for (const TrainingEpochRow& row : rows) {
        // Stored runs keep one train value per epoch; it is drawn at the end of its epoch.
        train.append(QPointF(row.epoch, row.trainLoss));
        validation.append(QPointF(row.epoch, batchCurve ? row.validationLoss : row.validationRmse));
    }
    m_liveChart->setPoints(kTrainCurve, train);
    m_liveChart->setPoints(kValidationCurve, validation);
    m_liveChart->setTitle(rows.isEmpty() ? tr("Model %1 (%2) has no epochs to show").arg(modelId).arg(kind)
                                         : tr("Stored run: model %1 (%2)").arg(modelId).arg(kind));
    m_epochModel->setEpochs(rows, batchCurve);
}

void TrainingPanel::updateComparison() {
    m_compareChart->removeAllCurves();
    const QList<qint64> ids = m_storedModels->checkedIds();
    // Validation RMSE when a checked model measured it per epoch; else validation NDCG@10 (the
    // ranking models, e.g. the twin network, measure only that).
    bool anyRmse = false;
    for (qint64 id : ids)
        for (const TrainingEpochRow& row : storedHistory(id))
            anyRmse = anyRmse || row.validationRmse > 0; // NaN (not measured) compares false
    m_compareChart->setAxisTitles(tr("Epoch"), anyRmse ? tr("RMSE") : tr("NDCG@10"));
    m_compareChart->setTitle(anyRmse ? tr("Validation RMSE per epoch") : tr("Validation NDCG@10 per epoch"));
    int colour = 0;
    for (qint64 id : ids) {
        QList<QPointF> points;
        for (const TrainingEpochRow& row : storedHistory(id)) {
            const double value = anyRmse ? row.validationRmse : row.validationNdcg;
            if (value > 0)
                points.append(QPointF(row.epoch, value));
        }
        QString kind;
        for (int row = 0; row < m_storedModels->rowCount(); ++row) {
            const QModelIndex index = m_storedModels->index(row, 0);
            if (index.data(StoredModelsModel::ModelIdRole).toLongLong() == id)
                kind = index.data(StoredModelsModel::KindRole).toString();
        }
        const int curve = m_compareChart->addCurve(tr("%1 %2").arg(id).arg(kind),
                                                   kCompareColors.at(colour++ % kCompareColors.size()), true);
        m_compareChart->setPoints(curve, points);
    }
    m_compareChart->resetView();
}

} // namespace kindred::ui
