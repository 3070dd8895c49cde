#pragma once
// ScatterView3D: the explorer's 3D (or flat 2D) scatter plot behind a small interface, so the Qt
// Data Visualization backend (Q3DScatter in a window container) can later move to Qt Graphs.
//
// Points come in colour groups (one Q3DScatter series per group and size bucket: keep ≤ ~20
// groups, the caller folds the rest into "other") and are sized by a 0..1 weight (popularity).
// Clicking a point emits pointPicked(); resting the mouse on one shows a tooltip (its label and
// colour group), highlights it and emits pointHovered(). highlight() selects a point from outside
// and flyTo() moves the camera to it. A path (taste trajectory) is drawn as small numbered points in
// their own colour, since Q3DScatter cannot draw lines.
//
// Without OpenGL (e.g. QT_QPA_PLATFORM=offscreen, where Q3DScatter crashes on construction) the
// view shows a message instead, keeps the points and ids, and every call still works, so the
// selection logic around it stays testable. UI thread only.

#include "plots/ScatterPoints.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QVector3D>
#include <QWidget>

class QCustom3DLabel;
class QLabel;
class QScatter3DSeries;
class QStackedLayout;
class QWindow;
class Q3DScatter;

namespace kindred::ui {

class ScatterView3D : public QWidget {
    Q_OBJECT
public:
    explicit ScatterView3D(QWidget* parent = nullptr);
    ~ScatterView3D() override;

    /// False when no OpenGL context can be made: nothing is drawn, the rest still works.
    bool isAvailable() const { return m_graph != nullptr; }
    /// Replaces every point. flat: the points are 2D; the camera looks straight down.
    void setPoints(const QList<ScatterGroup>& groups, const QList<ScatterPoint>& points, bool flat);
    void clear();
    int pointCount() const { return int(m_points.size()); }
    /// Far-out points drawn on the faces of the box, so that the rest fill the view.
    int pointsOnEdge() const { return m_pointsOnEdge; }
    const QList<ScatterPoint>& points() const { return m_points; }
    const QList<ScatterGroup>& groups() const { return m_groups; }
    /// Index into points() of the point with this id, or -1.
    int indexOf(qint64 id, bool isUser) const;

    /// Selects point `index` (−1: none) without emitting pointPicked().
    void highlight(int index);
    /// Centres the camera on point `index` and zooms in.
    void flyTo(int index);
    /// Zooms out to show every point.
    void resetCamera();
    /// A path through the space (data coordinates), drawn as numbered points; empty removes it.
    void setPath(const QList<QVector3D>& path, const QColor& color);
    /// Names drawn in the scene at data positions (cluster names at their centres), facing the
    /// camera; replaces the previous ones. setPoints() and clear() remove them: set them after
    /// the points. They are made one per event-loop turn (each draws its texture on this
    /// thread) and shown together once all are made.
    void setLabels(const QList<ScatterLabel>& labels);
    /// True while some label of setLabels() is still to be made (never without OpenGL).
    bool labelsPending() const;
    /// Makes the labels still pending now, in this turn (for a screenshot).
    void finishLabels();
    /// Which labels to show so that none covers another as the camera shows them: a label is
    /// hidden when its box meets that of an earlier label shown (callers order them, most
    /// important first). centres (the labels' anchors) and target: −1..1 per axis of the graph's
    /// box; sizes: in the same units (labels face the camera at a size fixed in graph units, so
    /// the zoom does not matter); xRotation, yRotation: the camera's yaw and pitch in degrees
    /// (Q3DCamera); eyeDistance: from the target to the eye (labelInFrontOfBox), 0 to leave
    /// perspective out.
    static QList<bool> labelsClearOfEachOther(const QList<QVector3D>& centres, const QList<QSizeF>& sizes,
                                              float xRotation, float yRotation, const QVector3D& target = {},
                                              float eyeDistance = 0);
    /// Where a scene label is drawn so that no point hides it (labels are depth-tested like the
    /// points): its anchor moved along the line to the camera's eye until it is nearer the eye
    /// than every corner of the box, so it keeps its place on screen, and the scale that keeps
    /// its size on screen. anchor and target: −1..1 per axis of the graph's box; eyeDistance:
    /// from the target to the eye in the same units; rotations as for labelsClearOfEachOther.
    struct LabelPlacement {
        QVector3D position; ///< −1..1 per axis of the box (QCustom3DItem's absolute position)
        float scale = 1;    ///< of the label's size
    };
    static LabelPlacement labelInFrontOfBox(const QVector3D& anchor, float xRotation, float yRotation,
                                            const QVector3D& target, float eyeDistance);
    /// How many of the scene labels are showing now (0 without OpenGL).
    int labelsShown() const;
    /// The names setLabels() gave (kept even when nothing can be drawn).
    const QList<ScatterLabel>& labels() const { return m_labels; }
    /// Shows `message` over the plot area (empty: the plot again).
    void setMessage(const QString& message);

