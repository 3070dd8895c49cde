// ui_stall_probe: how long the UI thread goes without processing events while Kindred's long jobs
// run from the GUI. A 5 ms QTimer on the UI thread records the gap between its ticks; a gap far
// above 5 ms means the event loop was blocked. Target (issue 6): no stall > 50 ms.
// Scenarios, on a fresh project in a temporary folder:
//   import    the import wizard importing ml-latest-small (100,836 ratings) on its worker
//   training  the training panel running the Siamese model for 2 epochs (live curves redrawing)
//   t-SNE     a 3D t-SNE projection of the trained model's items through QtConcurrent with
//             per-iteration progress posted to a progress bar (the explorer's pattern)
//   UMAP      the same with a 3D UMAP
// With a second argument, a large existing project (e.g. the synthetic 25 M ratings of
// bench/generate_ratings), instead:
//   open      the main window opening it the first time after a change (the file checked page by
//             page on a worker) until the Overview is on screen
//   overview  the Overview panel opening it until its statistics and charts are on screen
//   data      the Data panel opening it, scrolling to the last loaded rating, filtering by a title
//   explorer  the explorer opening its newest model's projection (all items and people of such a
//             project: ~220,000 points), colouring it by cluster, selecting every point, sorting
//             that selection by title, switching
//             to the 3D view (under xvfb-run, without QT_QPA_PLATFORM=offscreen, to draw it with GL)
// Usage: QT_QPA_PLATFORM=offscreen ui_stall_probe DATA_DIR [LARGE.kindred]   (DATA_DIR = ../shared/data)
#include "MainWindow.h"
#include "dialogs/ImportWizard.h"
#include "panels/DataPanel.h"
#include "models/ExplorerSelectionModel.h"
#include "panels/ExplorerPanel.h"
#include "panels/ExplorerSelectionTable.h"
#include "panels/OverviewPanel.h"
#include "panels/TrainingPanel.h"
#include "plots/PointView2D.h"
#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/Siamese.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>

