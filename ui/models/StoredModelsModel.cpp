#include "models/StoredModelsModel.h"

#include <QDateTime>

namespace kindred::ui {

StoredModelsModel::StoredModelsModel(ModelStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    refresh();
}

int StoredModelsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_models.size());
}

int StoredModelsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoredModelsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelSummary& m = m_models.at(std::size_t(index.row()));
    switch (role) {
    case ModelIdRole:
        return qint64(m.id);
    case KindRole:
        return QString::fromStdString(m.kind);
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return m_checked.contains(m.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MetricsColumn || index.column() == NameColumn)
            return QString::fromStdString(m.metricsSummary);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QStringLiteral("%1  %2").arg(m.id).arg(QString::fromStdString(m.name));
        case KindColumn:
            return QString::fromStdString(m.kind);
        case CreatedColumn: {
            const QDateTime time = QDateTime::fromString(QString::fromStdString(m.createdAt), Qt::ISODate);
            return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString::fromStdString(m.createdAt);
        }
        case MetricsColumn:
            return QString::fromStdString(m.metricsSummary);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool StoredModelsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const qint64 id = m_models.at(std::size_t(index.row())).id;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags StoredModelsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant StoredModelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Model");
    case KindColumn:
        return tr("Kind");
    case CreatedColumn:
        return tr("Created");
    case MetricsColumn:
        return tr("Metrics");
    default:
        return {};
    }
}

bool StoredModelsModel::refresh() {
    std::vector<ModelSummary> models;
    bool ok = true;
    if (m_store) {
        auto listed = m_store->list();
        if (listed)
            models = std::move(listed).value();
        else {
            ok = false;
            Q_EMIT errorOccurred(
                tr("Stored models: %1").arg(QString::fromStdString(listed.status().message())));
        }
    }
    beginResetModel();
    m_models = std::move(models);
    QSet<qint64> still;
    for (const ModelSummary& m : m_models)
        if (m_checked.contains(m.id))
            still.insert(m.id);
    const bool changed = still != m_checked;
    m_checked = still;
    endResetModel();
    if (changed)
        Q_EMIT checkedChanged();
    return ok;
}

void StoredModelsModel::setStore(ModelStore* store) {
    m_store = store;
    m_checked.clear();
    refresh();
}

QList<qint64> StoredModelsModel::checkedIds() const {
    QList<qint64> ids; // in list order (newest first), so colours stay stable
    for (const ModelSummary& m : m_models)
        if (m_checked.contains(m.id))
            ids.append(m.id);
    return ids;
}

void StoredModelsModel::setChecked(qint64 id, bool checked) {
    for (std::size_t row = 0; row < m_models.size(); ++row)
        if (m_models[row].id == id)
            setData(index(int(row), NameColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

} // namespace kindred::ui
