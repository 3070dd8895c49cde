#include "plots/ScatterView3D.h"

#include <QFontMetricsF>
#include <QLabel>
#include <QMatrix4x4>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QtDataVisualization/Q3DInputHandler>
#include <QOpenGLContext>
#include <QStackedLayout>
#include <QtDataVisualization/Q3DCamera>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DScene>
#include <QtDataVisualization/Q3DTheme>
#include <QtDataVisualization/QCustom3DLabel>
#include <QtDataVisualization/QScatter3DSeries>
#include <QtDataVisualization/QScatterDataProxy>
#include <QtDataVisualization/QValue3DAxis>
#include <algorithm>
#include <utility>
#include <array>
#include <vector>

namespace kindred::ui {

namespace {

constexpr int kSizeBuckets = 3;
constexpr int kMaxSpheres = 5000; ///< above this many points they are drawn as flat points
/// The box drawn leaves out at most this share of the points on each side of each axis (drawn
/// on its faces), and only when the whole extent is kFarOutWidening times the rest's or more:
/// a few far-out points (UMAP's strays) would otherwise squeeze every other point into a corner.
constexpr double kFarOutShare = 0.005;
constexpr float kFarOutWidening = 1.5f;
/// A scene label's size in graph units (the box spans −1..1) per pixel of its font: labels are
/// scene objects, so this holds at every zoom and window size (read off renders: 0.0023–0.0028).
constexpr double kLabelUnitsPerPixel = 0.0025;

/// A scene label's box, its background included, in graph units: Qt DataVisualization draws the
/// text at 50 points on a background 50 pixels wider and 40 taller (Utils::printTextToImage),
/// and the box is as tall, relative to the text, as that picture.
QSizeF labelBox(const QFont& font, const QString& text) {
    QFont drawn = font;
    drawn.setPointSize(50);
    const QFontMetricsF atDrawn(drawn);
    const double unitsPerDrawnPixel = QFontMetricsF(font).height() * kLabelUnitsPerPixel / atDrawn.height();
    return QSizeF(atDrawn.horizontalAdvance(text) + 50, atDrawn.height() + 40) * unitsPerDrawnPixel;
}

/// Whether this platform can make an OpenGL context at all (the offscreen platform cannot, and
/// Q3DScatter dereferences the missing context instead of failing).
bool openGlAvailable() {
    static const bool available = [] {
        QOpenGLContext context;
        return context.create();
    }();
    return available;
}

int sizeBucket(float weight) {
    return std::clamp(int(weight * kSizeBuckets), 0, kSizeBuckets - 1);
}

/// Base item size of a bucket; Q3DScatter sizes are relative to the graph (0..1).
float bucketSize(int bucket, int pointCount) {
    // Dense clouds need smaller points to stay readable.
    const float scale = pointCount > 4000 ? 0.6f : pointCount > 1000 ? 0.8f : 1.0f;
    static const float sizes[kSizeBuckets] = {0.035f, 0.055f, 0.085f};
    return sizes[bucket] * scale;
}

QString escapedLabel(QString label) {
    return label.replace(QLatin1Char('@'), QStringLiteral("(at)"));
}

void styleAxis(QValue3DAxis* axis, const QString& title) {
    axis->setTitle(title);
    axis->setTitleVisible(true);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setSegmentCount(2); // embedding axes have no units: few labels, less clutter
}

} // namespace

/// The default rotate/zoom/click handling, plus hover: a mouse resting (no button) over the graph
/// for a moment starts a hover query; any press ends hovering first.
class HoverInputHandler : public Q3DInputHandler {
public:
    explicit HoverInputHandler(ScatterView3D* view) : Q3DInputHandler(view), m_view(view) {}

