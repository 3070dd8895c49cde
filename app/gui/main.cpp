// kindred: the desktop application. Composition only: parse the command line, build the main
// window from kindred_ui, and either run interactively or take one screenshot and exit.

#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "dialogs/ImportWizard.h"
#include "i18n/Language.h"
#include "panels/Panel.h"

#include "kindred/train/Siamese.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kindred"));
    QApplication::setApplicationName(QStringLiteral("kindred"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kindred"));
    QApplication::setApplicationVersion(QStringLiteral(KINDRED_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kindred: cross-media taste explorer"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("Open the project file <path>."),
                                           QStringLiteral("path"));
    const QCommandLineOption panelOption(QStringLiteral("panel"),
                                         QStringLiteral("Show the panel <name>: overview, data, training, search, explorer, pairs, correlations, or import (the import wizard)."),
                                         QStringLiteral("name"), QStringLiteral("overview"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window to <file> once the panel shows its data, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption importInputOption(
        QStringLiteral("import-input"), QStringLiteral("With --panel import: pre-fill the wizard with <path>."),
        QStringLiteral("path"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the interface in <code> (en, de, fr) this time, whatever Settings → Language says."),
        QStringLiteral("code"));
    parser.addOptions({projectOption, panelOption, screenshotOption, importInputOption, languageOption});
    parser.process(app);
    const QString requestedLanguage =
        parser.isSet(languageOption) ? parser.value(languageOption) : kindred::ui::configuredLanguage();
    const QString language = kindred::ui::installTranslators(requestedLanguage);
    if (parser.isSet(languageOption) && language != requestedLanguage)
        QTextStream(stderr) << "kindred: no translation for language '" << requestedLanguage
                            << "'; showing English (available: en, de, fr)\n";
    kindred::configureComputeThreads(); // LibTorch/OpenMP threads, set once for the process

    QTextStream err(stderr);
    kindred::ui::MainWindow window;
    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty() && !parser.isSet(projectOption)) {
        err << "kindred: --screenshot needs --project\n";
        return 2;
    }
    if (parser.value(panelOption) == QLatin1String("import") && !parser.isSet(projectOption)) {
        err << "kindred: --panel import needs --project (the import adds to a project)\n";
        return 2;
    }
    if (parser.value(panelOption) == QLatin1String("import")) {
        // The wizard is a dialog over the main window, not a panel: open it once the project is.
        window.show();
        QString error;
        if (!window.openProject(parser.value(projectOption), &error)) {
            err << "kindred: " << error << "\n";
            return 1;
        }
        QStringList inputs;
        if (parser.isSet(importInputOption))
            inputs << parser.value(importInputOption);
        kindred::ui::ImportWizard* wizard = window.showImportWizard(inputs);
        if (!wizard)
            return 1;
        if (!screenshot.isEmpty()) {
            // Detection and the preview are synchronous: the wizard is complete once shown.
            QTimer::singleShot(100, wizard, [wizard, screenshot, &err] {
                const bool ok = wizard->grab().save(screenshot, "PNG");
                if (!ok)
                    err << "kindred: could not write the screenshot to " << screenshot << "\n";
                err.flush();
                QCoreApplication::exit(ok ? 0 : 1);
            });
        }
        return app.exec();
    }
    kindred::ui::Panel* panel = window.showPanel(parser.value(panelOption));
    if (!panel) {
        QStringList ids;
        for (const kindred::ui::Panel* known : window.panels())
            ids << known->id();
        err << "kindred: unknown panel '" << parser.value(panelOption) << "' (use " << ids.join(QStringLiteral(", "))
            << " or import)\n";
        return 2;
    }

    kindred::ui::ScreenshotTaker* taker = nullptr;
    if (!screenshot.isEmpty()) {
        taker = new kindred::ui::ScreenshotTaker(&window, panel, screenshot, 60000, &app);
        QObject::connect(taker, &kindred::ui::ScreenshotTaker::done, &app, [&err](bool ok, const QString& message) {
            if (!ok)
                err << "kindred: " << message << "\n";
            err.flush();
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    window.show();
    if (parser.isSet(projectOption)) {
        QString error;
        if (!window.openProject(parser.value(projectOption), &error) && taker) {
            err << "kindred: " << error << "\n";
            return 1;
        }
    } else {
        window.openInitialProject();
    }
    if (taker)
        taker->start();
    return app.exec();
}
