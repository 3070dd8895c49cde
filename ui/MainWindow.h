#pragma once
// MainWindow: menus, the side bar that switches panels, and the status bar that shows background
// jobs (progress + Cancel) and messages. Panels do the work; this class only wires them.

#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace kindred::ui {

class ImportWizard;
class Panel;
class ProjectWatcher;
class SampleProjectBuilder;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens an existing `.kindred` file and shows it in every panel. On failure shows the reason
    /// in the status bar, stores it in *error when given, and returns false. The file is opened
    /// (migrated, and checked page by page the first time after a change: seconds on a large
    /// project) on a worker; meanwhile the window keeps painting and holds user input back. While
    /// one open runs, another is refused.
    bool openProject(const QString& path, QString* error = nullptr);
    QString projectPath() const { return m_projectPath; }

    /// First start: opens the most recent project, else builds and opens the bundled sample.
    void openInitialProject();

    /// The panel with this id ("overview", "data"), or nullptr.
    Panel* panel(const QString& id) const;
    /// Makes the panel with this id current; returns it, or nullptr when there is none.
    Panel* showPanel(const QString& id);
    QList<Panel*> panels() const { return m_panels; }

    /// Opens the import wizard for the current project (non-modal; one at a time), with inputs
    /// pre-filled when given. Returns nullptr (after telling the person) when no project is open.
    ImportWizard* showImportWizard(const QStringList& inputs = {});

    /// Recent project files, most recent first (QSettings "recentProjects").
    static QStringList recentProjects();

Q_SIGNALS:
    void projectOpened(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createLanguageMenu(QMenu* settingsMenu);
    void createStatusBar();
    void addPanel(Panel* panel);
    void newProject();
    void openProjectDialog();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void buildSampleProject();
    void showJobProgress(const QString& phase, qint64 done, qint64 total);
    void endJob();
    void showAbout();

    QListWidget* m_sideBar;
    QStackedWidget* m_stack;
    QList<Panel*> m_panels;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QPushButton* m_jobCancel = nullptr;
    QPointer<SampleProjectBuilder> m_sampleBuilder;
    QPointer<ImportWizard> m_importWizard;
    QAction* m_importAction = nullptr;
    QString m_projectPath;
    bool m_opening = false; ///< openProject waits for its worker
    ProjectWatcher* m_watcher; ///< tells the panels when the open file changes
};

} // namespace kindred::ui
