#include "plots/PointView2D.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <utility>

namespace kindred::ui {

namespace {

constexpr double kMargin = 16;      ///< pixels around the points when everything is shown
constexpr double kClickSlop = 4;    ///< a press that moves less than this is a click
constexpr double kLassoStep = 3;    ///< pixels between recorded lasso vertices
constexpr int kMaxRadius = 8;       ///< device pixels
constexpr int kPointsPerCell = 4;   ///< grid density
constexpr int kMaxGridSide = 2048;

/// Pixel offsets of a disc of radius r (device pixels): the stamp each point is drawn with.
const std::vector<std::pair<int, int>>& discStamp(int r) {
    static const auto stamps = [] {
        std::vector<std::vector<std::pair<int, int>>> out(kMaxRadius + 1);
        for (int radius = 0; radius <= kMaxRadius; ++radius)
            for (int dy = -radius; dy <= radius; ++dy)
                for (int dx = -radius; dx <= radius; ++dx)
                    if (dx * dx + dy * dy <= radius * radius + radius * 4 / 5)
                        out[std::size_t(radius)].push_back({dx, dy});
        return out;
    }();
    return stamps[std::size_t(std::clamp(r, 0, kMaxRadius))];
}

/// dst blended towards src by alpha/256, on 8-bit channels packed as 0xffRRGGBB.
inline QRgb blend(QRgb dst, QRgb src, unsigned alpha) {
    const unsigned keep = 256 - alpha;
    const unsigned rb = (((src & 0xff00ffu) * alpha + (dst & 0xff00ffu) * keep) >> 8) & 0xff00ffu;
    const unsigned g = (((src & 0x00ff00u) * alpha + (dst & 0x00ff00u) * keep) >> 8) & 0x00ff00u;
    return 0xff000000u | rb | g;
}

/// How opaque each point is: dense clouds more transparent, so overlap reads as density.
unsigned pointAlpha(std::size_t count) {
    return count <= 20000 ? 225 : count <= 200000 ? 170 : 120;
}

QColor mixed(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

PointView2D::PointView2D(QWidget* parent) : QWidget(parent), m_layout(layOut({}, {})) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
}

void PointView2D::clear() {
    setPoints({}, {});
}

namespace {

/// The middle 99.6 % of each axis, widened by a tenth: a few far outliers (points UMAP or t-SNE
/// leave apart) do not shrink the whole cloud into a corner. Sets under 1,000 points show all.
QRectF robustBounds(const PointView2D::Layout& layout) {
    const std::size_t n = layout.x.size();
    if (n < 1000)
        return layout.bounds;
    const auto range = [n](std::vector<float> v) {
        const auto low = std::ptrdiff_t(n / 500), high = std::ptrdiff_t(n - 1 - n / 500);
        std::nth_element(v.begin(), v.begin() + low, v.end());
        const float lo = v[std::size_t(low)];
        std::nth_element(v.begin(), v.begin() + high, v.end());
        const float hi = v[std::size_t(high)];
        const float pad = std::max(1e-6f, (hi - lo) * 0.1f);
        return std::pair{lo - pad, hi + pad};
    };
    const auto [left, right] = range(layout.x);
    const auto [top, bottom] = range(layout.y);
    return QRectF(QPointF(left, top), QPointF(right, bottom)).intersected(layout.bounds);
}

/// Pixel radius of each point at this point count (bigger for popular points).
void computeRadii(PointView2D::Layout& layout) {
    const std::size_t n = layout.x.size();
    const int base = n <= 2000 ? 4 : n <= 20000 ? 3 : n <= 100000 ? 2 : 1;
    const float bonus = n <= 20000 ? 2.0f : 1.0f;
    layout.radius.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        layout.radius[i] = std::uint8_t(base + int(std::lround(layout.points[qsizetype(i)].weight * bonus)));
}

/// The grid (about kPointsPerCell points per cell) and the draw order.
void buildGrid(PointView2D::Layout& layout) {
    const std::size_t n = layout.x.size();
    const QRectF& bounds = layout.bounds;
    const double cells = std::max(1.0, double(n) / kPointsPerCell);
    const double side = std::sqrt(bounds.width() * bounds.height() / cells);
    layout.gridColumns = std::clamp(int(std::ceil(bounds.width() / side)), 1, kMaxGridSide);
    layout.gridRows = std::clamp(int(std::ceil(bounds.height() / side)), 1, kMaxGridSide);
    const int columns = layout.gridColumns, rows = layout.gridRows;
    const auto cellOf = [&](std::size_t i) {
        const int c = std::clamp(int((layout.x[i] - bounds.left()) / bounds.width() * columns), 0, columns - 1);
        const int r = std::clamp(int((layout.y[i] - bounds.top()) / bounds.height() * rows), 0, rows - 1);
        return std::size_t(r) * std::size_t(columns) + std::size_t(c);
    };
    // Counting sort of the points by cell.
    layout.cellStart.assign(std::size_t(columns) * std::size_t(rows) + 1, 0);
    std::vector<std::uint32_t> cellOfPoint(n);
    for (std::size_t i = 0; i < n; ++i)
        ++layout.cellStart[(cellOfPoint[i] = std::uint32_t(cellOf(i))) + 1];
    for (std::size_t c = 1; c < layout.cellStart.size(); ++c)
        layout.cellStart[c] += layout.cellStart[c - 1];
    layout.cellPoints.resize(n);
    std::vector<int> fill(layout.cellStart.begin(), layout.cellStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        layout.cellPoints[std::size_t(fill[cellOfPoint[i]]++)] = int(i);
    layout.drawOrder.resize(n);
    layout.drawPosition.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const auto i = std::size_t(layout.cellPoints[k]);
        layout.drawOrder[k] = {layout.x[i], layout.y[i], layout.group[i], layout.radius[i], layout.cellPoints[k]};
        layout.drawPosition[i] = int(k);
    }
}

} // namespace

std::shared_ptr<const PointView2D::Layout> PointView2D::layOut(const QList<ScatterGroup>& groups,
                                                               const QList<ScatterPoint>& points) {
    auto layout = std::make_shared<Layout>();
    Layout& out = *layout;
    out.groups = groups;
    out.points = points;
    const std::size_t n = std::size_t(points.size());
    out.x.resize(n);
    out.y.resize(n);
    out.group.resize(n);
    out.itemIndex.reserve(points.size());
    float left = 0, right = 0, top = 0, bottom = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const ScatterPoint& p = points[qsizetype(i)];
        out.x[i] = p.position.x();
        out.y[i] = p.position.y();
        out.group[i] = std::uint8_t(std::clamp(p.group, 0, 255));
        (p.isUser ? out.userIndex : out.itemIndex).insert(p.id, int(i));
        if (i == 0) {
            left = right = out.x[i];
            top = bottom = out.y[i];
        }
        left = std::min(left, out.x[i]), right = std::max(right, out.x[i]);
        top = std::min(top, out.y[i]), bottom = std::max(bottom, out.y[i]);
    }
    out.bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    if (out.bounds.width() <= 0)
        out.bounds.adjust(-0.5, 0, 0.5, 0);
    if (out.bounds.height() <= 0)
        out.bounds.adjust(0, -0.5, 0, 0.5);
    out.view = robustBounds(out);
    computeRadii(out);
    buildGrid(out);
    return layout;
}

void PointView2D::setPoints(const QList<ScatterGroup>& groups, const QList<ScatterPoint>& points) {
    setLayout(layOut(groups, points));
}

void PointView2D::setLayout(std::shared_ptr<const Layout> layout) {
    m_layout = layout ? std::move(layout) : layOut({}, {});
    m_selectedInDrawOrder.assign(m_layout->points.size(), 0);
    m_selection.clear();
    m_picked = m_hover = -1;
    m_path.clear();
    m_labels.clear();
    resetView();
}

template <typename Visit> void PointView2D::forPointsNear(const QRectF& rect, Visit&& visit) const {
    if (m_layout->x.empty() || !rect.intersects(m_layout->bounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9)))
        return;
    // Clamped as doubles first: a rectangle far beyond the data (a box around "everything") must
    // not overflow the conversion to int.
    const auto cellAlong = [](double at, double start, double length, int cells) {
        return int(std::clamp((at - start) / length * cells, 0.0, double(cells - 1)));
    };
    const auto column = [&](double x) {
        return cellAlong(x, m_layout->bounds.left(), m_layout->bounds.width(), m_layout->gridColumns);
    };
    const auto row = [&](double y) {
        return cellAlong(y, m_layout->bounds.top(), m_layout->bounds.height(), m_layout->gridRows);
    };
    const int c0 = column(rect.left()), c1 = column(rect.right());
    const int r0 = row(rect.top()), r1 = row(rect.bottom());
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            const std::size_t cell = std::size_t(r) * std::size_t(m_layout->gridColumns) + std::size_t(c);
            for (int k = m_layout->cellStart[cell]; k < m_layout->cellStart[cell + 1]; ++k)
                visit(m_layout->cellPoints[std::size_t(k)]);
        }
}

