#include "panels/PairPanel.h"

#include "kindred/train/ModelKind.h"

#include "panels/ControlColumn.h"
#include "models/TableExport.h"
#include "dialogs/ColdStartDialog.h"
#include "models/KindredUsersModel.h"
#include "models/PairResultsModel.h"
#include "plots/KindredMatchGauge.h"
#include "plots/PairBarDelegate.h"
#include "plots/PairDetailsView.h"

#include "kindred/store/Project.h"
#include "kindred/train/ModelStore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kindred::ui {

namespace {

constexpr int kExternalRole = Qt::UserRole + 1; ///< picker entries: the external id / cold-start name
constexpr int kLabelRole = Qt::UserRole + 2;    ///< picker entries: "namespace:external_id"

QTableView* makeTable(QWidget* parent) {
    auto* view = new QTableView(parent);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    installTableExportMenu(view);
    return view;
}

} // namespace

PairPanel::PairPanel(QWidget* parent)
    : Panel(parent)
    , m_gauge(new KindredMatchGauge(this))
    , m_results(new PairResultsModel(this))
    , m_details(new PairDetailsView(this))
    , m_kindred(new KindredUsersModel(this)) {
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &PairPanel::showExportDialog);

    m_resultsView = makeTable(this);
    m_resultsView->setObjectName(QStringLiteral("resultsView"));
    m_resultsView->setModel(m_results);
    auto* bars = new PairBarDelegate(PairResultsModel::BarRole, PairResultsModel::BarColorRole, m_resultsView);
    for (int column : {PairResultsModel::ScoreAColumn, PairResultsModel::ScoreBColumn, PairResultsModel::PairColumn})
        m_resultsView->setItemDelegateForColumn(column, bars);
    auto* header = m_resultsView->horizontalHeader();
    header->setSectionResizeMode(PairResultsModel::RankColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PairResultsModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PairResultsModel::DomainColumn, QHeaderView::ResizeToContents);
    for (int column : {PairResultsModel::ScoreAColumn, PairResultsModel::ScoreBColumn, PairResultsModel::PairColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, 96);
    }
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && m_results->session())
                    m_details->setItem(m_results->session(), m_results->itemAt(current.row()), m_lastA, m_lastB);
                else
                    m_details->clear();
            });
    connect(m_details, &PairDetailsView::feedbackRequested, this, &PairPanel::giveFeedback);

    auto* gaugeRow = new QHBoxLayout;
    gaugeRow->addWidget(m_gauge, 1);
    gaugeRow->addWidget(m_export, 0, Qt::AlignTop);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(gaugeRow);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_resultsView, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* scroll = makeControlColumn(createControls(), 290, this);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(split, 1);
    setProjectPath({});
}

