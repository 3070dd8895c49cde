#include "panels/SearchPanel.h"

#include "kindred/train/ModelKind.h"
#include "widgets/ModelParameterForm.h"

#include "models/TableExport.h"
#include "models/SearchTrialsModel.h"

#include "kindred/store/Project.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <map>
#include <set>
#include <QtConcurrent/QtConcurrentRun>

namespace kindred::ui {

namespace {

/// Suggested candidates per hyper-parameter, shown as placeholders (the field stays empty = not searched).
QString suggestion(const QString& name) {
    static const QHash<QString, QString> suggestions = {
        {QStringLiteral("factors"), QStringLiteral("16,32,64,128")},
        {QStringLiteral("learning-rate"), QStringLiteral("0.01,0.02,0.05")},
        {QStringLiteral("regularization"), QStringLiteral("0.005,0.01,0.05")},
        {QStringLiteral("bias-regularization"), QStringLiteral("1,3,10")},
        {QStringLiteral("epochs"), QStringLiteral("10,20,40")},
        {QStringLiteral("neighbours"), QStringLiteral("20,50,100")},
        {QStringLiteral("shrinkage"), QStringLiteral("10,100")},
        {QStringLiteral("dimension"), QStringLiteral("32,64")},
        {QStringLiteral("dropout"), QStringLiteral("0.1,0.3")},
        {QStringLiteral("weight-decay"), QStringLiteral("0.0001,0.001")},
        {QStringLiteral("batch-size"), QStringLiteral("256,512")},
        {QStringLiteral("ranking-weight"), QStringLiteral("0.05,0.1,0.3")},
        {QStringLiteral("pair-weight"), QStringLiteral("0,0.05")},
        {QStringLiteral("hidden"), QStringLiteral("300,500")},
        {QStringLiteral("l2"), QStringLiteral("100,200,400")},
    };
    return suggestions.value(name);
}

struct LoadedSearch {
    bool ok = false;
    QString message;
    std::optional<StoredSearch> newest;
};

} // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : Panel(parent), m_kind(new QComboBox(this)), m_parameterForm(new QFormLayout),
      m_epochs(new QSpinBox(this)), m_randomTrials(new QSpinBox(this)), m_metric(new QComboBox(this)),
      m_seed(new QSpinBox(this)), m_plan(new QLabel(this)), m_start(new QPushButton(tr("Start Search"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new SearchTrialsModel(this)) {
    for (const ModelKind* kind : modelKinds())
        if (!searchableParameters(kind->id).empty())
            m_kind->addItem(translatedModelText(kind->displayName), QString::fromStdString(kind->id));
    m_epochs->setRange(0, 10000);
    m_epochs->setSpecialValueText(tr("kind's default"));
    m_randomTrials->setRange(0, 10000);
    m_randomTrials->setSpecialValueText(tr("full grid"));
    m_metric->addItem(tr("RMSE (lower is better)"), QStringLiteral("rmse"));
    m_metric->addItem(tr("NDCG@10 (higher is better)"), QStringLiteral("ndcg"));
    m_seed->setRange(0, 1'000'000);
    m_seed->setValue(42);

    auto* modelBox = new QGroupBox(tr("Model"), this);
    auto* modelForm = new QFormLayout(modelBox);
    modelForm->addRow(tr("Kind:"), m_kind);
    modelForm->addRow(tr("Epochs:"), m_epochs);
    auto* valuesBox = new QGroupBox(tr("Values to try (comma-separated; empty = default)"), this);
    valuesBox->setLayout(m_parameterForm);
    auto* runBox = new QGroupBox(tr("Run"), this);
    auto* runForm = new QFormLayout(runBox);
    runForm->addRow(tr("Trials:"), m_randomTrials);
    runForm->addRow(tr("Choose by:"), m_metric);
    runForm->addRow(tr("Seed:"), m_seed);
    runForm->addRow(m_plan);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    runForm->addRow(buttons);
    runForm->addRow(m_progress);

    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->addWidget(modelBox);
    formLayout->addWidget(valuesBox);
    formLayout->addWidget(runBox);
    formLayout->addStretch(1);
    form->setMaximumWidth(360);

    m_table->setModel(m_model);
    installTableExportMenu(m_table);
    m_table->setObjectName(QStringLiteral("searchTrials"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(m_status);
    resultsLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(form);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 700});
    m_plan->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SearchPanel::rebuildParameterFields);
    connect(m_randomTrials, &QSpinBox::valueChanged, this, &SearchPanel::updatePlan);
    connect(m_start, &QPushButton::clicked, this, &SearchPanel::startSearch);
    connect(m_cancel, &QPushButton::clicked, &m_worker, &SearchWorker::cancel);
    connect(&m_worker, &SearchWorker::trialFinished, this, &SearchPanel::onTrial);
    connect(&m_worker, &SearchWorker::finished, this,
            [this](bool ok, const QString& message, int bestTrial, qint64) { onFinished(ok, message, bestTrial); });
    rebuildParameterFields();
}

SearchPanel::~SearchPanel() = default; // m_worker cancels and waits

void SearchPanel::rebuildParameterFields() {
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_valueFields.clear();
    const std::string kind = m_kind->currentData().toString().toStdString();
    for (const std::string& name : searchableParameters(kind)) {
        const QString key = QString::fromStdString(name);
        auto* field = new QLineEdit(this);
        field->setObjectName(key);
        field->setPlaceholderText(tr("e.g. %1").arg(suggestion(key)));
        connect(field, &QLineEdit::textChanged, this, &SearchPanel::updatePlan);
        const ModelKind* described = findModelKind(kind);
        const ModelParameter* parameter = described ? described->parameter(name) : nullptr;
        if (parameter)
            field->setToolTip(translatedModelText(parameter->help));
        m_parameterForm->addRow((parameter ? translatedModelText(parameter->label) : key) + QLatin1Char(':'), field);
        m_valueFields.insert(key, field);
    }
    updatePlan();
}

SearchRequest SearchPanel::request(QString* error) const {
    SearchRequest request;
    request.base.kind = m_kind->currentData().toString().toStdString();
    if (m_epochs->value() > 0 && kindHas(request.base.kind, ModelCapability::Epochs))
        request.base.parameters["epochs"] = double(m_epochs->value());
    request.base.seed = std::uint64_t(m_seed->value());
    request.randomTrials = m_randomTrials->value();
    request.metric = m_metric->currentData().toString().toStdString();
    error->clear();
    for (auto it = m_valueFields.cbegin(); it != m_valueFields.cend(); ++it) {
        const QString text = it.value()->text().simplified().remove(QLatin1Char(' '));
        if (text.isEmpty())
            continue;
        auto parameter = parseSearchParameter((it.key() + QLatin1Char('=') + text).toStdString());
        if (!parameter) {
            *error = QString::fromStdString(parameter.status().message());
            return request;
        }
        request.parameters.push_back(parameter.value());
    }
    // QHash order is arbitrary: sort by name so the grid order (and the seeded draw) is stable.
    std::sort(request.parameters.begin(), request.parameters.end(),
              [](const SearchParameter& a, const SearchParameter& b) { return a.name < b.name; });
    if (request.parameters.empty())
        *error = tr("Type the values to try for at least one hyper-parameter.");
    return request;
}

void SearchPanel::updatePlan() {
    QString error;
    const SearchRequest planned = request(&error);
    if (!error.isEmpty()) {
        m_plan->setText(error);
        m_start->setEnabled(false);
        return;
    }
    m_plan->setText(tr("%n trial(s) on one split; the best on validation is kept", nullptr, plannedTrials(planned)));
    m_start->setEnabled(!m_projectPath.isEmpty() && !m_worker.isRunning());
}

void SearchPanel::showSearchedValues(const StoredSearch& search) {
    std::map<std::string, std::set<double>> values;
    for (const SearchTrial& trial : search.trials)
        for (const auto& [name, value] : trial.parameters)
            values[name].insert(value);
    for (const auto& [name, set] : values) {
        QStringList texts;
        for (double value : set)
            texts << QString::number(value, 'g', 6);
        setValues(QString::fromStdString(name), texts.join(QLatin1Char(',')));
    }
}

bool SearchPanel::setModelKind(const QString& kind) {
    const int index = m_kind->findData(kind);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    return index >= 0;
}

bool SearchPanel::setValues(const QString& parameter, const QString& values) {
    QLineEdit* field = m_valueFields.value(parameter);
    if (field)
        field->setText(values);
    return field != nullptr;
}

void SearchPanel::setEpochs(int epochs) { m_epochs->setValue(epochs); }

void SearchPanel::setProjectPath(const QString& path) {
    m_projectPath = path;
    setReady(false);
    updatePlan();
    m_model->reset({});
    m_status->setText(path.isEmpty() ? tr("Open a project to search.") : tr("Loading stored searches…"));
    if (path.isEmpty())
        return;
    const int generation = ++m_loadGeneration;
    auto* watcher = new QFutureWatcher<LoadedSearch>(this);
    connect(watcher, &QFutureWatcher<LoadedSearch>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration || m_worker.isRunning())
            return;
        const LoadedSearch loaded = watcher->result();
        if (!loaded.ok) {
            m_status->setText(loaded.message);
            Q_EMIT errorOccurred(loaded.message);
        } else if (!loaded.newest) {
            m_status->setText(tr("No search yet: pick a kind, type values to try and press Start Search."));
        } else {
            const StoredSearch& search = *loaded.newest;
            m_model->showSearch(search);
            setModelKind(QString::fromStdString(search.kind));
            showSearchedValues(search);
            m_status->setText(tr("Search %1 (%2, %3, chosen by validation %4)%5: %6")
                                  .arg(search.id)
                                  .arg(QString::fromStdString(search.kind), QString::fromStdString(search.createdAt),
                                       QString::fromStdString(search.metric).toUpper(),
                                       search.cancelled ? tr(", cancelled") : QString())
                                  .arg(search.bestModelId ? tr("best kept as model %1").arg(search.bestModelId)
                                                          : tr("its best model was deleted since")));
        }
        setReady(true);
    });
    watcher->setFuture(QtConcurrent::run([path]() -> LoadedSearch {
        try {
            auto project = Project::open(path.toStdString(), OpenMode::ReadOnly);
            if (!project)
                return {false, QString::fromStdString(project.status().message()), std::nullopt};
            auto searches = loadSearches(*project.value());
            if (!searches)
                return {false, QString::fromStdString(searches.status().message()), std::nullopt};
            if (searches->empty())
                return {true, {}, std::nullopt};
            return {true, {}, searches->front()};
        } catch (const std::exception& e) {
            return {false, QString::fromUtf8(e.what()), std::nullopt};
        }
    }));
}

void SearchPanel::startSearch() {
    QString error;
    const SearchRequest planned = request(&error);
    if (!error.isEmpty() || m_projectPath.isEmpty() || m_worker.isRunning()) {
        if (!error.isEmpty())
            m_status->setText(error);
        return;
    }
    QStringList names;
    for (const SearchParameter& parameter : planned.parameters)
        names << QString::fromStdString(parameter.name);
    m_model->reset(names, planned.metric == "rmse");
    ++m_loadGeneration; // a late stored-search load must not replace the live table
    m_status->setText(tr("Searching…"));
    m_progress->setRange(0, plannedTrials(planned));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_worker.start(m_projectPath, planned);
}

void SearchPanel::onTrial(const SearchTrial& trial, int done, int total) {
    m_model->appendTrial(trial);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(tr("Trial %1 of %2 finished").arg(done).arg(total));
}

void SearchPanel::onFinished(bool ok, const QString& message, int bestTrial) {
    if (ok)
        m_model->setBestRow(bestTrial); // agrees with the running choice; the search's word is final
    m_status->setText(message);
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    updatePlan();
    Q_EMIT searchFinished(ok, message);
}

} // namespace kindred::ui
