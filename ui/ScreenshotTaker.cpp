#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "panels/Panel.h"

#include <QCoreApplication>
#include <QImage>
#include <QPixmap>

namespace kindred::ui {

ScreenshotTaker::ScreenshotTaker(MainWindow* window, Panel* panel, QString outputPath, int timeoutMs, QObject* parent)
    : QObject(parent), m_window(window), m_panel(panel), m_output(std::move(outputPath)) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT done(false, tr("The %1 panel was not ready after %2 s; no screenshot taken")
                               .arg(m_panel->id())
                               .arg(m_timeout.interval() / 1000));
    });
}

void ScreenshotTaker::start() {
    m_timeout.start();
    if (m_panel->isReady())
        QTimer::singleShot(0, this, &ScreenshotTaker::capture);
    else
        connect(m_panel, &Panel::ready, this, &ScreenshotTaker::capture, Qt::SingleShotConnection);
}

void ScreenshotTaker::capture() {
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    // Layouts of what the panel showed just now (e.g. a label that grew a line) are still posted.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QImage image = m_window->grab().toImage();
    if (!image.isNull())
        m_panel->decorateScreenshot(image, m_panel->mapTo(m_window, QPoint(0, 0)));
    if (image.isNull() || !image.save(m_output, "PNG"))
        Q_EMIT done(false, tr("Could not write the screenshot to %1").arg(m_output));
    else
        Q_EMIT done(true, m_output);
}

} // namespace kindred::ui
