#pragma once
// ExplorerProjectionForm: the explorer's "New projection" group: method (PCA / t-SNE / UMAP),
// dimensions, t-SNE perplexity and iterations, UMAP neighbours and minimum distance, k-means k,
// whether users are included, about how long the choice will take on the shown points; Compute /
// Cancel, and the progress of a running projection. It only describes the request and shows progress; the
// panel runs the job. UI thread only.

#include "kindred/space/Projection.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kindred::ui {

class ExplorerProjectionForm : public QGroupBox {
    Q_OBJECT
public:
    explicit ExplorerProjectionForm(QWidget* parent = nullptr);

    /// The projection the form describes now.
    ProjectionRequest request() const;
    /// What a projection would cover (the shown model's items and users, vectors of `dimension`
    /// numbers), so the form can say how long each method will take before it starts.
    void setPoints(std::size_t items, std::size_t users, int dimension);
    /// Running: Compute disabled, Cancel and an (at first indeterminate) progress bar shown.
    void setRunning(bool running);
    /// Progress of the running job; total == 0 when unknown.
    void setProgress(const QString& phase, qint64 done, qint64 total);
    /// A line under the buttons: the phase, the outcome or an error.
    void setStatus(const QString& text);
    QString status() const;

Q_SIGNALS:
    void computeRequested();
    void cancelRequested();

private:
    QComboBox* m_method;
    QSpinBox* m_dims;
    QDoubleSpinBox* m_perplexity;
    QSpinBox* m_iterations;
    QSpinBox* m_neighbours;      ///< UMAP
    QDoubleSpinBox* m_minDist;   ///< UMAP
    QSpinBox* m_clusters;
    QCheckBox* m_withUsers;
    QCheckBox* m_centreDomains; ///< ProjectionRequest::centreDomains
    QPushButton* m_compute;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_estimate;
    std::size_t m_items = 0, m_users = 0;
    int m_dimension = 0;
    void updateEstimate();
};

} // namespace kindred::ui