    void mousePressEvent(QMouseEvent* event, const QPoint& position) override {
        m_view->m_hoverTimer->stop();
        // A click where the tooltip is picks the hovered point directly, rather than relying on
        // the graph to report again the point it already shows as selected.
        const bool onHoveredPoint = event->button() == Qt::LeftButton && m_view->m_hoverIndex >= 0 &&
                                    (position - m_view->m_hoverPosition).manhattanLength() <= 6;
        if (onHoveredPoint)
            m_view->pickHovered();
        else
            m_view->endHover();
        m_view->m_selectionFromHover = false;
        Q3DInputHandler::mousePressEvent(event, position);
    }
    void mouseMoveEvent(QMouseEvent* event, const QPoint& position) override {
        Q3DInputHandler::mouseMoveEvent(event, position);
        if (event->buttons() != Qt::NoButton)
            return;
        m_view->m_hoverPosition = position;
        m_view->m_hoverTimer->start();
    }

private:
    ScatterView3D* m_view;
};

ScatterView3D::ScatterView3D(QWidget* parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_stack(new QStackedLayout(this)) {
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 13pt;"));
    if (openGlAvailable()) {
        m_graph = new Q3DScatter;
        m_container = QWidget::createWindowContainer(m_graph, this);
        m_container->setMinimumSize(320, 240);
        m_container->setFocusPolicy(Qt::StrongFocus);
        m_graph->setShadowQuality(QAbstract3DGraph::ShadowQualityNone);
        m_graph->setSelectionMode(QAbstract3DGraph::SelectionItem);
        m_graph->setOptimizationHints(QAbstract3DGraph::OptimizationStatic);
        m_graph->setAspectRatio(1.0);
        m_hoverTimer = new QTimer(this);
        m_hoverTimer->setSingleShot(true);
        m_hoverTimer->setInterval(150);
        connect(m_hoverTimer, &QTimer::timeout, this, &ScatterView3D::queryHover);
        m_graph->setActiveInputHandler(new HoverInputHandler(this));
        m_graph->installEventFilter(this);
        m_graph->setHorizontalAspectRatio(1.0);
        Q3DCamera* camera = m_graph->scene()->activeCamera();
        for (auto changed : {&Q3DCamera::xRotationChanged, &Q3DCamera::yRotationChanged})
            connect(camera, changed, this, &ScatterView3D::placeLabels);
        connect(camera, &Q3DCamera::zoomLevelChanged, this, &ScatterView3D::placeLabels);
        connect(camera, &Q3DCamera::targetChanged, this, &ScatterView3D::placeLabels);
        connect(m_graph, &QWindow::widthChanged, this, &ScatterView3D::placeLabels);
        connect(m_graph, &QWindow::heightChanged, this, &ScatterView3D::placeLabels);
        Q3DTheme* theme = m_graph->activeTheme();
        theme->setType(Q3DTheme::ThemeQt);
        theme->setBackgroundColor(QColor(0xf7, 0xf8, 0xfa));
        theme->setWindowColor(Qt::white);
        theme->setGridLineColor(QColor(0xd8, 0xdc, 0xe2));
        theme->setLabelTextColor(QColor(0x44, 0x4b, 0x55));
        theme->setLabelBackgroundColor(QColor(255, 255, 255, 235));
        theme->setLabelBackgroundEnabled(true); // keeps the selection label readable over points
        theme->setLabelBorderEnabled(false);
        theme->setSingleHighlightColor(QColor(0x11, 0x11, 0x11));
        theme->setLightStrength(4.0f);
        theme->setAmbientLightStrength(0.45f);
        QFont font = theme->font();
        font.setPointSize(32);
        theme->setFont(font);
        styleAxis(m_graph->axisX(), tr("Axis 1"));
        styleAxis(m_graph->axisY(), tr("Axis 2"));
        styleAxis(m_graph->axisZ(), tr("Axis 3"));
        m_stack->addWidget(m_container);
    } else {
        m_message->setText(tr("3D view unavailable: this display has no OpenGL.\n"
                              "Search, selection and neighbours still work."));
    }
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_container ? static_cast<QWidget*>(m_container) : m_message);
}

ScatterView3D::~ScatterView3D() {
    qDeleteAll(m_labelsInMaking); // not yet the graph's
}

void ScatterView3D::clear() {
    setPath({}, {});
    setLabels({});
    endHover();
    m_pickedIndex = -1;
    if (m_graph)
        for (const SeriesPoints& s : std::as_const(m_series))
            m_graph->removeSeries(s.series), delete s.series;
    m_series.clear();
    m_points.clear();
    m_groups.clear();
    m_itemIndex.clear();
    m_userIndex.clear();
}

void ScatterView3D::setPoints(const QList<ScatterGroup>& groups, const QList<ScatterPoint>& points,
                              bool flat) {
    clear();
    m_groups = groups;
    m_points = points;
    m_flat = flat;
    for (int i = 0; i < points.size(); ++i)
        (points.at(i).isUser ? m_userIndex : m_itemIndex).insert(points.at(i).id, i);
    fitBox();
    if (!m_graph)
        return;
    // One series per (group, size bucket): Q3DScatter colours and sizes whole series.
    QList<QScatterDataArray*> arrays;
    for (int g = 0; g < groups.size() * kSizeBuckets; ++g) {
        m_series.append(SeriesPoints{new QScatter3DSeries, {}});
        arrays.append(new QScatterDataArray);
    }
    for (int i = 0; i < points.size(); ++i) {
        const ScatterPoint& p = points.at(i);
        const int s = std::clamp(p.group, 0, int(groups.size()) - 1) * kSizeBuckets + sizeBucket(p.weight);
        arrays[s]->append(QScatterDataItem(scenePosition(p.position)));
        m_series[s].pointIndex.append(i);
    }
    for (int s = 0; s < m_series.size(); ++s) {
        QScatter3DSeries* series = m_series[s].series;
        series->setName(groups.at(s / kSizeBuckets).name);
        // Spheres are lit meshes, one draw each: beyond a few thousand points software OpenGL
        // takes seconds a frame. Points are flat sprites drawn in one call.
        series->setMesh(points.size() > kMaxSpheres ? QAbstract3DSeries::MeshPoint : QAbstract3DSeries::MeshSphere);
        series->setMeshSmooth(true);
        series->setItemSize(bucketSize(s % kSizeBuckets, int(points.size())));
        series->dataProxy()->resetArray(arrays[s]);
        m_graph->addSeries(series);
        // After addSeries: adding applies the theme's colours.
        series->setColorStyle(Q3DTheme::ColorStyleUniform);
        series->setBaseColor(groups.at(s / kSizeBuckets).color);
        series->setSingleHighlightColor(QColor(0x11, 0x11, 0x11));
        connect(series, &QScatter3DSeries::selectedItemChanged, this,
                [this, s](int item) { onSelected(s, item); });
    }
    const auto range = [](QValue3DAxis* axis, float lo, float hi) {
        const float margin = std::max(1e-3f, (hi - lo) * 0.05f);
        axis->setRange(lo - margin, hi + margin);
    };
    range(m_graph->axisX(), m_boxMin.x(), m_boxMax.x());
    range(m_graph->axisY(), m_boxMin.y(), m_boxMax.y());
    range(m_graph->axisZ(), m_boxMin.z(), m_boxMax.z());
    // 2D: data axis 2 runs along z, the vertical axis is unused.
    m_graph->axisY()->setTitle(flat ? QString() : tr("Axis 2"));
    m_graph->axisY()->setTitleVisible(!flat);
    m_graph->axisY()->setLabelFormat(flat ? QString() : QStringLiteral("%.1f"));
    m_graph->axisZ()->setTitle(flat ? tr("Axis 2") : tr("Axis 3"));
    m_graph->setOrthoProjection(flat);
    resetCamera();
}

int ScatterView3D::indexOf(qint64 id, bool isUser) const {
    return (isUser ? m_userIndex : m_itemIndex).value(id, -1);
}

void ScatterView3D::onSelected(int seriesIndex, int item) {
    if (m_highlighting)
        return;
    const SeriesPoints& s = m_series.at(seriesIndex);
    if (item < 0 || item >= s.pointIndex.size())
        return;
    const ScatterPoint& p = m_points.at(s.pointIndex.at(item));
    s.series->setItemLabelFormat(escapedLabel(p.label));
    if (m_selectionFromHover) {
        // One query can emit on several series (the old one clears); settle after them all.
        m_hoverCandidate = s.pointIndex.at(item);
        m_hoverQuery = true; // also when the answer comes after the query was given up
        QTimer::singleShot(0, this, &ScatterView3D::finishHover);
        return;
    }
    m_pickedIndex = s.pointIndex.at(item);
    placeLabels();
    Q_EMIT pointPicked(p.id, p.isUser);
}

void ScatterView3D::queryHover() {
    if (!m_graph || m_points.isEmpty())
        return;
    m_hoverQuery = true;
    m_selectionFromHover = true;
    m_hoverCandidate = -1;
    // A query that hits the point already selected emits nothing: clear the selection first so
    // every hit answers (endHover gives the picked point its highlight back).
    m_highlighting = true;
    m_graph->clearSelection();
    m_highlighting = false;
    const int generation = ++m_hoverGeneration;
    m_graph->scene()->setSelectionQueryPosition(m_hoverPosition);
    // The next frame answers the query (see eventFilter). A query that hits nothing new emits
    // nothing, so the frame, not a signal, ends it; the deadline only covers a frame that never comes.
    m_graph->requestUpdate();
    QTimer::singleShot(2000, this, [this, generation] {
        if (generation == m_hoverGeneration)
            finishHover();
    });
}

bool ScatterView3D::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_graph && event->type() == QEvent::UpdateRequest && m_hoverQuery) {
        // This event renders the frame; the first hop runs after it, the second after anything
        // the frame itself posted.
        QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, &ScatterView3D::finishHover); });
    }
    return QWidget::eventFilter(watched, event);
}

