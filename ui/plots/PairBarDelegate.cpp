#include "plots/PairBarDelegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace kindred::ui {

PairBarDelegate::PairBarDelegate(int barRole, int barColorRole, QObject* parent)
    : QStyledItemDelegate(parent), m_barRole(barRole), m_barColorRole(barColorRole) {}

void PairBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QVariant bar = index.data(m_barRole);
    if (!bar.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const double value = std::clamp(bar.toDouble(), 0.0, 1.0);
    QColor color = index.data(m_barColorRole).value<QColor>();
    if (!color.isValid())
        color = option.palette.color(QPalette::Highlight);
    const QRect area = option.rect.adjusted(4, 0, -4, 0);
    // Text on the right, the bar in the room left of it, so both stay readable.
    const int textWidth = std::max(option.fontMetrics.horizontalAdvance(QStringLiteral("−000%")),
                                   option.fontMetrics.horizontalAdvance(text)) + 6;
    const int barHeight = std::max(4, std::min(area.height() - 6, option.fontMetrics.height() - 4));
    const QRect track(area.left(), area.center().y() - barHeight / 2, std::max(area.width() - textWidth, 8), barHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor trackColor = color;
    trackColor.setAlpha(40);
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, 3, 3);
    painter->setBrush(color);
    painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * value, track.height()), 3, 3);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(track.width() + 2, 0, 0, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize PairBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_barRole).isValid())
        size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("00.000")) + 90));
    return size;
}

} // namespace kindred::ui
