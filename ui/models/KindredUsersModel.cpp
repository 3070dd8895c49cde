#include "models/KindredUsersModel.h"

#include <QColor>
#include <algorithm>

namespace kindred::ui {

KindredUsersModel::KindredUsersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int KindredUsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_result.users.size());
}

int KindredUsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KindredUsersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const KindredUser& user = userAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserColumn: return m_session->userExternal(user.user);
        case CosineColumn: return QString::number(user.cosine, 'f', 3);
        case CoRatedColumn: return user.coRated;
        case AgreementColumn:
            return user.coRated > 0 ? QStringLiteral("%1%").arg(qRound(100 * user.agreement)) : QStringLiteral("—");
        default: return {};
        }
    case UserRole: return int(user.user);
    case BarRole:
        return index.column() == CosineColumn ? QVariant(std::clamp(user.cosine, 0.0, 1.0)) : QVariant();
    case BarColorRole: return index.column() == CosineColumn ? QVariant(QColor(0x81, 0x72, 0xb3)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == UserColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1\n%2\ncosine %3, %4 co-rated items, mean |difference| %5")
            .arg(m_session->userLabel(user.user), m_session->userSummary(user.user))
            .arg(user.cosine, 0, 'f', 3)
            .arg(user.coRated)
            .arg(user.meanAbsDifference, 0, 'f', 3);
    default: return {};
    }
}

QVariant KindredUsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn: return tr("User");
    case CosineColumn: return tr("Cosine");
    case CoRatedColumn: return tr("Co-rated");
    case AgreementColumn: return tr("Agree");
    default: return {};
    }
}

void KindredUsersModel::setResult(std::shared_ptr<const PairSession> session, KindredResult result) {
    beginResetModel();
    m_session = std::move(session);
    m_result = std::move(result);
    if (!m_session)
        m_result = {};
    endResetModel();
}

void KindredUsersModel::clear() {
    setResult(nullptr, {});
}

} // namespace kindred::ui
