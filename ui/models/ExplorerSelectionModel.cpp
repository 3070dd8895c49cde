#include "models/ExplorerSelectionModel.h"

#include "kindred/space/TasteSpace.h"
#include "workers/ExplorerJobs.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace kindred::ui {

void ExplorerSelectionModel::setRows(std::shared_ptr<const ExplorerSpace> space, QList<Row> rows) {
    beginResetModel();
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

QVariant ExplorerSelectionModel::sortKey(const Row& row, int column) const {
    const ExplorerSpace& s = *m_space;
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
    const QVariant value = sortKey(row, index.column());
    if (index.column() == Ratings)
        return QLocale().toString(value.toInt());
    if (index.column() == MeanRating && value.isValid())
        return row.isUser ? tr("%1 %").arg(QLocale().toString(value.toDouble() * 100, 'f', 0))
                          : QLocale().toString(value.toDouble(), 'f', 2);
    return value;
}

void ExplorerSelectionModel::sort(int column, Qt::SortOrder sortOrder) {
    if (!m_space || column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged();
    QList<QVariant> keys;
    keys.reserve(m_rows.size());
    for (const Row& row : std::as_const(m_rows))
        keys << sortKey(row, column);
    QList<int> order(m_rows.size());
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
    QList<Row> sorted;
    sorted.reserve(m_rows.size());
    for (int i : order)
        sorted << m_rows[i];
    m_rows = std::move(sorted);
    Q_EMIT layoutChanged();
}

} // namespace kindred::ui