int PointView2D::indexOf(qint64 id, bool isUser) const {
    return (isUser ? m_layout->userIndex : m_layout->itemIndex).value(id, -1);
}

double PointView2D::fitScale() const {
    const double w = std::max(1.0, width() - 2 * kMargin), h = std::max(1.0, height() - 2 * kMargin);
    return std::min(w / m_layout->view.width(), h / m_layout->view.height());
}

void PointView2D::resetView() {
    m_centre = m_layout->view.center();
    m_scale = m_layout->x.empty() ? 1 : fitScale();
    invalidate();
}

void PointView2D::flyTo(int index) {
    if (index < 0 || index >= pointCount())
        return;
    m_centre = QPointF(m_layout->x[std::size_t(index)], m_layout->y[std::size_t(index)]);
    m_scale = std::max(m_scale, fitScale() * 6);
    invalidate();
}

void PointView2D::highlight(int index) {
    m_picked = index >= 0 && index < pointCount() ? index : -1;
    update();
}

void PointView2D::setPath(const QList<QVector3D>& path, const QColor& color) {
    m_path = path;
    m_pathColor = color;
    update();
}

void PointView2D::setLabels(const QList<ScatterLabel>& labels) {
    m_labels = labels;
    update();
}

void PointView2D::setMessage(const QString& message) {
    m_message = message;
    invalidate();
}

