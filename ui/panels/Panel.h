#pragma once
// Panel: one page of the main window's stack. The main window hands it the project file path;
// the panel loads what it shows (on a worker when that is slow) and emits ready() once shown.

#include <QImage>
#include <QPoint>
#include <QString>
#include <QWidget>

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
    void setReady(bool ready) {
        m_ready = ready;
        if (ready)
            Q_EMIT this->ready();
    }

private:
    bool m_ready = false;
};

} // namespace kindred::ui