    /// The 3D view rendered off screen at `size` (device pixels); null when unavailable.
    /// Needed for screenshots: QWidget::grab() of the GL window container is blank.
    QImage renderImage(QSize size) const;
    /// The widget that holds the 3D view (its rectangle is where renderImage() belongs).
    QWidget* plotWidget() const { return m_container; }
    /// The graph's own window (receives the mouse), or null when unavailable. For tests.
    QWindow* graphWindow() const;

Q_SIGNALS:
    /// A person picked a point (click, or arrow keys in the graph).
    void pointPicked(qint64 id, bool isUser);
    /// The mouse rests on a point (its tooltip is showing); pointHoverEnded() when it leaves.
    void pointHovered(qint64 id, bool isUser);
    void pointHoverEnded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct SeriesPoints {
        QScatter3DSeries* series = nullptr;
        QList<int> pointIndex; ///< series item → index into m_points
    };
    void onSelected(int seriesIndex, int item);
    /// Hover: Q3DScatter only picks by selection query, so a resting mouse asks for a selection
    /// at its position and the answer is treated as a hover (tooltip), not a pick.
    void queryHover();
    void finishHover();
    void endHover();
    /// A click on the hovered point: it becomes the picked one (it is already selected).
    void pickHovered();
    /// Graph coordinates of a data position (2D data lies on the floor).
    QVector3D planePosition(const QVector3D& position) const;
    /// planePosition() inside the drawn box: far-out points lie on its faces.
    QVector3D scenePosition(const QVector3D& position) const;
    /// Puts each scene label in front of the box (labelInFrontOfBox) and shows those that
    /// labelsClearOfEachOther() keeps, the picked point's own label (Qt's, drawn over
    /// everything) first; runs again whenever the camera, the window or the pick changes.
    void placeLabels();
    /// The camera's eye from its target, in the box's −1..1 units.
    float eyeDistance() const;
    /// Makes the next pending label unless setLabels() was called again since `generation`, and
    /// the one after it in the next event-loop turn.
    void makeNextLabel(int generation);
    /// Makes the next pending label; the last one made hands them all to the graph.
    void makeLabel();
    /// The drawn box from the points (see kFarOutShare), and how many lie on its faces.
    void fitBox();
    /// Camera-target coordinates (−1..1 per axis range) of a graph position.
    QVector3D normalised(const QVector3D& position) const;

    Q3DScatter* m_graph = nullptr; // owned by m_container
    QWidget* m_container = nullptr;
    QLabel* m_message;
    QStackedLayout* m_stack;
    QList<ScatterGroup> m_groups;
    QList<ScatterPoint> m_points;
    QList<SeriesPoints> m_series;
    QScatter3DSeries* m_pathSeries = nullptr;
    QList<ScatterLabel> m_labels;
    QList<QCustom3DLabel*> m_labelItems;     // owned by m_graph: every label of m_labels, or none yet
    QList<QCustom3DLabel*> m_labelsInMaking; // owned here until all are made, then handed to m_graph
    int m_labelsGeneration = 0;              // setLabels() calls: a later one ends an earlier one's making
    QHash<qint64, int> m_itemIndex, m_userIndex;
    QVector3D m_boxMin, m_boxMax; ///< the drawn box, graph coordinates
    int m_pointsOnEdge = 0;
    bool m_flat = false;
    bool m_highlighting = false;
    int m_pickedIndex = -1;     ///< the point the person clicked or highlight() chose
    int m_hoverIndex = -1;      ///< the point under the resting mouse, −1: none
    int m_hoverCandidate = -1;  ///< what the pending hover query found
    bool m_hoverQuery = false;  ///< a hover query waits for its frame
    /// The last selection query was a hover's (until the next mouse press): selection changes,
    /// even late ones, are hovers then, never picks.
    bool m_selectionFromHover = false;
    int m_hoverGeneration = 0;  ///< tells a stale deadline from the current query's
    QPoint m_hoverPosition;     ///< in the graph window's coordinates
    class QTimer* m_hoverTimer = nullptr;
    friend class HoverInputHandler;
};

} // namespace kindred::ui