void PointView2D::setTool(Tool tool) {
    m_tool = tool;
    setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
}

QPointF PointView2D::toWidget(QPointF data) const {
    return {width() / 2.0 + (data.x() - m_centre.x()) * m_scale, height() / 2.0 - (data.y() - m_centre.y()) * m_scale};
}

QPointF PointView2D::toData(QPointF widget) const {
    return {m_centre.x() + (widget.x() - width() / 2.0) / m_scale,
            m_centre.y() - (widget.y() - height() / 2.0) / m_scale};
}

QRectF PointView2D::visibleData() const {
    return QRectF(toData(QPointF(0, height())), toData(QPointF(width(), 0)));
}

int PointView2D::pointAt(QPointF position, double tolerance) const {
    const double reach = (tolerance + kMaxRadius) / m_scale;
    const QPointF centre = toData(position);
    int best = -1;
    double bestDistance = 0;
    forPointsNear(QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach), [&](int i) {
        const double dx = (m_layout->x[std::size_t(i)] - centre.x()) * m_scale;
        const double dy = (m_layout->y[std::size_t(i)] - centre.y()) * m_scale;
        const double distance = std::hypot(dx, dy);
        const double allowed = tolerance + m_layout->radius[std::size_t(i)]; // both in logical pixels
        if (distance <= allowed && (best < 0 || distance < bestDistance))
            best = i, bestDistance = distance;
    });
    return best;
}

