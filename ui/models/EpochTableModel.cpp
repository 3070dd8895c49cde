#include "models/EpochTableModel.h"

#include <QLocale>
#include <cmath>

namespace kindred::ui {

EpochTableModel::EpochTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int EpochTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EpochTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EpochTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingEpochRow& row = m_rows.at(index.row());
    double value = 0;
    switch (index.column()) {
    case EpochColumn:
        value = row.epoch;
        break;
    case TrainColumn:
        value = row.trainLoss;
        break;
    case ValidationLossColumn:
        value = row.validationLoss;
        break;
    case ValidationRmseColumn:
        value = row.validationRmse;
        break;
    case ValidationNdcgColumn:
        value = row.validationNdcg;
        break;
    case ThroughputColumn:
        value = row.samplesPerSecond;
        break;
    case SecondsColumn:
        value = row.seconds;
        break;
    default:
        return {};
    }
    switch (role) {
    case RawValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole: {
        if (std::isnan(value) || (index.column() == ThroughputColumn && value <= 0))
            return QStringLiteral("—");
        const QLocale locale;
        switch (index.column()) {
        case EpochColumn:
            return locale.toString(row.epoch);
        case ThroughputColumn:
            return locale.toString(value, 'f', 0);
        case SecondsColumn:
            return locale.toString(value, 'f', 2);
        default:
            return locale.toString(value, 'f', 4);
        }
    }
    default:
        return {};
    }
}

QVariant EpochTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EpochColumn:
        return tr("Epoch");
    case TrainColumn:
        return m_trainIsLoss ? tr("Train loss") : tr("Train RMSE (0..1)");
    case ValidationLossColumn:
        return tr("Validation loss");
    case ValidationRmseColumn:
        return tr("Validation RMSE");
    case ValidationNdcgColumn:
        return tr("Validation NDCG@10");
    case ThroughputColumn:
        return tr("Samples/s");
    case SecondsColumn:
        return tr("Seconds");
    default:
        return {};
    }
}

void EpochTableModel::appendEpochs(const QList<TrainingEpochRow>& rows) {
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void EpochTableModel::setEpochs(const QList<TrainingEpochRow>& rows, bool trainIsLoss) {
    beginResetModel();
    m_rows = rows;
    m_trainIsLoss = trainIsLoss;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, TrainColumn, TrainColumn);
}

void EpochTableModel::clear(bool trainIsLoss) {
    setEpochs({}, trainIsLoss);
}

} // namespace kindred::ui
