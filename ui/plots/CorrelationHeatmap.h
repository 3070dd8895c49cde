#pragma once
// CorrelationHeatmap: a genre × genre matrix of Pearson r (rows: genres of the "from" medium,
// columns: genres of the "to" medium), blue (−1) through white (0) to red (+1). Cells significant
// at p < 0.05 carry a dot; hovering a cell shows both genres, r, n and p. Pairs with too few
// users are left blank.

#include "kindred/recommend/GenreCorrelation.h"

#include <QStringList>
#include <QWidget>
#include <optional>

namespace kindred::ui {

class CorrelationHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit CorrelationHeatmap(QWidget* parent = nullptr);

    /// Shows the genres that have at least one computed cell (rows and columns sorted by name).
    void setCorrelation(const GenreCorrelation& correlation);
    void clear();

    int rowCount() const { return int(m_rowGenres.size()); }
    int columnCount() const { return int(m_columnGenres.size()); }
    QString rowName(int row) const;
    QString columnName(int column) const;
    /// The computed cell at (row, column), if any.
    std::optional<GenreCorrelationCell> cell(int row, int column) const;
    /// The text shown when hovering (row, column); empty for a blank cell.
    QString cellToolTip(int row, int column) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect matrixRect() const;
    /// (row, column) under a widget position, or (-1, -1).
    QPoint cellAtPosition(const QPoint& position) const;

    std::vector<std::int32_t> m_rowGenres, m_columnGenres; ///< indexes into m_genreNames
    std::vector<std::string> m_genreNames;
    std::vector<std::optional<GenreCorrelationCell>> m_cells; ///< row-major [rows × columns]
    int m_labelWidth = 120, m_labelHeight = 90; ///< room for the row and column names (setCorrelation)
    QString m_fromName, m_toName;
};

} // namespace kindred::ui
