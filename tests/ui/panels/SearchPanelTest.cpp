// The search panel: a grid search on the fixture project fills the results table trial by trial,
// marks the validation-best row, and a panel opened later shows the stored search.

#include "Fixture.h"

#include "models/SearchTrialsModel.h"
#include "panels/SearchPanel.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

class SearchPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = kindred::test::buildMovieLensProject(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
    }

    void gridSearchFillsTheTableAndKeepsTheBest() {
        SearchPanel panel;
        QAbstractItemModelTester tester(panel.trialsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(10000));
        QCOMPARE(panel.trialsModel()->rowCount(), 0); // no search stored yet

        QVERIFY(panel.setModelKind(QStringLiteral("mf")));
        QVERIFY(panel.setValues(QStringLiteral("factors"), QStringLiteral("2, 8")));
        QVERIFY(panel.setValues(QStringLiteral("regularization"), QStringLiteral("0.01,0.2")));
        QVERIFY(!panel.setValues(QStringLiteral("dropout"), QStringLiteral("0.1"))); // not an mf knob
        panel.setEpochs(3);
        QVERIFY(panel.startButton()->isEnabled());
        QSignalSpy finished(&panel, &SearchPanel::searchFinished);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QVERIFY(panel.isSearching());
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        SearchTrialsModel* model = panel.trialsModel();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), 1 + 2 + 6);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("factors"));
        const int best = model->bestRow();
        QVERIFY(best >= 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->trial(best).validationRmse <= model->trial(row).validationRmse);
        QVERIFY(model->data(model->index(best, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(model->data(model->index(best, model->columnCount() - 1)).toString().startsWith(QStringLiteral("model")));

        SearchPanel reopened;
        QSignalSpy reopenedReady(&reopened, &Panel::ready);
        reopened.setProjectPath(m_path);
        QVERIFY(reopenedReady.wait(10000));
        QCOMPARE(reopened.trialsModel()->rowCount(), 4);
        QCOMPARE(reopened.trialsModel()->bestRow(), best);
    }

    void emptyValuesCannotStart() {
        SearchPanel panel;
        panel.setProjectPath(m_path);
        QVERIFY(panel.setModelKind(QStringLiteral("item-knn")));
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.setValues(QStringLiteral("neighbours"), QStringLiteral("5,x")));
        QVERIFY(!panel.startButton()->isEnabled());
        QVERIFY(panel.setValues(QStringLiteral("neighbours"), QStringLiteral("5,10")));
        QVERIFY(panel.startButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QObject* makeSearchPanelTest() { return new SearchPanelTest; }

#include "SearchPanelTest.moc"
