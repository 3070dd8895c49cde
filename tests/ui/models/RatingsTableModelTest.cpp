#include "Fixture.h"

#include "models/RatingsTableModel.h"

#include "kindred/store/Project.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using kindred::ui::RatingsTableModel;

namespace {

/// Waits until the model's worker has answered; false after 10 s.
bool settled(const RatingsTableModel& model) {
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

/// Reads every page the model can still fetch.
bool fetchAll(RatingsTableModel& model) {
    if (!settled(model))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!settled(model))
            return false;
    }
    return true;
}

/// Reads every page; true when the model then holds exactly the fixture's ratings of "Heat (1995)".
bool holdsHeatOnly(RatingsTableModel& model) {
    if (!fetchAll(model) || model.totalCount() != quint64(kindred::test::heatRatingCount()) ||
        model.rowCount() != kindred::test::heatRatingCount())
        return false;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, RatingsTableModel::ItemColumn).data().toString() != QStringLiteral("Heat (1995)"))
            return false;
    return true;
}

} // namespace

class RatingsTableModelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = kindred::test::buildMovieLensProject(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        auto project = kindred::Project::open(m_path.toStdString(), kindred::OpenMode::ReadOnly);
        QVERIFY2(project.ok(), project.status().message().c_str());
        m_project = std::move(project).value();
    }

    void passesModelTester() {
        RatingsTableModel model(m_project.get());
        // The tester itself calls fetchMore() while it checks the model and after every change.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), kindred::test::kFixtureRatings);
        model.setTitleFilter(QStringLiteral("heat"));
        QVERIFY(fetchAll(model));
        QCOMPARE(model.rowCount(), kindred::test::heatRatingCount());
        model.setTitleFilter(QString());
        QVERIFY(settled(model));
        QVERIFY(model.rowCount() <= kindred::test::kFixtureRatings);
    }

    void fetchesPagesLazilyOnAWorker() {
        RatingsTableModel model(m_project.get());
        QSignalSpy loaded(&model, &RatingsTableModel::loaded);
        QVERIFY(model.isLoading()); // counting and the first page run on the worker, not in here
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.totalCount(), quint64(kindred::test::kFixtureRatings));
        QCOMPARE(model.rowCount(), RatingsTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), 2 * RatingsTableModel::kPageSize);
        model.fetchMore({});
        QVERIFY(settled(model));
        QCOMPARE(model.rowCount(), kindred::test::kFixtureRatings);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(RatingsTableModel::ColumnCount));
        const QModelIndex first = model.index(0, RatingsTableModel::UserColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("1"));
        QVERIFY(model.index(0, RatingsTableModel::ItemColumn).data().toString().endsWith(QStringLiteral("(1995)")));
        QCOMPARE(model.index(0, RatingsTableModel::DomainColumn).data().toString(), QStringLiteral("ml-100k movies"));
        const double rating = model.index(0, RatingsTableModel::RatingColumn).data(RatingsTableModel::RawValueRole).toDouble();
        QVERIFY(rating >= 1 && rating <= 5);
        // Whole values show as whole numbers in the locale (play counts: "13,880", not "1.388e+04").
        QCOMPARE(model.index(0, RatingsTableModel::RatingColumn).data().toString(), QLocale().toString(qlonglong(rating)));
    }

    void filtersByTitle() {
        RatingsTableModel model(m_project.get());
        model.setTitleFilter(QStringLiteral("heat"));
        QVERIFY(holdsHeatOnly(model));
        // LIKE wildcards in the search text match literally.
        model.setTitleFilter(QStringLiteral("%"));
        QVERIFY(settled(model));
        QCOMPARE(model.totalCount(), quint64(0));
        model.setTitleFilter(QString());
        QVERIFY(settled(model));
        QCOMPARE(model.totalCount(), quint64(kindred::test::kFixtureRatings));
    }

    void aNewFilterDropsTheAnswerToTheOldOne() {
        RatingsTableModel model(m_project.get());
        // Typed faster than the worker answers: only the last filter's rows arrive.
        model.setTitleFilter(QStringLiteral("h"));
        model.setTitleFilter(QStringLiteral("he"));
        model.setTitleFilter(QStringLiteral("heat"));
        QVERIFY(holdsHeatOnly(model));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<kindred::Project> m_project;
};

QObject* makeRatingsTableModelTest() { return new RatingsTableModelTest; }

#include "RatingsTableModelTest.moc"
