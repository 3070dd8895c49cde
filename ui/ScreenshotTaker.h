#pragma once
// ScreenshotTaker: for `kindred --screenshot`: waits until a panel has shown its data (its ready()
// signal, not a fixed delay), saves MainWindow::grab() to a PNG and reports the outcome.

#include <QObject>
#include <QString>
#include <QTimer>

namespace kindred::ui {

class MainWindow;
class Panel;

class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    /// window and panel are not owned. timeoutMs: how long to wait for ready() before failing.
    ScreenshotTaker(MainWindow* window, Panel* panel, QString outputPath, int timeoutMs = 60000,
                    QObject* parent = nullptr);

    /// Takes the picture at once when the panel is already ready, else when it becomes ready.
    void start();

Q_SIGNALS:
    /// ok: the PNG was written. message: what went wrong, or where the PNG went.
    void done(bool ok, const QString& message);

private:
    void capture();

    MainWindow* m_window;
    Panel* m_panel;
    QString m_output;
    QTimer m_timeout;
    bool m_finished = false;
};

} // namespace kindred::ui
