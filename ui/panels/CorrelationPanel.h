#pragma once
// CorrelationPanel: cross-domain genre correlation as a heatmap. For users with ratings in both
// chosen media: does liking genre g1 in one go with liking g2 in the other (core genreCorrelation:
// Pearson r of centred genre affinities, exact Student-t p-values). Computed on a worker.

#include "panels/Panel.h"

#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kindred::ui {

class CorrelationHeatmap;
struct CorrelationOutcome;

class CorrelationPanel : public Panel {
    Q_OBJECT
public:
    explicit CorrelationPanel(QWidget* parent = nullptr);
    ~CorrelationPanel() override;

    QString title() const override { return tr("Correlations"); }
    QString id() const override { return QStringLiteral("correlations"); }
    /// Lists the project's domains on a worker and computes the pair sharing the most users;
    /// ready() once the heatmap or the reason there is none is shown.
    void setProjectPath(const QString& path) override;

    /// Computes the correlation between two domains (by name) on a worker; false when a name is
    /// unknown or they are equal.
    bool compute(const QString& from, const QString& to);
    CorrelationHeatmap* heatmap() const { return m_heatmap; }
    QString statusText() const;

Q_SIGNALS:
    void computed(bool ok, const QString& message);

private:
    void onFinished();

    QString m_path;
    QComboBox* m_from;
    QComboBox* m_to;
    QSpinBox* m_minUsers;
    QPushButton* m_compute;
    QLabel* m_status;
    CorrelationHeatmap* m_heatmap;
    QFutureWatcher<CorrelationOutcome>* m_watcher;
    quint64 m_generation = 0;
    bool m_readyAfterCompute = false;
};

} // namespace kindred::ui
