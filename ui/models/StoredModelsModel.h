#pragma once
// StoredModelsModel: the models kept in the project (ModelStore::list), newest first, with a
// check box per row to pick the ones whose validation curves are compared.

#include "kindred/train/ModelStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <vector>

namespace kindred::ui {

class StoredModelsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, CreatedColumn, MetricsColumn, ColumnCount };
    enum Role {
        ModelIdRole = Qt::UserRole + 1, ///< qint64 model id
        KindRole,                       ///< QString kind ("mf", "siamese", …)
    };

    /// store: not owned, may be null (an empty model); must outlive the model. UI thread only.
    explicit StoredModelsModel(ModelStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the list again (checked ids that still exist stay checked). Returns false and emits
    /// errorOccurred on a database error.
    bool refresh();
    void setStore(ModelStore* store);
    QList<qint64> checkedIds() const;
    void setChecked(qint64 id, bool checked);

Q_SIGNALS:
    void checkedChanged();
    void errorOccurred(const QString& message);

private:
    ModelStore* m_store;
    std::vector<ModelSummary> m_models;
    QSet<qint64> m_checked;
};

} // namespace kindred::ui
