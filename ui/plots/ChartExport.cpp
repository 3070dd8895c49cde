#include "plots/ChartExport.h"

#include <QAction>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

namespace kindred::ui {

bool saveChart(QChartView* view, const QString& path, QString* error) {
    const QSize size = view->size();
    bool ok = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            view->render(&painter, QRectF(QPointF(0, 0), size));
            ok = painter.end();
        }
    } else {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), size)); // logical size: the 2× ratio scales it
        painter.end();
        ok = image.save(path, "PNG");
    }
    if (!ok && error)
        *error = QObject::tr("Could not write the chart to %1").arg(path);
    return ok;
}

void saveChartWithDialog(QChartView* view) {
        QString path = QFileDialog::getSaveFileName(view, QObject::tr("Save Chart As"), QString(),
                                                    QObject::tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".png");
        QString error;
        if (!saveChart(view, path, &error))
            QMessageBox::warning(view, QObject::tr("Save Chart As"), error);
}

void installChartExportMenu(QChartView* view) {
    auto* save = new QAction(QObject::tr("Save Chart As…"), view);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(save);
    QObject::connect(save, &QAction::triggered, view, [view] { saveChartWithDialog(view); });
}

} // namespace kindred::ui
