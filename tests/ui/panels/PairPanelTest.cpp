// The Pair view on the fixture project with a small mf model: the panel loads the model on a
// worker and shows a default pair, then recommends for two chosen users with explanations, finds
// kindred users, stores feedback, makes a cold-start person and exports CSV.
#include "panels/PairPanel.h"

#include "Fixture.h"
#include "dialogs/ColdStartDialog.h"
#include "models/KindredUsersModel.h"
#include "models/PairResultsModel.h"
#include "plots/KindredMatchGauge.h"
#include "plots/PairDetailsView.h"

#include "kindred/store/Project.h"
#include "kindred/train/TrainingJob.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

class PairPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = kindred::test::buildMovieLensProject(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        auto project = kindred::Project::open(m_path.toStdString(), kindred::OpenMode::OpenExisting);
        QVERIFY(project.ok());
        kindred::TrainingRequest request;
        request.kind = "mf";
        request.parameters = {{"epochs", 5.0}, {"factors", 8.0}};
        const auto outcome = kindred::runTrainingJob(*project.value(), request);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.status().message().c_str());
        m_modelId = outcome->modelId;
    }

    void readyWithoutModel() {
        QTemporaryDir dir;
        QString error;
        const QString path = kindred::test::buildMovieLensProject(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        PairPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(path);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(panel.resultCount(), 0);
        QVERIFY(!panel.gauge()->hasMatch());
    }

    void modelTrainedLaterAppearsWhenShown() {
        QTemporaryDir dir;
        QString error;
        const QString path = kindred::test::buildMovieLensProject(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        PairPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(path);
        QCOMPARE(ready.count(), 1);
        QVERIFY(!panel.session());
        {
            auto project = kindred::Project::open(path.toStdString(), kindred::OpenMode::OpenExisting);
            QVERIFY(project.ok());
            kindred::TrainingRequest request;
            request.kind = "mf";
            request.parameters = {{"epochs", 2.0}, {"factors", 4.0}};
            QVERIFY(kindred::runTrainingJob(*project.value(), request).ok());
        }
        QSignalSpy done(&panel, &PairPanel::recommendationsReady);
        panel.show(); // lists the models again and loads the new one
        QVERIFY(done.wait(30000));
        QVERIFY(panel.session());
        QVERIFY(panel.gauge()->hasMatch());
    }

    void defaultPairIsShownOnLoad() {
        PairPanel panel;
        QAbstractItemModelTester resultsTester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester kindredTester(panel.kindredModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.count(), 1);
        QVERIFY(panel.session());
        QCOMPARE(panel.session()->modelId(), m_modelId);
        QVERIFY(panel.userPicker(0)->count() > 2);
        QVERIFY(panel.kindredModel()->rowCount() > 0);
        QVERIFY(panel.gauge()->hasMatch());
        // A is the user with the most ratings, B their most kindred user.
        QCOMPARE(panel.userPicker(0)->currentData().toInt(), int(panel.session()->mostActiveUser()));
        QCOMPARE(panel.userPicker(1)->currentData().toInt(), int(panel.kindredModel()->userAt(0).user));
    }

    /// In the main window, loads wait until the panel shows: opening a project does not read the
    /// model's taste space (every rating) for a panel nobody looks at.
    void loadsTheModelWhenShownWhenLoadsWait() {
        PairPanel panel;
        panel.setLoadsWaitUntilShown(true);
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(!ready.wait(1000));
        QVERIFY(!panel.session());
        QVERIFY(panel.userPicker(0)->count() == 0);
        panel.show();
        QVERIFY(ready.wait(30000));
        QVERIFY(panel.session());
        QCOMPARE(panel.session()->modelId(), m_modelId);
        QVERIFY(panel.gauge()->hasMatch());
    }

    // In the fixture, users of the same parity rated the same 20 items and users of different
    // parity the other 20 each, so only same-parity pairs have unrated items left.
    void recommendsWithExplanations() {
        PairPanel panel;
        QAbstractItemModelTester tester(panel.resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&panel, &Panel::errorOccurred, this, [](const QString& message) { qWarning("%s", qPrintable(message)); });
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(30000));

        QVERIFY(panel.setUsers(QStringLiteral("1"), QStringLiteral("3")));
        QSignalSpy done(&panel, &PairPanel::recommendationsReady);
        panel.recommend();
        QVERIFY(done.wait(30000));
        QVERIFY(done.at(0).at(0).toInt() > 0);
        QCOMPARE(panel.resultCount(), done.at(0).at(0).toInt());

        const PairResultsModel* model = panel.resultsModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column : {PairResultsModel::ScoreAColumn, PairResultsModel::ScoreBColumn}) {
                const double bar = model->index(row, column).data(PairResultsModel::BarRole).toDouble();
                QVERIFY(bar >= 0.0 && bar <= 1.0);
            }
            QVERIFY(!model->index(row, PairResultsModel::TitleColumn).data().toString().isEmpty());
        }
        const kindred::PairItem& first = model->itemAt(0);
        QVERIFY(first.explanation.has_value());
        QVERIFY(first.explanation->scoreA > -0.25 && first.explanation->scoreA < 1.25);
        QVERIFY(first.explanation->scoreB > -0.25 && first.explanation->scoreB < 1.25);
        QVERIFY(!first.explanation->a.contributors.empty());
        QVERIFY(!first.explanation->b.contributors.empty());
        QCOMPARE(panel.details()->contributorCount(0), int(first.explanation->a.contributors.size()));
        QVERIFY(panel.details()->thumbButton(1, true)->isEnabled());
        QVERIFY(panel.gauge()->hasMatch());

        // CSV with every explanation number: a header and one line per item.
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("pair.csv"));
        QVERIFY(panel.exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), panel.resultCount() + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("rank,item,title,medium,score_kind,score_a,score_b")));
        QVERIFY(lines.first().contains(QStringLiteral("predicted_rating_a")));
        QVERIFY(lines.first().contains(QStringLiteral("a_history_share")));
        QVERIFY(lines.first().contains(QStringLiteral("a_contributors")));
    }

    void kindredUsersSetB() {
        PairPanel panel;
        QAbstractItemModelTester tester(panel.kindredModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(30000));
        QVERIFY(panel.setUsers(QStringLiteral("3"), QStringLiteral("4")));
        QSignalSpy found(&panel, &PairPanel::kindredReady);
        panel.findKindredUsers();
        QVERIFY(found.wait(30000));
        QCOMPARE(found.at(0).at(0).toInt(), 10);
        const KindredUsersModel* model = panel.kindredModel();
        QCOMPARE(model->ofUser(), panel.userPicker(0)->currentData().toInt());
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->userAt(row).user != model->ofUser());
            QVERIFY(model->userAt(row).agreement >= 0 && model->userAt(row).agreement <= 1);
        }
        auto* view = panel.findChild<QTableView*>(QStringLiteral("kindredView"));
        QVERIFY(view);
        QCOMPARE(view->model(), model);
        view->selectRow(2);
        QCOMPARE(panel.userPicker(1)->currentData().toInt(), int(model->userAt(2).user));
    }

    void feedbackIsStoredAndRescored() {
        PairPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(30000));
        QVERIFY(panel.setUsers(QStringLiteral("5"), QStringLiteral("7")));
        QSignalSpy done(&panel, &PairPanel::recommendationsReady);
        panel.recommend();
        QVERIFY(done.wait(30000));
        QVERIFY(panel.resultCount() > 0);
        panel.resultsView()->selectRow(0);
        const kindred::PairItem before = panel.resultsModel()->itemAt(0);

        QSignalSpy stored(&panel, &PairPanel::feedbackStored);
        panel.giveFeedback(0, false);
        QVERIFY(stored.count() == 1 || stored.wait(30000));
        QVERIFY(stored.at(0).at(0).toBool());
        QVERIFY(done.count() == 2 || done.wait(30000)); // re-scored
        QCOMPARE(done.count(), 2);
        // The thumbs down lowered A's score of the item (or pushed it out of the slate).
        for (int row = 0; row < panel.resultCount(); ++row)
            if (panel.resultsModel()->itemAt(row).item == before.item)
                QVERIFY(panel.resultsModel()->itemAt(row).scoreA < before.scoreA);
    }

    void coldStartPerson() {
        PairPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(30000));

        ColdStartDialog dialog(panel.session(), QStringLiteral("Zoe"));
        dialog.setSearchText(QStringLiteral("heat"));
        dialog.addRating(0, 5);
        dialog.addRating(1, 1);
        dialog.addRating(0, 4); // re-rates, no second row
        QCOMPARE(dialog.ratingCount(), 2);
        const auto history = dialog.history();
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].value, 0.75f);
        QCOMPARE(history[1].value, 0.0f);

        QSignalSpy added(&panel, &PairPanel::coldStartReady);
        panel.addColdStartUser(dialog.name(), history);
        QVERIFY(added.wait(30000));
        QVERIFY(added.at(0).at(0).toBool());
        QVERIFY(panel.setUsers(QStringLiteral("1"), QStringLiteral("Zoe")));
        QSignalSpy done(&panel, &PairPanel::recommendationsReady);
        panel.recommend();
        QVERIFY(done.wait(30000));
        QVERIFY(done.at(0).at(0).toInt() > 0);
        // Feedback for a cold-start person stays with the profile.
        panel.resultsView()->selectRow(0);
        QSignalSpy stored(&panel, &PairPanel::feedbackStored);
        panel.giveFeedback(1, true);
        QCOMPARE(stored.count(), 1);
        QVERIFY(stored.at(0).at(0).toBool());
        QVERIFY(done.wait(30000));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_modelId = 0;
};

QObject* makePairPanelTest() {
    return new PairPanelTest;
}

#include "PairPanelTest.moc"
