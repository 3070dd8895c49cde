#pragma once
// RatingsTableModel: the project's ratings as a lazily filled table (user, item, domain, rating,
// time). Rows arrive in pages of kPageSize through canFetchMore()/fetchMore(), so views over
// millions of ratings only read what is scrolled into view. Counting and reading pages run on the
// model's own worker thread, one query at a time: the UI thread never waits for SQLite (a title
// filter over 25 M ratings, or a large write-ahead log, takes a noticeable fraction of a second).
// A query made stale by a new filter is interrupted and its answer dropped.

#include "kindred/store/RatingBrowser.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QString>
#include <QThreadPool>

#include <cstdint>
#include <memory>
#include <vector>

namespace kindred {
class Project;
} // namespace kindred

namespace kindred::ui {

class RatingsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Column { UserColumn, ItemColumn, DomainColumn, RatingColumn, TimeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 }; ///< RatingColumn: the rating as a double

    /// project: not owned, must outlive the model; the model's worker uses it, so nothing else may
    /// until the model is destroyed. Starts counting and reading the first page at once.
    explicit RatingsTableModel(const Project* project, QObject* parent = nullptr);
    ~RatingsTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Keeps only ratings whose item title contains text; resets the model to its first page.
    void setTitleFilter(const QString& text);
    QString titleFilter() const { return m_filter; }
    /// Ratings matching the filter, loaded or not (0 until the count arrives).
    std::uint64_t totalCount() const { return m_total; }
    /// A count or a page is being read.
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    /// A count or page asked for arrived (or failed); rows and totalCount() show it.
    void loaded();
    /// A database error while reading (the model keeps what it had).
    void errorOccurred(const QString& message);

private:
    struct Fetched {
        std::uint64_t generation = 0;
        bool counted = false; ///< total holds a fresh count
        std::uint64_t total = 0;
        std::vector<RatingRow> rows;
        QString error;
    };
    void reload();
    /// Reads kPageSize rows from offset (and first the count, when counting) on the worker.
    void startFetch(std::uint64_t offset, bool counting);
    void applyFetched(Fetched fetched);

    const Project* m_project;
    std::unique_ptr<RatingBrowser> m_browser;
    QThreadPool m_worker; ///< one thread: the connection runs one query at a time
    QFutureWatcher<Fetched> m_fetching; ///< the newest request (answers to older ones are dropped)
    std::vector<RatingRow> m_rows;
    std::uint64_t m_total = 0;
    std::uint64_t m_generation = 0; ///< bumped by every reset; answers of older ones are dropped
    QString m_filter;
    bool m_loading = false;
    bool m_changing = false; ///< a reset or insert is being announced: no nested fetchMore()
};

} // namespace kindred::ui
