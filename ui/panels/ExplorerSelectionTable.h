#pragma once
// ExplorerSelectionTable: the explorer's selection (box, lasso or a whole cluster) as data: a
// summary (how many items of which media, how many people), a chart of the genres the selection
// holds against their share of the whole catalogue, and a sortable table of every selected item
// and person that exports to CSV. It can ask for a pair recommendation for the two people most
// central to the selection and for a new person who likes its items; the panel does those.
// UI thread only.

#include "models/ExplorerSelectionModel.h"

#include <QWidget>
#include <memory>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace kindred::ui {

class ExplorerSelectionTable : public QWidget {
    Q_OBJECT
public:
    explicit ExplorerSelectionTable(QWidget* parent = nullptr);

    /// Shows `rows` of `space` under `heading` ("Cluster 3: …", "Lasso selection").
    void showSelection(std::shared_ptr<const ExplorerSpace> space, QList<ExplorerSelectionModel::Row> rows,
                       const QString& heading);
    /// No selection: the table empties and `hint` says how to make one.
    void showNothing(const QString& hint);
    ExplorerSelectionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString summary() const;
    /// Genre → (share of the selection's items, share of all items), as the chart shows them.
    QList<std::pair<QString, std::pair<double, double>>> genreShares() const { return m_genreShares; }
    /// Writes the table as CSV; false with a message naming the file in *error.
    bool exportCsv(const QString& path, QString* error = nullptr) const;
    /// Enables the pair button (a model that can recommend pairs is open).
    void setPairAvailable(bool available);

Q_SIGNALS:
    void pairRequested();
    void newPersonRequested();

private:
    void updateSummary(const QString& heading);
    /// Collapsed: only the summary line (the hint) shows.
    void setCollapsed(bool collapsed);
    void updateGenreChart();

    ExplorerSelectionModel* m_model;
    QLabel* m_summary;
    QChart* m_chart;
    QChartView* m_chartView;
    QTableView* m_view;
    QPushButton *m_export, *m_pair, *m_newPerson;
    QList<std::pair<QString, std::pair<double, double>>> m_genreShares;
    bool m_pairAvailable = true;
};

} // namespace kindred::ui
