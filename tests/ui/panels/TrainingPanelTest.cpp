// The training dashboard on the fixture project: a baseline and a Siamese run grow their curves
// live (QSignalSpy), store a model, and a run can be paused, resumed and cancelled.
#include "panels/TrainingPanel.h"

#include "Fixture.h"
#include "models/EpochTableModel.h"
#include "models/StoredModelsModel.h"
#include "plots/CurveChartView.h"

#include <QDir>
#include <QLineSeries>
#include <QPushButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

class TrainingPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = kindred::test::buildMovieLensProject(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
    }

    void readyWithEmptyModelList() {
        TrainingPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QCOMPARE(ready.count(), 1);
        QVERIFY(panel.startButton()->isEnabled());
        QVERIFY(!panel.pauseButton()->isEnabled());
        QVERIFY(!panel.cancelButton()->isEnabled());
        QCOMPARE(panel.request().kind, std::string("siamese"));

        // The file changed (ProjectWatcher reloads with the same path): the domain choice stays.
        auto* domains = panel.findChild<QListWidget*>(QStringLiteral("domains"));
        QVERIFY(domains && domains->count() == 1);
        domains->item(0)->setCheckState(Qt::Unchecked);
        panel.setProjectPath(m_path);
        QCOMPARE(domains->item(0)->checkState(), Qt::Unchecked);
    }

    void matrixFactorisationCurveGrowsAndModelIsStored() {
        TrainingPanel panel;
        panel.show();
        panel.setProjectPath(m_path);
        const int modelsBefore = panel.storedModels()->rowCount();
        QVERIFY(panel.setModelKind(QStringLiteral("mf")));
        panel.setEpochs(6);
        QCOMPARE(kindred::numberParameter(panel.request().parameters, "epochs"), 6.0);

        QSignalSpy redrawn(panel.liveChart(), &CurveChartView::redrawn);
        QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QVERIFY(panel.isTraining());
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(redrawn.count() >= 1);
        QCOMPARE(panel.epochModel()->rowCount(), 6);
        QCOMPARE(panel.liveChart()->points(TrainingPanel::kValidationCurve).size(), 6);
        QCOMPARE(panel.liveChart()->series(TrainingPanel::kValidationCurve)->count(),
                 6); // drawn, not only buffered
        QCOMPARE(panel.storedModels()->rowCount(), modelsBefore + 1);
        // The new model is checked for comparison and drawn on the compare chart.
        const qint64 id = finished.at(0).at(2).toLongLong();
        QVERIFY(panel.storedModels()->checkedIds().contains(id));
        QVERIFY(panel.compareChart()->curveCount() >= 1);
        QVERIFY(panel.startButton()->isEnabled());
    }

    void siameseBatchLossGrowsLive() {
        TrainingPanel panel;
        panel.show();
        panel.setProjectPath(m_path);
        QVERIFY(panel.setModelKind(QStringLiteral("attention")));
        QVERIFY(panel.setParameter("epochs", 2.0));
        QVERIFY(panel.setParameter("batch-size", 32.0));
        QVERIFY(panel.setParameter("dimension", 16.0));

        QSignalSpy redrawn(panel.liveChart(), &CurveChartView::redrawn);
        QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
        panel.startTraining();
        // The curve grows while training runs: a redraw happens before the job ends.
        QVERIFY(redrawn.wait(60000));
        QVERIFY(!panel.liveChart()->points(TrainingPanel::kTrainCurve).isEmpty());
        QVERIFY(finished.count() == 1 || finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        // ~350 training ratings in batches of 64: several points per epoch, then one per epoch.
        QVERIFY(panel.liveChart()->points(TrainingPanel::kTrainCurve).size() >= 4);
        QCOMPARE(panel.liveChart()->points(TrainingPanel::kValidationCurve).size(), 2);
        QCOMPARE(panel.epochModel()->rowCount(), 2);
        // For looking at the live state by eye: KINDRED_UI_TEST_SHOTS=<folder>.
        if (const QString shots = qEnvironmentVariable("KINDRED_UI_TEST_SHOTS"); !shots.isEmpty()) {
            panel.resize(1100, 700);
            QVERIFY(panel.grab().save(QDir(shots).filePath(QStringLiteral("training-live.png"))));
        }
    }

    void pauseResumeAndCancel() {
        TrainingPanel panel;
        panel.show();
        panel.setProjectPath(m_path);
        const int modelsBefore = panel.storedModels()->rowCount();
        QVERIFY(panel.setModelKind(QStringLiteral("attention")));
        QVERIFY(panel.setParameter("epochs", 200.0));
        QVERIFY(panel.setParameter("batch-size", 16.0));
        QVERIFY(panel.setParameter("dimension", 8.0));
        QSignalSpy data(panel.worker(), &TrainingWorker::dataAvailable);
        QSignalSpy finished(&panel, &TrainingPanel::trainingFinished);
        panel.startTraining();
        QVERIFY(data.wait(60000));
        QTest::mouseClick(panel.pauseButton(), Qt::LeftButton);
        QVERIFY(panel.worker()->isPaused());
        QVERIFY(panel.resumeButton()->isEnabled());
        QVERIFY(!panel.pauseButton()->isEnabled());
        QTest::mouseClick(panel.resumeButton(), Qt::LeftButton);
        QVERIFY(!panel.worker()->isPaused());
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("cancel")));
        QCOMPARE(panel.storedModels()->rowCount(), modelsBefore);
        QVERIFY(panel.startButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QObject* makeTrainingPanelTest() {
    return new TrainingPanelTest;
}

#include "TrainingPanelTest.moc"