QWidget* PairPanel::createControls() {
    auto* form = new QWidget;
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 4, 0);

    auto* modelBox = new QGroupBox(tr("Model"), form);
    auto* modelLayout = new QVBoxLayout(modelBox);
    m_model = new QComboBox(modelBox);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(16);
    connect(m_model, &QComboBox::activated, this, [this] { loadModel(m_model->currentData().toLongLong()); });
    modelLayout->addWidget(m_model);

    auto* peopleBox = new QGroupBox(tr("People"), form);
    auto* people = new QFormLayout(peopleBox);
    for (QComboBox** picker : {&m_userA, &m_userB}) {
        auto* combo = new QComboBox(peopleBox);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        auto* completer = new QCompleter(combo->model(), combo);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        combo->setCompleter(completer);
        combo->lineEdit()->setPlaceholderText(tr("Type a user id…"));
        // Show the start of a long entry (the user id), not its end.
        connect(combo, &QComboBox::currentIndexChanged, combo, [combo] { combo->lineEdit()->setCursorPosition(0); });
        *picker = combo;
    }
    m_userA->setToolTip(tr("Person A: type to search user ids"));
    m_userB->setToolTip(tr("Person B: type to search user ids"));
    m_newUser = new QPushButton(tr("New user from ratings…"), peopleBox);
    connect(m_newUser, &QPushButton::clicked, this, &PairPanel::showColdStartDialog);
    people->addRow(tr("A"), m_userA);
    people->addRow(tr("B"), m_userB);
    people->addRow(m_newUser);

    auto* optionsBox = new QGroupBox(tr("Options"), form);
    auto* options = new QFormLayout(optionsBox);
    m_domains = new QListWidget(optionsBox);
    m_domains->setToolTip(tr("Recommend items of the checked media only"));
    m_domains->setMaximumHeight(m_domains->fontMetrics().height() * 4 + 8);
    m_strategy = new QComboBox(optionsBox);
    m_strategy->addItem(tr("Average"), QStringLiteral("average"));
    m_strategy->addItem(tr("Least misery"), QStringLiteral("least-misery"));
    m_strategy->addItem(tr("Most pleasure"), QStringLiteral("most-pleasure"));
    m_strategy->addItem(tr("Fairness (GFAR)"), QStringLiteral("fairness"));
    m_strategy->addItem(tr("Borda count"), QStringLiteral("borda"));
    m_lambdaSlider = new QSlider(Qt::Horizontal, optionsBox);
    m_lambdaSlider->setRange(0, 100);
    m_lambda = new QDoubleSpinBox(optionsBox);
    m_lambda->setRange(0, 1);
    m_lambda->setSingleStep(0.05);
    m_lambda->setDecimals(2);
    m_lambda->setToolTip(tr("MMR λ: 1 = relevance only, lower = more diverse"));
    connect(m_lambdaSlider, &QSlider::valueChanged, this, [this](int value) { m_lambda->setValue(value / 100.0); });
    connect(m_lambda, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { m_lambdaSlider->setValue(qRound(value * 100)); });
    m_lambda->setValue(0.8);
    auto* lambdaRow = new QHBoxLayout;
    lambdaRow->addWidget(m_lambdaSlider, 1);
    lambdaRow->addWidget(m_lambda);
    m_k = new QSpinBox(optionsBox);
    m_k->setRange(1, 200);
    m_k->setValue(10);
    options->addRow(tr("Media"), m_domains);
    options->addRow(tr("Strategy"), m_strategy);
    options->addRow(tr("Diversity λ"), lambdaRow);
    options->addRow(tr("K"), m_k);

    m_recommend = new QPushButton(tr("Recommend"), form);
    m_recommend->setDefault(true);
    connect(m_recommend, &QPushButton::clicked, this, &PairPanel::recommend);

    auto* kindredBox = new QGroupBox(tr("Kindred users of A"), form);
    auto* kindredLayout = new QVBoxLayout(kindredBox);
    m_findKindred = new QPushButton(tr("Find kindred users"), kindredBox);
    connect(m_findKindred, &QPushButton::clicked, this, &PairPanel::findKindredUsers);
    m_kindredView = makeTable(kindredBox);
    m_kindredView->setObjectName(QStringLiteral("kindredView"));
    m_kindredView->setModel(m_kindred);
    m_kindredView->setItemDelegateForColumn(
        KindredUsersModel::CosineColumn,
        new PairBarDelegate(KindredUsersModel::BarRole, KindredUsersModel::BarColorRole, m_kindredView));
    m_kindredView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kindredView->horizontalHeader()->setSectionResizeMode(KindredUsersModel::CosineColumn, QHeaderView::Stretch);
    m_kindredView->setMinimumHeight(m_kindredView->verticalHeader()->defaultSectionSize() * 5);
    m_kindredView->setToolTip(tr("Select a user to make them person B"));
    connect(m_kindredView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const int index = m_userB->findData(current.data(KindredUsersModel::UserRole).toInt());
                if (index >= 0)
                    m_userB->setCurrentIndex(index);
            });
    kindredLayout->addWidget(m_findKindred);
    kindredLayout->addWidget(m_kindredView, 1);

    layout->addWidget(modelBox);
    layout->addWidget(peopleBox);
    layout->addWidget(optionsBox);
    layout->addWidget(m_recommend);
    layout->addWidget(m_status);
    layout->addWidget(kindredBox, 1);
    return form;
}

void PairPanel::setProjectPath(const QString& path) {
    dropWaitingLoad();
    ++m_generation;
    m_path = path;
    m_sessions.clear();
    m_session.reset();
    m_coldStart.clear();
    m_results->clear();
    m_kindred->clear();
    m_details->clear();
    m_model->clear();
    m_userA->clear();
    m_userB->clear();
    m_domains->clear();
    m_summary->clear();
    m_export->setEnabled(false);
    m_recommendRunning = m_recommendPending = false;
    m_autoRun = false;
    m_loading = false;
    setReady(false);
    setBusy(true);
    if (path.isEmpty()) {
        m_gauge->clear(tr("Open a project"));
        return;
    }
    if (!listModels()) {
        setReady(true);
        return;
    }
    if (m_model->count() == 0) {
        const QString message = tr("No model yet — train one in Training (mf, autorec or siamese)");
        showMessage(message, false);
        m_gauge->clear(message);
        setReady(true);
        return;
    }
    m_autoRun = true;
    loadModel(m_model->itemData(0).toLongLong());
}

