#pragma once
// Panel: one page of the main window's stack. The main window hands it the project file path;
// the panel loads what it shows (on a worker when that is slow) and emits ready() once shown.

#include <QImage>
#include <QPoint>
#include <QString>
#include <QWidget>

#include <functional>
#include <utility>

namespace kindred::ui {

class Panel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Name shown in the side bar, e.g. "Overview".
    virtual QString title() const = 0;
    /// Short, stable id used on the command line (--panel), e.g. "overview".
    virtual QString id() const = 0;
    /// Shows the project at path (a `.kindred` file), or nothing when path is empty. UI thread only.
    virtual void setProjectPath(const QString& path) = 0;
    /// Whether the panel lists the project's stored models (and must reload when they change).
    virtual bool listsModels() const { return false; }
    /// The open project's file changed (ProjectWatcher): ratings or sources → everything is
    /// reloaded; models → panels that list models reload. Reloading reuses setProjectPath.
    void projectChanged(bool ratings, const QString& path) {
        if (ratings || listsModels())
            setProjectPath(path);
    }
    /// True once the data of the current project is shown (ready() was emitted for it).
    bool isReady() const { return m_ready; }
    /// Whether loads that read much of the project (a model's taste space: every rating) wait
    /// until the panel is shown. The main window sets this for its panels, so that opening a
    /// project reads only what the visible panel needs; a panel on its own loads at once.
    void setLoadsWaitUntilShown(bool wait) { m_loadsWait = wait; }
    /// For screenshots: paints what QWidget::grab() misses (e.g. OpenGL windows) onto image, a grab
    /// of the main window in which this panel's top-left corner is at offset. Default: nothing.
    virtual void decorateScreenshot(QImage& image, QPoint offset) {
        Q_UNUSED(image);
        Q_UNUSED(offset);
    }

Q_SIGNALS:
    /// The data of the current project is on screen.
    void ready();
    /// A problem the status bar should show (the panel stays usable).
    void errorOccurred(const QString& message);

protected:
    /// Runs `load` now, or, when loads wait (setLoadsWaitUntilShown) and the panel is hidden, the
    /// next time it is shown. A newer call replaces a load still waiting; setProjectPath should
    /// dropWaitingLoad(). A panel whose ready() follows the load is not ready while it waits.
    void loadWhenShown(std::function<void()> load) {
        if (m_loadsWait && !isVisible()) {
            m_waitingLoad = std::move(load);
            return;
        }
        m_waitingLoad = nullptr;
        load();
    }
    void dropWaitingLoad() { m_waitingLoad = nullptr; }
    void showEvent(QShowEvent* event) override {
        QWidget::showEvent(event);
        if (auto load = std::exchange(m_waitingLoad, nullptr))
            load();
    }

    void setReady(bool ready) {
        m_ready = ready;
        if (ready)
            Q_EMIT this->ready();
    }

private:
    bool m_ready = false;
    bool m_loadsWait = false;
    std::function<void()> m_waitingLoad;
};

} // namespace kindred::ui
