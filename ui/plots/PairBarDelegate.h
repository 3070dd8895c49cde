#pragma once
// PairBarDelegate: draws a cell as a small horizontal bar behind its text. The bar's length is
// the index's barRole value (double 0..1, clamped) and its colour barColorRole (QColor); cells
// without a bar value are painted as usual. Used for the A/B/pair scores of the Pair view, the
// shares of contributing history items and the cosine of kindred users.

#include <QStyledItemDelegate>

namespace kindred::ui {

class PairBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// barRole/barColorRole: the model roles holding the 0..1 value and the QColor.
    PairBarDelegate(int barRole, int barColorRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_barRole;
    int m_barColorRole;
};

} // namespace kindred::ui
