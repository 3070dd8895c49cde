// point_view_bench: the explorer's 2D view (PointView2D) on large point counts, offscreen, one
// thread (the UI thread's own): time to first frame (points handed over → first frame painted,
// the grid and radii included), redraw after a pan (median and worst of 30), picking the point
// under the mouse (median and worst of 1,000 random positions), a box selection of a tenth of the
// view and a lasso selection. Points: bench::makeClusters' 20 clusters in 64-d, their first two
// coordinates (a projection-like layout), 1 M points and the 220 k of an ML-25M-sized project.
// Targets (issue 19): first frame ≤ 3 s, redraw ≤ 100 ms, pick ≤ 50 ms. Each figure is printed
// with its ratio to the target; exits 1 if any misses it.
// Usage: QT_QPA_PLATFORM=offscreen point_view_bench [POINTS,...]   (default 220000,1000000)

#include "BenchSupport.h"
#include "SyntheticClusters.h"
#include "plots/PointView2D.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPixmap>

#include <algorithm>
#include <cstdio>
#include <random>

using kindred::ui::PointView2D;
using kindred::ui::ScatterGroup;
using kindred::ui::ScatterPoint;

namespace {

constexpr double kFirstFrameTarget = 3000, kRedrawTarget = 100, kPickTarget = 50; // ms

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double milliseconds(const QElapsedTimer& timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

int judge(const char* what, double value, double target) {
    const bool pass = value <= target;
    std::printf("  %-34s %10.1f ms   target %6.0f ms   ratio %.3f   %s\n", what, value, target, value / target,
                pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}

int run(std::size_t n) {
    constexpr std::size_t kDims = 64, kClusters = 20;
    const std::vector<float> data = bench::makeClusters(n, kDims, kClusters, 7);
    QList<ScatterGroup> groups;
    for (std::size_t c = 0; c < kClusters; ++c)
        groups.append({QStringLiteral("cluster %1").arg(c), QColor::fromHsv(int(c * 360 / kClusters), 160, 200)});
    QList<ScatterPoint> points(qsizetype(n), ScatterPoint{});
    for (std::size_t i = 0; i < n; ++i) {
        ScatterPoint& p = points[qsizetype(i)];
        p.position = QVector3D(data[i * kDims], data[i * kDims + 1], 0);
        p.group = int(i % kClusters);
        p.weight = float(i % 100) / 100.0f;
        p.id = qint64(i + 1);
        p.label = QStringLiteral("item");
    }
    std::printf("%zu points, 1600 × 1000 view\n", n);
    int failures = 0;
    PointView2D view;
    view.resize(1600, 1000);
    view.show();
    QApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    view.setPoints(groups, points);
    const QPixmap first = view.grab(); // paints: the layer is drawn here
    const double firstFrame = milliseconds(timer);
    failures += judge("first frame", firstFrame, kFirstFrameTarget);
    std::printf("  %-34s %10.1f ms\n", "  of which drawing the points", view.lastRenderMilliseconds());

    std::vector<double> redraws;
    for (int i = 0; i < 30; ++i) {
        // A pan of 7 px, as one mouse move of a drag delivers it, then the paint.
        const QPointF from(800, 500), to(807, 500);
        QMouseEvent press(QEvent::MouseButtonPress, from, view.mapToGlobal(from), Qt::LeftButton, Qt::LeftButton, {});
        QMouseEvent move(QEvent::MouseMove, to, view.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
        QMouseEvent release(QEvent::MouseButtonRelease, to, view.mapToGlobal(to), Qt::LeftButton, Qt::NoButton, {});
        QApplication::sendEvent(&view, &press);
        timer.restart();
        QApplication::sendEvent(&view, &move);
        view.repaint();
        redraws.push_back(milliseconds(timer));
        QApplication::sendEvent(&view, &release);
    }
    failures += judge("redraw after a pan (median of 30)", median(redraws), kRedrawTarget);
    failures += judge("redraw after a pan (worst of 30)", *std::max_element(redraws.begin(), redraws.end()),
                      kRedrawTarget);

    std::mt19937 engine(11);
    std::uniform_real_distribution<double> x(0, 1600), y(0, 1000);
    std::vector<double> picks;
    int hits = 0;
    for (int i = 0; i < 1000; ++i) {
        const QPointF at(x(engine), y(engine));
        timer.restart();
        hits += view.pointAt(at) >= 0;
        picks.push_back(milliseconds(timer));
    }
    failures += judge("pick (median of 1,000)", median(picks), kPickTarget);
    failures += judge("pick (worst of 1,000)", *std::max_element(picks.begin(), picks.end()), kPickTarget);
    std::printf("  %-34s %10d of 1,000\n", "  positions with a point under them", hits);

    const QRectF visible = view.visibleData();
    timer.restart();
    const int boxed = view.selectRect(QRectF(visible.center(), visible.size() / std::sqrt(10.0)));
    view.repaint();
    std::printf("  %-34s %10.1f ms   (%d points, redrawn)\n", "box select a tenth of the view", milliseconds(timer),
                boxed);
    QPolygonF lasso;
    for (int k = 0; k < 120; ++k) { // a 120-vertex circle, as a drawn lasso records
        const double angle = 2 * M_PI * k / 120;
        lasso << visible.center() + QPointF(std::cos(angle), std::sin(angle)) * visible.height() / 4;
    }
    timer.restart();
    const int lassoed = view.selectPolygon(lasso);
    view.repaint();
    std::printf("  %-34s %10.1f ms   (%d points, redrawn)\n", "lasso (120 vertices)", milliseconds(timer), lassoed);
    return failures;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const auto counts = bench::splitList(argc > 1 ? argv[1] : "220000,1000000");
    int failures = 0;
    for (const std::string& count : counts)
        failures += run(std::size_t(std::stoull(count)));
    return failures ? 1 : 0;
}
