#include "panels/ExplorerPanel.h"

#include "panels/ControlColumn.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "panels/ExplorerProjectionForm.h"
#include "panels/ExplorerSelectionPane.h"
#include "panels/ExplorerSelectionTable.h"
#include "plots/PointView2D.h"
#include "plots/ScatterView3D.h"

#include <QFileDialog>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QButtonGroup>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <numeric>

namespace kindred::ui {

namespace {

const QColor kTrajectoryColour(0xe0, 0x1f, 0x5b);
constexpr int kNeighbours = 10;

QString projectionLabel(const Projection& p) {
    const QString entities = p.request.entities == ProjectedEntities::Items   ? QObject::tr("items")
                             : p.request.entities == ProjectedEntities::Users ? QObject::tr("users")
                                                                              : QObject::tr("items + users");
    return QStringLiteral("%1 %2D · %3 %4 · %5")
        .arg(p.request.method == "tsne"   ? QStringLiteral("t-SNE")
             : p.request.method == "umap" ? QStringLiteral("UMAP")
                                          : QStringLiteral("PCA"))
        .arg(p.request.dimensions)
        .arg(p.rows())
        .arg(entities,
             QString::fromStdString(p.createdAt).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
}

} // namespace

ExplorerPanel::ExplorerPanel(QWidget* parent)
    : Panel(parent)
    , m_titles(new QStringListModel(this))
    , m_scatter(new ScatterView3D(this))
    , m_flat(new PointView2D(this))
    , m_table(new ExplorerSelectionTable(this))
    , m_selectionPane(new ExplorerSelectionPane(this)) {
    m_pool.setMaxThreadCount(2); // a load or a projection, plus quick look-ups beside it
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_scatter->setToolTip(tr("Drag to rotate, wheel to zoom, click a point to select it"));

    auto* scroll = makeControlColumn(createControls(), 260, this);

    // The plot over the selection table.
    auto* plotAndTable = m_plotAndTable = new QSplitter(Qt::Vertical, this);
    plotAndTable->addWidget(createPlotArea());
    plotAndTable->addWidget(m_table);
    plotAndTable->setStretchFactor(0, 3);
    plotAndTable->setStretchFactor(1, 1);
    plotAndTable->setSizes({640, 200});

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(plotAndTable);
    splitter->addWidget(m_selectionPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({640, 340});
    m_selectionPane->setMinimumWidth(240); // room for neighbours' titles beside the plot

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(splitter, 1);

    connect(&m_modelsWatcher, &QFutureWatcherBase::finished, this, &ExplorerPanel::onModelsListed);
    connect(&m_spaceWatcher, &QFutureWatcherBase::finished, this, &ExplorerPanel::onSpaceLoaded);
    connect(&m_neighbourWatcher, &QFutureWatcherBase::finished, this, &ExplorerPanel::onNeighbours);
    connect(&m_computeWatcher, &QFutureWatcherBase::finished, this, &ExplorerPanel::onComputed);
    connect(&m_pointsWatcher, &QFutureWatcherBase::finished, this, &ExplorerPanel::onPointsBuilt);
    connect(&m_trajectoryWatcher, &QFutureWatcherBase::finished, this, [this] {
        const ExplorerTrajectory result = m_trajectoryWatcher.result();
        m_selectionPane->setTrajectoryBusy(false);
        if (m_trajectoryGeneration != m_generation || m_trajectoryUser != m_selectedId || !m_selectedIsUser)
            return; // the selection or the model changed meanwhile
        if (!result.error.isEmpty())
            Q_EMIT errorOccurred(tr("Taste trajectory: %1").arg(result.error));
        m_scatter->setPath(result.path, kTrajectoryColour);
        m_flat->setPath(result.path, kTrajectoryColour);
        Q_EMIT trajectoryShown(int(result.path.size()));
    });
    connect(m_selectionPane, &ExplorerSelectionPane::neighbourPicked, this,
            [this](qint64 id, bool isUser) { select(id, isUser, true); });
    connect(m_selectionPane, &ExplorerSelectionPane::trajectoryRequested, this,
            &ExplorerPanel::showTrajectory);
    connect(m_selectionPane, &ExplorerSelectionPane::neighbourFilterChanged, this, [this] {
        if (m_space && m_selectedId && !m_selectedIsUser)
            findNeighbours();
    });
    connect(m_scatter, &ScatterView3D::pointPicked, this,
            [this](qint64 id, bool isUser) { select(id, isUser, false); });
    connect(m_flat, &PointView2D::pointPicked, this, [this](qint64 id, bool isUser) { select(id, isUser, false); });
    // The table fills after the view has painted the new selection, from a zero timer (a queued
    // call would run in the same batch of posted events as the paint): each step stays short on a
    // few hundred thousand points.
    connect(m_flat, &PointView2D::selectionChanged, this, [this] {
        if (!std::exchange(m_listingPending, true))
            QTimer::singleShot(0, this, [this] {
                m_listingPending = false;
                listSelection();
            });
    });
    connect(m_table, &ExplorerSelectionTable::pairRequested, this, &ExplorerPanel::recommendForSelection);
    connect(m_table, &ExplorerSelectionTable::newPersonRequested, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New person"), tr("Name:"), QLineEdit::Normal,
                                                   tr("Likes %1").arg(m_table->model()->rowCount()), &ok);
        if (ok && !name.trimmed().isEmpty())
            newPersonFromSelection(name.trimmed());
    });
    connect(&m_pairWatcher, &QFutureWatcherBase::finished, this, [this] {
        const ExplorerCentralPair result = m_pairWatcher.result();
        if (!m_space || m_pairWatcher.property("generation").toULongLong() != m_generation)
            return;
        if (!result.error.isEmpty()) {
            Q_EMIT errorOccurred(result.error);
            return;
        }
        Q_EMIT pairRequested(m_space->modelId, result.userA, result.userB, result.why);
    });
    showMessage(tr("Open a project to explore its taste space."));
}

ExplorerPanel::~ExplorerPanel() {
    ++m_pointsRequest;
    if (m_progress)
        m_progress->requestCancel();
    m_pool.waitForDone();
}

QWidget* ExplorerPanel::createControls() {
    auto* form = new QWidget;
    auto* layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 4, 0);

