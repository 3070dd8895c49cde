// Runs the OpenGL-dependent ui test classes in one QApplication (under Xvfb in CTest).
#include <QApplication>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

QObject* makeScatterHoverTest();
QObject* makeScatterLabelsTest();

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    int failures = 0;
    for (auto make : {makeScatterHoverTest, makeScatterLabelsTest}) {
        std::unique_ptr<QObject> test(make());
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
