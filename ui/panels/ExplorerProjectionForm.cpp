#include "panels/ExplorerProjectionForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace kindred::ui {

ExplorerProjectionForm::ExplorerProjectionForm(QWidget* parent)
    : QGroupBox(tr("New projection"), parent) {
    auto* newLayout = new QFormLayout(this);
    m_method = new QComboBox(this);
    m_method->addItem(tr("PCA"), QStringLiteral("pca"));
    m_method->addItem(tr("t-SNE"), QStringLiteral("tsne"));
    m_method->addItem(QStringLiteral("UMAP"), QStringLiteral("umap"));
    m_dims = new QSpinBox(this);
    m_dims->setRange(2, 3);
    m_dims->setValue(3);
    m_perplexity = new QDoubleSpinBox(this);
    m_perplexity->setRange(2, 100);
    m_perplexity->setValue(30);
    m_iterations = new QSpinBox(this);
    m_iterations->setRange(250, 5000);
    m_iterations->setSingleStep(250);
    m_iterations->setValue(1000);
    m_neighbours = new QSpinBox(this);
    m_neighbours->setRange(2, 500);
    m_neighbours->setValue(15);
    m_neighbours->setToolTip(tr("UMAP: neighbours of each point in the graph it keeps (larger: more global structure)"));
    m_minDist = new QDoubleSpinBox(this);
    m_minDist->setRange(0, 3);
    m_minDist->setSingleStep(0.05);
    m_minDist->setValue(0.1);
    m_minDist->setToolTip(tr("UMAP: how tightly points may pack together (smaller: denser clusters)"));
    m_clusters = new QSpinBox(this);
    m_clusters->setRange(0, 40);
    m_clusters->setValue(8);
    m_clusters->setSpecialValueText(tr("none"));
    m_withUsers = new QCheckBox(tr("Include users"), this);
    m_centreDomains = new QCheckBox(tr("Remove each medium's offset"), this);
    m_centreDomains->setChecked(true);
    m_centreDomains->setToolTip(tr("Places items and people by taste rather than by medium: each medium's mean is "
                                 "subtracted from its items, and people are compared with those who rated the "
                                 "same media"));
    m_compute = new QPushButton(tr("Compute"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_estimate = new QLabel(this);
    m_estimate->setWordWrap(true);
    m_estimate->setToolTip(tr("Estimated from this method's measured speed on a 2-core machine, for the points "
                              "and settings above"));
    newLayout->addRow(tr("Method"), m_method);
    newLayout->addRow(tr("Dimensions"), m_dims);
    newLayout->addRow(tr("Perplexity"), m_perplexity);
    newLayout->addRow(tr("Iterations"), m_iterations);
    newLayout->addRow(tr("Neighbours"), m_neighbours);
    newLayout->addRow(tr("Minimum distance"), m_minDist);
    newLayout->addRow(tr("Clusters (k)"), m_clusters);
    newLayout->addRow(m_withUsers);
    newLayout->addRow(m_centreDomains);
    newLayout->addRow(m_estimate);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compute);
    buttons->addWidget(m_cancel);
    newLayout->addRow(buttons);
    newLayout->addRow(m_progress);
    newLayout->addRow(m_status);
    m_cancel->hide();
    m_progress->hide();
    auto updateMethod = [this] {
        const QString method = m_method->currentData().toString();
        const bool tsne = method == QLatin1String("tsne"), umap = method == QLatin1String("umap");
        m_perplexity->setEnabled(tsne);
        m_iterations->setEnabled(tsne);
        m_neighbours->setEnabled(umap);
        m_minDist->setEnabled(umap);
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, updateMethod);
    updateMethod();
    connect(m_method, &QComboBox::currentIndexChanged, this, &ExplorerProjectionForm::updateEstimate);
    connect(m_iterations, &QSpinBox::valueChanged, this, &ExplorerProjectionForm::updateEstimate);
    connect(m_withUsers, &QCheckBox::toggled, this, &ExplorerProjectionForm::updateEstimate);
    updateEstimate();
    connect(m_compute, &QPushButton::clicked, this, &ExplorerProjectionForm::computeRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ExplorerProjectionForm::cancelRequested);
}

ProjectionRequest ExplorerProjectionForm::request() const {
    ProjectionRequest request;
    request.method = m_method->currentData().toString().toStdString();
    request.dimensions = m_dims->value();
    request.entities = m_withUsers->isChecked() ? ProjectedEntities::Both : ProjectedEntities::Items;
    request.perplexity = m_perplexity->value();
    request.iterations = m_iterations->value();
    request.neighbours = m_neighbours->value();
    request.minDist = m_minDist->value();
    request.clusters = m_clusters->value();
    request.centreDomains = m_centreDomains->isChecked();
    return request;
}

void ExplorerProjectionForm::setPoints(std::size_t items, std::size_t users, int dimension) {
    m_items = items;
    m_users = users;
    m_dimension = dimension;
    updateEstimate();
}

void ExplorerProjectionForm::updateEstimate() {
    const ProjectionRequest wanted = request();
    const std::size_t points = m_items + (wanted.entities == ProjectedEntities::Both ? m_users : 0);
    if (points == 0 || m_dimension <= 0) {
        m_estimate->clear();
        return;
    }
    const double seconds = estimatedProjectionSeconds(wanted, points, m_dimension);
    const QString duration = seconds < 1    ? tr("under a second")
                             : seconds < 90 ? tr("about %n s", nullptr, int(std::lround(seconds)))
                                            : tr("about %n min", nullptr, int(std::lround(seconds / 60)));
    m_estimate->setText(tr("%1 points: %2").arg(QLocale().toString(qulonglong(points)), duration));
}

void ExplorerProjectionForm::setRunning(bool running) {
    m_compute->setEnabled(!running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
}

void ExplorerProjectionForm::setProgress(const QString& phase, qint64 done, qint64 total) {
    m_status->setText(phase);
    // Per mille, so large totals still fit an int.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(done * 1000 / total));
}

void ExplorerProjectionForm::setStatus(const QString& text) {
    m_status->setText(text);
}

QString ExplorerProjectionForm::status() const {
    return m_status->text();
}

} // namespace kindred::ui
