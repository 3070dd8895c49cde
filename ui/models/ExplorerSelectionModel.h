#pragma once
// ExplorerSelectionModel: the explorer's selected items and people as a table (name, medium,
// genres, ratings, mean rating), read on demand from the loaded space, so a selection of half a
// million points costs one small record per row. Sorting is by the column's value (numbers as
// numbers), computed on a worker (collating hundreds of thousands of titles takes seconds): the
// rows move, and sorted() is emitted, when it is done, unless they were replaced meanwhile. UI
// thread only.

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace kindred::ui {

struct ExplorerSpace;

class ExplorerSelectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Domain, Genres, Ratings, MeanRating, ColumnCount };
    struct Row {
        bool isUser = false;
        int dense = 0;  ///< dense index in the space's data
        qint64 id = 0;  ///< project id
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces the rows (in the order given).
    void setRows(std::shared_ptr<const ExplorerSpace> space, QList<Row> rows);
    void clear() { setRows(nullptr, {}); }
    const QList<Row>& rows() const { return m_rows; }
    std::shared_ptr<const ExplorerSpace> space() const { return m_space; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    /// The rows are in the order the last sort() asked for.
    void sorted();

private:
    /// The cell's value to sort by (a number for counts and means, text otherwise). Thread-safe.
    static QVariant sortKey(const ExplorerSpace& space, const Row& row, int column);
    /// The order (indexes into `rows`) that sorts them by `column`. Thread-safe.
    static QList<int> sortedOrder(const ExplorerSpace& space, const QList<Row>& rows, int column,
                                  Qt::SortOrder order);

    std::shared_ptr<const ExplorerSpace> m_space;
    QList<Row> m_rows;
    int m_rowsGeneration = 0; ///< bumped when setRows replaces the rows: a sort of older rows is dropped
    int m_sortRequest = 0;    ///< the last sort() asked for; earlier ones still running are dropped
};

} // namespace kindred::ui
