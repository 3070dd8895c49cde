// ScatterView3D without OpenGL (the offscreen platform): the box it draws leaves a few far-out
// points on its faces and says how many, and scene labels that the camera would show over each
// other are thinned, first come first kept, as the camera turns; a label is put in front of the
// box where the eye sees its anchor.

#include "plots/ScatterView3D.h"

#include <QMatrix4x4>
#include <QtTest>

#include <random>

using namespace kindred::ui;

namespace {

/// n seeded points uniform in the cube −1..1, ids 1..n.
QList<ScatterPoint> cube(int n) {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    QList<ScatterPoint> points;
    for (int i = 0; i < n; ++i) {
        ScatterPoint p;
        p.position = QVector3D(uniform(random), uniform(random), uniform(random));
        p.id = i + 1;
        points << p;
    }
    return points;
}

const QList<ScatterGroup> kGroups = {{QStringLiteral("all"), Qt::blue}};

} // namespace

class ScatterView3DTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void farOutPointsAreDrawnOnTheBoxEdgeAndCounted() {
        ScatterView3D view;
        QList<ScatterPoint> points = cube(2000);
        view.setPoints(kGroups, points, false);
        QCOMPARE(view.pointsOnEdge(), 0); // a cloud without strays is drawn whole

        points[0].position = QVector3D(40, 0, 0);
        points[1].position = QVector3D(0, -25, 3);
        points[2].position = QVector3D(1.2f, 0, 0); // a little outside: drawn where it is
        view.setPoints(kGroups, points, false);
        QCOMPARE(view.pointsOnEdge(), 2);
        QCOMPARE(view.pointCount(), 2000); // nothing is dropped