    auto* viewBox = new QGroupBox(tr("View"), form);
    auto* viewLayout = new QFormLayout(viewBox);
    viewLayout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_model = new QComboBox(viewBox);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projection = new QComboBox(viewBox);
    m_projection->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_colourBy = new QComboBox(viewBox);
    m_colourBy->setObjectName(QStringLiteral("colourBy"));
    m_colourBy->addItem(tr("Medium"), int(ExplorerColouring::Domain));
    m_colourBy->addItem(tr("Genre (first)"), int(ExplorerColouring::Genre));
    m_colourBy->addItem(tr("Cluster"), int(ExplorerColouring::Cluster));
    m_colourBy->addItem(tr("Mean rating"), int(ExplorerColouring::MeanRating));
    m_colourBy->setItemData(3, tr("Mean rating as a share of each catalogue's rating scale, in fifths"),
                            Qt::ToolTipRole);
    m_show = new QComboBox(viewBox);
    m_show->addItem(tr("Items"), int(ExplorerShown::Items));
    m_show->addItem(tr("Users"), int(ExplorerShown::Users));
    m_show->addItem(tr("Items and users"), int(ExplorerShown::Both));
    viewLayout->addRow(tr("Model"), m_model);
    viewLayout->addRow(tr("Projection"), m_projection);
    viewLayout->addRow(tr("Colour by"), m_colourBy);
    viewLayout->addRow(tr("Show"), m_show);
    auto* renameButton = new QPushButton(tr("Rename cluster…"), viewBox);
    renameButton->setToolTip(tr("Clusters are named by their most distinctive genres and title words; give one "
                                "a name of your own"));
    viewLayout->addRow(renameButton);
    connect(renameButton, &QPushButton::clicked, this, &ExplorerPanel::askClusterName);
    auto* exportButton = new QPushButton(tr("Export for Embedding Projector…"), viewBox);
    exportButton->setToolTip(tr("vectors.tsv and metadata.tsv for projector.tensorflow.org, and the shown "
                                "projection's coordinates as CSV"));
    viewLayout->addRow(exportButton);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export for Embedding Projector"));
        if (!folder.isEmpty() && !exportProjector(folder))
            Q_EMIT errorOccurred(tr("Open a model with vectors first"));
    });
    connect(m_model, &QComboBox::activated, this, [this] { loadModel(m_model->currentData().toLongLong()); });
    connect(m_projection, &QComboBox::currentIndexChanged, this, [this] {
        updateShowChoices();
        showProjection();
    });
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, &ExplorerPanel::showProjection);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ExplorerPanel::showProjection);

    auto* searchBox = new QGroupBox(tr("Find"), form);
    auto* searchLayout = new QVBoxLayout(searchBox);
    m_search = new QLineEdit(searchBox);
    m_search->setPlaceholderText(tr("Title…"));
    m_search->setClearButtonEnabled(true);
    auto* completer = new QCompleter(m_titles, m_search);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    m_search->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& title) { selectItemByTitle(title); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().isEmpty() && !selectItemByTitle(m_search->text()))
            Q_EMIT errorOccurred(tr("No item titled “%1” in this model").arg(m_search->text()));
    });
    searchLayout->addWidget(m_search);

    m_form = new ExplorerProjectionForm(form);
    connect(m_form, &ExplorerProjectionForm::computeRequested, this, &ExplorerPanel::computeProjection);
    connect(m_form, &ExplorerProjectionForm::cancelRequested, this, [this] {
        if (m_progress)
            m_progress->requestCancel();
        m_form->setStatus(tr("Cancelling…"));
    });

    layout->addWidget(viewBox);
    layout->addWidget(searchBox);
    layout->addWidget(m_form);
    layout->addStretch(1);
    return form;
}

