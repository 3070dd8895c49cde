// CurveChartView on a long run: an hour of per-batch points draws a bounded number of points that
// keep every spike, the axes follow the newest point in steps, and a redraw takes the same time at
// the end of the run as at its start.

#include "plots/CurveChartView.h"

#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace kindred::ui;

class CurveChartViewTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shortCurvesAreDrawnExactly() {
        CurveChartView view;
        const int curve = view.addCurve(QStringLiteral("loss"));
        view.appendPoints(curve, {QPointF(1, 0.9), QPointF(2, 0.8), QPointF(3, 0.85)});
        view.flush();
        QCOMPARE(view.series(curve)->points(), view.points(curve));
    }

    /// Points streaming in one per tick move the axes in steps (a range change lays the whole
    /// chart out again): the newest point is always on the axis; a whole curve fits exactly.
    void streamingAxesFollowInStepsAndWholeCurvesFitExactly() {
        CurveChartView view;
        view.resize(600, 400);
        const int curve = view.addCurve(QStringLiteral("batch loss"));
        auto* xAxis = qobject_cast<QValueAxis*>(view.chart()->axes(Qt::Horizontal).first());
        auto* yAxis = qobject_cast<QValueAxis*>(view.chart()->axes(Qt::Vertical).first());
        int xChanges = 0, yChanges = 0;
        connect(xAxis, &QValueAxis::rangeChanged, this, [&] { ++xChanges; });
        connect(yAxis, &QValueAxis::rangeChanged, this, [&] { ++yChanges; });
        constexpr int kTicks = 3000;
        for (int t = 0; t < kTicks; ++t) {
            view.appendPoints(curve, {QPointF(t, 1.0 + 0.5 * std::sin(t * 0.05) + 2.0 / (1 + t))});
            view.flush();
            QVERIFY2(xAxis->max() >= t && xAxis->min() <= 0, qPrintable(QString::number(t)));
        }
        QVERIFY2(xChanges < 150, qPrintable(QString::number(xChanges))); // one per tick before
        QVERIFY2(yChanges < 150, qPrintable(QString::number(yChanges)));
        QVERIFY(xAxis->max() <= (kTicks - 1) * (1 + CurveChartView::kFollowHeadroom) + 1e-9);
        view.setPoints(curve, view.points(curve));
        view.flush();
        QCOMPARE(xAxis->max(), double(kTicks - 1));
    }

    void anHourOfBatchesDrawsBoundedPointsWithTheirSpikes() {
        CurveChartView view;
        view.resize(600, 400);
        view.show();
        const int curve = view.addCurve(QStringLiteral("batch loss"));
        // One hour at 20 batches a second, fed in 40 ms ticks (fast-forwarded: no waiting).
        constexpr int kPoints = 20 * 3600;
        const int spikeAt = 51234;
        QList<double> early, late; // redraw times (ms) in the first and the last tenth of the hour
        QElapsedTimer timer;
        for (int first = 0; first < kPoints; first += 200) {
            QList<QPointF> chunk;
            for (int i = first; i < std::min(kPoints, first + 200); ++i)
                chunk.append(QPointF(i / 20.0, i == spikeAt ? 50.0 : 1.0 + 0.5 * std::sin(i * 0.01)));
            view.appendPoints(curve, chunk);
            timer.start();
            view.flush();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (first < kPoints / 10)
                early.append(ms);
            else if (first >= kPoints - kPoints / 10)
                late.append(ms);
        }
        QCOMPARE(view.points(curve).size(), qsizetype(kPoints));
        const QList<QPointF> drawn = view.series(curve)->points();
        QVERIFY2(drawn.size() <= CurveChartView::kMaxDrawnPoints, qPrintable(QString::number(drawn.size())));
        QVERIFY(std::any_of(drawn.begin(), drawn.end(), [](const QPointF& p) { return p.y() == 50.0; }));
        QVERIFY(std::is_sorted(drawn.begin(), drawn.end(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        auto* xAxis = qobject_cast<QValueAxis*>(view.chart()->axes(Qt::Horizontal).first());
        // The axis follows in steps: the newest point is on it, at most the headroom before its end.
        const double newest = (kPoints - 1) / 20.0;
        QVERIFY2(xAxis->max() >= newest && xAxis->max() <= newest * (1 + CurveChartView::kFollowHeadroom) + 1e-9,
                 qPrintable(QString::number(xAxis->max())));
        // Bounded work: late redraws cost about what early ones do (medians, robust to a hiccup).
        const auto median = [](QList<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        qInfo("median redraw: %.2f ms in the first tenth of the hour, %.2f ms in the last", median(early), median(late));
        // The absolute figure depends on the machine: printed, not asserted.
        QVERIFY2(median(late) < 3 * median(early) + 1.0,
                 qPrintable(QStringLiteral("%1 ms late vs %2 ms early").arg(median(late)).arg(median(early))));
    }
};

QObject* makeCurveChartViewTest() {
    return new CurveChartViewTest;
}

#include "CurveChartViewTest.moc"
