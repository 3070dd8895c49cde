// Runs every ui test class in one offscreen QApplication with test-mode standard paths
// (settings and app data go to ~/.qttest, never the person's real ones) and a fixed locale.

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

QObject* makeRatingsTableModelTest();
QObject* makeMainWindowTest();
QObject* makeLanguageTest();
QObject* makeChartExportTest();
QObject* makeCurveChartViewTest();
QObject* makePointView2DTest();
QObject* makeScatterView3DTest();
QObject* makeTableExportTest();
QObject* makeTrainingModelsTest();
QObject* makeImportWizardTest();
QObject* makeTrainingPanelTest();
QObject* makeSearchPanelTest();
QObject* makeExplorerPanelTest();
QObject* makePairPanelTest();
QObject* makeCorrelationPanelTest();

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KindredTests"));
    QApplication::setApplicationName(QStringLiteral("kindred_ui_tests"));
    QLocale::setDefault(QLocale::c());
    int failures = 0;
    for (auto make : {makeRatingsTableModelTest, makeMainWindowTest, makeLanguageTest, makeChartExportTest, makeCurveChartViewTest, makePointView2DTest, makeScatterView3DTest, makeTableExportTest, makeTrainingModelsTest, makeImportWizardTest,
                      makeTrainingPanelTest, makeSearchPanelTest, makeExplorerPanelTest, makePairPanelTest, makeCorrelationPanelTest}) {
        std::unique_ptr<QObject> test(make());
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
