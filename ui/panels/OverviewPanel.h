#pragma once
// OverviewPanel: project summary, per-domain table, ratings-per-domain and histogram charts.
// Statistics are computed by Project::stats() on a worker thread with its own read-only connection.

#include "panels/Panel.h"

#include "kindred/store/ProjectStats.h"

#include <QFutureWatcher>

class QBarSeries;
class QChart;
class QLabel;
class QTableWidget;

namespace kindred::ui {

/// What the stats worker hands back: the stats, or a message when the project could not be read.
struct StatsOutcome {
    ProjectStats stats;
    QString error;
};

class OverviewPanel : public Panel {
    Q_OBJECT
public:
    explicit OverviewPanel(QWidget* parent = nullptr);
    ~OverviewPanel() override;

    QString title() const override { return tr("Overview"); }
    QString id() const override { return QStringLiteral("overview"); }
    /// Starts the stats worker; emits ready() when its result is on screen.
    void setProjectPath(const QString& path) override;

    const ProjectStats& stats() const { return m_stats; }
    QTableWidget* domainTable() const { return m_table; }

private:
    void showStats(const StatsOutcome& outcome);
    void showHistogram(int domainRow);

    QString m_path;
    ProjectStats m_stats;
    QFutureWatcher<StatsOutcome> m_watcher;
    QLabel* m_summary;
    QTableWidget* m_table;
    QChart* m_ratingsChart; // owned by its QChartView
    QChart* m_histogramChart;
    QChart* m_activityChart; ///< users by ratings per user
    QChart* m_sharedChart;   ///< users shared by each pair of domains
};

} // namespace kindred::ui
