#include "panels/DataPanel.h"

#include "models/RatingsTableModel.h"

#include "kindred/store/Project.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kindred::ui {

DataPanel::DataPanel(QWidget* parent)
    : Panel(parent), m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_filterDelay(new QTimer(this)) {
    m_search->setPlaceholderText(tr("Search item titles…"));
    m_search->setClearButtonEnabled(true);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Ratings"), this));
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(false);

    // Typing restarts the timer so a query runs once the person pauses, not per key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &DataPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &DataPanel::applyFilter);
    connect(&m_opening, &QFutureWatcher<Opened>::finished, this, [this] { showProject(m_opening.result()); });
}

DataPanel::~DataPanel() {
    delete m_model; // before m_project, which it reads from
}

void DataPanel::setProjectPath(const QString& path) {
    setReady(false);
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_project.reset();
    m_count->clear();
    const std::uint64_t generation = ++m_generation;
    if (path.isEmpty())
        return;
    m_opening.setFuture(QtConcurrent::run([file = path.toStdString(), generation] {
        auto result = Project::open(file, OpenMode::ReadOnly);
        if (!result)
            return Opened{nullptr, QString::fromStdString(result.status().message()), generation};
        return Opened{std::shared_ptr<Project>(std::move(result).value()), QString(), generation};
    }));
}

void DataPanel::showProject(const Opened& opened) {
    if (opened.generation != m_generation)
        return; // another project (or none) was asked for since
    if (!opened.project) {
        Q_EMIT errorOccurred(tr("Data: %1").arg(opened.error));
        return;
    }
    m_project = opened.project;
    // The model counts and reads on its worker; the panel is ready once the first page is shown.
    m_model = new RatingsTableModel(m_project.get(), this);
    m_model->setTitleFilter(m_search->text().trimmed());
    connect(m_model, &RatingsTableModel::errorOccurred, this, &Panel::errorOccurred);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataPanel::updateCount);
    connect(m_model, &RatingsTableModel::loaded, this, [this] {
        updateCount();
        if (!isReady())
            setReady(true);
    });
    m_view->setModel(m_model);
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(RatingsTableModel::ItemColumn, QHeaderView::Stretch);
    for (int c : {int(RatingsTableModel::UserColumn), int(RatingsTableModel::DomainColumn),
                  int(RatingsTableModel::RatingColumn), int(RatingsTableModel::TimeColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

void DataPanel::applyFilter() {
    m_filterDelay->stop();
    if (!m_model)
        return;
    m_model->setTitleFilter(m_search->text().trimmed());
}

void DataPanel::updateCount() {
    if (!m_model || m_model->isLoading()) {
        m_count->clear(); // counting
        return;
    }
    const QLocale locale;
    m_count->setText(tr("%1 of %2 loaded")
                         .arg(locale.toString(qulonglong(m_model->rowCount())),
                              locale.toString(qulonglong(m_model->totalCount()))));
}

} // namespace kindred::ui
