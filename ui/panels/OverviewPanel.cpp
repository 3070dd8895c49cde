#include "panels/OverviewPanel.h"

#include "kindred/store/Project.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include "plots/ChartExport.h"
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace kindred::ui {

namespace {

StatsOutcome computeStats(const QString& path) {
    StatsOutcome outcome;
    try {
        auto project = Project::open(path.toStdString(), OpenMode::ReadOnly);
        if (!project)
            outcome.error = QString::fromStdString(project.status().message());
        else
            outcome.stats = project.value()->stats();
    } catch (const std::exception& e) { // nothing may escape into the event loop
        outcome.error = QString::fromUtf8(e.what());
    }
    return outcome;
}

QChartView* makeChartView(QChart* chart, QWidget* parent) {
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    installChartExportMenu(view);
    return view;
}

enum class Bars { Vertical, Horizontal };

// Replaces the chart's series and axes with one bar set over categories. Horizontal bars leave
// room for long category names (domain names) on the left axis.
void setBars(QChart* chart, Bars direction, const QStringList& categories, const QList<qreal>& values,
             const QString& valueTitle) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const bool horizontal = direction == Bars::Horizontal;
    auto* set = new QBarSet(valueTitle);
    QStringList labels = categories;
    QList<qreal> heights = values;
    if (horizontal) { // the category axis runs bottom-up: reverse so the first entry is on top
        std::reverse(labels.begin(), labels.end());
        std::reverse(heights.begin(), heights.end());
    }
    set->append(heights);
    QAbstractBarSeries* series = direction == Bars::Horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                                               : new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    auto* valueAxis = new QValueAxis;
    const qreal top = values.isEmpty() ? 1 : *std::max_element(values.begin(), values.end());
    valueAxis->setRange(0, std::max<qreal>(top, 1));
    valueAxis->applyNiceNumbers(); // round tick values instead of 9398, 18796, …
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(valueTitle);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

QTableWidgetItem* numberItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OverviewPanel::OverviewPanel(QWidget* parent)
    : Panel(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(0, 6, this)), m_ratingsChart(new QChart),
      m_histogramChart(new QChart), m_activityChart(new QChart), m_sharedChart(new QChart) {
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Domain"), tr("Kind"), tr("Users"), tr("Items"), tr("Ratings"), tr("Mean value (0–1)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_ratingsChart->setTitle(tr("Ratings per domain"));
    m_histogramChart->setTitle(tr("Rating histogram"));
    m_activityChart->setTitle(tr("Users by number of ratings"));
    m_sharedChart->setTitle(tr("Users shared across media"));
    auto* charts = new QGridLayout;
    charts->addWidget(makeChartView(m_ratingsChart, this), 0, 0);
    charts->addWidget(makeChartView(m_histogramChart, this), 0, 1);
    charts->addWidget(makeChartView(m_activityChart, this), 1, 0);
    charts->addWidget(makeChartView(m_sharedChart, this), 1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addLayout(charts, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showHistogram(row); });
    connect(&m_watcher, &QFutureWatcher<StatsOutcome>::finished, this, [this] {
        // A result for a project that was replaced meanwhile is dropped (the newer run follows).
        if (!m_watcher.isCanceled())
            showStats(m_watcher.result());
    });
}

OverviewPanel::~OverviewPanel() {
    m_watcher.waitForFinished(); // the worker holds no pointer to us, but keep shutdown orderly
}

void OverviewPanel::setProjectPath(const QString& path) {
    setReady(false);
    m_path = path;
    m_stats = {};
    m_table->setRowCount(0);
    m_ratingsChart->removeAllSeries();
    m_histogramChart->removeAllSeries();
    m_activityChart->removeAllSeries();
    m_sharedChart->removeAllSeries();
    if (path.isEmpty()) {
        m_summary->setText(tr("No project open."));
        return;
    }
    m_summary->setText(tr("Computing statistics for %1…").arg(path.toHtmlEscaped()));
    m_watcher.setFuture(QtConcurrent::run(computeStats, path));
}

void OverviewPanel::showStats(const StatsOutcome& outcome) {
    if (!outcome.error.isEmpty()) {
        m_summary->setText(tr("Could not read statistics: %1").arg(outcome.error.toHtmlEscaped()));
        Q_EMIT errorOccurred(tr("Overview: %1").arg(outcome.error));
        setReady(true); // what there is to show (the error) is shown
        return;
    }
    m_stats = outcome.stats;
    const QLocale locale;
    auto n = [&locale](std::uint64_t v) { return locale.toString(qulonglong(v)); };
    m_summary->setText(tr("<b>%1</b> users · <b>%2</b> items · <b>%3</b> ratings · <b>%4</b> sources · "
                          "<b>%5</b> users rate in several domains")
                           .arg(n(m_stats.users), n(m_stats.items), n(m_stats.ratings), n(m_stats.sources),
                                n(m_stats.usersInSeveralDomains)));

    m_table->setRowCount(int(m_stats.domains.size()));
    QStringList names;
    QList<qreal> ratings;
    for (int row = 0; row < int(m_stats.domains.size()); ++row) {
        const DomainStats& d = m_stats.domains[size_t(row)];
        const QString name = QString::fromStdString(d.name);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(d.kind)));
        m_table->setItem(row, 2, numberItem(n(d.users)));
        m_table->setItem(row, 3, numberItem(n(d.items)));
        m_table->setItem(row, 4, numberItem(n(d.ratings)));
        m_table->setItem(row, 5, numberItem(locale.toString(d.meanValue, 'f', 3)));
        names << name;
        ratings << qreal(d.ratings);
    }
    // Fit the table to its rows (up to a handful) so the charts get the rest of the height.
    const int shownRows = std::clamp(int(m_stats.domains.size()), 1, 6);
    m_table->setFixedHeight(m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() +
                            shownRows * m_table->verticalHeader()->defaultSectionSize());
    setBars(m_ratingsChart, Bars::Horizontal, names, ratings, tr("Ratings"));
    QStringList buckets;
    QList<qreal> activeUsers;
    for (const ActivityBin& bin : m_stats.activity) {
        // Lower edges only: the full "10–19" labels do not fit under narrow bars.
        buckets << (bin.maxRatings == 0 ? QStringLiteral("%1+").arg(bin.minRatings) : QString::number(bin.minRatings));
        activeUsers << qreal(bin.users);
    }
    setBars(m_activityChart, Bars::Vertical, buckets, activeUsers, tr("Users"));
    if (auto* axis = qobject_cast<QBarCategoryAxis*>(m_activityChart->axes(Qt::Horizontal).value(0)))
    {
        axis->setTitleText(tr("Ratings per user (from)"));
        QFont small = axis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axis->setLabelsFont(small);
    }
    QStringList pairs;
    QList<qreal> shared;
    for (const DomainOverlap& overlap : m_stats.overlaps) {
        // Axis labels are rich text: escape the names, break the line at the ∩.
        pairs << QStringLiteral("%1<br>∩ %2")
                     .arg(QString::fromStdString(overlap.first).toHtmlEscaped(),
                          QString::fromStdString(overlap.second).toHtmlEscaped());
        shared << qreal(overlap.sharedUsers);
    }
    if (pairs.isEmpty()) {
        // Fewer than two media: nothing to share; an empty chart with a 0..1 axis would say less.
        m_sharedChart->removeAllSeries();
        for (QAbstractAxis* axis : m_sharedChart->axes())
            m_sharedChart->removeAxis(axis);
        m_sharedChart->setTitle(tr("Users shared across media (needs two media or more)"));
    } else {
        m_sharedChart->setTitle(tr("Users shared across media"));
        setBars(m_sharedChart, Bars::Horizontal, pairs, shared, tr("Users"));
    }
    if (!m_stats.domains.empty())
        m_table->setCurrentCell(0, 0); // shows its histogram through currentCellChanged
    else
        showHistogram(-1);
    // QChart lays out its axes and the scene repaints through posted events: emit ready() after
    // them, so whoever grabs the window on ready() sees the finished charts.
    QTimer::singleShot(0, this, [this, path = m_path] {
        if (path == m_path)
            setReady(true);
    });
}

void OverviewPanel::showHistogram(int domainRow) {
    if (domainRow < 0 || domainRow >= int(m_stats.domains.size())) {
        m_histogramChart->removeAllSeries();
        m_histogramChart->setTitle(tr("Rating histogram"));
        return;
    }
    const DomainStats& d = m_stats.domains[size_t(domainRow)];
    QStringList values;
    QList<qreal> counts;
    for (const HistogramBin& bin : d.histogram) {
        values << QLocale().toString(bin.value, 'g', 3);
        counts << qreal(bin.count);
    }
    m_histogramChart->setTitle(tr("Rating histogram: %1").arg(QString::fromStdString(d.name)));
    setBars(m_histogramChart, Bars::Vertical, values, counts, tr("Ratings"));
}

} // namespace kindred::ui