void PointView2D::setSelection(const QList<int>& indices, bool add) {
    const auto flag = [this](std::size_t index) -> std::uint8_t& {
        return m_selectedInDrawOrder[std::size_t(m_layout->drawPosition[index])];
    };
    if (!add)
        for (int i : std::as_const(m_selection))
            flag(std::size_t(i)) = 0;
    for (int i : indices)
        if (i >= 0 && i < pointCount())
            flag(std::size_t(i)) = 1;
    // Read back in index order: linear, where sorting a large selection is not.
    m_selection.clear();
    for (std::size_t i = 0; i < m_selectedInDrawOrder.size(); ++i)
        if (flag(i))
            m_selection.append(int(i));
    invalidate();
    Q_EMIT selectionChanged(int(m_selection.size()));
}

int PointView2D::selectRect(const QRectF& rect, bool add) {
    const QRectF r = rect.normalized();
    QList<int> inside;
    forPointsNear(r, [&](int i) {
        if (r.contains(m_layout->x[std::size_t(i)], m_layout->y[std::size_t(i)]))
            inside.append(i);
    });
    setSelection(inside, add);
    return int(m_selection.size());
}

int PointView2D::selectPolygon(const QPolygonF& polygon, bool add) {
    QList<int> inside;
    if (polygon.size() >= 3) {
        const QRectF box = polygon.boundingRect();
        forPointsNear(box, [&](int i) {
            const QPointF p(m_layout->x[std::size_t(i)], m_layout->y[std::size_t(i)]);
            if (box.contains(p) && polygon.containsPoint(p, Qt::OddEvenFill))
                inside.append(i);
        });
    }
    setSelection(inside, add);
    return int(m_selection.size());
}

void PointView2D::invalidate() {
    m_layerValid = false;
    update();
}

void PointView2D::renderNow() {
    if (!m_layerValid)
        renderLayer();
}

void PointView2D::renderLayer() {
    QElapsedTimer timer;
    timer.start();
    const qreal ratio = devicePixelRatioF();
    const QSize size = (QSizeF(this->size()) * ratio).toSize().expandedTo(QSize(1, 1));
    if (m_layer.size() != size)
        m_layer = QImage(size, QImage::Format_RGB32);
    m_layer.setDevicePixelRatio(ratio);
    const QColor background = palette().color(QPalette::Base);
    m_layer.fill(background);
    m_layerValid = true;
    if (!m_message.isEmpty() || m_layout->x.empty()) {
        m_renderMs = double(timer.nsecsElapsed()) / 1e6;
        return;
    }
    const int w = size.width(), h = size.height();
    const double s = m_scale * ratio;
    const double offsetX = w / 2.0 - m_centre.x() * s, offsetY = h / 2.0 + m_centre.y() * s;
    std::vector<QRgb> colour(256, QColor(Qt::gray).rgb()), dimmed(256, background.rgb());
    for (int g = 0; g < m_layout->groups.size() && g < 256; ++g) {
        colour[std::size_t(g)] = m_layout->groups[g].color.rgb();
        dimmed[std::size_t(g)] = mixed(m_layout->groups[g].color, background, 0.8).rgb();
    }
    auto* bits = reinterpret_cast<QRgb*>(m_layer.bits());
    const qsizetype stride = m_layer.bytesPerLine() / qsizetype(sizeof(QRgb));
    const int radiusScale = std::max(1, int(std::lround(ratio)));
    const auto plot = [&](const DrawPoint& p, QRgb c, unsigned alpha) {
        const int r = std::min(kMaxRadius, p.radius * radiusScale);
        const double fx = p.x * s + offsetX, fy = offsetY - p.y * s;
        if (fx < -r - 1 || fy < -r - 1 || fx >= w + r + 1 || fy >= h + r + 1)
            return;
        const int cx = int(fx), cy = int(fy);
        const bool inside = cx - r >= 0 && cy - r >= 0 && cx + r < w && cy + r < h;
        for (const auto& [dx, dy] : discStamp(r)) {
            const int px = cx + dx, py = cy + dy;
            if (!inside && (px < 0 || py < 0 || px >= w || py >= h))
                continue;
            QRgb& pixel = bits[qsizetype(py) * stride + px];
            pixel = blend(pixel, c, alpha);
        }
    };
    const unsigned alpha = pointAlpha(m_layout->x.size());
    const bool selecting = !m_selection.isEmpty();
    // In grid-cell order: neighbouring points land on neighbouring pixels, which keeps the image's
    // cache lines warm.
    const auto& order = m_layout->drawOrder;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (!selecting)
            plot(order[k], colour[order[k].group], alpha);
        else if (!m_selectedInDrawOrder[k])
            plot(order[k], dimmed[order[k].group], alpha);
    }
    // The selection on top, fully coloured (also in draw order: a selection of most points would
    // otherwise scatter its writes over the image).
    if (selecting)
        for (std::size_t k = 0; k < order.size(); ++k)
            if (m_selectedInDrawOrder[k])
                plot(order[k], colour[order[k].group], std::max(alpha, 200u));
    m_renderMs = double(timer.nsecsElapsed()) / 1e6;
}