QWidget* ExplorerPanel::createPlotArea() {
    auto* area = new QWidget(this);
    auto* toolbar = new QHBoxLayout;
    m_plotKind = new QComboBox(area);
    m_plotKind->setObjectName(QStringLiteral("plotKind"));
    m_plotKind->addItem(tr("Flat — every point"));
    m_plotKind->addItem(tr("3D"));
    m_plotKind->setToolTip(tr("The flat view draws every point and selects by box or lasso; the 3D view turns "
                              "a 3D projection in space"));
    connect(m_plotKind, &QComboBox::activated, this, [this](int index) {
        setFlatView(index == 0);
        if (const auto projection = currentProjection(); projection && !m_shown.points.isEmpty())
            updateSummary(*projection, int(m_shown.points.size()));
    });
    auto* tools = new QButtonGroup(area);
    const auto tool = [&](const QString& text, const QString& tip, PointView2D::Tool kind) {
        auto* button = new QToolButton(area);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        tools->addButton(button);
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) {
            if (on)
                m_flat->setTool(kind);
        });
        toolbar->addWidget(button);
        return button;
    };
    toolbar->addWidget(m_plotKind);
    m_panTool = tool(tr("Pan"), tr("Drag to move, wheel to zoom, click a point to select it (Home: show all)"),
                     PointView2D::Tool::Pan);
    m_boxTool = tool(tr("Box"), tr("Drag a box to select the points in it (Shift adds, Esc clears)"),
                     PointView2D::Tool::Box);
    m_lassoTool = tool(tr("Lasso"), tr("Draw around points to select them (Shift adds, Esc clears)"),
                       PointView2D::Tool::Lasso);
    m_panTool->setChecked(true);
    auto* selectCluster = new QPushButton(tr("Select cluster…"), area);
    selectCluster->setToolTip(tr("Select every point of one cluster and list them below"));
    connect(selectCluster, &QPushButton::clicked, this, &ExplorerPanel::askClusterToSelect);
    toolbar->addWidget(selectCluster);
    toolbar->addStretch(1);

    m_plots = new QStackedWidget(area);
    m_plots->addWidget(m_flat);
    m_plots->addWidget(m_scatter);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(toolbar);
    layout->addWidget(m_plots, 1);
    layout->addWidget(m_legend);
    return area;
}

bool ExplorerPanel::showsFlatView() const {
    return m_plots->currentWidget() == m_flat;
}

void ExplorerPanel::show3DPoints() {
    const auto projection = currentProjection();
    m_scatter->setPoints(m_shown.groups, m_points3D, projection && projection->request.dimensions == 2);
    m_scatter->setLabels(labelsFor3D(m_shown.clusterLabels));
    if (m_selectedId != 0)
        m_scatter->highlight(m_scatter->indexOf(m_selectedId, m_selectedIsUser));
    m_scatter3DCurrent = true;
}

void ExplorerPanel::setFlatView(bool flat) {
    if (!flat && !m_scatter3DCurrent && !m_shown.points.isEmpty())
        show3DPoints();
    m_plots->setCurrentWidget(flat ? static_cast<QWidget*>(m_flat) : m_scatter);
    m_plotKind->setCurrentIndex(flat ? 0 : 1);
    for (QToolButton* button : {m_panTool, m_boxTool, m_lassoTool})
        button->setEnabled(flat);
}

