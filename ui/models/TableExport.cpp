#include "models/TableExport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStringList>
#include <QTableView>

namespace kindred::ui {

namespace {

QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

bool writeTableCsv(const QAbstractItemModel& model, const QString& path, QString* error) {
    QSaveFile file(path); // all or nothing: a failed export leaves an existing file as it was
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    const int columns = model.columnCount();
    QStringList fields;
    for (int column = 0; column < columns; ++column)
        fields << csvField(model.headerData(column, Qt::Horizontal).toString());
    QByteArray out = fields.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < columns; ++column)
            fields << csvField(model.data(model.index(row, column)).toString());
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    if (file.write(out) != out.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void installTableExportMenu(QTableView* view) {
    auto* exportAction = new QAction(QObject::tr("Export Table as CSV…"), view);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(exportAction);
    QObject::connect(exportAction, &QAction::triggered, view, [view] {
        if (!view->model())
            return;
        QString path = QFileDialog::getSaveFileName(view, QObject::tr("Export Table as CSV"), QString(),
                                                    QObject::tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".csv");
        QString error;
        if (!writeTableCsv(*view->model(), path, &error))
            QMessageBox::warning(view, QObject::tr("Export Table as CSV"), error);
    });
}

} // namespace kindred::ui
