#include "plots/KindredMatchGauge.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kindred::ui {

namespace {

/// Red (−1) through grey (0) to green (+1).
QColor cosineColor(double cosine) {
    const double t = std::clamp(cosine, -1.0, 1.0);
    const QColor neutral(0x9e, 0x9e, 0x9e), good(0x3a, 0x9a, 0x5b), bad(0xc4, 0x4e, 0x52);
    const QColor& end = t >= 0 ? good : bad;
    const double w = std::abs(t);
    return QColor::fromRgbF(float(neutral.redF() * (1 - w) + end.redF() * w),
                            float(neutral.greenF() * (1 - w) + end.greenF() * w),
                            float(neutral.blueF() * (1 - w) + end.blueF() * w));
}

} // namespace

KindredMatchGauge::KindredMatchGauge(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    clear();
}

void KindredMatchGauge::setMatch(double cosine, const QVector<Domain>& domains, int coRated, int agree, int disagree) {
    m_valid = true;
    m_cosine = std::clamp(cosine, -1.0, 1.0);
    m_domains = domains;
    m_coRated = coRated;
    m_agree = agree;
    m_disagree = disagree;
    setToolTip(tr("Cosine of the two taste vectors: 1 = same taste, 0 = unrelated, −1 = opposite"));
    updateGeometry();
    update();
}

void KindredMatchGauge::clear(const QString& hint) {
    m_valid = false;
    m_domains.clear();
    m_hint = hint.isEmpty() ? tr("Taste match appears after Recommend") : hint;
    update();
}

QSize KindredMatchGauge::sizeHint() const {
    return {420, minimumSizeHint().height()};
}

QSize KindredMatchGauge::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {300, std::max(118, line * (2 + int(std::max<qsizetype>(m_domains.size(), 2))) + 16)};
}

void KindredMatchGauge::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();

    // Gauge: half circle on the left.
    // The arc, the value and its caption must fit the height.
    const double r = std::clamp((height() - 2.6 * line - 20) * 1.0, 30.0, 80.0);
    const QPointF centre(8 + r, 12 + r);
    const QRectF arcRect(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
    const double thickness = std::max(8.0, r * 0.22);
    p.setPen(QPen(pal.color(QPalette::Mid), thickness, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(arcRect, 0, 180 * 16);
    if (m_valid) {
        // From the middle (cosine 0, straight up) to the value; left is −1, right is +1.
        const double spanDegrees = -90.0 * m_cosine;
        p.setPen(QPen(cosineColor(m_cosine), thickness, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(arcRect, 90 * 16, int(spanDegrees * 16));
        const double angle = (90.0 + spanDegrees) * M_PI / 180.0;
        const QPointF tip(centre.x() + (r - thickness) * std::cos(angle), centre.y() - (r - thickness) * std::sin(angle));
        p.setPen(QPen(pal.color(QPalette::WindowText), 2));
        p.drawLine(centre, tip);
        p.setBrush(pal.color(QPalette::WindowText));
        p.drawEllipse(centre, 3, 3);
    }
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    p.setFont(big);
    p.setPen(pal.color(QPalette::WindowText));
    const QRectF valueRect(centre.x() - r, centre.y() + 6, 2 * r, QFontMetrics(big).height());
    p.drawText(valueRect, Qt::AlignCenter, m_valid ? QString::number(m_cosine, 'f', 2) : QStringLiteral("—"));
    // The caption under the value: smaller type when a translation is wider than the gauge
    // (down to 70 %), elided beyond that; never cut off at the widget's edge.
    const QString caption = tr("taste match (cosine)");
    const double room = 2 * r + 14;
    QFont small = font();
    const double natural = fm.horizontalAdvance(caption);
    if (natural > room)
        small.setPointSizeF(small.pointSizeF() * std::max(0.7, room / natural));
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QRectF captionRect(centre.x() - room / 2, valueRect.bottom(), room, line);
    p.drawText(captionRect, Qt::AlignCenter, QFontMetrics(small).elidedText(caption, Qt::ElideRight, int(room)));
    p.setFont(font());
    // Scale ends under the arc's ends.
    p.drawText(QRectF(centre.x() - r - 12, centre.y() + 4, 24, line), Qt::AlignCenter, QStringLiteral("−1"));
    p.drawText(QRectF(centre.x() + r - 12, centre.y() + 4, 24, line), Qt::AlignCenter, QStringLiteral("1"));

    // Right: per-medium bars and the co-rated counts.
    const int left = int(centre.x() + r + 24);
    const int width = this->width() - left - 8;
    if (width < 60)
        return;
    p.setPen(pal.color(QPalette::WindowText));
    if (!m_valid) {
        p.drawText(QRect(left, 0, width, height()), Qt::AlignVCenter | Qt::TextWordWrap, m_hint);
        return;
    }
    int y = 10;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, tr("Per medium"));
    p.setFont(font());
    y += line + 2;
    const int nameWidth = std::min(width / 3, 130);
    const int countWidth = fm.horizontalAdvance(QStringLiteral("A 0000 · B 0000")) + 8;
    const int barWidth = std::max(40, width - nameWidth - countWidth - 50);
    for (const Domain& domain : m_domains) {
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(left, y, nameWidth - 4, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(domain.name, Qt::ElideRight, nameWidth - 4));
        // Track −1..1 with the zero in the middle, filled from zero to the value.
        const QRectF track(left + nameWidth, y + line * 0.2, barWidth, line * 0.6);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Midlight));
        p.drawRoundedRect(track, 3, 3);
        const double mid = track.center().x();
        const double end = mid + std::clamp(domain.cosine, -1.0, 1.0) * track.width() / 2;
        p.setBrush(cosineColor(domain.cosine));
        p.drawRect(QRectF(std::min(mid, end), track.top(), std::abs(end - mid), track.height()));
        p.setPen(pal.color(QPalette::Dark));
        p.drawLine(QPointF(mid, track.top() - 2), QPointF(mid, track.bottom() + 2));
        p.setPen(pal.color(QPalette::WindowText));
        const bool both = domain.ratingsA > 0 && domain.ratingsB > 0;
        p.drawText(QRect(int(track.right()) + 4, y, 44, line), Qt::AlignRight | Qt::AlignVCenter,
                   both ? QString::number(domain.cosine, 'f', 2) : QStringLiteral("—"));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(int(track.right()) + 50, y, countWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("A %1 · B %2").arg(domain.ratingsA).arg(domain.ratingsB));
        y += line + 2;
    }
    p.setPen(pal.color(QPalette::WindowText));
    y += 4;
    p.drawText(QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%n co-rated item(s): ", nullptr, m_coRated) +
                   tr("%1 agree, %2 disagree").arg(m_agree).arg(m_disagree));
}

} // namespace kindred::ui
