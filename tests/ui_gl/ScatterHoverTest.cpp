// The 3D explorer's hover and click, as a person does them: the mouse is moved over the real
// Q3DScatter window (drawn by Mesa under Xvfb) and must rest on a point to get its tooltip.
#include "plots/ScatterView3D.h"

#include <QSignalSpy>
#include <QToolTip>
#include <QWindow>
#include <QtTest>

using kindred::ui::ScatterGroup;
using kindred::ui::ScatterPoint;
using kindred::ui::ScatterView3D;

class ScatterHoverTest : public QObject {
    Q_OBJECT

private:
    /// Two small corner points span the axes; a big point sits at the centre, which the default
    /// camera looks at, so it is drawn at the centre of the window.
    static void fill(ScatterView3D& view) {
        const QList<ScatterGroup> groups = {{QStringLiteral("books"), Qt::blue}, {QStringLiteral("music"), Qt::red}};
        QList<ScatterPoint> points;
        points.append({QVector3D(-1, -1, -1), 0, 0.0f, 11, false, QStringLiteral("Corner A")});
        points.append({QVector3D(1, 1, 1), 0, 0.0f, 12, false, QStringLiteral("Corner B")});
        points.append({QVector3D(0, 0, 0), 1, 1.0f, 42, false, QStringLiteral("Kind of Blue")});
        view.setPoints(groups, points, false);
    }

    /// Fills and shows `view` (which must have OpenGL); returns its graph window once that is
    /// exposed and has drawn its first frames, or null when it never is.
    static QWindow* showFilled(ScatterView3D& view) {
        view.resize(640, 520);
        fill(view);
        view.show();
        QWindow* graph = view.graphWindow();
        if (!QTest::qWaitForWindowExposed(&view) || !QTest::qWaitForWindowExposed(graph))
            return nullptr;
        QTest::qWait(300); // first frames
        return graph;
    }

private Q_SLOTS:
    void restingOnAPointShowsItsTooltipAndDoesNotPickIt() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QWindow* graph = showFilled(view);
        QVERIFY(graph);

        QSignalSpy hovered(&view, &ScatterView3D::pointHovered);
        QSignalSpy picked(&view, &ScatterView3D::pointPicked);
        QSignalSpy ended(&view, &ScatterView3D::pointHoverEnded);
        const QPoint centre(graph->width() / 2, graph->height() / 2);
        QTest::mouseMove(graph, centre);
        QVERIFY(hovered.wait(10000));
        QCOMPARE(hovered.first().at(0).toLongLong(), 42);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("Kind of Blue")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("music")));
        QCOMPARE(picked.count(), 0); // hovering is not choosing

        // Resting on empty space ends the hover and hides the tooltip.
        QTest::mouseMove(graph, QPoint(8, 8));
        QVERIFY(ended.wait(10000));
        QTRY_VERIFY(!QToolTip::isVisible());
        QCOMPARE(picked.count(), 0);
    }

    void clickingTheHoveredPointPicksIt() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QWindow* graph = showFilled(view);
        QVERIFY(graph);
        QSignalSpy hovered(&view, &ScatterView3D::pointHovered);
        QSignalSpy picked(&view, &ScatterView3D::pointPicked);
        const QPoint centre(graph->width() / 2, graph->height() / 2);
        QTest::mouseMove(graph, centre);
        QVERIFY(hovered.wait(10000)); // the hover already selected it in the graph
        QTest::mouseClick(graph, Qt::LeftButton, {}, centre);
        QTRY_COMPARE_WITH_TIMEOUT(picked.count(), 1, 10000); // may come at once, or with the next frame
        QCOMPARE(picked.first().at(0).toLongLong(), 42);
    }

    void restingOnThePickedPointShowsItsTooltip() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QWindow* graph = showFilled(view);
        QVERIFY(graph);
        QSignalSpy hovered(&view, &ScatterView3D::pointHovered);
        QSignalSpy picked(&view, &ScatterView3D::pointPicked);
        QSignalSpy ended(&view, &ScatterView3D::pointHoverEnded);
        const QPoint centre(graph->width() / 2, graph->height() / 2);
        QTest::mouseClick(graph, Qt::LeftButton, {}, centre);
        QTRY_COMPARE_WITH_TIMEOUT(picked.count(), 1, 10000);
        // The point is now the graph's selection; resting on it must still answer with a hover.
        QTest::mouseMove(graph, centre + QPoint(1, 1));
        QVERIFY(hovered.wait(10000));
        QCOMPARE(hovered.first().at(0).toLongLong(), 42);
        QTRY_VERIFY(QToolTip::isVisible());
        // Moving a little and resting again on the same point keeps the hover (no end, no flicker).
        QTest::mouseMove(graph, centre + QPoint(2, 2));
        QTest::qWait(800);
        QCOMPARE(ended.count(), 0);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(picked.count(), 1);
    }

    void clickingAPointPicksIt() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QWindow* graph = showFilled(view);
        QVERIFY(graph);
        QSignalSpy picked(&view, &ScatterView3D::pointPicked);
        QTest::mouseClick(graph, Qt::LeftButton, {}, QPoint(graph->width() / 2, graph->height() / 2));
        QTRY_COMPARE_WITH_TIMEOUT(picked.count(), 1, 10000);
        QCOMPARE(picked.first().at(0).toLongLong(), 42);
    }
};

QObject* makeScatterHoverTest() {
    return new ScatterHoverTest;
}

#include "ScatterHoverTest.moc"
