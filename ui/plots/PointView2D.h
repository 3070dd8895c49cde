#pragma once
// PointView2D: a flat scatter plot that draws every point of a large projection (a million points
// redraw in tens of milliseconds on one core; bench/point_view_bench measures it) without OpenGL,
// so it works the same on every platform, offscreen included.
//
// Points are drawn by a small software rasteriser into a cached image (discs a few pixels wide,
// blended so dense regions read darker); the cache is redrawn only when the view, the points, the
// colours or the selection change. Overlays (cluster names, a path, the picked and hovered point,
// the box or lasso being drawn) are painted over it each frame. A uniform grid over the data
// answers "which point is under the mouse" and "which points are in this box / lasso" without
// looking at every point.
//
// Mouse: wheel zooms about the cursor; with the Pan tool a left drag pans (the middle button pans
// with every tool); a click picks the nearest point within a few pixels; with the Box or Lasso tool
// a left drag selects (Shift adds to the selection). Keys: Esc clears the selection, Home (or 0)
// shows everything. UI thread only.

#include "plots/ScatterPoints.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

namespace kindred::ui {

class PointView2D : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Pan, Box, Lasso };

    /// A point as drawing reads it (in grid-cell order: neighbouring points land on neighbouring
    /// pixels, which keeps the image's cache lines warm).
    struct DrawPoint {
        float x, y;
        std::uint8_t group, radius; ///< radius in logical pixels
        int index;                  ///< into points
    };
    /// Everything drawing and picking need from a set of points, computed once per set: plain
    /// arrays, id maps, a uniform grid over the data (the points of cell c are
    /// cellPoints[cellStart[c] .. cellStart[c+1])) and the draw order. Immutable once built; building
    /// it (a few hundred milliseconds for a million points) may run on any thread.
    struct Layout {
        QList<ScatterGroup> groups;
        QList<ScatterPoint> points;
        std::vector<float> x, y;
        std::vector<std::uint8_t> group, radius;
        QHash<qint64, int> itemIndex, userIndex;
        QRectF bounds; ///< data bounding box
        QRectF view;   ///< what resetView() shows
        int gridColumns = 0, gridRows = 0;
        std::vector<int> cellStart, cellPoints;
        std::vector<DrawPoint> drawOrder;
        std::vector<int> drawPosition; ///< point index → its place in drawOrder
    };
    /// Builds the layout of `points` (x and y of each position are drawn). Thread-safe.
    static std::shared_ptr<const Layout> layOut(const QList<ScatterGroup>& groups, const QList<ScatterPoint>& points);

    explicit PointView2D(QWidget* parent = nullptr);

    /// Shows a layout made by layOut() (cheap: for large sets, lay out on a worker and hand the
    /// result over), clears the selection, path and labels, and shows every point.
    void setLayout(std::shared_ptr<const Layout> layout);
    /// setLayout(layOut(groups, points)) on the calling thread.
    void setPoints(const QList<ScatterGroup>& groups, const QList<ScatterPoint>& points);
    void clear();
    int pointCount() const { return int(m_layout->points.size()); }
    const QList<ScatterPoint>& points() const { return m_layout->points; }
    const QList<ScatterGroup>& groups() const { return m_layout->groups; }
    /// Index into points() of the point with this id, or -1.
    int indexOf(qint64 id, bool isUser) const;

    /// Marks point `index` (−1: none) as the picked one without emitting pointPicked().
    void highlight(int index);
    int highlighted() const { return m_picked; }
    /// Centres the view on point `index` and zooms in.
    void flyTo(int index);
    /// Shows the whole cloud: every point, except that from 1,000 points on the view fits the
    /// middle 99.6 % of each axis (with a margin), so a few far outliers do not shrink the rest.
    void resetView();
    /// A path through the space (data coordinates), drawn as a numbered line; empty removes it.
    void setPath(const QList<QVector3D>& path, const QColor& color);
    /// Names drawn at data positions (cluster names at their centres), in the order given; a name
    /// that would cover an earlier one is not drawn (give the most important first). Empty removes them.
    void setLabels(const QList<ScatterLabel>& labels);
    /// Shows `message` instead of the points (empty: the points again).
    void setMessage(const QString& message);

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }

    /// Indexes into points() of the selected points, ascending.
    const QList<int>& selection() const { return m_selection; }
    /// Replaces (or, with add, extends) the selection; emits selectionChanged().
    void setSelection(const QList<int>& indices, bool add = false);
    void clearSelection() { setSelection({}); }
    /// Selects the points inside `rect` / `polygon` (data coordinates); returns how many are selected.
    int selectRect(const QRectF& rect, bool add = false);
    int selectPolygon(const QPolygonF& polygon, bool add = false);

    /// The point nearest to `position` (widget coordinates) within `tolerance` pixels, or −1.
    int pointAt(QPointF position, double tolerance = 6) const;
    /// Data ↔ widget coordinates under the current view.
    QPointF toWidget(QPointF data) const;
    QPointF toData(QPointF widget) const;
    /// The visible data rectangle.
    QRectF visibleData() const;
    /// Milliseconds the last redraw of the point layer took (0 before the first).
    double lastRenderMilliseconds() const { return m_renderMs; }
    /// Draws the point layer now (as a paint would); for benches and tests.
    void renderNow();

Q_SIGNALS:
    /// A person clicked a point.
    void pointPicked(qint64 id, bool isUser);
    /// The mouse rests on a point (its tooltip shows); pointHoverEnded() when it leaves it.
    void pointHovered(qint64 id, bool isUser);
    void pointHoverEnded();
    /// The selection changed (box, lasso, setSelection, Esc).
    void selectionChanged(int count);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    enum class Drag { None, Pan, Box, Lasso };
    /// Calls visit(index) for every point whose grid cell overlaps `rect` (data coordinates).
    template <typename Visit> void forPointsNear(const QRectF& rect, Visit&& visit) const;
    void renderLayer();
    void invalidate();
    void paintOverlays(class QPainter& painter);
    void updateHover(QPointF position);
    double fitScale() const;

    std::shared_ptr<const Layout> m_layout; ///< never null
    /// 1 where the point at that place of drawOrder is selected (what drawing reads in order).
    std::vector<std::uint8_t> m_selectedInDrawOrder;
    QList<int> m_selection;

    // View: the data point at the widget's centre and pixels per data unit.
    QPointF m_centre;
    double m_scale = 1;

    QImage m_layer;
    bool m_layerValid = false;
    double m_renderMs = 0;

    QList<QVector3D> m_path;
    QColor m_pathColor;
    QList<ScatterLabel> m_labels;
    QString m_message;
    Tool m_tool = Tool::Pan;
    int m_picked = -1, m_hover = -1;

    Drag m_drag = Drag::None;
    QPointF m_pressPosition, m_lastPosition;
    bool m_moved = false;
    bool m_addToSelection = false;
    QPolygonF m_lasso; ///< widget coordinates while drawing
};

} // namespace kindred::ui