        view.setPoints(kGroups, points, true); // flat: only x and y count
        QCOMPARE(view.pointsOnEdge(), 2);
        view.clear();
        view.setPoints(kGroups, {}, false);
        QCOMPARE(view.pointsOnEdge(), 0);
    }

    void labelsTheCameraShowsOverEachOtherAreThinnedFirstComeFirstKept() {
        const QSizeF wide(0.8, 0.1);
        // One behind the other along the depth axis: they meet when the camera looks along z
        // (no yaw, no pitch) and stand side by side when it has turned a quarter.
        const QList<QVector3D> deep = {QVector3D(0, 0, -0.5f), QVector3D(0, 0, 0.5f)};
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(deep, {wide, wide}, 0, 0), (QList<bool>{true, false}));
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(deep, {wide, wide}, 90, 0), (QList<bool>{true, true}));
        // Seen from above (the flat view's camera), depth is up and down the screen.
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(deep, {wide, wide}, 0, 90), (QList<bool>{true, true}));

        // At the 3D view's starting camera (yaw −45°, pitch 45°) the +x end of the box shows
        // right and low, level with y = −0.64 on the vertical axis (as rendered: the points and
        // labels were placed at known positions and the PNG read).
        const QSizeF broad(1.4, 0.1);
        const QList<QVector3D> level = {QVector3D(0.9f, 0, 0), QVector3D(0, -0.64f, 0)};
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(level, {broad, broad}, -45, 45), (QList<bool>{true, false}));
        const QList<QVector3D> high = {QVector3D(0.9f, 0, 0), QVector3D(0, 0.64f, 0)};
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(high, {broad, broad}, -45, 45), (QList<bool>{true, true}));

        // A third label clear of the first but over the hidden second one is shown: only the
        // labels kept hide others.
        const QList<QVector3D> chain = {QVector3D(0, 0, 0), QVector3D(0.1f, 0, 0), QVector3D(0.2f, 0, 0)};
        const QSizeF narrow(0.15, 0.1);
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(chain, {narrow, narrow, narrow}, 0, 0),
                 (QList<bool>{true, false, true}));
    }

    void theThinningSeesLabelsInPerspective() {
        // No yaw or pitch: x right, y up, the eye at z = −2 from the target. The second label is
        // nearer the eye: 2 / (2 − 0.8) times as far out and as large, it meets the first.
        const QList<QVector3D> centres = {QVector3D(0.5f, 0, 0), QVector3D(0.3f, 0, -0.8f)};
        const QSizeF narrow(0.15, 0.1);
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(centres, {narrow, narrow}, 0, 0), (QList<bool>{true, true}));
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(centres, {narrow, narrow}, 0, 0, {}, 2),
                 (QList<bool>{true, false}));
        // The same seen from a target moved right by 0.2: both move left alike.
        const QList<QVector3D> moved = {QVector3D(0.7f, 0, 0), QVector3D(0.5f, 0, -0.8f)};
        QCOMPARE(ScatterView3D::labelsClearOfEachOther(moved, {narrow, narrow}, 0, 0, QVector3D(0.2f, 0, 0), 2),
                 (QList<bool>{true, false}));
        // A label behind the eye is not shown.
        QCOMPARE(ScatterView3D::labelsClearOfEachOther({QVector3D(0, 0, -2.5f)}, {narrow}, 0, 0, {}, 2),
                 (QList<bool>{false}));
    }

    void aLabelIsPutInFrontOfTheBoxWhereTheEyeSeesItsAnchorAtTheSameSize() {
        // The camera's frame as labelsClearOfEachOther's: x right, y up, the eye at
        // (0, 0, −eyeDistance) from the target. Perspective: screen = (x, y) / distance.
        struct Pose {
            float yaw, pitch;
            QVector3D target;
            float eye;
        };
        const Pose poses[] = {{-45, 45, {}, 6 / 1.75f},           // the 3D view's start
                              {0, 90, {}, 6 / 2.1f},              // the flat view's
                              {30, 10, {0.3f, -0.2f, 0.5f}, 6 / 2.2f}, // after flying to a point
                              {120, -20, {}, 6.0f}};
        const QVector3D anchors[] = {{0, 0, 0}, {0.9f, -0.7f, 0.4f}, {-1, 1, -1}, {0.2f, 0.1f, -0.6f}};
        for (const Pose& pose : poses) {
            QMatrix4x4 view;
            view.rotate(-pose.pitch, 1, 0, 0);
            view.rotate(-pose.yaw, 0, 1, 0);
            const QVector3D eye(0, 0, -pose.eye);
            float nearestCorner = 1e9f;
            for (const float x : {-1.0f, 1.0f})
                for (const float y : {-1.0f, 1.0f})
                    for (const float z : {-1.0f, 1.0f})
                        nearestCorner = std::min(nearestCorner, view.map(QVector3D(x, y, z) - pose.target).z());
            for (const QVector3D& anchor : anchors) {
                const auto place = ScatterView3D::labelInFrontOfBox(anchor, pose.yaw, pose.pitch, pose.target, pose.eye);
                const QVector3D before = view.map(anchor - pose.target), after = view.map(place.position - pose.target);
                const float distanceBefore = before.z() - eye.z(), distanceAfter = after.z() - eye.z();
                // In front of every corner, or (a box reaching almost to the eye) 80 % of the way.
                if (place.scale > 0.2f + 1e-5f)
                    QVERIFY2(after.z() < nearestCorner, "a corner of the box is nearer the eye than the label");
                else
                    QVERIFY(std::abs(distanceAfter - 0.2f * distanceBefore) < 1e-4f);
                for (const int axis : {0, 1})
                    QVERIFY(std::abs(after[axis] / distanceAfter - before[axis] / distanceBefore) < 1e-4f);
                QVERIFY(std::abs(place.scale / distanceAfter - 1 / distanceBefore) < 1e-4f);
            }
        }
        // An anchor already in front of the box stays where it is.
        const auto front = ScatterView3D::labelInFrontOfBox(QVector3D(0, 0, -3), 0, 0, {}, 6);
        QCOMPARE(front.position, QVector3D(0, 0, -3));
        QCOMPARE(front.scale, 1.0f);
    }
};

QObject* makeScatterView3DTest() {
    return new ScatterView3DTest;
}

#include "ScatterView3DTest.moc"
