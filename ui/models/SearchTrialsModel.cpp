#include "models/SearchTrialsModel.h"

#include <QFont>

namespace kindred::ui {

SearchTrialsModel::SearchTrialsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SearchTrialsModel::reset(const QStringList& parameterNames, bool lowerIsBetter) {
    beginResetModel();
    m_parameters = parameterNames;
    m_lowerIsBetter = lowerIsBetter;
    m_trials.clear();
    m_bestRow = -1;
    endResetModel();
}

void SearchTrialsModel::showSearch(const StoredSearch& search) {
    QStringList names;
    if (!search.trials.empty())
        for (const auto& entry : search.trials.front().parameters)
            names << QString::fromStdString(entry.first);
    reset(names, search.metric != "ndcg");
    for (const SearchTrial& trial : search.trials)
        appendTrial(trial);
}

void SearchTrialsModel::appendTrial(const SearchTrial& trial) {
    beginInsertRows({}, int(m_trials.size()), int(m_trials.size()));
    m_trials.push_back(trial);
    endInsertRows();
    if (!trial.error.empty())
        return;
    const int row = int(m_trials.size()) - 1;
    const double best = m_bestRow >= 0 ? m_trials[std::size_t(m_bestRow)].validationMetric : 0;
    if (m_bestRow < 0 || (m_lowerIsBetter ? trial.validationMetric < best : trial.validationMetric > best))
        setBestRow(row);
}

void SearchTrialsModel::setBestRow(int row) {
    const int previous = m_bestRow;
    m_bestRow = row;
    for (int changed : {previous, row})
        if (changed >= 0 && changed < rowCount())
            Q_EMIT dataChanged(index(changed, 0), index(changed, columnCount() - 1));
}

int SearchTrialsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_trials.size());
}

int SearchTrialsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1 + int(m_parameters.size()) + FixedCount;
}

QVariant SearchTrialsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchTrial& trial = m_trials[std::size_t(index.row())];
    if (role == Qt::FontRole && index.row() == m_bestRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !trial.error.empty())
        return QString::fromStdString(trial.error);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    if (index.column() == 0)
        return trial.index;
    if (index.column() <= m_parameters.size()) {
        const auto found = trial.parameters.find(m_parameters[index.column() - 1].toStdString());
        if (found == trial.parameters.end())
            return {};
        return display ? QVariant(QString::number(found->second, 'g', 6)) : QVariant(found->second);
    }
    const int column = fixedColumn(index.column());
    if (!trial.error.empty())
        return column == ValidationRmse ? QVariant(tr("failed")) : QVariant();
    auto number = [display](double value, int decimals) {
        return display ? QVariant(QString::number(value, 'f', decimals)) : QVariant(value);
    };
    switch (column) {
    case ValidationRmse: return number(trial.validationRmse, 4);
    case ValidationNdcg: return number(trial.validationNdcg, 4);
    case TestRmse: return number(trial.testRmse, 4);
    case TestNdcg: return number(trial.testNdcg, 4);
    case Seconds: return number(trial.trainingSeconds, 1);
    case Model:
        if (trial.modelId == 0 || index.row() != m_bestRow)
            return display ? QVariant(QStringLiteral("—")) : QVariant(qint64(0));
        return display ? QVariant(tr("model %1").arg(trial.modelId)) : QVariant(qint64(trial.modelId));
    default: return {};
    }
}

QVariant SearchTrialsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Trial");
    if (section <= m_parameters.size())
        return m_parameters[section - 1];
    switch (fixedColumn(section)) {
    case ValidationRmse: return tr("Val. RMSE");
    case ValidationNdcg: return tr("Val. NDCG@10");
    case TestRmse: return tr("Test RMSE");
    case TestNdcg: return tr("Test NDCG@10");
    case Seconds: return tr("Time (s)");
    case Model: return tr("Kept");
    default: return {};
    }
}

} // namespace kindred::ui
