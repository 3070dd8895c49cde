#pragma once
// DataPanel: browse the project's ratings in a lazily filled table, filtered by item title.

#include "panels/Panel.h"

#include <QFutureWatcher>

#include <cstdint>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace kindred {
class Project;
}

namespace kindred::ui {

class RatingsTableModel;

class DataPanel : public Panel {
    Q_OBJECT
public:
    explicit DataPanel(QWidget* parent = nullptr);
    ~DataPanel() override;

    QString title() const override { return tr("Data"); }
    QString id() const override { return QStringLiteral("data"); }
    /// Opens its own read-only connection to the project on a worker (opening a project with a
    /// large write-ahead log reads it); emits ready() once the first page shows.
    void setProjectPath(const QString& path) override;

    RatingsTableModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }

private:
    /// What the worker's opening of a project gives back.
    struct Opened {
        std::shared_ptr<Project> project; ///< null when it could not be opened
        QString error;
        std::uint64_t generation = 0;     ///< the setProjectPath() call it answers
    };
    void showProject(const Opened& opened);
    void applyFilter();
    void updateCount();

    std::shared_ptr<Project> m_project;   // read-only connection the model reads; outlives m_model
    std::uint64_t m_generation = 0;       // setProjectPath() calls; an older call's opening is dropped
    QFutureWatcher<Opened> m_opening;
    RatingsTableModel* m_model = nullptr; // owned (QObject child), recreated per project
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_view;
    QTimer* m_filterDelay;
};

} // namespace kindred::ui