namespace {

/// Measures the longest gap between ticks of a 5 ms timer while it runs.
class StallProbe : public QObject {
public:
    StallProbe() {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_worst = std::max(m_worst, gap);
            m_over50 += gap > 50;
            ++m_ticks;
        });
    }
    void start() {
        m_worst = 0;
        m_over50 = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worst() const { return m_worst; }
    int over50() const { return m_over50; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    int m_over50 = 0, m_ticks = 0;
};

/// Runs the event loop until `signal` of `sender` fires or `timeoutMs` passes.
template <class Sender, class Signal> bool waitFor(Sender* sender, Signal signal, int timeoutMs) {
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

int report(const char* scenario, const StallProbe& probe, bool finished) {
    const bool pass = finished && probe.worst() <= 50;
    std::printf("%-11s longest UI-thread stall %lld ms over %d ticks, %d gaps > 50 ms, ratio %.2f to the 50 ms target "
                "(target <= 50 ms) %s%s\n",
                scenario, static_cast<long long>(probe.worst()), probe.ticks(), probe.over50(),
                double(probe.worst()) / 50.0, pass ? "PASS" : "FAIL", finished ? "" : " (job did not finish)");
    std::fflush(stdout);
    return pass ? 0 : 1;
}

/// The explorer on the project's newest model with a projection (skipped without one): opening
/// it until the points show, colouring by cluster, and selecting every point into the table.
int probeLargeExplorer(const QString& path, StallProbe& probe) {
    kindred::ui::ExplorerPanel panel;
    panel.resize(1400, 900);
    panel.show();
    probe.start();
    panel.setProjectPath(path);
    const bool done = waitFor(&panel, &kindred::ui::Panel::ready, 600000);
    probe.stop();
    if (panel.pointCount() == 0) {
        std::printf("explorer    skipped: no model with a projection in this project\n");
        return 0;
    }
    std::printf("explorer    %d points, the %s view showing\n", panel.pointCount(),
                panel.showsFlatView() ? "flat" : "3D");
    int failures = report("explorer", probe, done);
    auto* colourBy = panel.findChild<QComboBox*>(QStringLiteral("colourBy"));
    probe.start();
    colourBy->setCurrentIndex(2); // by cluster
    const bool coloured = waitFor(&panel, &kindred::ui::ExplorerPanel::pointsShown, 120000);
    probe.stop();
    failures += report("colour", probe, coloured);
    probe.start();
    panel.flatView()->selectRect(QRectF(-1e30, -1e30, 2e30, 2e30));
    const bool listed = waitFor(&panel, &kindred::ui::ExplorerPanel::selectionListed, 30000);
    QApplication::processEvents();
    probe.stop();
    std::printf("select all  %d points selected\n", int(panel.flatView()->selection().size()));
    failures += report("select all", probe, listed);
    // That selection sorted by title: every title collated (on a worker).
    auto* table = panel.selectionTable();
    QElapsedTimer sortClock;
    sortClock.start();
    probe.start();
    table->view()->sortByColumn(kindred::ui::ExplorerSelectionModel::Name, Qt::AscendingOrder);
    const bool sorted = waitFor(table->model(), &kindred::ui::ExplorerSelectionModel::sorted, 120000);
    QApplication::processEvents();
    probe.stop();
    std::printf("sort        %d rows by title in %.1f s\n", table->model()->rowCount(),
                double(sortClock.elapsed()) / 1000.0);
    failures += report("sort", probe, sorted);
    // The 3D view of the same points (its 50,000 most-rated): real work only where OpenGL exists,
    // e.g. under xvfb-run without QT_QPA_PLATFORM=offscreen.
    // Twice: the first switch also starts OpenGL (shaders, the window's surface), the second is
    // the view's own work.
    for (const char* scenario : {"3D first", "3D again"}) {
        panel.setFlatView(true);
        QApplication::processEvents();
        probe.start();
        panel.setFlatView(false);
        QEventLoop settle;
        QTimer::singleShot(1000, &settle, &QEventLoop::quit);
        settle.exec();
        probe.stop();
        failures += report(scenario, probe, true);
    }
    return failures;
}

/// The large-project scenarios: the Overview, the Data panel and the explorer on an existing project.
int probeLargeProject(const QString& path, StallProbe& probe) {
    int failures = 0;
    {
        // The main window opening the project the first time after a change, when the file is
        // checked page by page (forced here by forgetting the last check).
        QFile::remove(path + QStringLiteral(".indexes/checked"));
        kindred::ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        {
            QEventLoop firstPaint; // the window's own first paint is not part of opening
            QTimer::singleShot(300, &firstPaint, &QEventLoop::quit);
            firstPaint.exec();
        }
        kindred::ui::Panel* overview = window.panel(QStringLiteral("overview"));
        QElapsedTimer clock;
        clock.start();
        probe.start();
        const bool opened = window.openProject(path);
        const bool done = opened && (overview->isReady() || waitFor(overview, &kindred::ui::Panel::ready, 120000));
        probe.stop();
        std::printf("open        the main window opening it, with the integrity check: %.1f s to the Overview\n",
                    double(clock.elapsed()) / 1000.0);
        failures += report("open", probe, done);
    }
    {
        kindred::ui::OverviewPanel panel;
        panel.resize(1200, 800);
        panel.show();
        probe.start();
        panel.setProjectPath(path);
        const bool done = waitFor(&panel, &kindred::ui::Panel::ready, 120000);
        probe.stop();
        failures += report("overview", probe, done);
    }
    {
        kindred::ui::DataPanel panel;
        panel.resize(1200, 800);
        panel.show();
        const auto settle = [](int ms) {
            QEventLoop loop;
            QTimer::singleShot(ms, &loop, &QEventLoop::quit);
            loop.exec();
        };
        probe.start();
        panel.setProjectPath(path);
        const bool done = panel.isReady() || waitFor(&panel, &kindred::ui::Panel::ready, 120000);
        settle(500);
        probe.stop();
        failures += report("data open", probe, done);
        probe.start();
        if (auto* view = panel.findChild<QTableView*>())
            view->scrollToBottom(); // loads the next page
        settle(2000);
        probe.stop();
        failures += report("data scroll", probe, true);
        probe.start();
        panel.searchBox()->setText(QStringLiteral("Film 123"));
        settle(3000);
        probe.stop();
        failures += report("data filter", probe, true);
    }
    failures += probeLargeExplorer(path, probe);
    return failures;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATA_DIR [LARGE.kindred]\n", argv[0]);
        return 2;
    }
    kindred::configureComputeThreads();
    if (argc >= 3) {
        StallProbe probe;
        return probeLargeProject(QString::fromLocal8Bit(argv[2]), probe) ? 1 : 0;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("probe.kindred"));
    {
        auto created = kindred::Project::open(projectPath.toStdString());
        if (!created) {
            std::fprintf(stderr, "%s\n", created.status().message().c_str());
            return 1;
        }
    }
    int failures = 0;
    StallProbe probe;

    {
        kindred::ui::ImportWizard wizard(projectPath);
        wizard.show();
        wizard.setInputs({dataDir + QStringLiteral("/ml-latest-small")});
        probe.start();
        wizard.next();
        if (wizard.currentId() != kindred::ui::ImportWizard::OptionsPage)
            wizard.next();
        wizard.next(); // the commit page starts the import
        const bool done = waitFor(&wizard, &kindred::ui::ImportWizard::importFinished, 120000);
        probe.stop();
        failures += report("import", probe, done && wizard.importSucceeded());
    }
    {
        kindred::ui::TrainingPanel panel;
        panel.resize(1200, 800);
        panel.show();
        panel.setProjectPath(projectPath);
        panel.setModelKind(QStringLiteral("siamese"));
        panel.setEpochs(2);
        probe.start();
        panel.startTraining();
        const bool done = waitFor(&panel, &kindred::ui::TrainingPanel::trainingFinished, 600000);
        probe.stop();
        failures += report("training", probe, done);
    }
    {
        auto project = kindred::Project::open(projectPath.toStdString(), kindred::OpenMode::ReadOnly);
        auto space = project ? kindred::loadTasteSpace(*project.value(), 1)
                             : kindred::Result<std::shared_ptr<const kindred::TasteSpace>>(project.status());
        if (!space) {
            std::fprintf(stderr, "%s\n", space.status().message().c_str());
            return 1;
        }
        QProgressBar bar;
        bar.show();
        kindred::ProgressToken token([&bar](const kindred::ProgressEvent& e) {
            QMetaObject::invokeMethod(&bar, [&bar, done = int(e.done), total = int(e.total)] {
                bar.setMaximum(total);
                bar.setValue(done);
            }, Qt::QueuedConnection);
        });
        // The explorer's pattern: a projection on a worker posting per-iteration progress.
        for (const char* method : {"tsne", "umap"}) {
            QFutureWatcher<bool> watcher;
            kindred::ProjectionRequest request;
            request.method = method;
            probe.start();
            watcher.setFuture(QtConcurrent::run(
                [&] { return bool(kindred::computeProjection(*space.value(), request, &token)); }));
            const bool done = waitFor(&watcher, &QFutureWatcher<bool>::finished, 600000) && watcher.result();
            probe.stop();
            failures += report(request.method == "tsne" ? "t-SNE" : "UMAP", probe, done);
        }
    }
    return failures ? 1 : 0;
}
