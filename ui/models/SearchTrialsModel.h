#pragma once
// SearchTrialsModel: the results table of one hyper-parameter search, one row per trial in run
// order: trial number, one column per searched hyper-parameter, validation and test RMSE and
// NDCG@10, seconds, and the kept model. The best trial on validation is shown in bold.

#include "kindred/train/HyperparameterSearch.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace kindred::ui {

class SearchTrialsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The trial's value of a column, for sorting and tests (double, or the error text).
    static constexpr int SortRole = Qt::UserRole;

    explicit SearchTrialsModel(QObject* parent = nullptr);

    /// Starts a new table for these hyper-parameter names (their columns, in this order); the
    /// best row is the lowest validation metric when lowerIsBetter (RMSE), else the highest.
    void reset(const QStringList& parameterNames, bool lowerIsBetter = true);
    /// Shows a stored search (its parameter names are taken from the trials).
    void showSearch(const StoredSearch& search);
    /// Adds a finished trial; it becomes the best row when its validation metric beats the best
    /// so far (as the search itself decides). Only the best row shows its kept model.
    void appendTrial(const SearchTrial& trial);
    /// Row of the best trial (bold), -1 for none.
    void setBestRow(int row);
    int bestRow() const { return m_bestRow; }
    const SearchTrial& trial(int row) const { return m_trials[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum FixedColumn { ValidationRmse, ValidationNdcg, TestRmse, TestNdcg, Seconds, Model, FixedCount };
    int fixedColumn(int column) const { return column - 1 - int(m_parameters.size()); }

    QStringList m_parameters;
    std::vector<SearchTrial> m_trials;
    int m_bestRow = -1;
    bool m_lowerIsBetter = true;
};

} // namespace kindred::ui
