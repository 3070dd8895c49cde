#pragma once
// RatingsTableModel: the project's ratings as a lazily filled table (user, item, domain, rating,
// time). Rows arrive in pages of kPageSize through canFetchMore()/fetchMore(), so views over
// millions of ratings only read what is scrolled into view.

#include "kindred/store/RatingBrowser.h"

#include <QAbstractTableModel>
#include <QString>

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

    /// project: not owned, must outlive the model; used from the UI thread only.
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
    /// Ratings matching the filter, loaded or not.
    std::uint64_t totalCount() const { return m_total; }

Q_SIGNALS:
    /// A database error while reading (the model keeps what it had).
    void errorOccurred(const QString& message);

private:
    void reload();

    std::unique_ptr<RatingBrowser> m_browser;
    std::vector<RatingRow> m_rows;
    std::uint64_t m_total = 0;
    QString m_filter;
    bool m_changing = false; ///< a reset or insert is being announced: no nested fetchMore()
};

} // namespace kindred::ui
