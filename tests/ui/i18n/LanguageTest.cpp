// The shipped translations: complete in the committed .ts files, compiled into the application,
// and shown by the main window once installed.

#include "MainWindow.h"
#include "i18n/Language.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace kindred::ui;

class LanguageTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyShippedTranslationIsComplete_data() {
        QTest::addColumn<QString>("code");
        for (const LanguageChoice& choice : availableLanguages())
            if (choice.code != QLatin1String("en"))
                QTest::newRow(qPrintable(choice.code)) << choice.code;
    }
    void everyShippedTranslationIsComplete() {
        QFETCH(QString, code);
        QFile ts(QStringLiteral(KINDRED_SOURCE_DIR "/translations/kindred_%1.ts").arg(code));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        const QString text = QString::fromUtf8(ts.readAll());
        const qsizetype messages = text.count(QStringLiteral("<message"));
        QVERIFY(messages > 100);
        // lupdate marks new or changed source strings "unfinished"; a shipped language has none.
        const qsizetype unfinished = text.count(QStringLiteral("type=\"unfinished\""));
        QVERIFY2(unfinished == 0, qPrintable(QStringLiteral("%1 of %2 messages untranslated in %3")
                                                 .arg(unfinished).arg(messages).arg(ts.fileName())));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("<translation>\\s*</translation>"))));
    }

    void mainWindowShowsTheInstalledLanguage() {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/kindred_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        QStringList menus;
        {
            MainWindow window;
            for (QAction* action : window.menuBar()->actions())
                menus << action->text();
        }
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
        QVERIFY(!menus.contains(QStringLiteral("&File")));
        MainWindow english;
        QCOMPARE(english.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void unknownOrEnglishLanguagesInstallNothing() {
        QCOMPARE(installTranslators(QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void choiceIsStoredInSettings() {
        setConfiguredLanguage(QStringLiteral("fr"));
        QCOMPARE(configuredLanguage(), QStringLiteral("fr"));
        setConfiguredLanguage(QStringLiteral("klingon"));
        QCOMPARE(configuredLanguage(), QString());
    }
};

QObject* makeLanguageTest() { return new LanguageTest; }

#include "LanguageTest.moc"
