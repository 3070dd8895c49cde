#include "DamagedProjects.h"
#include "Fixture.h"

#include "MainWindow.h"
#include "dialogs/ImportWizard.h"
#include "models/RatingsTableModel.h"
#include "panels/DataPanel.h"
#include "panels/OverviewPanel.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

class MainWindowTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = kindred::test::buildMovieLensProject(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
    }

    void overviewEmitsReadyWithStats() {
        OverviewPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(!panel.isReady()); // computed on a worker, not during the call
        QVERIFY(ready.wait(10000));
        QCOMPARE(panel.stats().ratings, quint64(kindred::test::kFixtureRatings));
        QCOMPARE(panel.domainTable()->rowCount(), 1);
        QCOMPARE(panel.domainTable()->item(0, 0)->text(), QStringLiteral("ml-100k movies"));
    }

    void opensProjectAndSwitchesPanels() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* overview = qobject_cast<OverviewPanel*>(window.panel(QStringLiteral("overview")));
        auto* data = qobject_cast<DataPanel*>(window.panel(QStringLiteral("data")));
        QVERIFY(overview && data);
        QSignalSpy overviewReady(overview, &Panel::ready);
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        QVERIFY(window.openProject(m_path));
        QCOMPARE(opened.count(), 1);
        QVERIFY(overviewReady.wait(10000));
        QVERIFY(data->isReady());
        QCOMPARE(data->model()->rowCount(), RatingsTableModel::kPageSize);

        auto* stack = window.findChild<QStackedWidget*>();
        auto* sideBar = window.findChild<QListWidget*>(QStringLiteral("sideBar"));
        QVERIFY(stack && sideBar);
        QCOMPARE(stack->currentWidget(), overview);
        // Clicking the side bar entry switches the page.
        const QRect dataRect = sideBar->visualItemRect(sideBar->item(1));
        QTest::mouseClick(sideBar->viewport(), Qt::LeftButton, {}, dataRect.center());
        QCOMPARE(stack->currentWidget(), data);
        QCOMPARE(window.showPanel(QStringLiteral("overview")), overview);
        QCOMPARE(stack->currentWidget(), overview);
        QCOMPARE(window.showPanel(QStringLiteral("nope")), nullptr);
        auto* training = window.panel(QStringLiteral("training"));
        QVERIFY(training && training->isReady()); // reads its lists synchronously on open
        QCOMPARE(window.showPanel(QStringLiteral("training")), training);
        QCOMPARE(stack->currentWidget(), training);
        // File → Import… (Ctrl+I) opens the wizard for the open project.
        QAction* import = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                import = action;
        QVERIFY(import);
        import->trigger();
        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard && wizard->isVisible());
        wizard->reject();
        QCOMPARE(MainWindow::recentProjects().value(0), QFileInfo(m_path).absoluteFilePath());
    }

    /// Another connection (as `kindred-cli import` would) adds ratings to the open project: the
    /// Overview shows them within 2 s without any user action; a stored model reaches the lists.
    void panelsFollowChangesMadeByAnotherProcess() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("watched.kindred"));
        QVERIFY(QFile::copy(m_path, path));
        MainWindow window;
        auto* overview = qobject_cast<OverviewPanel*>(window.panel(QStringLiteral("overview")));
        QSignalSpy overviewReady(overview, &Panel::ready);
        QVERIFY(window.openProject(path));
        QVERIFY(overviewReady.wait(10000));
        QCOMPARE(overview->stats().ratings, quint64(kindred::test::kFixtureRatings));

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("more")));
        QFile more(dir.filePath(QStringLiteral("more/u.data")));
        QVERIFY(more.open(QIODevice::WriteOnly));
        more.write("90\t1\t5\t880000000\n90\t2\t4\t880000060\n91\t3\t3\t880000120\n");
        more.close();
        {
            auto other = kindred::Project::open(path.toStdString(), kindred::OpenMode::OpenExisting);
            QVERIFY(other);
            kindred::ImportOptions options;
            options.format = "movielens-100k";
            options.sourceName = "more";
            const auto result = kindred::importDataset(*other.value(), {more.fileName().toStdString()}, options);
            QVERIFY2(result.status.ok(), result.status.message().c_str());
        }
        QTRY_COMPARE_WITH_TIMEOUT(overview->stats().ratings, quint64(kindred::test::kFixtureRatings + 3), 2000);
    }

    // Opening in the app: each kind of damage is refused with the file and the problem named, no
    // panel shows it, and the file is left byte for byte as it was.
    void damagedProjectsAreRefusedAndNeverWritten() {
        QTemporaryDir dir;
        QString error;
        const QString healthy = kindred::test::buildMovieLensProject(dir, &error);
        QVERIFY2(!healthy.isEmpty(), qPrintable(error));
        for (const auto damage : kindred::test::allDamages()) {
            const std::filesystem::path file =
                dir.filePath(QString::fromStdString("damaged-" + kindred::test::damageName(damage) + ".kindred"))
                    .toStdString();
            kindred::test::makeDamagedCopy(healthy.toStdString(), file, damage);
            const std::string before = kindred::test::fileBytes(file);
            MainWindow window;
            QString message;
            QVERIFY2(!window.openProject(QString::fromStdString(file.string()), &message),
                     kindred::test::damageName(damage).c_str());
            QVERIFY2(message.contains(QString::fromStdString(file.filename().string())), qPrintable(message));
            QVERIFY2(message.contains(QString::fromStdString(kindred::test::damageWord(damage))), qPrintable(message));
            QVERIFY(window.projectPath().isEmpty());
            QVERIFY2(kindred::test::fileBytes(file) == before, "opening wrote into a damaged file");
        }
    }

    void openingAMissingFileFails() {
        MainWindow window;
        QString error;
        QVERIFY(!window.openProject(m_dir.filePath(QStringLiteral("missing.kindred")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(window.projectPath().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QObject* makeMainWindowTest() { return new MainWindowTest; }

#include "MainWindowTest.moc"
