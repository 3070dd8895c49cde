#pragma once
// EpochTableModel: one row per finished training epoch (or ALS round) of the run on screen:
// epoch, train loss/RMSE, validation loss, validation RMSE, validation NDCG@10 (siamese),
// throughput and duration.

#include "workers/TrainingWorker.h"

#include <QAbstractTableModel>
#include <QList>

namespace kindred::ui {

class EpochTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EpochColumn,
        TrainColumn,
        ValidationLossColumn,
        ValidationRmseColumn,
        ValidationNdcgColumn,
        ThroughputColumn,
        SecondsColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 }; ///< the number as a double (NaN when absent)

    explicit EpochTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends finished epochs at the bottom.
    void appendEpochs(const QList<TrainingEpochRow>& rows);
    /// Replaces every row (a stored model's history). trainIsLoss: the train column holds a loss
    /// (siamese) rather than an RMSE on the 0..1 scale (baselines); it renames the header.
    void setEpochs(const QList<TrainingEpochRow>& rows, bool trainIsLoss);
    void clear(bool trainIsLoss);
    const QList<TrainingEpochRow>& epochs() const { return m_rows; }

private:
    QList<TrainingEpochRow> m_rows;
    bool m_trainIsLoss = true;
};

} // namespace kindred::ui