void ScatterView3D::finishHover() {
    if (!m_hoverQuery)
        return;
    m_hoverQuery = false;
    const int found = m_hoverCandidate;
    if (found < 0) {
        endHover();
        return;
    }
    const bool samePoint = found == m_hoverIndex;
    m_hoverIndex = found;
    const ScatterPoint& p = m_points.at(found);
    const QString group = m_groups.value(p.group).name;
    const QString text = scatterTooltip(p.label, group);
    const QPoint global = m_graph->mapToGlobal(m_hoverPosition);
    QToolTip::showText(global + QPoint(12, 12), text, m_container, QRect(global - QPoint(6, 6), QSize(12, 12)));
    if (!samePoint) // resting again on the hovered point only moves its tooltip
        Q_EMIT pointHovered(p.id, p.isUser);
}

void ScatterView3D::pickHovered() {
    const int index = m_hoverIndex;
    m_hoverIndex = -1;
    m_hoverQuery = false;
    QToolTip::hideText();
    Q_EMIT pointHoverEnded();
    m_pickedIndex = index;
    placeLabels();
    const ScatterPoint& p = m_points.at(index);
    Q_EMIT pointPicked(p.id, p.isUser);
}

void ScatterView3D::endHover() {
    m_hoverQuery = false;
    const bool wasHovering = m_hoverIndex >= 0;
    m_hoverIndex = -1;
    // The hover query cleared the graph's selection, or the hover moved it: give it back.
    highlight(m_pickedIndex);
    if (!wasHovering)
        return;
    QToolTip::hideText();
    Q_EMIT pointHoverEnded();
}

