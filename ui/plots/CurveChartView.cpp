#include "plots/CurveChartView.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace kindred::ui {

void CurveDecimator::add(const QPointF& point) {
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
        return;
    if (m_buckets.isEmpty()) {
        m_minX = m_maxX = point.x();
        m_minY = m_maxY = point.y();
    } else {
        m_minX = std::min(m_minX, point.x());
        m_maxX = std::max(m_maxX, point.x());
        m_minY = std::min(m_minY, point.y());
        m_maxY = std::max(m_maxY, point.y());
    }
    if (m_buckets.isEmpty() || m_buckets.last().count >= m_bucketSize) {
        m_buckets.append({point, point, 1});
        if (m_buckets.size() > kMaxBuckets)
            mergePairs();
        return;
    }
    Bucket& last = m_buckets.last();
    if (point.y() < last.low.y())
        last.low = point;
    if (point.y() > last.high.y())
        last.high = point;
    ++last.count;
}

void CurveDecimator::mergePairs() {
    QList<Bucket> merged;
    merged.reserve(m_buckets.size() / 2 + 1);
    for (qsizetype i = 0; i < m_buckets.size(); i += 2) {
        Bucket b = m_buckets[i];
        if (i + 1 < m_buckets.size()) {
            const Bucket& next = m_buckets[i + 1];
            if (next.low.y() < b.low.y())
                b.low = next.low;
            if (next.high.y() > b.high.y())
                b.high = next.high;
            b.count += next.count;
        }
        merged.append(b);
    }
    m_buckets = std::move(merged);
    m_bucketSize *= 2;
}

void CurveDecimator::clear() {
    m_buckets.clear();
    m_bucketSize = 1;
}

QList<QPointF> CurveDecimator::drawn() const {
    QList<QPointF> out;
    out.reserve(2 * m_buckets.size());
    for (const Bucket& b : m_buckets) {
        if (b.count == 1 || b.low == b.high) {
            out.append(b.low);
            continue;
        }
        const bool lowFirst = b.low.x() <= b.high.x();
        out.append(lowFirst ? b.low : b.high);
        out.append(lowFirst ? b.high : b.low);
    }
    return out;
}

CurveChartView::CurveChartView(QWidget* parent)
    : QChartView(new QChart, parent)
    , m_xAxis(new QValueAxis(this)) {
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    m_xAxis->setLabelFormat(QStringLiteral("%g"));
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0);
    // Round tick steps (1, 2, 5 × 10^k) for any zoom; whole epochs once the view spans two or more.
    connect(m_xAxis, &QValueAxis::rangeChanged, this, [this](qreal min, qreal max) {
        const double range = max - min;
        if (range <= 0)
            return;
        const double raw = range / 5;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        const double fraction = raw / magnitude;
        double step = (fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10) * magnitude;
        if (range >= 2)
            step = std::max(step, 1.0);
        m_xAxis->setTickInterval(step);
    });
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    installYAxis();
    setMinimumSize(240, 180);
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(kRedrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &CurveChartView::redraw);
}

CurveChartView::~CurveChartView() = default;

int CurveChartView::addCurve(const QString& name, const QColor& color, bool markers) {
    Curve curve;
    curve.series = new QLineSeries;
    curve.series->setName(name);
    if (color.isValid()) {
        QPen pen(color);
        pen.setWidthF(markers ? 2.0 : 1.2);
        curve.series->setPen(pen);
    }
    curve.series->setPointsVisible(markers);
    chart()->addSeries(curve.series);
    curve.series->attachAxis(m_xAxis);
    curve.series->attachAxis(m_yAxis);
    m_curves.append(curve);
    return int(m_curves.size()) - 1;
}

void CurveChartView::removeAllCurves() {
    chart()->removeAllSeries();
    m_curves.clear();
    m_streaming = false;
    fitAxes();
}

void CurveChartView::clearPoints() {
    m_streaming = false;
    for (Curve& curve : m_curves) {
        curve.points.clear();
        rebuildDecimators(curve);
        curve.dirty = true;
    }
    scheduleRedraw();
}

void CurveChartView::appendPoints(int curve, const QList<QPointF>& points) {
    if (points.isEmpty())
        return;
    Curve& c = m_curves[curve];
    c.points.append(points);
    for (const QPointF& p : points) {
        c.finite.add(p);
        if (p.y() > 0)
            c.positive.add(p);
    }
    c.dirty = true;
    m_streaming = true;
    scheduleRedraw();
}

void CurveChartView::setPoints(int curve, const QList<QPointF>& points) {
    m_streaming = false;
    m_curves[curve].points = points;
    rebuildDecimators(m_curves[curve]);
    m_curves[curve].dirty = true;
    scheduleRedraw();
}

void CurveChartView::rebuildDecimators(Curve& curve) {
    curve.finite.clear();
    curve.positive.clear();
    for (const QPointF& p : std::as_const(curve.points)) {
        curve.finite.add(p);
        if (p.y() > 0)
            curve.positive.add(p);
    }
}

void CurveChartView::setAxisTitles(const QString& x, const QString& y) {
    m_xAxis->setTitleText(x);
    m_yTitle = y;
    m_yAxis->setTitleText(y);
}

void CurveChartView::setTitle(const QString& title) {
    chart()->setTitle(title);
}

void CurveChartView::setLogScale(bool on) {
    if (on == m_logScale)
        return;
    m_logScale = on;
    installYAxis();
    fitAxes(true);
}

