#include "panels/CorrelationPanel.h"

#include "plots/CorrelationHeatmap.h"

#include "kindred/recommend/GenreCorrelation.h"
#include "kindred/store/Project.h"
#include "kindred/train/TrainingData.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kindred::ui {

/// What a worker hands back: the domain names (listing) and/or a correlation (computing).
struct CorrelationOutcome {
    quint64 generation = 0;
    QStringList domains;
    QString firstFrom, firstTo; ///< listing: the pair of media sharing the most users
    std::optional<GenreCorrelation> correlation;
    QString error;
};

namespace {

CorrelationOutcome run(const QString& path, const QString& from, const QString& to, int minUsers, quint64 generation) {
    CorrelationOutcome outcome;
    outcome.generation = generation;
    try {
        auto project = Project::open(path.toStdString(), OpenMode::ReadOnly);
        if (!project) {
            outcome.error = QString::fromStdString(project.status().message());
            return outcome;
        }
        for (const DomainInfo& domain : project.value()->domains())
            outcome.domains << QString::fromStdString(domain.name);
        if (from.isEmpty() || to.isEmpty()) {
            std::uint64_t mostShared = 0;
            for (const DomainOverlap& overlap : project.value()->stats().overlaps)
                if (outcome.firstFrom.isEmpty() || overlap.sharedUsers > mostShared) {
                    mostShared = overlap.sharedUsers;
                    outcome.firstFrom = QString::fromStdString(overlap.first);
                    outcome.firstTo = QString::fromStdString(overlap.second);
                }
            return outcome;
        }
        auto data = loadTrainingData(*project.value(), {from.toStdString(), to.toStdString()});
        if (!data) {
            outcome.error = QString::fromStdString(data.status().message());
            return outcome;
        }
        GenreCorrelationOptions options;
        options.minUsers = minUsers;
        auto correlation = tasteCorrelation(*project.value(), data.value(), data->domainIndex(from.toStdString()),
                                            data->domainIndex(to.toStdString()), options);
        if (!correlation)
            outcome.error = QString::fromStdString(correlation.status().message());
        else
            outcome.correlation = std::move(correlation).value();
    } catch (const std::exception& e) {
        outcome.error = QString::fromUtf8(e.what()); // nothing may cross the event loop
    }
    return outcome;
}

} // namespace

CorrelationPanel::CorrelationPanel(QWidget* parent)
    : Panel(parent), m_from(new QComboBox(this)), m_to(new QComboBox(this)), m_minUsers(new QSpinBox(this)),
      m_compute(new QPushButton(tr("Compute"), this)), m_status(new QLabel(this)),
      m_heatmap(new CorrelationHeatmap(this)), m_watcher(new QFutureWatcher<CorrelationOutcome>(this)) {
    m_minUsers->setRange(3, 100000);
    m_minUsers->setValue(GenreCorrelationOptions{}.minUsers);
    m_minUsers->setToolTip(tr("Genre pairs need at least this many users with affinities in both"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Liking genres in"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("vs. in"), this));
    controls->addWidget(m_to);
    controls->addWidget(new QLabel(tr("Min. users:"), this));
    controls->addWidget(m_minUsers);
    controls->addWidget(m_compute);
    controls->addStretch(1);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing() + 4); // two lines, never clipped
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_to->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_heatmap, 1);
    connect(m_compute, &QPushButton::clicked, this, [this] { compute(m_from->currentText(), m_to->currentText()); });
    connect(m_watcher, &QFutureWatcher<CorrelationOutcome>::finished, this, &CorrelationPanel::onFinished);
}

CorrelationPanel::~CorrelationPanel() {
    m_watcher->waitForFinished();
}

QString CorrelationPanel::statusText() const { return m_status->text(); }

void CorrelationPanel::setProjectPath(const QString& path) {
    setReady(false);
    m_path = path;
    m_heatmap->clear();
    m_from->clear();
    m_to->clear();
    m_status->setText(path.isEmpty() ? tr("No project open.") : tr("Reading the project's media…"));
    if (path.isEmpty())
        return;
    m_readyAfterCompute = true;
    const quint64 generation = ++m_generation;
    m_watcher->setFuture(QtConcurrent::run([path, generation] { return run(path, {}, {}, 3, generation); }));
}

bool CorrelationPanel::compute(const QString& from, const QString& to) {
    if (m_path.isEmpty() || from == to || m_from->findText(from) < 0 || m_to->findText(to) < 0)
        return false;
    m_from->setCurrentText(from);
    m_to->setCurrentText(to);
    m_status->setText(tr("Computing %1 × %2…").arg(from, to));
    m_compute->setEnabled(false);
    const quint64 generation = ++m_generation;
    m_watcher->setFuture(QtConcurrent::run(
        [path = m_path, from, to, minUsers = m_minUsers->value(), generation] { return run(path, from, to, minUsers, generation); }));
    return true;
}

void CorrelationPanel::onFinished() {
    const CorrelationOutcome outcome = m_watcher->result();
    if (outcome.generation != m_generation)
        return; // a newer listing or computation follows
    m_compute->setEnabled(true);
    auto finish = [this](bool ok, const QString& message) {
        m_status->setText(message);
        Q_EMIT computed(ok, message);
        if (m_readyAfterCompute) {
            m_readyAfterCompute = false;
            setReady(true);
        }
    };
    if (!outcome.error.isEmpty()) {
        Q_EMIT errorOccurred(tr("Correlations: %1").arg(outcome.error));
        finish(false, outcome.error);
        return;
    }
    if (!outcome.correlation) { // the listing: fill the pickers and start with the first two media
        m_from->addItems(outcome.domains);
        m_to->addItems(outcome.domains);
        if (outcome.domains.size() < 2) {
            finish(false, tr("Correlations need two media with shared users; this project has %n medium(s).", nullptr,
                             int(outcome.domains.size())));
            return;
        }
        compute(outcome.firstFrom, outcome.firstTo);
        return;
    }
    const GenreCorrelation& c = *outcome.correlation;
    m_heatmap->setCorrelation(c);
    int significant = 0;
    for (const GenreCorrelationCell& cell : c.cells)
        significant += cell.p < 0.05;
    if (!c.clusterModel.empty()) {
        finish(true, tr("%1 users rated both %2 and %3, which share no genres: their taste clusters instead (the "
                        "newest projection of \"%4\"), %5 pairs, %6 significant at p < 0.05 (dot). Red: liking a "
                        "cluster's items in one medium goes with liking the other's.")
                         .arg(c.users)
                         .arg(QString::fromStdString(c.fromName), QString::fromStdString(c.toName),
                              QString::fromStdString(c.clusterModel))
                         .arg(c.cells.size())
                         .arg(significant));
        return;
    }
    finish(true, c.cells.empty()
                     ? tr("%1 users rated both %2 and %3, but no genre pair has enough of them (the media need "
                          "genres, and users with several rated items per genre in both; a model's projection with "
                          "clusters lets the taste clusters stand in).")
                           .arg(c.users)
                           .arg(QString::fromStdString(c.fromName), QString::fromStdString(c.toName))
                     : tr("%1 users rated both %2 and %3: %4 genre pairs, %5 significant at p < 0.05 (dot). "
                          "Red: liking one goes with liking the other; blue: with disliking it.")
                           .arg(c.users)
                           .arg(QString::fromStdString(c.fromName), QString::fromStdString(c.toName))
                           .arg(c.cells.size())
                           .arg(significant));
}

} // namespace kindred::ui
