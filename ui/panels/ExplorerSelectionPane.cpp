#include "panels/ExplorerSelectionPane.h"

#include "workers/ExplorerJobs.h"

#include "kindred/space/TasteSpace.h"
#include "kindred/train/TrainingData.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace kindred::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kIsUserRole = Qt::UserRole + 1;
} // namespace

ExplorerSelectionPane::ExplorerSelectionPane(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_neighboursTitle = new QLabel(this);
    m_neighboursTitle->setWordWrap(true);
    m_neighbourFilter = new QComboBox(this);
    m_neighbourFilter->addItem(tr("All media"), int(SpaceNeighbours::DomainFilter::Any));
    m_neighbourFilter->addItem(tr("Same medium"), int(SpaceNeighbours::DomainFilter::Same));
    m_neighbourFilter->addItem(tr("Other media"), int(SpaceNeighbours::DomainFilter::Other));
    m_neighbourFilter->setToolTip(tr("Neighbours from any medium, from the item's own, or from the others: what "
                                    "connects media (the books nearest to an album)"));
    connect(m_neighbourFilter, &QComboBox::currentIndexChanged, this, &ExplorerSelectionPane::neighbourFilterChanged);
    m_neighbours = new QTreeWidget(this);
    m_neighbours->setColumnCount(3);
    m_neighbours->setHeaderLabels({tr("Neighbour"), tr("Medium"), tr("Cosine")});
    m_neighbours->setRootIsDecorated(false);
    m_neighbours->setAlternatingRowColors(true);
    m_neighbours->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_neighbours->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_neighbours->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_neighbours->header()->setStretchLastSection(false);
    // Picking one makes the panel refill this list: leave the view's click handling first.
    const auto pickLater = [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(0, kIdRole).toLongLong();
        const bool isUser = item->data(0, kIsUserRole).toBool();
        QTimer::singleShot(0, this, [this, id, isUser] { Q_EMIT neighbourPicked(id, isUser); });
    };
    connect(m_neighbours, &QTreeWidget::itemActivated, this, pickLater);
    connect(m_neighbours, &QTreeWidget::itemClicked, this, pickLater);
    m_trajectory = new QPushButton(tr("Show taste trajectory"), this);
    m_trajectory->setToolTip(tr("Where the user's taste moved as their ratings accumulated (oldest first)"));
    connect(m_trajectory, &QPushButton::clicked, this, &ExplorerSelectionPane::trajectoryRequested);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addWidget(m_neighboursTitle);
    layout->addWidget(m_neighbourFilter);
    layout->addWidget(m_neighbours, 1);
    layout->addWidget(m_trajectory);
    showNothing();
}

void ExplorerSelectionPane::clearNeighbours(const QString& heading) {
    m_neighbours->clear();
    m_neighboursTitle->setText(heading);
}

void ExplorerSelectionPane::showNothing() {
    m_title->setText(tr("Nothing selected"));
    m_details->setText(tr("Click a point or search for a title."));
    m_trajectory->hide();
    m_neighbourFilter->hide();
    clearNeighbours({});
}

SpaceNeighbours::DomainFilter ExplorerSelectionPane::neighbourFilter() const {
    return m_neighbourFilter->isVisible() ? SpaceNeighbours::DomainFilter(m_neighbourFilter->currentData().toInt())
                                         : SpaceNeighbours::DomainFilter::Any;
}

void ExplorerSelectionPane::showItem(const ExplorerSpace& space, int item) {
    const QLocale locale;
    const QStringList genres = space.itemGenres(item);
    const float mean = space.itemMean.at(item);
    m_title->setText(space.itemTitles.at(item));
    m_details->setText(
        tr("<table cellspacing=2><tr><td><b>Medium</b></td><td>%1</td></tr>"
           "<tr><td><b>Genres</b></td><td>%2</td></tr>"
           "<tr><td><b>Ratings</b></td><td>%3 · mean %4</td></tr></table>")
            .arg(space.itemDomainName(item).toHtmlEscaped(),
                 genres.isEmpty() ? tr("—") : genres.join(QStringLiteral(", ")).toHtmlEscaped(),
                 locale.toString(space.itemRatings.at(item)),
                 std::isnan(mean) ? tr("—") : locale.toString(space.itemMeanRaw(item), 'f', 2)));
    m_trajectory->hide();
    m_neighbourFilter->setVisible(space.space->data->domains.size() > 1);
    clearNeighbours(tr("Finding neighbours…"));
}

void ExplorerSelectionPane::showUser(const ExplorerSpace& space, int user, const QString& label) {
    const QLocale locale;
    m_title->setText(label);
    m_details->setText(tr("<b>User</b> · %1 ratings · mean at %2 % of the rating scale")
                           .arg(locale.toString(space.userRatings.at(user)))
                           .arg(double(space.userMean.at(user)) * 100, 0, 'f', 0));
    m_trajectory->show();
    m_neighbourFilter->hide();
    setTrajectoryBusy(false);
    clearNeighbours(tr("Finding kindred users…"));
}

void ExplorerSelectionPane::setNeighbours(const ExplorerNeighbours& result) {
    if (result.isUser && !result.label.isEmpty())
        m_title->setText(tr("User %1").arg(result.label));
    m_neighbours->clear();
    m_neighbours->headerItem()->setText(1, result.isUser ? tr("Ratings") : tr("Medium"));
    for (const ExplorerNeighbour& n : result.neighbours) {
        auto* row =
            new QTreeWidgetItem(m_neighbours, {n.label, n.detail, QString::number(n.similarity, 'f', 3)});
        row->setData(0, kIdRole, n.id);
        row->setData(0, kIsUserRole, n.isUser);
        row->setToolTip(0, n.label);
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!result.error.isEmpty())
        m_neighboursTitle->setText(tr("Neighbours unavailable: %1").arg(result.error));
    else
        m_neighboursTitle->setText(result.isUser ? tr("<b>Kindred users</b> (nearest in taste)")
                                                 : tr("<b>Most similar items</b> (FAISS, cosine)"));
}

void ExplorerSelectionPane::setTrajectoryBusy(bool busy) {
    m_trajectory->setEnabled(!busy);
    m_trajectory->setText(busy ? tr("Tracing the trajectory…") : tr("Show taste trajectory"));
}

} // namespace kindred::ui
