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
    fitAxes();
}

void CurveChartView::clearPoints() {
    for (Curve& curve : m_curves) {
        curve.points.clear();
        curve.dirty = true;
    }
    scheduleRedraw();
}

void CurveChartView::appendPoints(int curve, const QList<QPointF>& points) {
    if (points.isEmpty())
        return;
    m_curves[curve].points.append(points);
    m_curves[curve].dirty = true;
    scheduleRedraw();
}

void CurveChartView::setPoints(int curve, const QList<QPointF>& points) {
    m_curves[curve].points = points;
    m_curves[curve].dirty = true;
    scheduleRedraw();
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
    fitAxes();
}

void CurveChartView::setFollowNewest(bool on) {
    if (on == m_follow)
        return;
    m_follow = on;
    if (on)
        fitAxes();
    Q_EMIT followNewestChanged(on);
}

void CurveChartView::resetView() {
    chart()->zoomReset();
    if (!m_follow) {
        m_follow = true;
        Q_EMIT followNewestChanged(true);
    }
    flush(); // draws pending points and fits the axes to them
    fitAxes();
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
        if (m_logScale) {
            // A log axis cannot show values ≤ 0: leave those points out.
            QList<QPointF> positive;
            positive.reserve(curve.points.size());
            for (const QPointF& p : std::as_const(curve.points))
                if (p.y() > 0)
                    positive.append(p);
            curve.series->replace(positive);
        } else {
            curve.series->replace(curve.points);
        }
        curve.dirty = false;
        any = true;
    }
    if (m_follow)
        fitAxes();
    if (any)
        Q_EMIT redrawn();
}

void CurveChartView::fitAxes() {
    double minX = std::numeric_limits<double>::infinity(), maxX = -minX;
    double minY = minX, maxY = -minX;
    for (const Curve& curve : std::as_const(m_curves))
        for (const QPointF& p : curve.points) {
            if (!std::isfinite(p.y()) || (m_logScale && p.y() <= 0))
                continue;
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    if (!std::isfinite(minX)) {
        m_xAxis->setRange(0, 1);
        m_yAxis->setRange(m_logScale ? 0.1 : 0.0, 1.0);
        return;
    }
    if (maxX <= minX)
        maxX = minX + 1;
    m_xAxis->setRange(minX, maxX);
    if (m_logScale) {
        m_yAxis->setRange(minY / 1.2, maxY * 1.2);
    } else {
        const double pad = maxY > minY ? (maxY - minY) * 0.06 : std::max(std::abs(maxY) * 0.1, 0.01);
        // Losses and errors are never negative: do not show a negative band under them.
        const double lower = minY >= 0 ? std::max(0.0, minY - pad) : minY - pad;
        m_yAxis->setRange(lower, maxY + pad);
        static_cast<QValueAxis*>(m_yAxis)->applyNiceNumbers(); // round tick labels
    }
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
