#include "models/ExplorerSelectionModel.h"

#include "kindred/space/TasteSpace.h"
#include "workers/ExplorerJobs.h"

#include <QCollator>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace kindred::ui {

void ExplorerSelectionModel::setRows(std::shared_ptr<const ExplorerSpace> space, QList<Row> rows) {
    beginResetModel();
    ++m_rowsGeneration;
    m_space = std::move(space);
    m_rows = m_space ? std::move(rows) : QList<Row>();
    endResetModel();
}

int ExplorerSelectionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExplorerSelectionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExplorerSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Domain: return tr("Medium");
    case Genres: return tr("Genres");
    case Ratings: return tr("Ratings");
    case MeanRating: return tr("Mean rating");
    default: return {};
    }
}

QVariant ExplorerSelectionModel::sortKey(const ExplorerSpace& s, const Row& row, int column) {
    switch (column) {
    case Name: return row.isUser ? tr("User #%1").arg(row.id) : s.itemTitles.value(row.dense);
    case Domain: return row.isUser ? tr("person") : s.itemDomainName(row.dense);
    case Genres: return row.isUser ? QString() : s.itemGenres(row.dense).join(QStringLiteral(", "));
    case Ratings: return row.isUser ? s.userRatings.value(row.dense) : s.itemRatings.value(row.dense);
    case MeanRating: {
        // People on the common 0..1 scale, items on their catalogue's own scale.
        const double mean = row.isUser ? double(s.userMean.value(row.dense)) : s.itemMeanRaw(row.dense);
        return std::isnan(mean) ? QVariant() : QVariant(mean);
    }
    default: return {};
    }
}

QVariant ExplorerSelectionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_space || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Ratings || index.column() == MeanRating))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MeanRating)
        return row.isUser ? tr("Share of the rating scale, over this person's ratings")
                          : tr("On the catalogue's own rating scale");
    if (role != Qt::DisplayRole)
        return {};
    const QVariant value = sortKey(*m_space, row, index.column());
    if (index.column() == Ratings)
        return QLocale().toString(value.toInt());
    if (index.column() == MeanRating && value.isValid())
        return row.isUser ? tr("%1 %").arg(QLocale().toString(value.toDouble() * 100, 'f', 0))
                          : QLocale().toString(value.toDouble(), 'f', 2);
    return value;
}

QList<int> ExplorerSelectionModel::sortedOrder(const ExplorerSpace& space, const QList<Row>& rows, int column,
                                               Qt::SortOrder sortOrder) {
    QList<QVariant> keys;
    keys.reserve(rows.size());
    for (const Row& row : rows)
        keys << sortKey(space, row, column);
    QList<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const bool numeric = column == Ratings || column == MeanRating;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QVariant& x = keys[sortOrder == Qt::AscendingOrder ? a : b];
        const QVariant& y = keys[sortOrder == Qt::AscendingOrder ? b : a];
        if (numeric) // no value (no ratings) sorts first ascending
            return !x.isValid() ? y.isValid() : y.isValid() && x.toDouble() < y.toDouble();
        return collator.compare(x.toString(), y.toString()) < 0;
    });
    return order;
}

void ExplorerSelectionModel::sort(int column, Qt::SortOrder sortOrder) {
    if (!m_space || column < 0 || column >= ColumnCount)
        return;
    // Every sort in flight works on these rows (only the last asked for moves them).
    const int request = ++m_sortRequest;
    auto* watcher = new QFutureWatcher<QList<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, generation = m_rowsGeneration] {
        watcher->deleteLater();
        const QList<int> order = watcher->result();
        if (request != m_sortRequest || generation != m_rowsGeneration)
            return; // a newer sort was asked for, or the rows were replaced
        Q_EMIT layoutAboutToBeChanged();
        QList<Row> sortedRows;
        sortedRows.reserve(m_rows.size());
        for (const int i : order)
            sortedRows << m_rows[i];
        m_rows = std::move(sortedRows);
        Q_EMIT layoutChanged();
        Q_EMIT sorted();
    });
    watcher->setFuture(QtConcurrent::run([space = m_space, rows = m_rows, column, sortOrder] {
        return sortedOrder(*space, rows, column, sortOrder);
    }));
}

} // namespace kindred::ui
