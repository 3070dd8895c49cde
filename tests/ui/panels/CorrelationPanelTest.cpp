// The correlations panel: a heatmap of genre × genre correlations across two media with shared
// users, computed off the UI thread; a one-medium project says why there is none.

#include "Fixture.h"

#include "panels/CorrelationPanel.h"
#include "plots/CorrelationHeatmap.h"

#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

namespace {

/// Two generic CSV media sharing 20 people: half like Action movies and Thriller books, half Drama
/// movies and Romance books (ratings vary a little per person so affinities are not constant).
QString buildTwoDomainsProject(const QTemporaryDir& dir, QString* error) {
    QByteArray movies = "user,item,rating,genres\n", books = "user,item,rating,genres\n";
    for (int user = 1; user <= 20; ++user) {
        const bool action = user % 2 == 0;
        const int liked = 4 + (user % 3 == 0), disliked = 1 + (user % 5 == 0);
        auto row = [user](QByteArray& out, const char* item, int rating, const char* genre) {
            out += QByteArray::number(user) + ',' + item + ',' + QByteArray::number(rating) + ',' + genre + '\n';
        };
        row(movies, "m1", action ? liked : disliked, "Action");
        row(movies, "m2", action ? liked : disliked, "Action");
        row(movies, "m3", action ? disliked : liked, "Drama");
        row(movies, "m4", action ? disliked : liked, "Drama");
        row(books, "b1", action ? liked : disliked, "Thriller");
        row(books, "b2", action ? liked : disliked, "Thriller");
        row(books, "b3", action ? disliked : liked, "Romance");
        row(books, "b4", action ? disliked : liked, "Romance");
    }
    const QString path = dir.filePath(QStringLiteral("two-media.kindred"));
    auto project = kindred::Project::open(path.toStdString());
    if (!project) {
        *error = QString::fromStdString(project.status().message());
        return {};
    }
    for (const auto& [file, content, domain, kind] :
         {std::tuple{"movies.csv", movies, "movies", "movie"}, std::tuple{"books.csv", books, "books", "book"}}) {
        QFile out(dir.filePath(QString::fromLatin1(file)));
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
            *error = QStringLiteral("could not write %1").arg(out.fileName());
            return {};
        }
        out.close();
        kindred::ImportOptions options;
        options.format = "generic-csv";
        options.domain = domain;
        options.domainKind = kind;
        options.userNamespace = "people";
        options.scale = kindred::RatingScale{1, 5};
        options.mapping.user = "user";
        options.mapping.item = "item";
        options.mapping.rating = "rating";
        options.mapping.genres = "genres";
        const auto result = kindred::importDataset(*project.value(), {out.fileName().toStdString()}, options);
        if (!result.status) {
            *error = QString::fromStdString(result.status.message());
            return {};
        }
    }
    return path;
}

} // namespace

class CorrelationPanelTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneDomainSaysWhy() {
        QTemporaryDir dir;
        QString error;
        const QString path = kindred::test::buildMovieLensProject(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        CorrelationPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(path);
        QVERIFY(ready.wait(10000));
        QCOMPARE(panel.heatmap()->rowCount(), 0);
        QVERIFY2(panel.statusText().contains(QStringLiteral("two media")), qPrintable(panel.statusText()));
    }

    void heatmapShowsCrossDomainGenreCorrelation() {
        QTemporaryDir dir;
        QString error;
        const QString path = buildTwoDomainsProject(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        CorrelationPanel panel;
        QSignalSpy ready(&panel, &Panel::ready);
        panel.setProjectPath(path);
        QVERIFY(!panel.isReady()); // computed on a worker
        QVERIFY(ready.wait(20000));
        CorrelationHeatmap* heatmap = panel.heatmap();
        QVERIFY2(heatmap->rowCount() == 2, qPrintable(panel.statusText()));
        QCOMPARE(heatmap->columnCount(), 2);
        // Rows and columns are sorted by name; which medium is "from" follows the project's order.
        const bool moviesFirst = heatmap->rowName(0) == QStringLiteral("Action");
        int likeRow = -1, thrillerOrActionColumn = -1;
        for (int row = 0; row < heatmap->rowCount(); ++row)
            if (heatmap->rowName(row) == (moviesFirst ? QStringLiteral("Action") : QStringLiteral("Thriller")))
                likeRow = row;
        for (int column = 0; column < heatmap->columnCount(); ++column)
            if (heatmap->columnName(column) == (moviesFirst ? QStringLiteral("Thriller") : QStringLiteral("Action")))
                thrillerOrActionColumn = column;
        QVERIFY(likeRow >= 0 && thrillerOrActionColumn >= 0);
        const auto same = heatmap->cell(likeRow, thrillerOrActionColumn);
        QVERIFY(same);
        QVERIFY2(same->r > 0.9, qPrintable(QString::number(same->r)));
        QVERIFY(same->p < 0.05);
        QCOMPARE(same->n, 20);
        const auto opposite = heatmap->cell(likeRow, 1 - thrillerOrActionColumn);
        QVERIFY(opposite && opposite->r < -0.9);
        const QString tip = heatmap->cellToolTip(likeRow, thrillerOrActionColumn);
        QVERIFY2(tip.contains(QStringLiteral("n = 20")), qPrintable(tip));
        QVERIFY(panel.statusText().contains(QStringLiteral("20 users rated both")));

        // Recomputing the other way round swaps rows and columns.
        QSignalSpy computed(&panel, &CorrelationPanel::computed);
        QVERIFY(panel.compute(QStringLiteral("books"), QStringLiteral("movies")));
        QVERIFY(computed.wait(20000));
        QVERIFY(computed.first().at(0).toBool());
        QCOMPARE(heatmap->rowName(0), QStringLiteral("Romance"));
        QVERIFY(!panel.compute(QStringLiteral("books"), QStringLiteral("books")));
    }
};

QObject* makeCorrelationPanelTest() { return new CorrelationPanelTest; }

#include "CorrelationPanelTest.moc"
