// Chart export: a chart saved as SVG is a vector drawing with the chart's title and data, as PNG an
// image at twice the view's size; an unwritable path fails with the file named.

#include "plots/ChartExport.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

class ChartExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesSvgAndPng() {
        auto* chart = new QChart;
        chart->setTitle(QStringLiteral("Validation RMSE per epoch"));
        auto* series = new QLineSeries;
        series->append({QPointF(1, 0.95), QPointF(2, 0.93), QPointF(3, 0.92)});
        chart->addSeries(series);
        chart->createDefaultAxes();
        QChartView view(chart);
        view.resize(400, 300);
        view.show(); // the chart is laid out to the view's size once shown
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString svgPath = dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(saveChart(&view, svgPath, &error), qPrintable(error));
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Validation RMSE per epoch"));
        QVERIFY(text.contains("<path") || text.contains("<polyline"));

        const QString pngPath = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(saveChart(&view, pngPath, &error), qPrintable(error));
        const QImage image(pngPath);
        QCOMPARE(image.size(), QSize(800, 600));
        // Not blank: axes, labels and the line cover more than the white background.
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += image.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY2(drawn > 2000, qPrintable(QString::number(drawn)));
        // The whole chart, not a zoomed part: scaled back down it matches the view on screen.
        const QImage onScreen = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QImage scaled = image.scaled(onScreen.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                  .convertToFormat(QImage::Format_RGB32);
        double difference = 0;
        for (int y = 0; y < scaled.height(); ++y)
            for (int x = 0; x < scaled.width(); ++x)
                difference += std::abs(qGray(scaled.pixel(x, y)) - qGray(onScreen.pixel(x, y)));
        difference /= double(scaled.width()) * scaled.height();
        QVERIFY2(difference < 12, qPrintable(QString::number(difference)));

        const QString bad = dir.filePath(QStringLiteral("missing/folder/chart.png"));
        QVERIFY(!saveChart(&view, bad, &error));
        QVERIFY(error.contains(bad));
    }
};

QObject* makeChartExportTest() { return new ChartExportTest; }

#include "ChartExportTest.moc"
