#pragma once
// TableExport: writes what a table shows (header + every row the model has loaded, display text)
// to CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, UTF-8), and
// gives table views a right-click "Export Table as CSV…".

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace kindred::ui {

/// Writes `model` (top-level rows, Qt::DisplayRole, horizontal header as the first line) to `path`.
/// Returns false with a message naming the file in *error (when given). UI thread only.
bool writeTableCsv(const QAbstractItemModel& model, const QString& path, QString* error = nullptr);

/// Adds "Export Table as CSV…" to the view's context menu (asks for a file, warns on failure).
void installTableExportMenu(QTableView* view);

} // namespace kindred::ui
