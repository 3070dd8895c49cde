#include "MainWindow.h"

#include "panels/CorrelationPanel.h"
#include "panels/DataPanel.h"
#include "panels/ExplorerPanel.h"
#include "panels/OverviewPanel.h"
#include "panels/PairPanel.h"
#include "panels/SearchPanel.h"
#include "panels/TrainingPanel.h"
#include "dialogs/ImportWizard.h"
#include "workers/ProjectWatcher.h"
#include "workers/SampleProjectBuilder.h"
#include "i18n/Language.h"

#include "kindred/store/Project.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>

#include <algorithm>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace kindred::ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentProjects");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_sideBar(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_watcher(new ProjectWatcher(this)) {
    setWindowTitle(QApplication::applicationDisplayName());
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setMaximumWidth(180);
    m_sideBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sideBar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    addPanel(new OverviewPanel(m_stack));
    addPanel(new DataPanel(m_stack));
    addPanel(new TrainingPanel(m_stack));
    addPanel(new SearchPanel(m_stack));
    auto* explorer = new ExplorerPanel(m_stack);
    auto* pairs = new PairPanel(m_stack);
    addPanel(explorer);
    addPanel(pairs);
    addPanel(new CorrelationPanel(m_stack));
    // The explorer's selection seeds the Pairs panel.
    connect(explorer, &ExplorerPanel::pairRequested, this,
            [this, pairs](qint64 model, const QString& a, const QString& b, const QString& why) {
                showPanel(pairs->id());
                pairs->recommendForPair(model, a, b, why);
            });
    connect(explorer, &ExplorerPanel::newPersonRequested, this,
            [this, pairs](qint64 model, const QString& name, const QList<qint64>& items) {
                showPanel(pairs->id());
                pairs->addPersonWhoLikes(model, name, items);
            });
    // Opening a project reads only what the shown panel needs; a model's taste space is read
    // when its panel is first shown.
    for (Panel* panel : std::as_const(m_panels))
        panel->setLoadsWaitUntilShown(true);
    connect(m_sideBar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sideBar->setCurrentRow(0);
    // The file changed under the panels (an import or a model, by a job here or another process).
    const auto reload = [this](bool ratings) {
        for (Panel* panel : std::as_const(m_panels))
            panel->projectChanged(ratings, m_projectPath);
        statusBar()->showMessage(ratings ? tr("The project's data changed; every panel shows it now")
                                         : tr("The project's models changed; the model lists show them now"),
                                 5000);
    };
    connect(m_watcher, &ProjectWatcher::ratingsChanged, this, [reload] { reload(true); });
    connect(m_watcher, &ProjectWatcher::modelsChanged, this, [reload] { reload(false); });
    // As wide as the longest panel name in the current language, so no name is cut off.
    m_sideBar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int sideWidth = m_sideBar->sizeHintForColumn(0) + 2 * m_sideBar->frameWidth() + 12;
    m_sideBar->setMinimumWidth(std::min(sideWidth, m_sideBar->maximumWidth()));
    splitter->setSizes({sideWidth, 900});

    createMenus();
    createStatusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::addPanel(Panel* panel) {
    m_panels << panel;
    m_stack->addWidget(panel);
    m_sideBar->addItem(panel->title());
    connect(panel, &Panel::errorOccurred, this, [this](const QString& message) {
        statusBar()->showMessage(message);
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, [this] { showImportWizard(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import ratings from files or a folder into the open project"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    createLanguageMenu(menuBar()->addMenu(tr("&Settings")));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Kindred"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createLanguageMenu(QMenu* settingsMenu) {
    QMenu* languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(languageMenu);
    const QString current = configuredLanguage();
    auto addChoice = [&](const QString& code, const QString& label) {
        QAction* action = languageMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    };
    addChoice(QString(), tr("System Default"));
    languageMenu->addSeparator();
    for (const LanguageChoice& choice : availableLanguages())
        addChoice(choice.code, choice.nativeName);
    connect(group, &QActionGroup::triggered, this, [this](QAction* action) {
        setConfiguredLanguage(action->data().toString());
        statusBar()->showMessage(tr("The language changes the next time Kindred starts."));
    });
}

void MainWindow::createStatusBar() {
    m_jobLabel = new QLabel(this);
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setMaximumWidth(220);
    m_jobCancel = new QPushButton(tr("Cancel"), this);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_jobCancel);
    endJob();
}

namespace {

/// Opens the project for writing once (migrating an older file, checking a changed one) and
/// closes it again; the panels then read it read-only. Runs on a worker.
Status openAndClose(const QString& path) {
    auto project = Project::open(path.toStdString(), OpenMode::OpenExisting);
    return project ? Status::success() : project.status();
}

} // namespace

bool MainWindow::openProject(const QString& path, QString* error) {
    const auto fail = [this, error](const QString& message) {
        statusBar()->showMessage(message);
        if (error)
            *error = message;
        return false;
    };
    if (m_opening)
        return fail(tr("Could not open %1: another project is still being opened").arg(path));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    statusBar()->showMessage(tr("Opening %1…").arg(absolute));
    m_opening = true;
    QFutureWatcher<Status> opening;
    QEventLoop wait;
    connect(&opening, &QFutureWatcherBase::finished, &wait, &QEventLoop::quit);
    opening.setFuture(QtConcurrent::run([absolute] { return openAndClose(absolute); }));
    if (!opening.isFinished())
        wait.exec(QEventLoop::ExcludeUserInputEvents);
    m_opening = false;
    if (const Status opened = opening.result(); !opened)
        return fail(tr("Could not open %1: %2").arg(path, QString::fromStdString(opened.message())));
    m_projectPath = absolute;
    setWindowFilePath(m_projectPath);
    setWindowTitle(tr("%1 — %2").arg(QFileInfo(m_projectPath).fileName(), QApplication::applicationDisplayName()));
    // The shown panel takes the project at once, the others each in an event-loop turn of their
    // own, so that their synchronous parts (the Training panel reads its lists) do not add up to
    // one long stall.
    Panel* shown = m_panels.value(m_sideBar->currentRow());
    for (Panel* panel : std::as_const(m_panels)) {
        if (panel == shown)
            panel->setProjectPath(m_projectPath);
        else
            QTimer::singleShot(0, panel, [panel, path = m_projectPath] { panel->setProjectPath(path); });
    }
    m_watcher->watch(m_projectPath); // a change from here on reloads the panels
    rememberRecent(m_projectPath);
    statusBar()->showMessage(tr("Opened %1").arg(m_projectPath), 5000);
    Q_EMIT projectOpened(m_projectPath);
    return true;
}

void MainWindow::openInitialProject() {
    for (const QString& recent : recentProjects()) {
        if (QFileInfo::exists(recent) && openProject(recent))
            return;
    }
    const QString sample = SampleProjectBuilder::defaultProjectPath();
    if (QFileInfo::exists(sample) && openProject(sample))
        return;
    buildSampleProject();
}

Panel* MainWindow::panel(const QString& id) const {
    for (Panel* panel : m_panels)
        if (panel->id() == id)
            return panel;
    return nullptr;
}

Panel* MainWindow::showPanel(const QString& id) {
    Panel* found = panel(id);
    if (found)
        m_sideBar->setCurrentRow(int(m_panels.indexOf(found)));
    return found;
}

QStringList MainWindow::recentProjects() {
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString& path) {
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [] { QSettings().remove(kRecentKey); });
    }
}

void MainWindow::newProject() {
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                tr("Kindred projects (*.kindred)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".kindred")))
        path += QStringLiteral(".kindred");
    auto project = Project::open(path.toStdString(), OpenMode::OpenOrCreate);
    if (!project) {
        statusBar()->showMessage(tr("Could not create %1: %2")
                                     .arg(path, QString::fromStdString(project.status().message())));
        return;
    }
    project.value().reset();
    openProject(path);
}

void MainWindow::openProjectDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Kindred projects (*.kindred);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::buildSampleProject() {
    const QString sampleDir = SampleProjectBuilder::findSampleDir();
    if (sampleDir.isEmpty()) {
        statusBar()->showMessage(tr("The bundled sample data was not found; use File → Open… or New…"));
        return;
    }
    auto* builder = new SampleProjectBuilder(this);
    m_sampleBuilder = builder;
    connect(builder, &SampleProjectBuilder::progress, this, &MainWindow::showJobProgress);
    connect(m_jobCancel, &QPushButton::clicked, builder, &SampleProjectBuilder::cancel);
    connect(builder, &SampleProjectBuilder::finished, this,
            [this, builder](bool ok, const QString& target, const QString& message) {
                endJob();
                builder->deleteLater();
                if (ok)
                    openProject(target);
                if (!message.isEmpty())
                    statusBar()->showMessage(ok ? tr("Sample project opened with problems: %1").arg(message)
                                                : tr("Could not build the sample project: %1").arg(message));
            });
    showJobProgress(tr("Building the sample project"), 0, 0);
    builder->start(sampleDir, SampleProjectBuilder::defaultProjectPath());
}

ImportWizard* MainWindow::showImportWizard(const QStringList& inputs) {
    if (m_projectPath.isEmpty()) {
        QMessageBox::information(this, tr("Import"),
                                 tr("Open or create a project first (File → New… or Open…); the import adds to it."));
        return nullptr;
    }
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    auto* wizard = new ImportWizard(m_projectPath, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_importWizard = wizard;
    if (!inputs.isEmpty())
        wizard->setInputs(inputs);
    connect(wizard, &ImportWizard::importFinished, this, [this](bool ok, const QString& message) {
        if (ok)
            openProject(m_projectPath); // every panel reads the new data
        statusBar()->showMessage(message, ok ? 8000 : 0);
    });
    wizard->show();
    return wizard;
}

void MainWindow::showJobProgress(const QString& phase, qint64 done, qint64 total) {
    m_jobLabel->setText(phase);
    // Scaled to per mille so byte counts beyond int range still fit the bar.
    m_jobProgress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_jobProgress->setValue(int(done * 1000 / total));
    m_jobLabel->show();
    m_jobProgress->show();
    m_jobCancel->show();
}

void MainWindow::endJob() {
    m_jobLabel->hide();
    m_jobProgress->hide();
    m_jobCancel->hide();
    m_jobCancel->disconnect();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Kindred"),
        tr("<h3>Kindred %1</h3><p>Cross-media taste explorer: finds what people who share your taste in one "
           "medium enjoy in another.</p>"
           "<p><b>Dataset credits</b></p><ul>"
           "<li><b>MovieLens</b> — GroupLens Research, University of Minnesota. F. Maxwell Harper and Joseph A. "
           "Konstan. 2015. <i>The MovieLens Datasets: History and Context.</i> ACM TiiS 5(4).</li>"
           "<li><b>Douban</b> — DTCDR: Feng Zhu et al., <i>A Framework for Dual-Target Cross-Domain "
           "Recommendation</i>, CIKM 2019; GA-DTCDR: Feng Zhu et al., <i>A Graphical and Attentional Framework "
           "for Dual-Target Cross-Domain Recommendation</i>, IJCAI 2020.</li></ul>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace kindred::ui
