#pragma once
// ScatterPoints: what the explorer's plots draw: colour groups and points (position, group,
// popularity weight, project id, label). Shared by the 3D view (ScatterView3D) and the 2D view
// for large point counts (PointView2D).

#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector3D>

namespace kindred::ui {

struct ScatterGroup {
    QString name;
    QColor color;
};

struct ScatterPoint {
    QVector3D position; ///< data coordinates; z = 0 for a 2D projection
    int group = 0;      ///< index into the groups given to setPoints()
    float weight = 0;   ///< 0..1: drawn size (popularity)
    qint64 id = 0;      ///< project item or user id
    bool isUser = false;
    QString label; ///< shown when the point is selected (title, user name)
};

/// Text drawn on a plot at a data position (a cluster's name at its centre).
struct ScatterLabel {
    QVector3D position; ///< data coordinates; the 2D view uses x and y
    QString text;
    QColor color;
};

/// A point's tooltip: its label and colour group, always as plain text (a title such as "<b>" is
/// shown as typed, never interpreted as markup).
inline QString scatterTooltip(const QString& label, const QString& group) {
    QString html = QStringLiteral("<qt>") + label.toHtmlEscaped();
    if (!group.isEmpty())
        html += QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(group.toHtmlEscaped());
    return html + QStringLiteral("</qt>");
}

} // namespace kindred::ui