QList<ScatterLabel> ExplorerPanel::labelsFor3D(QList<ScatterLabel> labels) {
    // In 3D, names cannot step aside for each other as on the flat view: the part before the
    // media mix ("Cluster 2: Drama · Comedy · Crime"); the legend and the flat view keep it all.
    for (ScatterLabel& label : labels)
        if (const auto mix = label.text.indexOf(QStringLiteral(" — ")); mix > 0)
            label.text.truncate(mix);
    return labels;
}

QList<ScatterPoint> ExplorerPanel::pointsFor3D(const ExplorerPointSet& set) {
    if (set.points.size() <= kMax3DPoints)
        return set.points;
    QList<int> order(set.points.size());
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + kMax3DPoints, order.end(),
                      [&](int a, int b) { return set.points[a].weight > set.points[b].weight; });
    QList<ScatterPoint> out;
    out.reserve(kMax3DPoints);
    for (int k = 0; k < kMax3DPoints; ++k)
        out << set.points[order[k]];
    return out;
}

void ExplorerPanel::highlightInPlots(qint64 id, bool isUser, bool fly) {
    const int index3D = m_scatter->indexOf(id, isUser), indexFlat = m_flat->indexOf(id, isUser);
    m_scatter->highlight(index3D);
    m_flat->highlight(indexFlat);
    if (fly) {
        m_scatter->flyTo(index3D);
        m_flat->flyTo(indexFlat);
    }
}

void ExplorerPanel::setMessageInPlots(const QString& message) {
    m_scatter->setMessage(message);
    m_flat->setMessage(message);
}

void ExplorerPanel::clearPlots() {
    m_scatter->clear();
    m_flat->clear();
    m_shown = {};
    m_points3D.clear();
    m_scatter3DCurrent = true; // nothing to show
    m_shownProjectionId = -1;
    m_table->showNothing({});
}

void ExplorerPanel::listSelection() {
    const QString heading = m_nextSelectionHeading.isEmpty() ? tr("Selection") : m_nextSelectionHeading;
    m_nextSelectionHeading.clear();
    if (!m_space || m_flat->selection().isEmpty()) {
        m_table->showNothing(tr("Nothing selected."));
        Q_EMIT selectionListed(0);
        return;
    }
    QList<ExplorerSelectionModel::Row> rows;
    rows.reserve(m_flat->selection().size());
    for (const int index : m_flat->selection()) {
        const ScatterPoint& p = m_shown.points.at(index); // the flat view shows m_shown's points
        rows.append({p.isUser, m_shown.dense.at(index), p.id});
    }
    const int count = int(rows.size());
    const bool wasCollapsed = m_table->model()->rowCount() == 0;
    m_table->showSelection(m_space, std::move(rows), heading);
    if (wasCollapsed) { // the table opens below the plot
        const int total = m_plotAndTable->height();
        const int table = std::min(300, total / 2);
        m_plotAndTable->setSizes({total - table, table});
    }
    Q_EMIT selectionListed(count);
}

bool ExplorerPanel::selectCluster(int cluster) {
    QList<int> members;
    for (int i = 0; i < m_shown.cluster.size(); ++i)
        if (m_shown.cluster[i] == cluster)
            members << i;
    const auto projection = currentProjection();
    if (members.isEmpty() || !projection)
        return false;
    m_nextSelectionHeading = explorerClusterName(*projection, cluster);
    m_flat->setSelection(members);
    return true;
}

