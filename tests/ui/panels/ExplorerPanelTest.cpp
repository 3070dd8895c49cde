// The embedding explorer on the fixture project: a small MF model and a stored PCA projection
// (made through core, like `kindred-cli embed`) are shown once ready(); selecting "Heat (1995)"
// by title selects it and lists FAISS neighbours; a user selection lists kindred users and draws
// a taste trajectory; a new projection is computed in the background and shown. Offscreen the 3D
// view degrades to a message, so these tests exercise the logic, not the pixels.
#include "panels/ExplorerPanel.h"

#include "Fixture.h"
#include "kindred/space/Projection.h"
#include "kindred/space/TasteSpace.h"
#include "kindred/store/Project.h"
#include "kindred/train/TrainingJob.h"
#include "panels/ExplorerSelectionTable.h"
#include "panels/PairPanel.h"
#include "plots/PointView2D.h"
#include "plots/ScatterView3D.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace kindred;
using namespace kindred::ui;

class ExplorerPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QString error;
        m_path = kindred::test::buildMovieLensProject(m_dir, &error);
        QVERIFY2(!m_path.isEmpty(), qPrintable(error));
        auto project = Project::open(m_path.toStdString(), OpenMode::OpenExisting);
        QVERIFY(project.ok());
        TrainingRequest request;
        request.kind = "mf";
        request.parameters = {{"epochs", 4.0}, {"factors", 8.0}};
        auto outcome = runTrainingJob(*project.value(), request);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : outcome.status().message().c_str());
        m_modelId = outcome.value().modelId;
        auto space = loadTasteSpace(*project.value(), m_modelId);
        QVERIFY(space.ok());
        ProjectionRequest pca;
        pca.method = "pca";
        pca.dimensions = 3;
        pca.entities = ProjectedEntities::Both;
        pca.clusters = 4;
        auto projection = computeProjection(*space.value(), pca);
        QVERIFY2(projection.ok(), projection.ok() ? "" : projection.status().message().c_str());
        projection.value().modelId = m_modelId;
        QVERIFY(saveProjection(*project.value(), projection.value()).ok());
        m_rows = int(projection.value().rows());
        m_itemRows = 0;
        for (auto isUser : projection.value().isUser)
            m_itemRows += isUser ? 0 : 1;
    }

    /// In the main window, loads wait until the panel shows: the model list is read, the model's
    /// taste space (every rating) only once the panel is shown.
    void loadsTheModelWhenShownWhenLoadsWait() {
        ExplorerPanel panel;
        panel.setLoadsWaitUntilShown(true);
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        auto* models = panel.findChild<QComboBox*>(QStringLiteral("model"));
        QVERIFY(models);
        QTRY_VERIFY_WITH_TIMEOUT(models->count() > 0, 10000);
        QVERIFY(!ready.wait(1000));
        QCOMPARE(panel.pointCount(), 0);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(ready.wait(60000));
        QVERIFY(panel.pointCount() > 0);
    }

    void noModelShowsMessageAndIsReady() {
        QTemporaryDir dir;
        QString error;
        const QString path = kindred::test::buildMovieLensProject(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        ExplorerPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(path);
        QVERIFY(ready.count() == 1 || ready.wait(20000));
        QCOMPARE(panel.pointCount(), 0);
        QVERIFY(!panel.selectItemByTitle(QStringLiteral("Heat (1995)")));
    }

    void staleResultsOfAnEarlierProjectAreDropped() {
        QTemporaryDir dir;
        QString error;
        const QString empty = kindred::test::buildMovieLensProject(dir, &error);
        QVERIFY2(!empty.isEmpty(), qPrintable(error));
        ExplorerPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(!panel.isReady());
        panel.setProjectPath(empty); // before the first project's model is loaded
        QVERIFY(ready.wait(20000));
        QTest::qWait(300); // time for the first project's jobs to end
        QCOMPARE(panel.pointCount(), 0);
        QCOMPARE(panel.selectedId(), std::int64_t(0));
    }

    void showsProjectionAndSelectsByTitle() {
        ExplorerPanel panel;
        panel.resize(1100, 700);
        panel.show();
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(60000));
        QCOMPARE(panel.pointCount(), m_rows); // items and users: the projection holds both
        // The search completer offers every item title of the model.
        auto* search = panel.findChild<QLineEdit*>();
        QVERIFY(search && search->completer());
        QAbstractItemModelTester tester(search->completer()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(search->completer()->model()->rowCount(), 40);
        // Every colouring keeps every point and at most kMaxExplorerGroups groups plus "Users".
        auto* colourBy = panel.findChild<QComboBox*>(QStringLiteral("colourBy"));
        QVERIFY(colourBy);
        QCOMPARE(colourBy->count(), 4);
        QSignalSpy shown(&panel, &ExplorerPanel::pointsShown); // points are built on a worker
        for (int i = 0; i < colourBy->count(); ++i) {
            colourBy->setCurrentIndex(i);
            if (i > 0) // index 0 is the current one: no change
                QVERIFY(shown.wait(30000));
            QCOMPARE(panel.pointCount(), m_rows);
            QVERIFY(panel.scatter()->groups().size() <= kMaxExplorerGroups + 1);
        }
        colourBy->setCurrentIndex(0);

        QSignalSpy selection(&panel, &ExplorerPanel::selectionChanged);
        QSignalSpy neighbours(&panel, &ExplorerPanel::neighboursReady);
        QVERIFY(panel.selectItemByTitle(QStringLiteral("Heat (1995)")));
        QCOMPARE(selection.count(), 1);
        QVERIFY(!selection.at(0).at(1).toBool());
        const qint64 heat = panel.selectedId();
        QCOMPARE(selection.at(0).at(0).toLongLong(), heat);
        QVERIFY(heat > 0);
        QVERIFY(panel.scatter()->indexOf(heat, false) >= 0);
        QVERIFY(neighbours.wait(30000));
        QVERIFY(neighbours.at(0).at(0).toInt() > 0);
        auto* list = panel.findChild<QTreeWidget*>();
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), neighbours.at(0).at(0).toInt());

        // Clicking a neighbour selects it.
        QTreeWidgetItem* first = list->topLevelItem(0);
        const qint64 neighbourId = first->data(0, Qt::UserRole).toLongLong();
        const QRect rect = list->visualItemRect(first);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(panel.selectedId(), neighbourId);
        QTRY_COMPARE_WITH_TIMEOUT(neighbours.count(), 2, 30000);

        QVERIFY(!panel.selectItemByTitle(QStringLiteral("No such film")));
        QCOMPARE(panel.selectedId(), neighbourId);
    }

    /// Clusters carry names (automatic, or the person's) into the legend and onto the 3D view, and
    /// a new name is stored.
    void renamesAClusterAndKeepsTheName() {
        ExplorerPanel panel;
        panel.resize(1100, 700);
        panel.show();
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(60000));
        QCOMPARE(panel.clusterNames().size(), 4);
        auto* colourBy = panel.findChild<QComboBox*>(QStringLiteral("colourBy"));
        QVERIFY(colourBy);
        QSignalSpy shown(&panel, &ExplorerPanel::pointsShown); // points are built on a worker
        colourBy->setCurrentIndex(2); // Cluster
        QVERIFY(shown.wait(30000));
        QVERIFY(panel.renameCluster(0, QStringLiteral("  Late-night <i>films</i>  ")));
        QVERIFY(shown.wait(30000));
        const QString named = QStringLiteral("Cluster 1: Late-night <i>films</i>");
        QCOMPARE(panel.clusterNames().at(0), named);
        bool inLegend = false;
        for (const ScatterGroup& group : panel.scatter()->groups())
            inLegend = inLegend || group.name == named;
        QVERIFY(inLegend);
        // On the 3D view as well, one name per cluster, the new one among them.
        QCOMPARE(panel.scatter()->labels().size(), 4);
        bool onView = false;
        for (const ScatterLabel& label : panel.scatter()->labels())
            onView = onView || label.text.contains(QStringLiteral("Late-night <i>films</i>"));
        QVERIFY(onView);
        QVERIFY(!panel.renameCluster(7, QStringLiteral("no such cluster")));
        QVERIFY(!panel.renameCluster(1, QStringLiteral("   ")));

        ExplorerPanel again; // the name was stored with the projection
        QSignalSpy againReady(&again, &Panel::ready);
        again.setProjectPath(m_path);
        QVERIFY(againReady.wait(60000));
        QCOMPARE(again.clusterNames().at(0), named);
    }

    /// A cluster or a box selection fills the linked table (sortable, exported as CSV) and seeds
    /// a pair recommendation and a new person in the Pairs panel.
    void aSelectionFillsTheTableAndSeedsThePairsPanel() {
        ExplorerPanel panel;
        panel.resize(1200, 800);
        panel.show();
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(60000));
        QCOMPARE(panel.flatView()->pointCount(), m_rows); // the flat view holds every point
        QVERIFY(!panel.showsFlatView());                   // a 3D projection opens in 3D
        QSignalSpy listed(&panel, &ExplorerPanel::selectionListed);
        QVERIFY(!panel.selectCluster(99));
        QVERIFY(panel.selectCluster(0));
        QVERIFY(listed.wait(5000)); // the table fills in the next turn of the event loop
        const int clusterSize = listed.at(0).at(0).toInt();
        QVERIFY(clusterSize > 0 && clusterSize < m_rows);
        ExplorerSelectionTable* table = panel.selectionTable();
        QCOMPARE(table->model()->rowCount(), clusterSize);
        QVERIFY(table->summary().contains(panel.clusterNames().at(0).toHtmlEscaped()));
        // Every listed row is a selected point of the view.
        QSet<qint64> selectedIds;
        for (int i : panel.flatView()->selection())
            selectedIds << panel.flatView()->points().at(i).id;
        for (const auto& row : table->model()->rows())
            QVERIFY(selectedIds.contains(row.id));

        // Everything, by a box around the whole cloud: items and people.
        panel.setFlatView(true);
        QVERIFY(panel.showsFlatView());
        QCOMPARE(panel.flatView()->selectRect(QRectF(-1e6, -1e6, 2e6, 2e6)), m_rows);
        QVERIFY(listed.wait(5000));
        QCOMPARE(table->model()->rowCount(), m_rows);
        QVERIFY(table->summary().contains(QStringLiteral("%1 items").arg(m_itemRows)));
        QVERIFY(table->summary().contains(QStringLiteral("%1 people").arg(m_rows - m_itemRows)));
        QVERIFY(!table->genreShares().isEmpty()); // all items: each genre's two shares are equal
        for (const auto& [genre, shares] : table->genreShares())
            QVERIFY2(std::abs(shares.first - shares.second) < 1e-9, qPrintable(genre));
        // Sorted by rating count, most first (on a worker); exported as shown. Two sorts asked
        // for at once: the last one wins.
        QSignalSpy sorted(table->model(), &ExplorerSelectionModel::sorted);
        table->view()->sortByColumn(ExplorerSelectionModel::Ratings, Qt::AscendingOrder);
        table->view()->sortByColumn(ExplorerSelectionModel::Ratings, Qt::DescendingOrder);
        QVERIFY(sorted.wait(10000));
        QTest::qWait(100); // the first sort's result, if it came later, must not move the rows
        QCOMPARE(sorted.count(), 1);
        const auto count = [&](int row) {
            return table->model()->data(table->model()->index(row, ExplorerSelectionModel::Ratings), Qt::DisplayRole)
                .toString()
                .remove(QLatin1Char(','))
                .toInt();
        };
        for (int row = 1; row < m_rows; ++row)
            QVERIFY2(count(row - 1) >= count(row), qPrintable(QString::number(row)));
        QVERIFY(count(0) > count(m_rows - 1));
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("selection.csv"));
        QVERIFY(table->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), m_rows + 1);

        // The two most central people → the Pairs panel recommends for them.
        PairPanel pairs;
        pairs.setProjectPath(m_path);
        QSignalSpy pairRequested(&panel, &ExplorerPanel::pairRequested);
        QSignalSpy recommended(&pairs, &PairPanel::recommendationsReady);
        connect(&panel, &ExplorerPanel::pairRequested, &pairs, &PairPanel::recommendForPair);
        QVERIFY(panel.recommendForSelection());
        QTRY_COMPARE_WITH_TIMEOUT(pairRequested.count(), 1, 30000);
        const QString a = pairRequested.at(0).at(1).toString(), b = pairRequested.at(0).at(2).toString();
        QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
        QCOMPARE(pairRequested.at(0).at(0).toLongLong(), m_modelId);
        // The pair is chosen in the pickers and recommended for (the panel's own first
        // recommendation, of the model it opened with, may come first).
        QTRY_VERIFY_WITH_TIMEOUT(!recommended.isEmpty() && recommended.last().at(0).toInt() > 0 &&
                                     pairs.userPicker(0)->currentText().contains(a.section(QLatin1Char(':'), -1)) &&
                                     pairs.userPicker(1)->currentText().contains(b.section(QLatin1Char(':'), -1)),
                                 60000);

        // A new person who likes the selected items.
        QSignalSpy person(&panel, &ExplorerPanel::newPersonRequested);
        connect(&panel, &ExplorerPanel::newPersonRequested, &pairs, &PairPanel::addPersonWhoLikes);
        QSignalSpy coldStart(&pairs, &PairPanel::coldStartReady);
        QVERIFY(panel.selectCluster(0));
        QVERIFY(listed.wait(5000));
        QVERIFY(panel.newPersonFromSelection(QStringLiteral("Fan of cluster 1")));
        QCOMPARE(person.count(), 1);
        QVERIFY(!person.at(0).at(2).value<QList<qint64>>().isEmpty());
        QVERIFY(coldStart.wait(30000));
        QVERIFY(coldStart.at(0).at(0).toBool());
        QVERIFY(pairs.userPicker(1)->currentText().contains(QStringLiteral("Fan of cluster 1")));
    }

    void userNeighboursAndTrajectory() {
        ExplorerPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(60000));
        qint64 user = 0;
        for (const ScatterPoint& p : panel.scatter()->points())
            if (p.isUser) {
                user = p.id;
                break;
            }
        QVERIFY(user > 0);
        QSignalSpy neighbours(&panel, &ExplorerPanel::neighboursReady);
        QVERIFY(panel.select(user, true));
        QVERIFY(panel.selectedIsUser());
        QVERIFY(neighbours.wait(30000));
        QVERIFY(neighbours.at(0).at(0).toInt() > 0);
        QSignalSpy trajectory(&panel, &ExplorerPanel::trajectoryShown);
        QPushButton* button = nullptr;
        for (QPushButton* b : panel.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Show taste trajectory"))
                button = b;
        QVERIFY(button);
        button->click();
        QVERIFY(trajectory.wait(30000));
        QVERIFY(trajectory.at(0).at(0).toInt() > 1);
    }

    void computesNewProjection() {
        ExplorerPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(60000));
        QSignalSpy computed(&panel, &ExplorerPanel::projectionComputed);
        QVERIFY(panel.computeProjection()); // PCA 3D of items, the form's defaults
        QVERIFY(panel.isComputing());
        QVERIFY(computed.wait(60000));
        QVERIFY2(computed.at(0).at(0).toBool(), qPrintable(computed.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(panel.pointCount(), m_itemRows, 30000); // shown once its points are built
        auto project = Project::open(m_path.toStdString(), OpenMode::ReadOnly);
        QVERIFY(project.ok());
        auto stored = loadProjections(*project.value(), m_modelId);
        QVERIFY(stored.ok());
        QCOMPARE(int(stored.value().size()), 2);
    }

    void exportsForTheEmbeddingProjector() {
        ExplorerPanel panel;
        QTemporaryDir out;
        QVERIFY(!panel.exportProjector(out.path())); // no model shown yet
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(m_path);
        QVERIFY(ready.wait(60000));
        QSignalSpy exported(&panel, &ExplorerPanel::exportFinished);
        QVERIFY(panel.exportProjector(out.path()));
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        auto lines = [&](const QString& name) {
            QFile file(out.filePath(name));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'),
                                                                                          Qt::SkipEmptyParts)
                                                  : QStringList();
        };
        QCOMPARE(lines(QStringLiteral("vectors.tsv")).size(), 40);
        const QStringList metadata = lines(QStringLiteral("metadata.tsv"));
        QCOMPARE(metadata.size(), 41); // header + 40 items
        QCOMPARE(metadata.first(), QStringLiteral("title\tmedium\tgenres\tcluster"));
        QVERIFY(metadata.join(QLatin1Char('\n')).contains(QStringLiteral("Heat (1995)")));
        QCOMPARE(lines(QStringLiteral("coordinates.csv")).size(), 1 + m_itemRows); // the shown projection's items
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_modelId = 0;
    int m_rows = 0;
    int m_itemRows = 0;
};

QObject* makeExplorerPanelTest() {
    return new ExplorerPanelTest;
}

#include "ExplorerPanelTest.moc"
