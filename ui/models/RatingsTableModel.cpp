#include "models/RatingsTableModel.h"

#include "kindred/store/Project.h"
#include "kindred/store/RatingBrowser.h"

#include <QDateTime>

#include <exception>

namespace kindred::ui {

RatingsTableModel::RatingsTableModel(const Project* project, QObject* parent)
    : QAbstractTableModel(parent), m_browser(project ? std::make_unique<RatingBrowser>(*project) : nullptr) {
    reload();
}

RatingsTableModel::~RatingsTableModel() = default;

int RatingsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RatingsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RatingsTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RatingRow& row = m_rows[size_t(index.row())];
    if (role == RawValueRole && index.column() == RatingColumn)
        return row.rawValue;
    if (role == Qt::TextAlignmentRole && (index.column() == RatingColumn || index.column() == TimeColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UserColumn: return QString::fromStdString(row.user);
    case ItemColumn: return QString::fromStdString(row.item);
    case DomainColumn: return QString::fromStdString(row.domain);
    case RatingColumn: return QString::number(row.rawValue, 'g', 4);
    case TimeColumn:
        return row.timestamp > 0
                   ? QDateTime::fromSecsSinceEpoch(row.timestamp, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    default: return {};
    }
}

QVariant RatingsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case UserColumn: return tr("User");
    case ItemColumn: return tr("Item");
    case DomainColumn: return tr("Domain");
    case RatingColumn: return tr("Rating");
    case TimeColumn: return tr("Time (UTC)");
    default: return {};
    }
}

bool RatingsTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_changing && m_browser && m_rows.size() < m_total;
}

void RatingsTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    std::vector<RatingRow> page;
    try {
        page = m_browser->page(m_rows.size(), kPageSize, m_filter.toStdString());
    } catch (const std::exception& e) {
        m_total = m_rows.size(); // stop asking for pages that fail
        Q_EMIT errorOccurred(tr("Could not read ratings: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    if (page.empty()) {
        m_total = m_rows.size();
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true; // see reload()
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
    m_changing = false;
}

void RatingsTableModel::setTitleFilter(const QString& text) {
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void RatingsTableModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_browser) {
        try {
            m_total = m_browser->count(m_filter.toStdString());
        } catch (const std::exception& e) {
            Q_EMIT errorOccurred(tr("Could not count ratings: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    // Views (and QAbstractItemModelTester) may call fetchMore() from their change handlers;
    // inserting rows while a change is still being announced would nest two changes.
    m_changing = true;
    endResetModel();
    m_changing = false;
}

} // namespace kindred::ui
