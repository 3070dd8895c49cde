#pragma once
// PairResultsModel: the slate of one pair recommendation as a table (rank, title, medium, A, B,
// pair score). A person's cell shows the predicted rating when the model has one, else where the
// item stands among the medium's items for them ("top 3%"); its bar (BarRole, 0..1, colour in
// BarColorRole, drawn by PairBarDelegate) is that standing for ranking models and the 0..1 score
// for rating models. The full PairItem with its explanation is available per row.
//
// Threading: UI thread only. The session (labels) is shared and immutable.

#include "workers/PairSession.h"

#include <QAbstractTableModel>
#include <QColor>
#include <memory>

namespace kindred::ui {

class PairResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, TitleColumn, DomainColumn, ScoreAColumn, ScoreBColumn, PairColumn, ColumnCount };
    enum Role {
        BarRole = Qt::UserRole,  ///< double 0..1: length of the cell's bar (score columns)
        BarColorRole,            ///< QColor of the bar
        ItemRole,                ///< int: dense item index
    };
    static const QColor kColorA, kColorB, kColorPair;

    explicit PairResultsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows (session may be null only with an empty recommendation).
    void setResult(std::shared_ptr<const PairSession> session, PairRecommendation result);
    void clear();
    const PairRecommendation& result() const { return m_result; }
    const PairItem& itemAt(int row) const { return m_result.items[std::size_t(row)]; }
    const PairSession* session() const { return m_session.get(); }

    /// Writes the list with every explanation number as CSV (UTF-8, RFC 4180 quoting).
    /// Returns false with *error set when the file cannot be written.
    bool writeCsv(const QString& path, QString* error) const;
    /// 100 × the share of the medium's items above an item with this standing, as "2.9" (one
    /// decimal below 10) or "12": the "top …%" a person reads.
    static QString topPercentText(double standing);

private:
    QString personCell(double rating, double standing) const;
    double personBar(double score, double standing) const;
    QString personSummary(const PairItem& item, int person) const;

    std::shared_ptr<const PairSession> m_session;
    PairRecommendation m_result;
};

} // namespace kindred::ui