void PointView2D::paintEvent(QPaintEvent*) {
    if (!m_layerValid)
        renderLayer();
    QPainter painter(this);
    painter.drawImage(QPointF(0, 0), m_layer);
    painter.setRenderHint(QPainter::Antialiasing);
    paintOverlays(painter);
}

void PointView2D::paintOverlays(QPainter& painter) {
    const QColor text = palette().color(QPalette::Text), base = palette().color(QPalette::Base);
    if (!m_message.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // Cluster names: bold, with a halo of the background so they read over the points.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    QList<QRectF> placed; // a label that would cover an earlier one is left out
    for (const ScatterLabel& label : std::as_const(m_labels)) {
        const QPointF at = toWidget(QPointF(label.position.x(), label.position.y()));
        const QString shown = metrics.elidedText(label.text, Qt::ElideRight, 220);
        const double textWidth = metrics.horizontalAdvance(shown);
        const QRectF box(at.x() - textWidth / 2 - 3, at.y() - metrics.height() / 2 - 2, textWidth + 6,
                         metrics.height() + 4);
        if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& other) { return other.intersects(box); }))
            continue;
        placed << box;
        QPainterPath path;
        path.addText(at - QPointF(textWidth / 2, -metrics.ascent() / 2), bold, shown);
        painter.strokePath(path, QPen(base, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(path, label.color.isValid() ? label.color.darker(140) : text);
    }
    if (m_path.size() > 1) {
        QPolygonF line;
        for (const QVector3D& p : std::as_const(m_path))
            line << toWidget(QPointF(p.x(), p.y()));
        painter.setPen(QPen(m_pathColor, 2));
        painter.drawPolyline(line);
        painter.setBrush(m_pathColor);
        for (int i = 0; i < line.size(); ++i) {
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(line[i], 7, 7);
            painter.setPen(Qt::white);
            painter.drawText(QRectF(line[i] - QPointF(7, 7), QSizeF(14, 14)), Qt::AlignCenter, QString::number(i + 1));
        }
    }
    const auto ring = [&](int index, const QColor& color, double width) {
        if (index < 0 || index >= pointCount())
            return;
        const double r = m_layout->radius[std::size_t(index)] + 4;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(base, width + 2));
        painter.drawEllipse(toWidget(QPointF(m_layout->x[std::size_t(index)], m_layout->y[std::size_t(index)])), r, r);
        painter.setPen(QPen(color, width));
        painter.drawEllipse(toWidget(QPointF(m_layout->x[std::size_t(index)], m_layout->y[std::size_t(index)])), r, r);
    };
    ring(m_hover, QColor(0x60, 0x60, 0x60), 1.5);
    ring(m_picked, text, 2.5);
    painter.setBrush(QColor(0x4c, 0x72, 0xb0, 40));
    painter.setPen(QPen(QColor(0x4c, 0x72, 0xb0), 1.5, Qt::DashLine));
    if (m_drag == Drag::Box)
        painter.drawRect(QRectF(m_pressPosition, m_lastPosition).normalized());
    else if (m_drag == Drag::Lasso)
        painter.drawPolygon(m_lasso);
}