int ExplorerPanel::askForCluster(const QString& title) {
    const QStringList names = clusterNames();
    if (names.isEmpty()) {
        Q_EMIT errorOccurred(tr("This projection has no clusters; compute one with Clusters (k) above 0."));
        return -1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Cluster:"), names, 0, false, &ok);
    return ok ? int(names.indexOf(chosen)) : -1;
}

void ExplorerPanel::askClusterToSelect() {
    if (const int cluster = askForCluster(tr("Select cluster")); cluster >= 0)
        selectCluster(cluster);
}

bool ExplorerPanel::recommendForSelection() {
    const auto& rows = m_table->model()->rows();
    if (!m_space || rows.isEmpty() || m_pairWatcher.isRunning())
        return false;
    QList<int> items, users;
    for (const auto& row : rows)
        (row.isUser ? users : items) << row.dense;
    const QString path = m_path;
    auto space = m_space;
    m_pairWatcher.setProperty("generation", m_generation);
    m_pairWatcher.setFuture(QtConcurrent::run(
        &m_pool, [path, space, items, users] { return findCentralPair(path, space, items, users); }));
    return true;
}

bool ExplorerPanel::newPersonFromSelection(const QString& name) {
    if (!m_space)
        return false;
    QList<qint64> items;
    for (const auto& row : m_table->model()->rows())
        if (!row.isUser)
            items << row.id;
    if (items.isEmpty())
        return false;
    Q_EMIT newPersonRequested(m_space->modelId, name, items);
    return true;
}

void ExplorerPanel::setProjectPath(const QString& path) {
    dropWaitingLoad();
    m_path = path;
    ++m_generation; // results of jobs started before are dropped
    setReady(false);
    m_space.reset();
    m_form->setPoints(0, 0, 0);
    m_projections.clear();
    m_model->clear();
    m_projection->clear();
    m_titles->setStringList({});
    clearPlots();
    m_selectedId = 0;
    m_selectionPane->showNothing();
    if (path.isEmpty()) {
        showMessage(tr("Open a project to explore its taste space."));
        return;
    }
    showMessage(tr("Reading the project's models…"));
    m_modelsWatcher.setFuture(QtConcurrent::run(&m_pool, [path] { return listExplorerModels(path); }));
}

void ExplorerPanel::onModelsListed() {
    const ExplorerModelList result = m_modelsWatcher.result();
    if (!result.error.isEmpty()) {
        Q_EMIT errorOccurred(result.error);
        showMessage(tr("Could not read the models: %1").arg(result.error));
        setReady(true);
        return;
    }
    int first = -1;
    for (const ExplorerModel& model : result.models) {
        if (!model.hasSpace)
            continue; // baselines have no vectors to place
        m_model->addItem(tr("%1 (%2)").arg(model.name, model.createdAt.left(10)), model.id);
        if (first < 0)
            first = m_model->count() - 1;
    }
    if (first < 0) {
        showMessage(tr("No model with an embedding yet — train a Siamese or matrix factorisation model in "
                       "Training, then come back."));
        setReady(true);
        return;
    }
    m_model->setCurrentIndex(first);
    loadModel(m_model->currentData().toLongLong());
}

void ExplorerPanel::loadModel(qint64 modelId) {
    setReady(false);
    m_readyAfterNeighbours = false;
    m_space.reset();
    m_form->setPoints(0, 0, 0);
    clearPlots();
    m_selectedId = 0;
    m_selectionPane->showNothing();
    showMessage(tr("Loading the model, its projections and neighbour indexes…"));
    m_spaceGeneration = ++m_generation;
    loadWhenShown([this, modelId] {
        const QString path = m_path;
        m_spaceWatcher.setFuture(
            QtConcurrent::run(&m_pool, [path, modelId] { return loadExplorerSpace(path, modelId); }));
    });
}

void ExplorerPanel::onSpaceLoaded() {
    if (m_spaceGeneration != m_generation)
        return; // another project was opened meanwhile
    auto space = std::make_shared<const ExplorerSpace>(m_spaceWatcher.result());
    if (!space->error.isEmpty()) {
        Q_EMIT errorOccurred(space->error);
        showMessage(tr("Could not load the model: %1").arg(space->error));
        setReady(true);
        return;
    }
    if (!space->neighbourError.isEmpty())
        Q_EMIT errorOccurred(tr("Neighbour search unavailable: %1").arg(space->neighbourError));
    m_space = space;
    m_form->setPoints(std::size_t(space->space->data->itemCount()), std::size_t(space->space->data->userCount()),
                      space->space->dimension);
    m_autoSelect = true;
    m_projections = space->projections;
    m_titles->setStringList(space->sortedTitles);
    fillProjections(0);
}

void ExplorerPanel::fillProjections(qint64 selectId) {
    const QSignalBlocker blocker(m_projection);
    m_projection->clear();
    for (const auto& p : std::as_const(m_projections)) {
        m_projection->addItem(projectionLabel(*p), qint64(p->id));
        m_projection->setItemData(m_projection->count() - 1, projectionLabel(*p), Qt::ToolTipRole);
        if (p->id == selectId)
            m_projection->setCurrentIndex(m_projection->count() - 1);
    }
    updateShowChoices();
    showProjection();
}

std::shared_ptr<const Projection> ExplorerPanel::currentProjection() const {
    const int index = m_projection->currentIndex();
    return index >= 0 && index < m_projections.size() ? m_projections.at(index) : nullptr;
}

void ExplorerPanel::updateShowChoices() {
    const auto projection = currentProjection();
    const ProjectedEntities entities = projection ? projection->request.entities : ProjectedEntities::Items;
    const QSignalBlocker blocker(m_show);
    m_show->setEnabled(entities == ProjectedEntities::Both);
    m_show->setCurrentIndex(entities == ProjectedEntities::Users  ? 1
                            : entities == ProjectedEntities::Both ? 2
                                                                  : 0);
}

void ExplorerPanel::showProjection() {
    const auto projection = currentProjection();
    if (!m_space)
        return;
    if (!projection) {
        ++m_pointsRequest; // drops points still being built
        clearPlots();
        showMessage(
            tr("This model has no projection yet — make one with New projection (PCA takes seconds)."));
        setReady(true);
        return;
    }
    // The points, their flat layout and the first item to look at are built on a worker (a
    // project's every item and person is a few hundred thousand points); the newest request wins.
    const auto space = m_space;
    const auto colouring = ExplorerColouring(m_colourBy->currentData().toInt());
    const auto shown = ExplorerShown(m_show->currentData().toInt());
    const quint64 request = ++m_pointsRequest;
    m_pointsWatcher.setFuture(QtConcurrent::run(&m_pool, [space, projection, colouring, shown, request] {
        ExplorerShownPoints out;
        out.request = request;
        out.space = space;
        out.projection = projection;
        out.set = buildExplorerPoints(*space, *projection, colouring, shown);
        out.flat = PointView2D::layOut(out.set.groups, out.set.points);
        out.points3D = pointsFor3D(out.set);
        out.firstLook = mostRatedTitledItem(*space, out.set);
        return out;
    }));
}

qint64 ExplorerPanel::mostRatedTitledItem(const ExplorerSpace& space, const ExplorerPointSet& set) {
    qint64 best = 0;
    int bestRatings = -1;
    for (const ScatterPoint& p : set.points) {
        const int dense = p.isUser ? -1 : space.denseItem.value(p.id, -1);
        // Titled items first: a title says more than an id.
        const int ratings =
            dense < 0 ? -1 : space.itemRatings.value(dense) + (space.itemTitled.value(dense) ? 1 << 24 : 0);
        if (ratings > bestRatings)
            best = p.id, bestRatings = ratings;
    }
    return best;
}

void ExplorerPanel::onPointsBuilt() {
    const ExplorerShownPoints result = m_pointsWatcher.result();
    if (result.request != m_pointsRequest || result.space != m_space)
        return; // a newer request, or another model
    const ExplorerPointSet& set = result.set;
    m_shown = set;
    m_points3D = result.points3D;
    m_flat->setLayout(result.flat);
    m_flat->setLabels(set.clusterLabels);
    // The 3D view gets its points when it shows (building its series is UI-thread work).
    m_scatter3DCurrent = false;
    if (result.projection->id != m_shownProjectionId) {
        // A new projection: the plot that can show it whole.
        m_shownProjectionId = result.projection->id;
        setFlatView(result.projection->request.dimensions == 2 || set.points.size() > kFlatViewFrom);
    }
    if (!showsFlatView() && !m_scatter3DCurrent)
        show3DPoints();
    else if (showsFlatView() && m_scatter->pointCount() > 0)
        m_scatter->clear();
    setMessageInPlots({});
    m_table->showNothing(tr("Select points with the box or lasso tool of the flat view, or a whole cluster with "
                            "Select cluster."));
    updateLegend(set);
    updateSummary(*result.projection, int(set.points.size()));
    Q_EMIT pointsShown(int(set.points.size()));
    if (m_selectedId != 0) {
        highlightInPlots(m_selectedId, m_selectedIsUser, false);
    } else if (m_autoSelect) {
        // A first look: the most-rated shown item and its neighbours; ready() once they are listed.
        m_autoSelect = false;
        if (result.firstLook != 0 && select(result.firstLook, false, false)) {
            m_readyAfterNeighbours = true;
            return;
        }
    }
    setReady(true);
}

void ExplorerPanel::updateSummary(const Projection& projection, int points) {
    QString variance;
    if (!projection.explainedVarianceRatio.empty()) {
        double total = 0;
        for (double v : projection.explainedVarianceRatio)
            total += v;
        variance = tr(" · the axes explain %1 % of the variance").arg(total * 100, 0, 'f', 1);
    }
    QString shown;
    if (!showsFlatView() && points > kMax3DPoints)
        shown = tr(" · the 3D view shows the %1 most-rated; the flat view shows all")
                    .arg(QLocale().toString(kMax3DPoints));
    else if (showsFlatView() && projection.request.dimensions == 3)
        shown = tr(" · flat view of axes 1 and 2");
    if (!showsFlatView() && m_scatter->pointsOnEdge() > 0)
        shown += tr(" · %n far-out point(s) drawn on the box's edge", nullptr, m_scatter->pointsOnEdge());
    m_summary->setText(tr("<b>%1</b> · %2 points%3%4")
                           .arg(m_projection->currentText().section(QStringLiteral(" · "), 0, 0),
                                QLocale().toString(points), variance, shown));
}

void ExplorerPanel::updateLegend(const ExplorerPointSet& set) {
    // One unbreakable entry per group; lines wrap only between entries.
    QStringList entries;
    for (int g = 0; g < set.groups.size(); ++g) {
        if (set.groupCounts.value(g) == 0)
            continue;
        entries << QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">⬤</span> %2 "
                                  "<span style=\"color:gray\">%3</span></span>")
                       .arg(set.groups[g].color.name(), set.groups[g].name.toHtmlEscaped())
                       .arg(set.groupCounts[g]);
    }
    entries << tr("<span style=\"white-space:nowrap; color:gray\">· size = popularity</span>");
    m_legend->setText(entries.join(QStringLiteral(" &nbsp; ")));
}