void ScatterView3D::highlight(int index) {
    const bool changed = index != m_pickedIndex;
    m_pickedIndex = index;
    if (!m_graph)
        return;
    if (changed)
        placeLabels();
    m_highlighting = true;
    // Selecting in one series clears the others; setting −1 on another series would clear it again.
    m_graph->clearSelection();
    for (const SeriesPoints& s : std::as_const(m_series)) {
        const int item = index < 0 ? -1 : int(s.pointIndex.indexOf(index));
        if (item >= 0) {
            s.series->setItemLabelFormat(escapedLabel(m_points.at(index).label));
            s.series->setSelectedItem(item);
            break;
        }
    }
    m_highlighting = false;
}

QVector3D ScatterView3D::planePosition(const QVector3D& position) const {
    // 2D: the data plane is the floor (x, z), seen from straight above.
    return m_flat ? QVector3D(position.x(), 0, position.y()) : position;
}

QVector3D ScatterView3D::scenePosition(const QVector3D& position) const {
    const QVector3D p = planePosition(position);
    return {std::clamp(p.x(), m_boxMin.x(), m_boxMax.x()), std::clamp(p.y(), m_boxMin.y(), m_boxMax.y()),
            std::clamp(p.z(), m_boxMin.z(), m_boxMax.z())};
}