void PointView2D::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (!m_layout->x.empty() && event->oldSize().isValid()) {
        // Keep the same data visible: scale with the smaller side's change.
        const double before = std::min(event->oldSize().width(), event->oldSize().height());
        const double after = std::min(width(), height());
        if (before > 0 && after > 0)
            m_scale *= after / before;
    } else if (!m_layout->x.empty()) {
        m_scale = fitScale();
    }
    invalidate();
}

void PointView2D::mousePressEvent(QMouseEvent* event) {
    m_pressPosition = m_lastPosition = event->position();
    m_moved = false;
    m_addToSelection = event->modifiers() & Qt::ShiftModifier;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_tool == Tool::Pan)) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = m_tool == Tool::Box ? Drag::Box : Drag::Lasso;
        m_lasso = QPolygonF{event->position()};
    }
}

void PointView2D::mouseMoveEvent(QMouseEvent* event) {
    const QPointF position = event->position();
    if (m_drag == Drag::None) {
        updateHover(position);
        return;
    }
    m_moved = m_moved || QLineF(position, m_pressPosition).length() >= kClickSlop;
    if (m_drag == Drag::Pan) {
        const QPointF delta = position - m_lastPosition;
        m_centre += QPointF(-delta.x() / m_scale, delta.y() / m_scale);
        invalidate();
    } else if (m_drag == Drag::Lasso && QLineF(position, m_lasso.last()).length() >= kLassoStep) {
        m_lasso << position;
        update();
    } else if (m_drag == Drag::Box) {
        update();
    }
    m_lastPosition = position;
}

void PointView2D::mouseReleaseEvent(QMouseEvent* event) {
    const Drag drag = std::exchange(m_drag, Drag::None);
    setTool(m_tool); // the cursor again
    if (drag == Drag::None)
        return;
    if (!m_moved) {
        update();
        if (event->button() != Qt::LeftButton)
            return;
        const int index = pointAt(event->position());
        if (index >= 0) {
            m_picked = index;
            update();
            const ScatterPoint& p = m_layout->points[index];
            Q_EMIT pointPicked(p.id, p.isUser);
        }
        return;
    }
    if (drag == Drag::Box) {
        selectRect(QRectF(toData(m_pressPosition), toData(event->position())), m_addToSelection);
    } else if (drag == Drag::Lasso) {
        QPolygonF polygon;
        for (const QPointF& p : std::as_const(m_lasso))
            polygon << toData(p);
        polygon << toData(event->position());
        selectPolygon(polygon, m_addToSelection);
    }
    m_lasso.clear();
    update();
}

void PointView2D::wheelEvent(QWheelEvent* event) {
    if (m_layout->x.empty())
        return;
    const QPointF anchor = toData(event->position());
    const double fit = fitScale();
    m_scale = std::clamp(m_scale * std::pow(1.0015, event->angleDelta().y()), fit / 4, fit * 1e5);
    m_centre = QPointF(anchor.x() - (event->position().x() - width() / 2.0) / m_scale,
                       anchor.y() + (event->position().y() - height() / 2.0) / m_scale);
    invalidate();
    event->accept();
}

void PointView2D::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && !m_selection.isEmpty())
        clearSelection();
    else if (event->key() == Qt::Key_Home || event->key() == Qt::Key_0)
        resetView();
    else
        QWidget::keyPressEvent(event);
}

void PointView2D::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    if (m_hover >= 0) {
        m_hover = -1;
        update();
        Q_EMIT pointHoverEnded();
    }
}

void PointView2D::updateHover(QPointF position) {
    const int index = pointAt(position);
    if (index == m_hover)
        return;
    m_hover = index;
    update();
    if (index < 0) {
        QToolTip::hideText();
        Q_EMIT pointHoverEnded();
        return;
    }
    const ScatterPoint& p = m_layout->points[index];
    const QString group = p.group >= 0 && p.group < m_layout->groups.size() ? m_layout->groups[p.group].name : QString();
    QToolTip::showText(mapToGlobal(position.toPoint()) + QPoint(12, 12), scatterTooltip(p.label, group), this);
    Q_EMIT pointHovered(p.id, p.isUser);
}

} // namespace kindred::ui
