// The 3D explorer's scene labels on the real Q3DScatter (Mesa under Xvfb): the renderer puts a
// label where ScatterView3D::labelsClearOfEachOther assumes it does, in front of the points
// around it, and labels that the camera shows over each other are thinned as it turns.
#include "plots/ScatterView3D.h"

#include <QImage>
#include <QtDataVisualization/Q3DCamera>
#include <QtDataVisualization/Q3DScatter>
#include <QtDataVisualization/Q3DScene>
#include <QtTest>

#include <random>

using kindred::ui::ScatterGroup;
using kindred::ui::ScatterLabel;
using kindred::ui::ScatterPoint;
using kindred::ui::ScatterView3D;

namespace {

/// Two tiny corner points that span the axes −1..1.
QList<ScatterPoint> corners() {
    return {{QVector3D(-1, -1, -1), 0, 0.0f, 1, false, QStringLiteral("A")},
            {QVector3D(1, 1, 1), 0, 0.0f, 2, false, QStringLiteral("B")}};
}

/// The corners alone (drawn in blue, nothing else is near black).
void fill(ScatterView3D& view) {
    view.setPoints({{QStringLiteral("all"), Qt::blue}}, corners(), false);
}

/// The centre of the near-black pixels of a render: the text of a black label.
QPointF centreOfBlackText(const QImage& image) {
    double x = 0, y = 0, n = 0;
    for (int row = 0; row < image.height(); ++row)
        for (int column = 0; column < image.width(); ++column) {
            const QColor c = image.pixelColor(column, row);
            if (c.red() < 60 && c.green() < 60 && c.blue() < 60)
                x += column, y += row, ++n;
        }
    return n > 0 ? QPointF(x / n, y / n) : QPointF(-1, -1);
}

/// Fills and shows `view` (which must have OpenGL); false when its window is never exposed.
bool showFilled(ScatterView3D& view) {
    view.resize(640, 520);
    fill(view);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

Q3DCamera* cameraOf(ScatterView3D& view) {
    return static_cast<Q3DScatter*>(view.graphWindow())->scene()->activeCamera();
}

} // namespace

class ScatterLabelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theRendererPutsALabelWhereTheThinningAssumes() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QVERIFY(showFilled(view));
        const QSize size(600, 600);
        // At the starting camera (yaw −45°, pitch 45°) labelsClearOfEachOther shows +x right and
        // low, +z right and high, +y straight up.
        const struct {
            QVector3D at;
            bool right, up;
        } cases[] = {{QVector3D(0.8f, 0, 0), true, false}, {QVector3D(0, 0, 0.8f), true, true}};
        for (const auto& c : cases) {
            view.setLabels({{c.at, QStringLiteral("MMMM"), Qt::black}});
            QTest::qWait(100);
            const QPointF text = centreOfBlackText(view.renderImage(size));
            QVERIFY2(text.x() >= 0, "the label was not drawn");
            QCOMPARE(text.x() > size.width() / 2 + 40, c.right);
            QCOMPARE(text.y() < size.height() / 2 - 20, c.up);
            QCOMPARE(text.y() > size.height() / 2 + 20, !c.up);
        }
        view.setLabels({{QVector3D(0, 0.8f, 0), QStringLiteral("MMMM"), Qt::black}});
        QTest::qWait(100);
        const QPointF up = centreOfBlackText(view.renderImage(size));
        QVERIFY(std::abs(up.x() - size.width() / 2) < 40);
        QVERIFY(up.y() < size.height() / 2 - 40);
    }

    void aLabelInsideADenseCloudIsDrawnWholeWhereItsAnchorIs() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QVERIFY(showFilled(view));
        const QSize size(600, 600);
        const ScatterLabel label{QVector3D(0, 0, 0), QStringLiteral("MMMM"), Qt::black};
        view.setLabels({label});
        QTRY_VERIFY(!view.labelsPending());
        QTest::qWait(100);
        const QImage alone = view.renderImage(size);
        // The label's anchor in the middle of 3,000 large points filling the box's centre.
        QList<ScatterPoint> points = corners();
        std::mt19937 random(11);
        std::uniform_real_distribution<float> middle(-0.6f, 0.6f);
        for (int i = 0; i < 3000; ++i)
            points.append({QVector3D(middle(random), middle(random), middle(random)), 0, 1.0f, i + 3, false, {}});
        view.setPoints({{QStringLiteral("all"), Qt::blue}}, points, false);
        view.setLabels({label});
        QTRY_VERIFY(!view.labelsPending());
        QTest::qWait(100);
        const QImage inCloud = view.renderImage(size);
        const auto blackPixels = [](const QImage& image) {
            int n = 0;
            for (int row = 0; row < image.height(); ++row)
                for (int column = 0; column < image.width(); ++column) {
                    const QColor c = image.pixelColor(column, row);
                    n += c.red() < 60 && c.green() < 60 && c.blue() < 60 ? 1 : 0;
                }
            return n;
        };
        const int whole = blackPixels(alone);
        QVERIFY2(whole > 100, "the label was not drawn");
        QVERIFY2(blackPixels(inCloud) > 0.9 * whole, "points hide the label");
        const QPointF a = centreOfBlackText(alone), b = centreOfBlackText(inCloud);
        QVERIFY(std::abs(a.x() - b.x()) < 3 && std::abs(a.y() - b.y()) < 3);
    }

    void aNameGivesWayToThePickedPointsLabel() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QVERIFY(showFilled(view));
        // Where Qt draws the label of corner B (index 1) when it is picked: just above it.
        view.setLabels({{QVector3D(1, 1.2f, 1), QStringLiteral("MMMM"), Qt::black}});
        QTRY_VERIFY(!view.labelsPending());
        QCOMPARE(view.labelsShown(), 1);
        view.highlight(1);
        QCOMPARE(view.labelsShown(), 0);
        view.highlight(0); // the other corner, far from the name
        QCOMPARE(view.labelsShown(), 1);
        view.highlight(-1);
        QCOMPARE(view.labelsShown(), 1);
    }

    void labelsTheCameraShowsOverEachOtherAreHiddenUntilItTurnsThemClear() {
        ScatterView3D view;
        if (!view.isAvailable())
            QSKIP("no OpenGL on this display (run under xvfb-run)");
        QVERIFY(showFilled(view));
        // One behind the other along the depth axis; short enough to sit side by side in any
        // sans font ("Arial" is DejaVu Sans on a bare Debian, wider than Liberation Sans).
        view.setLabels({{QVector3D(0, 0, -0.6f), QStringLiteral("Cluster 1"), Qt::black},
                        {QVector3D(0, 0, 0.6f), QStringLiteral("Cluster 2"), Qt::black}});
        QVERIFY(view.labelsPending()); // the second is made in the next event-loop turn
        QCOMPARE(view.labelsShown(), 0); // shown together once all are made
        QTRY_VERIFY(!view.labelsPending());
        Q3DCamera* camera = cameraOf(view);
        camera->setCameraPosition(0, 0); // looking along the depth axis
        QCOMPARE(view.labelsShown(), 1);
        camera->setCameraPosition(90, 0); // turned a quarter: side by side
        QCOMPARE(view.labelsShown(), 2);
        camera->setCameraPosition(0, 90); // from above
        QCOMPARE(view.labelsShown(), 2);
        camera->setCameraPosition(0, 0);
        QCOMPARE(view.labelsShown(), 1);
    }
};

QObject* makeScatterLabelsTest() {
    return new ScatterLabelsTest;
}

#include "ScatterLabelsTest.moc"
