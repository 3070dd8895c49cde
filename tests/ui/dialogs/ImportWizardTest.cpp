// The import wizard driven as a person would: inputs, Next, Import, the report; on a worker thread.
#include "dialogs/ImportWizard.h"

#include "kindred/store/Project.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using kindred::ui::ImportWizard;

namespace {

bool writeFile(const QString& path, const QByteArray& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QString createProject(const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    auto project = kindred::Project::open(path.toStdString(), kindred::OpenMode::OpenOrCreate);
    return project.ok() ? path : QString();
}

kindred::ProjectStats statsOf(const QString& path) {
    auto project = kindred::Project::open(path.toStdString(), kindred::OpenMode::ReadOnly);
    return project.ok() ? project.value()->stats() : kindred::ProjectStats{};
}

} // namespace

class ImportWizardTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsMovieLens100kThroughThePages() {
        // 300 ratings of 15 users; one (user, item) pair repeats, so 299 are kept.
        QByteArray data;
        for (int i = 0; i < 300; ++i)
            data += QByteArray::number(1 + i / 20) + '\t' + QByteArray::number(1 + (i * 7) % 40) + '\t' +
                    QByteArray::number(1 + i % 5) + '\t' + QByteArray::number(880000000 + i) + '\n';
        data += "1\t1\t5\t890000000\n"; // user 1 rated item 1 again later: a duplicate
        QByteArray items;
        for (int id = 1; id <= 40; ++id)
            items += QByteArray::number(id) + "|Movie " + QByteArray::number(id) +
                     " (1995)|01-Jan-1995||url|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|1|0\n";
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("ml")));
        const QString dataPath = m_dir.filePath(QStringLiteral("ml/u.data"));
        QVERIFY(writeFile(dataPath, data));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ml/u.item")), items));
        const QString project = createProject(m_dir, QStringLiteral("ml.kindred"));
        QVERIFY(!project.isEmpty());

        ImportWizard wizard(project);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
        wizard.setInputs({dataPath});
        QVERIFY2(wizard.effectiveFormat() == QStringLiteral("movielens-100k"), wizard.guess().reason.c_str());
        QVERIFY(wizard.guess().confidence > 0);
        QVERIFY(wizard.previewModel()->rowCount() > 0);
        QCOMPARE(wizard.previewModel()->index(0, 0).data().toString(), QStringLiteral("1"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage)); // no mapping for a known format
        wizard.next();                                                // the commit ("Import") page
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        QCOMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));

        const kindred::CleaningReport& report = wizard.result().report;
        QVERIFY(report.rowsRead >= 301u); // ratings, plus the u.item rows
        QCOMPARE(report.rowsRejected, 0u);
        QCOMPARE(report.duplicatesResolved, 1u);
        QCOMPARE(report.domains.size(), std::size_t(1));
        QCOMPARE(report.domains.front().ratings, 300u);
        const auto stats = statsOf(project);
        QCOMPARE(stats.users, 15u);
        QCOMPARE(stats.ratings, 300u);
        QVERIFY(wizard.reportText().contains(QStringLiteral("ratings 1–5 (explicit)")));

        // A second source whose user ids (1..15) exist in the first one's namespace: the report
        // says so, and what to do when they are the same people.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mlcsv")));
        QByteArray csv = "userId,movieId,rating,timestamp\n";
        for (int i = 0; i < 30; ++i)
            csv += QByteArray::number(1 + i / 2) + ',' + QByteArray::number(100 + i) + ",4.0,964982703\n";
        const QString csvPath = m_dir.filePath(QStringLiteral("mlcsv/ratings.csv"));
        QVERIFY(writeFile(csvPath, csv));
        ImportWizard second(project);
        second.show();
        second.setInputs({csvPath});
        QSignalSpy secondFinished(&second, &ImportWizard::importFinished);
        QTest::mouseClick(second.button(QWizard::NextButton), Qt::LeftButton);
        second.next();
        QVERIFY(secondFinished.wait(20000) || secondFinished.count() == 1);
        QVERIFY2(secondFinished.at(0).at(0).toBool(), qPrintable(secondFinished.at(0).at(1).toString()));
        QCOMPARE(second.result().report.sharedPeople.size(), std::size_t(1));
        QVERIFY2(second.reportText().contains(QStringLiteral("People shared with earlier imports")),
                 qPrintable(second.reportText()));
        QVERIFY(second.reportText().contains(QStringLiteral("15 of the 15 people")));

        // A third source with the same ids: the options page finds the shared people before
        // anything is written, and "Link them" puts the import in their namespace.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("mlcsv2")));
        QByteArray more = "userId,movieId,rating,timestamp\n";
        for (int i = 0; i < 30; ++i)
            more += QByteArray::number(1 + i / 2) + ',' + QByteArray::number(200 + i) + ",3.0,964982703\n";
        const QString morePath = m_dir.filePath(QStringLiteral("mlcsv2/ratings.csv"));
        QVERIFY(writeFile(morePath, more));
        const auto usersBefore = statsOf(project).users;
        ImportWizard third(project);
        third.show();
        third.setInputs({morePath});
        QTest::mouseClick(third.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(third.currentId(), int(ImportWizard::OptionsPage));
        QTRY_VERIFY_WITH_TIMEOUT(third.peopleText().contains(QStringLiteral("already exist in namespace")), 20000);
        QVERIFY2(third.peopleText().startsWith(QStringLiteral("15 of these files' 15 people")), qPrintable(third.peopleText()));
        QVERIFY(third.linkPeopleButton()->isVisible());
        QTest::mouseClick(third.linkPeopleButton(), Qt::LeftButton);
        QVERIFY(!third.options().userNamespace.empty());
        QCOMPARE(statsOf(project).users, usersBefore); // nothing written by the check
        QSignalSpy thirdFinished(&third, &ImportWizard::importFinished);
        third.next();
        QVERIFY(thirdFinished.wait(20000) || thirdFinished.count() == 1);
        QVERIFY2(thirdFinished.at(0).at(0).toBool(), qPrintable(thirdFinished.at(0).at(1).toString()));
        QCOMPARE(third.result().report.newUsers, 0u);
        QCOMPARE(statsOf(project).users, usersBefore);
    }

    void genericCsvMappingAndRejectedRows() {
        const QString csv = m_dir.filePath(QStringLiteral("books.csv"));
        QVERIFY(writeFile(csv, "reader,book_id,stars,title\n"
                               "r1,b1,4,Emma\n"
                               "r1,b2,not a number,Persuasion\n"
                               "r2,b1,5,Emma\n"
                               "r2,b3,2,Dracula\n"));
        const QString project = createProject(m_dir, QStringLiteral("generic.kindred"));
        QVERIFY(!project.isEmpty());

        ImportWizard wizard(project);
        wizard.show();
        wizard.setInputs({csv});
        wizard.setFormat(QStringLiteral("generic-csv"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        const kindred::ImportOptions options = wizard.options();
        QCOMPARE(options.mapping.user, std::string("reader"));
        QCOMPARE(options.mapping.item, std::string("book_id"));
        QCOMPARE(options.mapping.rating, std::string("stars"));
        QCOMPARE(options.mapping.title, std::string("title"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
        QVERIFY(wizard.options().badRows == kindred::BadRowPolicy::Abort); // the CLI's default too
        auto* skip = wizard.findChild<QRadioButton*>(QStringLiteral("skipBadRows"));
        QVERIFY(skip);
        skip->setChecked(true); // this test's person chooses to skip the bad row
        auto* domain = wizard.findChild<QLineEdit*>(QStringLiteral("domainName"));
        QVERIFY(domain);
        domain->setText(QStringLiteral("my books"));
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const kindred::CleaningReport& report = wizard.result().report;
        QCOMPARE(report.rowsRejected, 1u);
        QCOMPARE(report.rejected.size(), std::size_t(1));
        QCOMPARE(report.rejected.front().line, 3u); // the header is line 1
        QCOMPARE(report.domains.size(), std::size_t(1));
        QCOMPARE(report.domains.front().domain, std::string("my books"));
        QCOMPARE(statsOf(project).ratings, 3u);
    }

    void importsRealMovieLens100kFile() {
        const QString data = QStringLiteral(KINDRED_SHARED_DATA_DIR "/ml-100k/u.data");
        if (!QFileInfo::exists(data))
            QSKIP("ml-100k is not in the shared data folder (KINDRED_SHARED_DATA_DIR)");
        const QString project = createProject(m_dir, QStringLiteral("ml100k.kindred"));
        QVERIFY(!project.isEmpty());
        ImportWizard wizard(project);
        wizard.show();
        wizard.setInputs({data}); // the file alone: u.item next to it completes the detection
        QCOMPARE(wizard.effectiveFormat(), QStringLiteral("movielens-100k"));
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        wizard.next();
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const kindred::CleaningReport& report = wizard.result().report;
        QCOMPARE(report.rowsRejected, 0u);
        QCOMPARE(report.domains.size(), std::size_t(1));
        QCOMPARE(report.domains.front().ratings, 100000u);
        const auto stats = statsOf(project);
        QCOMPARE(stats.ratings, 100000u);
        QCOMPARE(stats.users, 943u);
    }

private:
    QTemporaryDir m_dir;
};

QObject* makeImportWizardTest() {
    return new ImportWizardTest;
}

#include "ImportWizardTest.moc"