bool PairPanel::listModels() {
    const qint64 current = m_model->currentData().toLongLong();
    m_model->clear();
    auto project = Project::open(m_path.toStdString(), OpenMode::ReadOnly);
    if (!project) {
        showMessage(tr("Could not open %1: %2").arg(m_path, QString::fromStdString(project.status().message())), true);
        return false;
    }
    const auto models = ModelStore(*project.value()).list(); // newest first
    if (models) {
        for (const ModelSummary& model : models.value()) {
            const QString kind = QString::fromStdString(model.kind);
            if (!kindHas(kind.toStdString(), ModelCapability::TasteSpace))
                continue; // no taste space (bias, popularity, item-knn)
            m_model->addItem(QString::fromStdString(model.name), qint64(model.id));
            m_model->setItemData(m_model->count() - 1,
                                 tr("%1 model %2, created %3\n%4")
                                     .arg(kind)
                                     .arg(model.id)
                                     .arg(QString::fromStdString(model.createdAt),
                                          QString::fromStdString(model.metricsSummary)),
                                 Qt::ToolTipRole);
        }
    }
    if (const int index = m_model->findData(current); index >= 0)
        m_model->setCurrentIndex(index);
    return true;
}

void PairPanel::showEvent(QShowEvent* event) {
    Panel::showEvent(event);
    // Models trained since the project was opened (Training panel) appear here.
    if (m_path.isEmpty() || !isReady() || m_loading)
        return;
    const int before = m_model->count();
    listModels();
    if (!m_session && before == 0 && m_model->count() > 0) {
        m_autoRun = true;
        loadModel(m_model->itemData(0).toLongLong());
    }
}

void PairPanel::onSessionLoaded(const std::shared_ptr<const PairSession>& session) {
    m_session = session;
    m_coldStart.clear();
    m_results->clear();
    m_kindred->clear();
    m_details->clear();
    m_summary->clear();
    m_export->setEnabled(false);
    m_gauge->clear();
    m_domains->clear();
    for (int d = 0; d < int(session->data().domains.size()); ++d) {
        auto* item = new QListWidgetItem(session->domainName(d), m_domains);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, d);
    }
    fillUserPickers();
    setBusy(false);
    showMessage(tr("Model loaded: %1 users, %2 items").arg(session->userCount()).arg(session->itemCount()), false);
    if (m_afterLoad) {
        std::exchange(m_afterLoad, {})();
        return;
    }
    if (!m_autoRun) {
        finishAutoRun();
        return;
    }
    // Default pair: the most active user and their most kindred user, then one recommendation.
    const std::int32_t a = session->mostActiveUser();
    if (a < 0) {
        finishAutoRun();
        return;
    }
    m_userA->setCurrentIndex(m_userA->findData(int(a)));
    findKindredUsers();
}

void PairPanel::fillUserPickers() {
    for (QComboBox* combo : {m_userA, m_userB}) {
        combo->blockSignals(true);
        combo->clear();
    }
    if (m_session) {
        for (std::int32_t u = 0; u < m_session->userCount(); ++u) {
            addPickerEntry(QStringLiteral("%1  ·  %2").arg(m_session->userExternal(u), m_session->userSummary(u)), int(u));
            for (QComboBox* combo : {m_userA, m_userB}) {
                combo->setItemData(u, m_session->userExternal(u), kExternalRole);
                combo->setItemData(u, m_session->userLabel(u), kLabelRole);
                combo->setItemData(u, m_session->userLabel(u), Qt::ToolTipRole);
            }
        }
    }
    for (int k = 0; k < m_coldStart.size(); ++k)
        addPickerEntry(tr("★ %1 (new, %n rating(s))", nullptr, int(m_coldStart[k].history.size())).arg(m_coldStart[k].name),
                       -(k + 1));
    for (QComboBox* combo : {m_userA, m_userB})
        combo->blockSignals(false);
}

void PairPanel::addPickerEntry(const QString& text, int code) {
    for (QComboBox* combo : {m_userA, m_userB})
        combo->addItem(text, code);
}

int PairPanel::findUser(const QString& spec) const {
    const QString wanted = spec.trimmed();
    for (int i = 0; i < m_userA->count(); ++i) {
        if (m_userA->itemText(i) == wanted || m_userA->itemData(i, kExternalRole).toString() == wanted ||
            m_userA->itemData(i, kLabelRole).toString() == wanted)
            return i;
        const int code = m_userA->itemData(i).toInt();
        if (code < 0 && m_coldStart.value(-(code + 1)).name == wanted)
            return i;
    }
    return -1;
}

bool PairPanel::setUsers(const QString& a, const QString& b) {
    const int ia = findUser(a), ib = findUser(b);
    if (ia >= 0)
        m_userA->setCurrentIndex(ia);
    if (ib >= 0)
        m_userB->setCurrentIndex(ib);
    return ia >= 0 && ib >= 0;
}

int PairPanel::resultCount() const {
    return m_results->rowCount();
}

} // namespace kindred::ui