void ScatterView3D::fitBox() {
    m_pointsOnEdge = 0;
    if (m_points.isEmpty()) {
        m_boxMin = m_boxMax = QVector3D();
        return;
    }
    std::array<std::vector<float>, 3> values;
    for (const ScatterPoint& p : std::as_const(m_points))
        for (int a = 0; a < 3; ++a)
            values[std::size_t(a)].push_back(planePosition(p.position)[a]);
    const auto n = std::ptrdiff_t(m_points.size());
    const auto cut = std::ptrdiff_t(double(n) * kFarOutShare); // points beyond the box on each side, at most
    for (int a = 0; a < 3; ++a) {
        auto& v = values[std::size_t(a)];
        const auto [lowest, highest] = std::minmax_element(v.begin(), v.end());
        float lo = *lowest, hi = *highest;
        if (cut > 0) {
            std::nth_element(v.begin(), v.begin() + cut, v.end());
            const float innerLo = v[std::size_t(cut)];
            std::nth_element(v.begin(), v.begin() + (n - 1 - cut), v.end());
            const float innerHi = v[std::size_t(n - 1 - cut)];
            // Only far-out points are cut: the whole extent when it is not much wider.
            if (hi - lo > kFarOutWidening * (innerHi - innerLo)) {
                const float margin = (innerHi - innerLo) * 0.25f;
                lo = std::max(lo, innerLo - margin);
                hi = std::min(hi, innerHi + margin);
            }
        }
        m_boxMin[a] = lo;
        m_boxMax[a] = hi;
    }
    for (const ScatterPoint& p : std::as_const(m_points))
        if (scenePosition(p.position) != planePosition(p.position))
            ++m_pointsOnEdge;
}

QVector3D ScatterView3D::normalised(const QVector3D& position) const {
    // Camera targets are in −1..1 per axis, the edges being the ends of the axis ranges.
    const QValue3DAxis* axes[3] = {m_graph->axisX(), m_graph->axisY(), m_graph->axisZ()};
    QVector3D out;
    for (int a = 0; a < 3; ++a) {
        const float half = std::max(1e-6f, (axes[a]->max() - axes[a]->min()) * 0.5f);
        out[a] = std::clamp((position[a] - (axes[a]->min() + axes[a]->max()) * 0.5f) / half, -1.0f, 1.0f);
    }
    return out;
}

void ScatterView3D::flyTo(int index) {
    if (!m_graph || index < 0 || index >= m_points.size())
        return;
    Q3DCamera* camera = m_graph->scene()->activeCamera();
    camera->setTarget(normalised(scenePosition(m_points.at(index).position)));
    camera->setZoomLevel(220);
}

void ScatterView3D::resetCamera() {
    if (!m_graph)
        return;
    Q3DCamera* camera = m_graph->scene()->activeCamera();
    camera->setCameraPreset(m_flat ? Q3DCamera::CameraPresetDirectlyAbove
                                   : Q3DCamera::CameraPresetIsometricRightHigh);
    camera->setTarget(QVector3D());
    camera->setZoomLevel(m_flat ? 210 : 175);
}

void ScatterView3D::setPath(const QList<QVector3D>& path, const QColor& color) {
    if (!m_graph)
        return;
    if (m_pathSeries) {
        m_graph->removeSeries(m_pathSeries);
        delete m_pathSeries;
        m_pathSeries = nullptr;
    }
    if (path.isEmpty())
        return;
    auto* array = new QScatterDataArray;
    for (const QVector3D& p : path)
        array->append(QScatterDataItem(scenePosition(p)));
    m_pathSeries = new QScatter3DSeries;
    m_pathSeries->setName(tr("Taste trajectory"));
    m_pathSeries->setMesh(QAbstract3DSeries::MeshCube);
    m_pathSeries->setItemSize(0.05f);
    m_pathSeries->dataProxy()->resetArray(array);
    m_graph->addSeries(m_pathSeries);
    m_pathSeries->setColorStyle(Q3DTheme::ColorStyleUniform);
    m_pathSeries->setBaseColor(color);
    const int steps = int(path.size());
    QScatter3DSeries* series = m_pathSeries;
    connect(series, &QScatter3DSeries::selectedItemChanged, this, [series, steps](int item) {
        if (item >= 0)
            series->setItemLabelFormat(tr("Step %1 of %2").arg(item + 1).arg(steps));
    });
}

void ScatterView3D::setLabels(const QList<ScatterLabel>& labels) {
    m_labels = labels;
    if (!m_graph)
        return;
    for (QCustom3DLabel* item : std::as_const(m_labelItems))
        m_graph->removeCustomItem(item); // deletes it
    m_labelItems.clear();
    qDeleteAll(m_labelsInMaking);
    m_labelsInMaking.clear();
    makeNextLabel(++m_labelsGeneration);
}