void CurveChartView::setFollowNewest(bool on) {
    if (on == m_follow)
        return;
    m_follow = on;
    if (on)
        fitAxes(true);
    Q_EMIT followNewestChanged(on);
}

void CurveChartView::resetView() {
    chart()->zoomReset();
    if (!m_follow) {
        m_follow = true;
        Q_EMIT followNewestChanged(true);
    }
    flush(); // draws pending points and fits the axes to them
    fitAxes(true);
}

void CurveChartView::flush() {
    m_redrawTimer.stop();
    redraw();
}

void CurveChartView::scheduleRedraw() {
    // Not restarted when active: a steady stream of points still redraws every 40 ms.
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void CurveChartView::redraw() {
    bool any = false;
    for (Curve& curve : m_curves) {
        if (!curve.dirty)
            continue;
        // A log axis cannot show values ≤ 0: it draws the positive points only.
        curve.series->replace(m_logScale ? curve.positive.drawn() : curve.finite.drawn());
        curve.dirty = false;
        any = true;
    }
    if (m_follow)
        fitAxes();
    if (any)
        Q_EMIT redrawn();
}

void CurveChartView::fitAxes(bool refit) {
    const bool stepped = m_streaming && !refit; // change an axis only when the data leaves it
    double minX = std::numeric_limits<double>::infinity(), maxX = -minX;
    double minY = minX, maxY = -minX;
    for (const Curve& curve : std::as_const(m_curves)) {
        const CurveDecimator& shown = m_logScale ? curve.positive : curve.finite;
        if (shown.empty())
            continue;
        minX = std::min(minX, shown.minX());
        maxX = std::max(maxX, shown.maxX());
        minY = std::min(minY, shown.minY());
        maxY = std::max(maxY, shown.maxY());
    }
    if (!std::isfinite(minX)) {
        m_xAxis->setRange(0, 1);
        m_yAxis->setRange(m_logScale ? 0.1 : 0.0, 1.0);
        return;
    }
    if (maxX <= minX)
        maxX = minX + 1;
    // While points stream in (appendPoints), an axis follows in steps: it changes only when a
    // point leaves it (or it has become more than three times the data's span), then leaves
    // headroom for the next points. A range change lays the whole chart out again, most of a
    // redraw's cost; a steady stream now does that rarely. A whole curve (setPoints) fits exactly.
    if (!stepped || needsRefit(m_xAxis->min(), m_xAxis->max(), minX, maxX))
        m_xAxis->setRange(minX, maxX + (m_streaming ? (maxX - minX) * kFollowHeadroom : 0.0));
    if (m_logScale) {
        auto* yAxis = static_cast<QLogValueAxis*>(m_yAxis);
        if (!stepped || minY < yAxis->min() || maxY > yAxis->max() ||
            maxY / minY < yAxis->max() / yAxis->min() / 4)
            m_yAxis->setRange(minY / 1.2, maxY * 1.2);
    } else {
        auto* yAxis = static_cast<QValueAxis*>(m_yAxis);
        if (stepped && !needsRefit(yAxis->min(), yAxis->max(), minY, maxY))
            return;
        const double pad = maxY > minY ? (maxY - minY) * 0.06 : std::max(std::abs(maxY) * 0.1, 0.01);
        // Losses and errors are never negative: do not show a negative band under them.
        const double lower = minY >= 0 ? std::max(0.0, minY - pad) : minY - pad;
        yAxis->setRange(lower, maxY + pad);
        yAxis->applyNiceNumbers(); // round tick labels
    }
}

bool CurveChartView::needsRefit(double axisMin, double axisMax, double dataMin, double dataMax) {
    return dataMin < axisMin || dataMax > axisMax || (dataMax - dataMin) * 3 < axisMax - axisMin;
}

void CurveChartView::installYAxis() {
    QAbstractAxis* old = m_yAxis;
    if (m_logScale) {
        auto* axis = new QLogValueAxis(this);
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%.3g"));
        axis->setMinorTickCount(8);
        m_yAxis = axis;
    } else {
        auto* axis = new QValueAxis(this);
        axis->setLabelFormat(QStringLiteral("%.3g"));
        m_yAxis = axis;
    }
    m_yAxis->setTitleText(m_yTitle);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    for (Curve& curve : m_curves) {
        if (old)
            curve.series->detachAxis(old);
        curve.series->attachAxis(m_yAxis);
        curve.dirty = true; // log scale filters points differently
    }
    if (old) {
        chart()->removeAxis(old);
        old->deleteLater();
    }
    redraw();
}

void CurveChartView::stopFollowing() {
    if (m_follow) {
        m_follow = false;
        Q_EMIT followNewestChanged(false);
    }
}

void CurveChartView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    stopFollowing();
    chart()->zoom(std::pow(1.25, steps));
    event->accept();
}

void CurveChartView::mousePressEvent(QMouseEvent* event) {
    const bool pan = event->button() == Qt::MiddleButton ||
                     (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        stopFollowing();
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton)
        stopFollowing(); // a rubber-band zoom starts
    QChartView::mousePressEvent(event);
}

void CurveChartView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_lastPanPos;
        m_lastPanPos = pos;
        chart()->scroll(-delta.x(), delta.y());
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void CurveChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    // QChartView zooms out on a right click; returning to the fitted view is more useful here.
    if (event->button() == Qt::RightButton) {
        resetView();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace kindred::ui