void ExplorerPanel::showMessage(const QString& message) {
    setMessageInPlots(message);
    m_legend->clear();
    m_summary->clear();
}

int ExplorerPanel::pointCount() const {
    return m_flat->pointCount();
}

bool ExplorerPanel::selectItemByTitle(const QString& title) {
    if (!m_space)
        return false;
    int found = int(m_space->itemTitles.indexOf(title));
    for (int i = 0; found < 0 && i < m_space->itemTitles.size(); ++i)
        if (m_space->itemTitles[i].compare(title, Qt::CaseInsensitive) == 0)
            found = i;
    for (int i = 0; found < 0 && i < m_space->itemTitles.size(); ++i)
        if (m_space->itemTitles[i].contains(title, Qt::CaseInsensitive))
            found = i;
    return found >= 0 && select(m_space->space->data->itemIds.at(std::size_t(found)), false, true);
}

bool ExplorerPanel::select(qint64 id, bool isUser, bool fly) {
    if (!m_space || !(isUser ? m_space->denseUser : m_space->denseItem).contains(id))
        return false;
    m_selectedId = id;
    m_selectedIsUser = isUser;
    highlightInPlots(id, isUser, fly);
    m_scatter->setPath({}, {});
    m_flat->setPath({}, {});
    if (isUser)
        m_selectionPane->showUser(*m_space, m_space->denseUser.value(id), tr("User #%1").arg(id));
    else
        m_selectionPane->showItem(*m_space, m_space->denseItem.value(id));
    findNeighbours();
    Q_EMIT selectionChanged(id, isUser);
    return true;
}

