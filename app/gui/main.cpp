// kindred: the desktop application. Composition only: parse the command line, build the main
// window from kindred_ui, and either run interactively or take one screenshot and exit.

#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "panels/Panel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

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
                                         QStringLiteral("Show the panel <name>: overview or data."),
                                         QStringLiteral("name"), QStringLiteral("overview"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window to <file> once the panel shows its data, then exit."),
        QStringLiteral("file"));
    parser.addOptions({projectOption, panelOption, screenshotOption});
    parser.process(app);

    QTextStream err(stderr);
    kindred::ui::MainWindow window;
    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty() && !parser.isSet(projectOption)) {
        err << "kindred: --screenshot needs --project\n";
        return 2;
    }
    kindred::ui::Panel* panel = window.showPanel(parser.value(panelOption));
    if (!panel) {
        err << "kindred: unknown panel '" << parser.value(panelOption) << "' (use overview or data)\n";
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