bool ScatterView3D::labelsPending() const {
    return m_graph && m_labelItems.size() < m_labels.size();
}

void ScatterView3D::makeNextLabel(int generation) {
    if (generation != m_labelsGeneration || !labelsPending())
        return;
    makeLabel();
    // One label's texture per event-loop turn: twelve cluster names at once held the UI for 120 ms.
    if (labelsPending())
        QTimer::singleShot(0, this, [this, generation] { makeNextLabel(generation); });
}

void ScatterView3D::finishLabels() {
    while (labelsPending())
        makeLabel();
}

void ScatterView3D::makeLabel() {
    const ScatterLabel& label = m_labels.at(m_labelsInMaking.size());
    QFont font = m_graph->activeTheme()->font(); // the axis labels' size: textures the scene scales down
    font.setBold(true);
    // Every setter of a label's look draws its texture again (7–13 ms each in software): the
    // look is set while the text is empty, and the text, drawn once, comes last.
    auto* item = new QCustom3DLabel;
    item->setFont(font);
    item->setPositionAbsolute(true); // placeLabels() puts it in front of the box, outside the axis ranges
    item->setPosition(normalised(scenePosition(label.position)));
    item->setScaling(QVector3D(1.0f, 1.0f, 1.0f));
    item->setFacingCamera(true);
    item->setBorderEnabled(false);
    item->setBackgroundEnabled(true);
    item->setBackgroundColor(QColor(255, 255, 255, 190));
    item->setTextColor(label.color.isValid() ? label.color : QColor(30, 30, 30));
    item->setText(label.text); // drawn as plain text
    m_labelsInMaking.append(item);
    if (m_labelsInMaking.size() < m_labels.size())
        return;
    // All are added together: every addition also draws a frame.
    for (QCustom3DLabel* made : std::as_const(m_labelsInMaking))
        m_graph->addCustomItem(made); // takes it
    m_labelItems = std::exchange(m_labelsInMaking, {});
    placeLabels();
}

int ScatterView3D::labelsShown() const {
    return int(std::count_if(m_labelItems.begin(), m_labelItems.end(), [](const QCustom3DLabel* l) { return l->isVisible(); }));
}

void ScatterView3D::placeLabels() {
    if (!m_graph || m_labelItems.isEmpty())
        return;
    const Q3DCamera* camera = m_graph->scene()->activeCamera();
    const float eye = eyeDistance();
    QList<QVector3D> centres;
    QList<QSizeF> sizes;
    // Qt draws the picked point's own label over everything, just above the point: a name it
    // meets gives way to it.
    const bool picked = m_pickedIndex >= 0 && m_pickedIndex < m_points.size();
    if (picked) {
        const ScatterPoint& p = m_points.at(m_pickedIndex);
        const QSizeF box = labelBox(m_graph->activeTheme()->font(), escapedLabel(p.label));
        constexpr float kRaise = 0.1f; // Qt's gap between a point and its label (Drawer, LabelOver)
        centres.append(normalised(scenePosition(p.position)) + QVector3D(0, kRaise + float(box.height()) / 2, 0));
        sizes.append(box);
    }
    for (int i = 0; i < m_labelItems.size(); ++i) {
        QCustom3DLabel* item = m_labelItems[i];
        const QVector3D anchor = normalised(scenePosition(m_labels.at(i).position));
        const LabelPlacement place =
            labelInFrontOfBox(anchor, camera->xRotation(), camera->yRotation(), camera->target(), eye);
        item->setPosition(place.position);
        item->setScaling(QVector3D(place.scale, place.scale, place.scale));
        centres.append(anchor);
        sizes.append(labelBox(item->font(), item->text()));
    }
    const QList<bool> shown =
        labelsClearOfEachOther(centres, sizes, camera->xRotation(), camera->yRotation(), camera->target(), eye);
    for (int i = 0; i < m_labelItems.size(); ++i)
        m_labelItems[i]->setVisible(shown[i + (picked ? 1 : 0)]);
}

