#include "models/RatingsTableModel.h"

#include "kindred/store/Project.h"
#include "kindred/store/RatingBrowser.h"

#include <QDateTime>
#include <QLocale>
#include <QtConcurrent>

#include <cmath>
#include <exception>

namespace kindred::ui {

RatingsTableModel::RatingsTableModel(const Project* project, QObject* parent)
    : QAbstractTableModel(parent), m_project(project),
      m_browser(project ? std::make_unique<RatingBrowser>(*project) : nullptr) {
    m_worker.setMaxThreadCount(1);
    connect(&m_fetching, &QFutureWatcher<Fetched>::finished, this, [this] { applyFetched(m_fetching.result()); });
    reload();
}

RatingsTableModel::~RatingsTableModel() {
    if (m_project)
        m_project->interrupt(); // a long count would otherwise hold up closing
    m_worker.waitForDone();
}

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
    case RatingColumn:
        // Play counts and whole stars as whole numbers ("13,880", not "1.388e+04"); halves as they are.
        return std::abs(row.rawValue) < 1e15 && row.rawValue == std::floor(row.rawValue)
                   ? QLocale().toString(qlonglong(row.rawValue))
                   : QLocale().toString(row.rawValue, 'g', 6);
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
    return !parent.isValid() && !m_changing && !m_loading && m_browser && m_rows.size() < m_total;
}

void RatingsTableModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        startFetch(m_rows.size(), false);
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
    ++m_generation;
    // Views (and QAbstractItemModelTester) may call fetchMore() from their change handlers;
    // inserting rows while a change is still being announced would nest two changes.
    m_changing = true;
    endResetModel();
    m_changing = false;
    if (!m_browser)
        return;
    if (m_loading)
        m_project->interrupt(); // the answer is stale: stop the query instead of waiting for it
    startFetch(0, true);
}

void RatingsTableModel::startFetch(std::uint64_t offset, bool counting) {
    m_loading = true;
    const RatingBrowser* browser = m_browser.get(); // outlives the worker's tasks (see the destructor)
    m_fetching.setFuture(QtConcurrent::run(
        &m_worker, [browser, offset, counting, generation = m_generation, filter = m_filter.toStdString()] {
            Fetched fetched;
            fetched.generation = generation;
            try {
                if (counting) {
                    fetched.total = browser->count(filter);
                    fetched.counted = true;
                }
                if (!counting || fetched.total > 0)
                    fetched.rows = browser->page(offset, kPageSize, filter);
            } catch (const std::exception& e) {
                fetched.error = QString::fromUtf8(e.what());
            }
            return fetched;
        }));
}

void RatingsTableModel::applyFetched(Fetched fetched) {
    if (fetched.generation != m_generation)
        return; // a reset came after it was asked for; that reset's own query is under way
    m_loading = false;
    if (!fetched.error.isEmpty()) {
        m_total = m_rows.size(); // stop asking for pages that fail
        Q_EMIT errorOccurred(tr("Could not read ratings: %1").arg(fetched.error));
        Q_EMIT loaded();
        return;
    }
    if (fetched.counted)
        m_total = fetched.total;
    if (fetched.rows.empty())
        m_total = m_rows.size(); // the ratings changed since they were counted
    else {
        const int first = int(m_rows.size());
        m_changing = true; // see reload()
        beginInsertRows({}, first, first + int(fetched.rows.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(fetched.rows.begin()),
                      std::make_move_iterator(fetched.rows.end()));
        endInsertRows();
        m_changing = false;
    }
    Q_EMIT loaded();
}

} // namespace kindred::ui
