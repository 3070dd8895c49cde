#pragma once
// ChartExport: saves what a chart view shows to a PNG (at twice the on-screen resolution) or an
// SVG (vector), and gives chart views a right-click "Save Chart As…" menu that does it.

#include <QString>

class QChartView;

namespace kindred::ui {

/// Writes the view's chart to `path`; the format follows the suffix (".svg" = SVG, else PNG).
/// The view must have been shown (its chart is laid out to its size on the first show).
/// Returns false with a message naming the file in *error (when given). UI thread only.
bool saveChart(QChartView* view, const QString& path, QString* error = nullptr);

/// Asks for a file (PNG or SVG) and saves the view's chart there; warns on failure.
void saveChartWithDialog(QChartView* view);

/// Adds "Save Chart As…" (saveChartWithDialog) to the view's context menu.
void installChartExportMenu(QChartView* view);

} // namespace kindred::ui