void ExplorerPanel::findNeighbours() {
    const QString path = m_path;
    auto space = m_space;
    const qint64 id = m_selectedId;
    const bool isUser = m_selectedIsUser;
    const auto filter = m_selectionPane->neighbourFilter();
    m_neighbourWatcher.setFuture(QtConcurrent::run(&m_pool, [path, space, id, isUser, filter] {
        return findExplorerNeighbours(path, space, id, isUser, kNeighbours, filter);
    }));
}

void ExplorerPanel::onNeighbours() {
    const ExplorerNeighbours result = m_neighbourWatcher.result();
    if (result.id != m_selectedId || result.isUser != m_selectedIsUser)
        return;
    m_selectionPane->setNeighbours(result);
    Q_EMIT neighboursReady(int(result.neighbours.size()));
    if (m_readyAfterNeighbours) {
        m_readyAfterNeighbours = false;
        setReady(true);
    }
}

void ExplorerPanel::showTrajectory() {
    const auto projection = currentProjection();
    if (!m_space || !projection || !m_selectedIsUser || m_trajectoryWatcher.isRunning())
        return;
    m_selectionPane->setTrajectoryBusy(true);
    auto space = m_space;
    const qint64 user = m_selectedId;
    m_trajectoryGeneration = m_generation;
    m_trajectoryUser = user;
    m_trajectoryWatcher.setFuture(QtConcurrent::run(
        &m_pool, [space, projection, user] { return computeExplorerTrajectory(space, projection, user); }));
}