float ScatterView3D::eyeDistance() const {
    // Qt DataVisualization's eye is 6 units from the target, and the scene is scaled by the
    // zoom level, and by less in windows narrower than 16:10 so that the box still fits
    // (Abstract3DRenderer::calculateZoomLevel). The box's half side is 1 unit (aspect ratios 1).
    const float aspect = float(m_graph->width()) / float(std::max(1, m_graph->height()));
    const float fit = std::min(aspect / 1.6f, 1.0f);
    return 6.0f / std::max(1e-3f, m_graph->scene()->activeCamera()->zoomLevel() / 100.0f * fit);
}

/// The rotation that shows the graph's box as the camera does (x right, y up on screen, z away
/// from the eye): the box (a cube, aspect ratios 1) turned by the camera's yaw (xRotation, about
/// the vertical) and then its pitch (yRotation). Checked against renders (ScatterLabelsTest).
static QMatrix4x4 cameraRotation(float xRotation, float yRotation) {
    QMatrix4x4 view;
    view.rotate(-yRotation, 1, 0, 0);
    view.rotate(-xRotation, 0, 1, 0);
    return view;
}

ScatterView3D::LabelPlacement ScatterView3D::labelInFrontOfBox(const QVector3D& anchor, float xRotation,
                                                               float yRotation, const QVector3D& target,
                                                               float eyeDistance) {
    constexpr float kPointClearance = 0.1f; // points are drawn a little beyond their centres
    constexpr float kFarthestTowardsEye = 0.8f; // share of the way to the eye (zoomed into the box)
    const QMatrix4x4 view = cameraRotation(xRotation, yRotation);
    // In the camera's frame, about the target: the eye at (0, 0, −eyeDistance).
    const QVector3D at = view.map(anchor - target);
    float nearest = at.z(); // the box's nearest depth to the eye, less the clearance
    for (const float x : {-1.0f, 1.0f})
        for (const float y : {-1.0f, 1.0f})
            for (const float z : {-1.0f, 1.0f})
                nearest = std::min(nearest, view.map(QVector3D(x, y, z) - target).z() - kPointClearance);
    const float toEye = at.z() + eyeDistance; // the anchor's distance from the eye along the view
    const float share = toEye > 0 ? std::clamp((at.z() - nearest) / toEye, 0.0f, kFarthestTowardsEye) : 0.0f;
    const QVector3D moved = at + share * (QVector3D(0, 0, -eyeDistance) - at);
    return {target + view.transposed().map(moved), 1 - share};
}

QList<bool> ScatterView3D::labelsClearOfEachOther(const QList<QVector3D>& centres, const QList<QSizeF>& sizes,
                                                  float xRotation, float yRotation, const QVector3D& target,
                                                  float eyeDistance) {
    // Where the camera shows each label (x right, y up), in graph units at the target's depth:
    // a label at depth z from the target is eyeDistance / (eyeDistance + z) times as far from
    // the target on screen, and as large (labelInFrontOfBox keeps its anchor's size).
    const QMatrix4x4 view = cameraRotation(xRotation, yRotation);
    QList<QRectF> kept;
    QList<bool> shown;
    for (int i = 0; i < centres.size(); ++i) {
        const QVector3D centre = view.map(centres[i] - target);
        const float toEye = centre.z() + eyeDistance;
        if (eyeDistance > 0 && toEye < 0.05f * eyeDistance) { // at or behind the eye
            shown.append(false);
            continue;
        }
        const double perspective = eyeDistance > 0 ? eyeDistance / toEye : 1.0;
        const QSizeF size = sizes[i] * perspective;
        const QRectF box(QPointF(centre.x(), centre.y()) * perspective - QPointF(size.width(), size.height()) / 2, size);
        const bool clear = std::none_of(kept.begin(), kept.end(), [&](const QRectF& k) { return k.intersects(box); });
        shown.append(clear);
        if (clear)
            kept.append(box);
    }
    return shown;
}

void ScatterView3D::setMessage(const QString& message) {
    if (!m_graph) {
        if (!message.isEmpty())
            m_message->setText(message);
        return;
    }
    m_message->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? m_container : static_cast<QWidget*>(m_message));
}

QWindow* ScatterView3D::graphWindow() const {
    return m_graph;
}

QImage ScatterView3D::renderImage(QSize size) const {
    if (!m_graph || m_stack->currentWidget() != m_container)
        return {};
    return m_graph->renderToImage(0, size);
}

} // namespace kindred::ui
