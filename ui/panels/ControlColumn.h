#pragma once
// The scrolling column of controls at the left of a panel.

#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace kindred::ui {

/// Wraps `controls` in a vertically scrolling column `preferredWidth` wide, or wider when the
/// controls cannot shrink that far (longer labels in some languages): never cut off on the right.
inline QScrollArea* makeControlColumn(QWidget* controls, int preferredWidth, QWidget* parent) {
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int scrollBar = scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    scroll->setFixedWidth(std::max(preferredWidth, controls->minimumSizeHint().width() + scrollBar));
    return scroll;
}

} // namespace kindred::ui