bool ExplorerPanel::computeProjection() {
    if (!m_space || isComputing())
        return false;
    const ProjectionRequest request = m_form->request();
    // The callback runs on the worker: hand the numbers to the UI thread.
    m_progress = std::make_unique<ProgressToken>([this](const ProgressEvent& event) {
        const QString phase = QString::fromStdString(event.phase);
        const qint64 done = qint64(event.done), total = qint64(event.total);
        QMetaObject::invokeMethod(
            this, [this, phase, done, total] { m_form->setProgress(phase, done, total); },
            Qt::QueuedConnection);
    });
    m_form->setRunning(true);
    m_form->setStatus(tr("Starting…"));
    const QString path = m_path;
    auto space = m_space;
    ProgressToken* progress = m_progress.get();
    m_computeGeneration = m_generation;
    m_computeWatcher.setFuture(QtConcurrent::run(&m_pool, [path, space, request, progress] {
        return computeExplorerProjection(path, space, request, progress);
    }));
    return true;
}

void ExplorerPanel::onComputed() {
    const ExplorerComputed result = m_computeWatcher.result();
    m_form->setRunning(false);
    if (m_computeGeneration != m_generation) {
        m_form->setStatus({}); // stored in the project that was open; not shown here
        return;
    }
    if (!result.error.isEmpty()) {
        m_form->setStatus(result.error);
        Q_EMIT projectionComputed(false, result.error);
        return;
    }
    m_form->setStatus(tr("Stored as projection %1.").arg(result.projectionId));
    m_projections = result.projections;
    fillProjections(result.projectionId);
    Q_EMIT projectionComputed(true, m_form->status());
}

QStringList ExplorerPanel::clusterNames() const {
    QStringList names;
    const auto projection = currentProjection();
    if (!projection)
        return names;
    int clusters = 0;
    for (const auto c : projection->cluster)
        clusters = std::max(clusters, c + 1);
    for (int c = 0; c < clusters; ++c)
        names << explorerClusterName(*projection, c);
    return names;
}

void ExplorerPanel::askClusterName() {
    const int cluster = askForCluster(tr("Rename cluster"));
    if (cluster < 0)
        return;
    const auto projection = currentProjection();
    const QString current = std::size_t(cluster) < projection->clusterLabels.size()
                                ? QString::fromStdString(projection->clusterLabels[std::size_t(cluster)])
                                : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename cluster"), tr("Name:"), QLineEdit::Normal, current, &ok);
    if (ok)
        renameCluster(cluster, name);
}

bool ExplorerPanel::renameCluster(int cluster, const QString& name) {
    const auto projection = currentProjection();
    const QString trimmed = name.trimmed();
    if (!projection || trimmed.isEmpty() || cluster < 0 || cluster >= clusterNames().size())
        return false;
    auto project = Project::open(m_path.toStdString(), OpenMode::OpenExisting);
    const Status stored = project ? kindred::renameCluster(*project.value(), projection->id, cluster, trimmed.toStdString())
                                  : project.status();
    if (!stored) {
        Q_EMIT errorOccurred(tr("Renaming the cluster failed: %1").arg(QString::fromStdString(stored.message())));
        return false;
    }
    auto renamed = std::make_shared<Projection>(*projection);
    renamed->clusterLabels.resize(std::max(renamed->clusterLabels.size(), std::size_t(cluster) + 1));
    renamed->clusterLabels[std::size_t(cluster)] = trimmed.toStdString();
    m_projections[m_projection->currentIndex()] = renamed;
    showProjection();
    return true;
}

void ExplorerPanel::decorateScreenshot(QImage& image, QPoint offset) {
    QWidget* plot = m_scatter->plotWidget();
    if (!plot || !plot->isVisible())
        return;
    m_scatter->finishLabels(); // the cluster names the view shows a moment later
    const qreal ratio = image.devicePixelRatio();
    const QImage rendered = m_scatter->renderImage(plot->size() * ratio);
    if (rendered.isNull())
        return;
    QPainter painter(&image);
    painter.drawImage(QRect(offset + plot->mapTo(this, QPoint(0, 0)), plot->size()), rendered);
}

} // namespace kindred::ui
