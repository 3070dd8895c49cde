// EpochTableModel and StoredModelsModel under QAbstractItemModelTester, and their contents.
#include "Fixture.h"
#include "kindred/store/Project.h"
#include "kindred/train/ModelStore.h"
#include "models/EpochTableModel.h"
#include "models/StoredModelsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

class TrainingModelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void epochTablePassesTester() {
        EpochTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendEpochs({{1, 0.5, 0.04, 0.95, 1200, 0.8, 0.21}, {2, 0.4, 0.035, 0.93, 1300, 0.7, 0.23}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, EpochTableModel::EpochColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(1, EpochTableModel::ValidationRmseColumn)
                     .data(EpochTableModel::RawValueRole)
                     .toDouble(),
                 0.93);
        QCOMPARE(model.index(1, EpochTableModel::ValidationNdcgColumn).data().toString(), QStringLiteral("0.2300"));
        model.setEpochs({{1, 0.2, qQNaN(), 1.1, 0, 0.1}}, false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EpochTableModel::ValidationLossColumn).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model.index(0, EpochTableModel::ValidationNdcgColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(EpochTableModel::TrainColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Train RMSE (0..1)"));
        model.clear(true);
        QCOMPARE(model.rowCount(), 0);
    }

    void storedModelsPassesTesterAndChecks() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString path = kindred::test::buildMovieLensProject(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        auto project = kindred::Project::open(path.toStdString());
        QVERIFY(project.ok());
        kindred::ModelStore store(*project.value());

        StoredModelsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        for (int i = 0; i < 2; ++i) {
            kindred::StoredModel stored;
            stored.kind = "popularity";
            stored.name = "model " + std::to_string(i);
            stored.historyJson = R"([{"epoch": 1, "validation_rmse": 1.0}])";
            stored.weights.push_back('x'); // not = "x": GCC 12 warns falsely (-Wrestrict) on that
            QVERIFY(store.save(stored).ok());
        }
        QVERIFY(model.refresh());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, StoredModelsModel::KindColumn).data().toString(),
                 QStringLiteral("popularity"));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);

        QSignalSpy checked(&model, &StoredModelsModel::checkedChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
        const qint64 id = model.index(1, 0).data(StoredModelsModel::ModelIdRole).toLongLong();
        QCOMPARE(model.checkedIds(), QList<qint64>{id});
        QVERIFY(store.remove(id).ok());
        QVERIFY(model.refresh()); // a deleted model is unchecked
        QVERIFY(model.checkedIds().isEmpty());
        QCOMPARE(checked.count(), 2);
    }
};

QObject* makeTrainingModelsTest() {
    return new TrainingModelsTest;
}

#include "TrainingModelsTest.moc"
