#pragma once
// KindredMatchGauge: how alike the two people are (PairRecommender's TasteMatch): a half-circle
// gauge for the overall cosine (−1..1, needle and coloured arc), then one small bar per medium
// with its cosine and rating counts, and the co-rated items that agree / disagree.
// Paints only; UI thread.

#include <QString>
#include <QVector>
#include <QWidget>

namespace kindred::ui {

class KindredMatchGauge : public QWidget {
    Q_OBJECT
public:
    struct Domain {
        QString name;
        double cosine = 0;          ///< −1..1
        int ratingsA = 0, ratingsB = 0;
    };

    explicit KindredMatchGauge(QWidget* parent = nullptr);

    /// Shows a match; cosine in −1..1.
    void setMatch(double cosine, const QVector<Domain>& domains, int coRated, int agree, int disagree);
    /// Shows an empty gauge with a hint.
    void clear(const QString& hint = {});
    bool hasMatch() const { return m_valid; }
    double cosine() const { return m_cosine; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_valid = false;
    double m_cosine = 0;
    QVector<Domain> m_domains;
    int m_coRated = 0, m_agree = 0, m_disagree = 0;
    QString m_hint;
};

} // namespace kindred::ui
