#include "DamagedProjects.h"
#include "Fixture.h"

#include "MainWindow.h"
#include "dialogs/ImportWizard.h"
#include "models/RatingsTableModel.h"
#include "panels/DataPanel.h"
#include "panels/OverviewPanel.h"
#include "panels/TrainingPanel.h"
#include "kindred/store/Project.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
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
        QTRY_VERIFY_WITH_TIMEOUT(data->isReady(), 10000); // its first page is read on a worker
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

    /// `kindred-cli import`, another process, adds ratings to the open project: the Overview shows
    /// them within 2 s without any user action. A model trained in the Training panel is in the
    /// Explorer's and the Pairs panel's model lists within 2 s of the run's end.
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
        QProcess cli;
        cli.start(QStringLiteral(KINDRED_CLI_PATH),
                  {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--format"),
                   QStringLiteral("movielens-100k"), QStringLiteral("--name"), QStringLiteral("more"), more.fileName()});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, cli.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(overview->stats().ratings, quint64(kindred::test::kFixtureRatings + 3), 2000);

        auto* training = qobject_cast<TrainingPanel*>(window.panel(QStringLiteral("training")));
        QVERIFY(training && training->setModelKind(QStringLiteral("mf")));
        training->setEpochs(2);
        QSignalSpy finished(training, &TrainingPanel::trainingFinished);
        training->startButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const qint64 id = finished.at(0).at(2).toLongLong();
        for (const QString& panelId : {QStringLiteral("explorer"), QStringLiteral("pairs")}) {
            auto* models = window.panel(panelId)->findChild<QComboBox*>(QStringLiteral("model"));
            QVERIFY2(models, qPrintable(panelId));
            QTRY_VERIFY2_WITH_TIMEOUT(models->findData(id) >= 0, qPrintable(panelId), 2000);
        }
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
