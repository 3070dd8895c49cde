#include "plots/CorrelationHeatmap.h"

#include <QFontMetrics>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <set>

namespace kindred::ui {

namespace {
constexpr int kLabelWidth = 120;  ///< least room for row names on the left
constexpr int kLabelHeight = 90;  ///< least room for rotated column names at the top
constexpr int kMaxLabel = 320;    ///< most room either takes; longer names are elided
constexpr int kMinCell = 14;

QColor colourFor(double r) {
    const double t = std::clamp(std::abs(r), 0.0, 1.0);
    const QColor end = r >= 0 ? QColor(202, 0, 32) : QColor(5, 113, 176);
    auto mix = [t](int from, int to) { return int(from + (to - from) * t); };
    return QColor(mix(255, end.red()), mix(255, end.green()), mix(255, end.blue()));
}
} // namespace

CorrelationHeatmap::CorrelationHeatmap(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(320, 240);
}

void CorrelationHeatmap::setCorrelation(const GenreCorrelation& correlation) {
    m_genreNames = correlation.genreNames;
    m_fromName = QString::fromStdString(correlation.fromName);
    m_toName = QString::fromStdString(correlation.toName);
    std::set<std::int32_t> rows, columns;
    for (const GenreCorrelationCell& c : correlation.cells) {
        rows.insert(c.fromGenre);
        columns.insert(c.toGenre);
    }
    auto byName = [this](std::int32_t a, std::int32_t b) { return m_genreNames[std::size_t(a)] < m_genreNames[std::size_t(b)]; };
    m_rowGenres.assign(rows.begin(), rows.end());
    m_columnGenres.assign(columns.begin(), columns.end());
    std::sort(m_rowGenres.begin(), m_rowGenres.end(), byName);
    std::sort(m_columnGenres.begin(), m_columnGenres.end(), byName);
    m_cells.assign(m_rowGenres.size() * m_columnGenres.size(), std::nullopt);
    // Room for the names as they are drawn (small font; column names rotated by 60°).
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    const QFontMetrics metrics(small);
    int widest = 0, longest = 0;
    for (int row = 0; row < rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(rowName(row)));
    for (int column = 0; column < columnCount(); ++column)
        longest = std::max(longest, metrics.horizontalAdvance(columnName(column)));
    m_labelWidth = std::clamp(widest + 8, kLabelWidth, kMaxLabel);
    m_labelHeight = std::clamp(int(longest * 0.87) + 12, kLabelHeight, kMaxLabel);
    for (const GenreCorrelationCell& c : correlation.cells) {
        const auto row = std::find(m_rowGenres.begin(), m_rowGenres.end(), c.fromGenre) - m_rowGenres.begin();
        const auto column = std::find(m_columnGenres.begin(), m_columnGenres.end(), c.toGenre) - m_columnGenres.begin();
        m_cells[std::size_t(row) * m_columnGenres.size() + std::size_t(column)] = c;
    }
    updateGeometry();
    update();
}

void CorrelationHeatmap::clear() {
    setCorrelation({});
}

QString CorrelationHeatmap::rowName(int row) const {
    return QString::fromStdString(m_genreNames[std::size_t(m_rowGenres[std::size_t(row)])]);
}

QString CorrelationHeatmap::columnName(int column) const {
    return QString::fromStdString(m_genreNames[std::size_t(m_columnGenres[std::size_t(column)])]);
}

std::optional<GenreCorrelationCell> CorrelationHeatmap::cell(int row, int column) const {
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return std::nullopt;
    return m_cells[std::size_t(row) * m_columnGenres.size() + std::size_t(column)];
}

QString CorrelationHeatmap::cellToolTip(int row, int column) const {
    const auto c = cell(row, column);
    if (!c)
        return {};
    return tr("%1 (%2) × %3 (%4)\nr = %5, n = %6 users, p = %7")
        .arg(rowName(row), m_fromName, columnName(column), m_toName)
        .arg(c->r, 0, 'f', 3)
        .arg(c->n)
        .arg(c->p, 0, 'g', 3);
}

QSize CorrelationHeatmap::sizeHint() const {
    return {m_labelWidth + std::max(1, columnCount()) * 24, m_labelHeight + std::max(1, rowCount()) * 24};
}

QRect CorrelationHeatmap::matrixRect() const {
    return QRect(m_labelWidth, m_labelHeight, std::max(0, width() - m_labelWidth - 8),
                 std::max(0, height() - m_labelHeight - 8));
}

QPoint CorrelationHeatmap::cellAtPosition(const QPoint& position) const {
    const QRect matrix = matrixRect();
    if (rowCount() == 0 || columnCount() == 0 || !matrix.contains(position))
        return {-1, -1};
    const double cellWidth = double(matrix.width()) / columnCount(), cellHeight = double(matrix.height()) / rowCount();
    return {int((position.x() - matrix.left()) / cellWidth), int((position.y() - matrix.top()) / cellHeight)};
}

bool CorrelationHeatmap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint at = cellAtPosition(help->pos());
        const QString text = cellToolTip(at.y(), at.x());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void CorrelationHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (rowCount() == 0 || columnCount() == 0) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No genre pairs to show"));
        return;
    }
    const QRect matrix = matrixRect();
    const double cellWidth = double(matrix.width()) / columnCount(), cellHeight = double(matrix.height()) / rowCount();
    const bool showNumbers = cellWidth >= 34 && cellHeight >= 16;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    painter.setFont(small);
    for (int row = 0; row < rowCount(); ++row) {
        const QRectF label(0, matrix.top() + row * cellHeight, m_labelWidth - 4, cellHeight);
        if (cellHeight >= kMinCell * 0.8)
            painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(rowName(row), Qt::ElideMiddle, m_labelWidth - 4));
        for (int column = 0; column < columnCount(); ++column) {
            const QRectF box(matrix.left() + column * cellWidth, matrix.top() + row * cellHeight, cellWidth, cellHeight);
            const auto c = cell(row, column);
            painter.fillRect(box, c ? colourFor(c->r) : palette().window().color());
            if (c && showNumbers)
                painter.drawText(box, Qt::AlignCenter, QString::number(c->r, 'f', 2));
            if (c && c->p < 0.05) // significant: a dot in the corner
                painter.fillRect(QRectF(box.right() - 5, box.top() + 2, 3, 3), palette().text());
        }
    }
    for (int column = 0; column < columnCount(); ++column) {
        if (cellWidth < kMinCell * 0.8)
            break;
        painter.save();
        painter.translate(matrix.left() + (column + 0.5) * cellWidth, m_labelHeight - 4);
        painter.rotate(-60);
        painter.drawText(QPointF(0, 4), painter.fontMetrics().elidedText(columnName(column), Qt::ElideMiddle,
                                                                         int((m_labelHeight - 4) / 0.85)));
        painter.restore();
    }
    painter.setPen(palette().mid().color());
    painter.drawRect(matrix.adjusted(0, 0, -1, -1));
}

} // namespace kindred::ui
