#include "panels/ExplorerSelectionTable.h"

#include "kindred/space/TasteSpace.h"
#include "models/TableExport.h"
#include "workers/ExplorerJobs.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace kindred::ui {

namespace {

constexpr int kChartGenres = 5;

} // namespace

ExplorerSelectionTable::ExplorerSelectionTable(QWidget* parent)
    : QWidget(parent), m_model(new ExplorerSelectionModel(this)), m_summary(new QLabel(this)), m_chart(new QChart),
      m_chartView(new QChartView(m_chart, this)), m_view(new QTableView(this)) {
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->hide(); // the title says which bar is which
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(160, 180); // room for the genre names beside their bars
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(ExplorerSelectionModel::Name, 220);
    m_view->setColumnWidth(ExplorerSelectionModel::Genres, 200);
    installTableExportMenu(m_view);

    m_export = new QPushButton(tr("Export CSV…"), this);
    m_pair = new QPushButton(tr("Recommend for two central people"), this);
    m_pair->setToolTip(tr("The two selected people nearest the selection's centre in the taste space, or, for "
                          "items, the two people who rated most of them — then the Pairs panel recommends for them"));
    m_newPerson = new QPushButton(tr("New person who likes these…"), this);
    m_newPerson->setToolTip(tr("A new person in the Pairs panel whose history is the selected items, rated high"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export selection"), QStringLiteral("selection.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export selection"), error);
    });
    connect(m_pair, &QPushButton::clicked, this, &ExplorerSelectionTable::pairRequested);
    connect(m_newPerson, &QPushButton::clicked, this, &ExplorerSelectionTable::newPersonRequested);

    // Table at the left; the chart and the actions at the right.
    auto* left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addWidget(m_view, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_chartView, 1);
    for (QPushButton* button : {m_export, m_pair, m_newPerson})
        right->addWidget(button);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
    showNothing({});
}

void ExplorerSelectionTable::showNothing(const QString& hint) {
    m_model->clear();
    m_genreShares.clear();
    m_summary->setText(hint.toHtmlEscaped());
    updateGenreChart();
    for (QPushButton* button : {m_export, m_pair, m_newPerson})
        button->setEnabled(false);
    setCollapsed(true);
}

void ExplorerSelectionTable::setCollapsed(bool collapsed) {
    // Empty, only the hint shows and the plot above gets the room.
    for (QWidget* part : std::initializer_list<QWidget*>{m_view, m_chartView, m_export, m_pair, m_newPerson})
        part->setVisible(!collapsed);
    setMaximumHeight(collapsed ? m_summary->sizeHint().height() + 8 : QWIDGETSIZE_MAX);
}

void ExplorerSelectionTable::setPairAvailable(bool available) {
    m_pairAvailable = available;
    m_pair->setEnabled(available && m_model->rowCount() > 0);
}

void ExplorerSelectionTable::showSelection(std::shared_ptr<const ExplorerSpace> space,
                                           QList<ExplorerSelectionModel::Row> rows, const QString& heading) {
    if (!space || rows.isEmpty()) {
        showNothing(tr("Nothing selected."));
        return;
    }
    setCollapsed(false);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setRows(std::move(space), std::move(rows));
    updateSummary(heading);
    updateGenreChart();
    bool anyItem = false;
    for (const auto& row : m_model->rows())
        anyItem = anyItem || !row.isUser;
    m_export->setEnabled(true);
    m_pair->setEnabled(m_pairAvailable);
    m_newPerson->setEnabled(anyItem);
}

void ExplorerSelectionTable::updateSummary(const QString& heading) {
    const ExplorerSpace& space = *m_model->space();
    const auto& data = *space.space->data;
    std::map<int, int> perDomain;
    int users = 0;
    for (const auto& row : m_model->rows())
        row.isUser ? ++users : ++perDomain[data.itemDomain.at(std::size_t(row.dense))];
    int items = 0;
    for (const auto& [domain, count] : perDomain)
        items += count;
    QStringList shares;
    for (const auto& [domain, count] : perDomain)
        shares << tr("%1 %2 %").arg(QString::fromStdString(data.domains.at(std::size_t(domain)).name).toHtmlEscaped())
                     .arg(QLocale().toString(100.0 * count / std::max(1, items), 'f', 0));
    QStringList parts;
    if (items > 0)
        parts << (perDomain.size() > 1 ? tr("%1 items (%2)").arg(QLocale().toString(items), shares.join(QStringLiteral(", ")))
                                       : tr("%1 items").arg(QLocale().toString(items)));
    if (users > 0)
        parts << tr("%1 people").arg(QLocale().toString(users));
    m_summary->setText(QStringLiteral("<b>%1</b> · %2").arg(heading.toHtmlEscaped(), parts.join(tr(" and "))));
}

QString ExplorerSelectionTable::summary() const {
    return m_summary->text();
}

void ExplorerSelectionTable::updateGenreChart() {
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    m_genreShares.clear();
    const auto space = m_model->space();
    if (!space) {
        m_chart->setTitle({});
        return;
    }
    const auto& data = *space->space->data;
    const std::size_t genres = data.genreNames.size();
    std::vector<int> inSelection(genres, 0), overall(genres, 0);
    int selectedItems = 0;
    for (const auto& row : m_model->rows()) {
        if (row.isUser)
            continue;
        ++selectedItems;
        for (const std::int32_t g : data.itemGenres.at(std::size_t(row.dense)))
            ++inSelection[std::size_t(g)];
    }
    for (const auto& itemGenres : data.itemGenres)
        for (const std::int32_t g : itemGenres)
            ++overall[std::size_t(g)];
    std::vector<std::size_t> order;
    for (std::size_t g = 0; g < genres; ++g)
        if (inSelection[g] > 0)
            order.push_back(g);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return inSelection[a] > inSelection[b]; });
    order.resize(std::min<std::size_t>(order.size(), kChartGenres));
    if (order.empty()) {
        m_chart->setTitle(selectedItems ? tr("The selected items have no genres") : tr("No items selected"));
        return;
    }
    m_chart->setTitle(tr("Genres: selection (blue), all items (grey)"));
    auto* selection = new QBarSet(tr("Selection"));
    auto* all = new QBarSet(tr("All items"));
    all->setColor(QColor(0xb8, 0xbc, 0xc4));
    selection->setColor(QColor(0x4c, 0x72, 0xb0));
    QStringList categories;
    const double items = std::max<std::size_t>(1, data.itemGenres.size());
    // Bottom to top in a horizontal chart: the largest last, so it is drawn on top.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const QString name = QString::fromStdString(data.genreNames[*it]);
        const double share = double(inSelection[*it]) / selectedItems, base = overall[*it] / items;
        categories << name;
        *selection << share * 100;
        *all << base * 100;
    }
    for (const std::size_t g : order)
        m_genreShares.append({QString::fromStdString(data.genreNames[g]),
                              {double(inSelection[g]) / selectedItems, overall[g] / items}});
    auto* series = new QHorizontalBarSeries;
    series->append(all);
    series->append(selection);
    m_chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont small = axisY->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisY->setLabelsFont(small);
    auto* axisX = new QValueAxis;
    axisX->setLabelsFont(small);
    axisX->setLabelFormat(QStringLiteral("%.0f %%"));
    axisX->setMin(0);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    axisX->applyNiceNumbers();
}

bool ExplorerSelectionTable::exportCsv(const QString& path, QString* error) const {
    return writeTableCsv(*m_model, path, error);
}

} // namespace kindred::ui
