// PointView2D: every point is drawn where the view puts it, a click picks the nearest point, box
// and lasso select exactly the points inside, the wheel zooms about the cursor, and labels from
// data are drawn as text.

#include "plots/PointView2D.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace kindred::ui;

namespace {

/// A 10 × 10 lattice of points at (0..9, 0..9), group by column parity, ids 1..100.
QList<ScatterPoint> lattice() {
    QList<ScatterPoint> points;
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 10; ++x) {
            ScatterPoint p;
            p.position = QVector3D(float(x), float(y), 0);
            p.group = x % 2;
            p.id = 1 + y * 10 + x;
            p.label = QStringLiteral("p%1").arg(p.id);
            points << p;
        }
    return points;
}

const QList<ScatterGroup> kGroups = {{QStringLiteral("even"), QColor(0x20, 0x40, 0xc0)},
                                     {QStringLiteral("odd"), QColor(0xc0, 0x40, 0x20)}};

} // namespace

class PointView2DTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void drawsEveryPointWhereTheViewPutsIt() {
        PointView2D view;
        view.resize(400, 400);
        view.setPoints(kGroups, lattice());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage image = view.grab().toImage();
        const QColor background = view.palette().color(QPalette::Base);
        for (const ScatterPoint& p : view.points()) {
            const QPoint at = view.toWidget(QPointF(p.position.x(), p.position.y())).toPoint();
            QVERIFY2(image.pixelColor(at) != background, qPrintable(p.label));
        }
        // Between points: background.
        QCOMPARE(image.pixelColor(view.toWidget(QPointF(0.5, 0.5)).toPoint()), background);
        // Every point fits (the lattice's corners are inside the widget).
        QVERIFY(view.rect().contains(view.toWidget(QPointF(0, 0)).toPoint()));
        QVERIFY(view.rect().contains(view.toWidget(QPointF(9, 9)).toPoint()));
    }

    void aClickPicksTheNearestPointAndEmptySpacePicksNothing() {
        PointView2D view;
        view.resize(400, 400);
        view.setPoints(kGroups, lattice());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy picked(&view, &PointView2D::pointPicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.toWidget(QPointF(3.05, 7.02)).toPoint());
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toLongLong(), 1 + 7 * 10 + 3);
        QCOMPARE(view.highlighted(), view.indexOf(74, false));
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.toWidget(QPointF(3.5, 7.5)).toPoint());
        QCOMPARE(picked.size(), 1);
        QCOMPARE(view.pointAt(view.toWidget(QPointF(3.5, 7.5))), -1);
    }

    void boxAndLassoSelectExactlyThePointsInside() {
        PointView2D view;
        view.resize(400, 400);
        view.setPoints(kGroups, lattice());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(&view, &PointView2D::selectionChanged);
        // A box from (1.5, 1.5) to (4.5, 3.5) holds x = 2..4, y = 2..3: six points.
        view.setTool(PointView2D::Tool::Box);
        QTest::mousePress(&view, Qt::LeftButton, {}, view.toWidget(QPointF(1.5, 1.5)).toPoint());
        QTest::mouseMove(&view, view.toWidget(QPointF(3, 2.5)).toPoint());
        QTest::mouseRelease(&view, Qt::LeftButton, {}, view.toWidget(QPointF(4.5, 3.5)).toPoint());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.selection().size(), 6);
        for (int i : view.selection()) {
            const QVector3D p = view.points().at(i).position;
            QVERIFY(p.x() >= 2 && p.x() <= 4 && p.y() >= 2 && p.y() <= 3);
        }
        // A lasso triangle with its long side on x + y = 8.9, added to the box: the 45 points with
        // x + y ≤ 8 (the box's six are among them).
        QPolygonF triangle{QPointF(-0.5, -0.5), QPointF(9.4, -0.5), QPointF(-0.5, 9.4)};
        QCOMPARE(view.selectPolygon(triangle, true), 45);
        for (int i : view.selection()) {
            const QVector3D p = view.points().at(i).position;
            QVERIFY(p.x() + p.y() <= 8);
        }
        // The lasso by mouse: a square around the lattice's top-right quarter.
        view.setTool(PointView2D::Tool::Lasso);
        const QList<QPointF> corners = {QPointF(4.5, 4.5), QPointF(9.5, 4.5), QPointF(9.5, 9.5), QPointF(4.5, 9.5)};
        QTest::mousePress(&view, Qt::LeftButton, {}, view.toWidget(corners[0]).toPoint());
        for (const QPointF& c : corners.mid(1))
            QTest::mouseMove(&view, view.toWidget(c).toPoint());
        QTest::mouseRelease(&view, Qt::LeftButton, {}, view.toWidget(corners[0]).toPoint());
        QCOMPARE(view.selection().size(), 25);
        // A box far beyond the data selects everything (no overflow in the grid look-up).
        QCOMPARE(view.selectRect(QRectF(QPointF(-1e30, -1e30), QPointF(1e30, 1e30))), 100);
        // Esc clears.
        QTest::keyClick(&view, Qt::Key_Escape);
        QVERIFY(view.selection().isEmpty());
    }

    void theSelectionIsDrawnInColourAndTheRestDimmed() {
        PointView2D view;
        view.resize(400, 400);
        view.setPoints(kGroups, lattice());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSelection({view.indexOf(1, false)});
        const QImage image = view.grab().toImage();
        const QColor selected = image.pixelColor(view.toWidget(QPointF(0, 0)).toPoint());
        const QColor other = image.pixelColor(view.toWidget(QPointF(2, 0)).toPoint()); // same group
        QVERIFY(selected.blue() > selected.red() + 60);
        QVERIFY2(other.saturationF() < selected.saturationF() / 2, "unselected points fade");
    }

    void theWheelZoomsAboutTheCursorAndPanningMovesTheView() {
        PointView2D view;
        view.resize(400, 400);
        view.setPoints(kGroups, lattice());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPointF anchor = view.toWidget(QPointF(2, 3));
        const double before = view.visibleData().width();
        QWheelEvent wheel(anchor, view.mapToGlobal(anchor), {}, QPoint(0, 600), Qt::NoButton, {}, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(&view, &wheel);
        QVERIFY(view.visibleData().width() < before / 2);
        const QPointF still = view.toData(anchor);
        QVERIFY(std::abs(still.x() - 2) < 1e-6 && std::abs(still.y() - 3) < 1e-6);
        // Pan: drag by 100 px to the right moves the data under the cursor with it.
        const QPointF start(200, 200);
        const QPointF under = view.toData(start);
        QTest::mousePress(&view, Qt::LeftButton, {}, start.toPoint());
        QTest::mouseMove(&view, (start + QPointF(50, 0)).toPoint());
        QTest::mouseMove(&view, (start + QPointF(100, 0)).toPoint());
        QTest::mouseRelease(&view, Qt::LeftButton, {}, (start + QPointF(100, 0)).toPoint());
        const QPointF moved = view.toData(start + QPointF(100, 0));
        QVERIFY(std::abs(moved.x() - under.x()) < 1e-6);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.visibleData().width(), before);
    }

    void aMillionPointsDrawInASecondAndPickFromTheGrid() {
        // A bound, not the bench: bench/point_view_bench prints the numbers against the targets.
        QList<ScatterPoint> points(1'000'000);
        std::uint64_t state = 42;
        const auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return float(state >> 40) / float(1 << 24);
        };
        for (qsizetype i = 0; i < points.size(); ++i) {
            points[i].position = QVector3D(next() * 100, next() * 100, 0);
            points[i].group = int(i % 2);
            points[i].id = i + 1;
        }
        PointView2D view;
        view.resize(1200, 800);
        view.setPoints(kGroups, points);
        view.renderNow();
        QVERIFY(view.lastRenderMilliseconds() > 0);
        QVERIFY2(view.lastRenderMilliseconds() < 1000, qPrintable(QString::number(view.lastRenderMilliseconds())));
        QElapsedTimer timer;
        timer.start();
        const int found = view.pointAt(view.toWidget(QPointF(50, 50)), 6);
        QVERIFY(found >= 0);
        QVERIFY2(timer.elapsed() < 200, "picking looks at the grid cells under the mouse, not every point");
    }

    void labelsFromDataAreText() {
        QList<ScatterPoint> points = lattice();
        points[0].label = QStringLiteral("<b>bold</b>");
        PointView2D view;
        view.resize(300, 300);
        view.setPoints(kGroups, points);
        view.setLabels({{QVector3D(5, 5, 0), QStringLiteral("<i>cluster</i>"), Qt::black}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(scatterTooltip(points[0].label, {}).contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(!view.grab().isNull());
    }
};

QObject* makePointView2DTest() {
    return new PointView2DTest;
}

#include "PointView2DTest.moc"
