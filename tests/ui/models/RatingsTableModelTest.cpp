#include "Fixture.h"

#include "models/RatingsTableModel.h"

#include "kindred/store/Project.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using kindred::ui::RatingsTableModel;

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
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kindred::test::kFixtureRatings);
        model.setTitleFilter(QStringLiteral("heat"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kindred::test::heatRatingCount());
        model.setTitleFilter(QString());
        QVERIFY(model.rowCount() <= kindred::test::kFixtureRatings);
    }

    void fetchesPagesLazily() {
        RatingsTableModel model(m_project.get());
        QCOMPARE(model.totalCount(), quint64(kindred::test::kFixtureRatings));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), RatingsTableModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * RatingsTableModel::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), kindred::test::kFixtureRatings);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(RatingsTableModel::ColumnCount));
        const QModelIndex first = model.index(0, RatingsTableModel::UserColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("1"));
        QVERIFY(model.index(0, RatingsTableModel::ItemColumn).data().toString().endsWith(QStringLiteral("(1995)")));
        QCOMPARE(model.index(0, RatingsTableModel::DomainColumn).data().toString(), QStringLiteral("ml-100k movies"));
        const double rating = model.index(0, RatingsTableModel::RatingColumn).data(RatingsTableModel::RawValueRole).toDouble();
        QVERIFY(rating >= 1 && rating <= 5);
    }

    void filtersByTitle() {
        RatingsTableModel model(m_project.get());
        model.setTitleFilter(QStringLiteral("heat"));
        QCOMPARE(model.totalCount(), quint64(kindred::test::heatRatingCount()));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), kindred::test::heatRatingCount());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, RatingsTableModel::ItemColumn).data().toString(), QStringLiteral("Heat (1995)"));
        // LIKE wildcards in the search text match literally.
        model.setTitleFilter(QStringLiteral("%"));
        QCOMPARE(model.totalCount(), quint64(0));
        model.setTitleFilter(QString());
        QCOMPARE(model.totalCount(), quint64(kindred::test::kFixtureRatings));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<kindred::Project> m_project;
};

QObject* makeRatingsTableModelTest() { return new RatingsTableModelTest; }

#include "RatingsTableModelTest.moc"
