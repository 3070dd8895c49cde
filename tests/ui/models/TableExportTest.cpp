// CSV export of a table: header first, display text, RFC 4180 quoting, UTF-8; failures name the file.

#include "models/TableExport.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace kindred::ui;

class TableExportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesHeaderRowsAndQuotes() {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Title"), QStringLiteral("Medium"), QStringLiteral("Score")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Heat (1995)")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("movie")));
        model.setItem(0, 2, new QStandardItem(QStringLiteral("0.91")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("Good, \"Bad\"\nUgly")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("livre déjà lu")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QString error;
        QVERIFY2(writeTableCsv(model, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("Title,Medium,Score\nHeat (1995),movie,0.91\n\"Good, \"\"Bad\"\"\nUgly\",livre déjà lu,\n"));

        const QString bad = dir.filePath(QStringLiteral("no/such/folder/table.csv"));
        QVERIFY(!writeTableCsv(model, bad, &error));
        QVERIFY(error.contains(bad));
    }
};

QObject* makeTableExportTest() { return new TableExportTest; }

#include "TableExportTest.moc"
