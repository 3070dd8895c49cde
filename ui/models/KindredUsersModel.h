#pragma once
// KindredUsersModel: the users nearest to one user in the taste space (PairRecommender::
// kindredUsers): user, cosine (with a 0..1 bar for PairBarDelegate), co-rated items, agreement.
//
// Threading: UI thread only. The session (labels) is shared and immutable.

#include "workers/PairSession.h"

#include <QAbstractTableModel>
#include <memory>

namespace kindred::ui {

class KindredUsersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { UserColumn, CosineColumn, CoRatedColumn, AgreementColumn, ColumnCount };
    enum Role {
        BarRole = Qt::UserRole, ///< double 0..1 (cosine column: the cosine clamped at 0)
        BarColorRole,           ///< QColor
        UserRole,               ///< int: dense user index
    };

    explicit KindredUsersModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows with the kindred users of result.user.
    void setResult(std::shared_ptr<const PairSession> session, KindredResult result);
    void clear();
    /// Dense user of whom these are the kindred users (-1 when empty).
    std::int32_t ofUser() const { return m_result.user; }
    const KindredUser& userAt(int row) const { return m_result.users[std::size_t(row)]; }

private:
    std::shared_ptr<const PairSession> m_session;
    KindredResult m_result;
};

} // namespace kindred::ui
