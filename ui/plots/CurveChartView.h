#pragma once
// CurveChartView: a Qt Charts line chart for curves that grow while a job runs (loss curves) or
// are compared side by side (stored models' validation curves).
//
// Points are kept here and pushed to the QLineSeries in batches: appendPoints() only marks the
// curve dirty and (re)arms a 40 ms single-shot timer, whose timeout calls QXYSeries::replace() once
// per dirty curve. Work per redraw is bounded whatever the length of the run: a curve draws at
// most kMaxDrawnPoints points (CurveDecimator: consecutive points merged into buckets that keep
// their lowest and highest point, so spikes stay visible), and the axes' ranges are kept as
// points arrive. While "follow newest" is on the axes fit all points (the newest is always in
// view); left-drag zooms to a rectangle, the wheel zooms, middle-drag or Shift+left-drag pans, and
// any of these turns following off (resetView() turns it back on). UI thread only.

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTimer>

class QAbstractAxis;
class QLineSeries;
class QValueAxis;

namespace kindred::ui {

/// The drawn form of a growing curve: consecutive points in buckets of 2^k points, each drawn as
/// its lowest and highest point (in x order); when the buckets exceed kMaxBuckets, neighbours
/// merge and the bucket size doubles. Adding a point is O(1) amortised; drawn() is O(buckets).
/// Also keeps the curve's x and y ranges over its finite points.
class CurveDecimator {
public:
    static constexpr int kMaxBuckets = 512;
    void add(const QPointF& point);
    void clear();
    QList<QPointF> drawn() const;
    bool empty() const { return m_buckets.isEmpty(); }
    double minX() const { return m_minX; }
    double maxX() const { return m_maxX; }
    double minY() const { return m_minY; }
    double maxY() const { return m_maxY; }

private:
    struct Bucket {
        QPointF low, high;
        qsizetype count = 0;
    };
    void mergePairs();
    QList<Bucket> m_buckets;
    qsizetype m_bucketSize = 1;
    double m_minX = 0, m_maxX = 0, m_minY = 0, m_maxY = 0;
};

class CurveChartView : public QChartView {
    Q_OBJECT
public:
    static constexpr int kRedrawIntervalMs = 40;
    /// A curve never draws more points than this (see CurveDecimator).
    static constexpr int kMaxDrawnPoints = 2 * CurveDecimator::kMaxBuckets;
    /// How far past the newest x the axis reaches when it follows, as a share of the x span.
    static constexpr double kFollowHeadroom = 0.1;

    explicit CurveChartView(QWidget* parent = nullptr);
    ~CurveChartView() override;

    /// Adds an empty curve; returns its index. markers: draw a dot at every point (per-epoch curves).
    int addCurve(const QString& name, const QColor& color = {}, bool markers = false);
    /// Removes every curve.
    void removeAllCurves();
    /// Empties every curve, keeping them.
    void clearPoints();
    int curveCount() const { return int(m_curves.size()); }
    /// Appends points to a curve; they appear at the next redraw (≤ 40 ms later).
    void appendPoints(int curve, const QList<QPointF>& points);
    void setPoints(int curve, const QList<QPointF>& points);
    /// Points of a curve, drawn or still pending.
    const QList<QPointF>& points(int curve) const { return m_curves.at(curve).points; }
    /// The series of a curve (owned by the chart); holds only the points already drawn, at most
    /// kMaxDrawnPoints of them (all of them while the curve is shorter).
    QLineSeries* series(int curve) const { return m_curves.at(curve).series; }

    void setAxisTitles(const QString& x, const QString& y);
    void setTitle(const QString& title);
    void setLogScale(bool on);
    bool logScale() const { return m_logScale; }
    void setFollowNewest(bool on);
    bool followNewest() const { return m_follow; }
    /// Fits the axes to all points and turns following back on.
    void resetView();
    /// Draws pending points now instead of at the next timer tick.
    void flush();

Q_SIGNALS:
    /// Pending points were drawn (once per batched redraw).
    void redrawn();
    /// Following was turned on or off (by the person zooming/panning, or by setFollowNewest()).
    void followNewestChanged(bool on);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Curve {
        QLineSeries* series = nullptr; // owned by the chart
        QList<QPointF> points;
        CurveDecimator finite;   ///< the finite points
        CurveDecimator positive; ///< the finite points with y > 0 (what a log axis can show)
        bool dirty = false;
    };
    void rebuildDecimators(Curve& curve);
    void scheduleRedraw();
    void redraw();
    /// Fits the axes to the drawn points; while streaming only when they leave them, unless `refit`.
    void fitAxes(bool refit = false);
    /// Whether an axis showing [axisMin, axisMax] must change to show [dataMin, dataMax]: a point
    /// lies outside it, or it is more than three times the data's span.
    static bool needsRefit(double axisMin, double axisMax, double dataMin, double dataMax);
    void installYAxis();
    void stopFollowing();

    QList<Curve> m_curves;
    QValueAxis* m_xAxis;
    QAbstractAxis* m_yAxis = nullptr;
    QString m_yTitle;
    QTimer m_redrawTimer;
    bool m_logScale = false;
    bool m_follow = true;
    /// True since the last appendPoints (points streaming in: axes follow in steps); false after
    /// setPoints or clearPoints (a whole curve: axes fit it exactly).
    bool m_streaming = false;
    bool m_panning = false;
    QPoint m_lastPanPos;
};

} // namespace kindred::ui
