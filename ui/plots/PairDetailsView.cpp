#include "plots/PairDetailsView.h"

#include "models/PairResultsModel.h"
#include "plots/PairBarDelegate.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace kindred::ui {

namespace {
constexpr int kBarRole = Qt::UserRole + 1;
constexpr int kBarColorRole = Qt::UserRole + 2;
constexpr int kShareColumn = 3;

/// Score units with a sign; tiny non-zero values keep two significant digits instead of "+0.0000".
QString signedScore(double value) {
    if (value != 0 && std::abs(value) < 5e-5)
        return QString::asprintf("%+.1e", value);
    return QString::asprintf("%+.4f", value);
}
const QColor kNegative(0xc4, 0x4e, 0x52);
} // namespace

PairDetailsView::PairDetailsView(QWidget* parent)
    : QWidget(parent) {
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    for (int person = 0; person < 2; ++person) {
        m_header[person] = new QLabel(this);
        m_header[person]->setWordWrap(true);
        m_header[person]->setTextFormat(Qt::RichText);
        auto* tree = new QTreeWidget(this);
        m_contributors[person] = tree;
        tree->setRootIsDecorated(false);
        tree->setColumnCount(4);
        tree->setHeaderLabels({tr("History item"), tr("Rated"), tr("Δ score"), tr("Share")});
        tree->headerItem()->setToolTip(2, tr("Contribution: the score drop when this item is left out of the history (0..1 units)"));
        tree->headerItem()->setToolTip(3, tr("Share of what the listed items claim together"));
        tree->header()->setStretchLastSection(false);
        tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        tree->header()->setSectionResizeMode(kShareColumn, QHeaderView::Fixed);
        tree->header()->resizeSection(kShareColumn, 96);
        tree->setItemDelegateForColumn(kShareColumn, new PairBarDelegate(kBarRole, kBarColorRole, tree));
        tree->setSelectionMode(QAbstractItemView::NoSelection);
        tree->setAlternatingRowColors(true);
        m_genres[person] = new QLabel(this);
        m_genres[person]->setWordWrap(true);
        auto* up = new QPushButton(tr("▲ Like (%1)").arg(person == 0 ? QStringLiteral("A") : QStringLiteral("B")), this);
        auto* down =
            new QPushButton(tr("▼ Dislike (%1)").arg(person == 0 ? QStringLiteral("A") : QStringLiteral("B")), this);
        up->setToolTip(tr("Store a thumbs up for this person and re-score (the profile moves towards the item)"));
        down->setToolTip(tr("Store a thumbs down for this person and re-score"));
        m_thumbs[person][1] = up;
        m_thumbs[person][0] = down;
        connect(up, &QPushButton::clicked, this, [this, person] { Q_EMIT feedbackRequested(person, true); });
        connect(down, &QPushButton::clicked, this, [this, person] { Q_EMIT feedbackRequested(person, false); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_genres[person], 1);
        buttons->addWidget(up);
        buttons->addWidget(down);
        grid->addWidget(m_header[person], 0, person);
        grid->addWidget(tree, 1, person);
        grid->addLayout(buttons, 2, person);
    }
    grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(grid, 1);
    clear();
}

void PairDetailsView::clear() {
    m_title->setText(tr("<i>Select a recommendation to see why it was chosen</i>"));
    for (int person = 0; person < 2; ++person) {
        m_header[person]->clear();
        m_contributors[person]->clear();
        m_genres[person]->clear();
        for (QPushButton* button : m_thumbs[person])
            button->setEnabled(false);
    }
}

int PairDetailsView::contributorCount(int person) const {
    int count = 0;
    for (int row = 0; row < m_contributors[person]->topLevelItemCount(); ++row)
        count += m_contributors[person]->topLevelItem(row)->data(0, Qt::UserRole).toBool() ? 0 : 1;
    return count;
}

void PairDetailsView::setItem(const PairSession* session, const PairItem& item, const QString& nameA,
                              const QString& nameB) {
    m_title->setText(tr("<b>%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; pair score %3")
                         .arg(session->itemTitle(item.item).toHtmlEscaped(),
                              session->domainName(item.domain).toHtmlEscaped())
                         .arg(item.pairScore, 0, 'f', 3));
    fill(0, session, item, nameA);
    fill(1, session, item, nameB);
}

void PairDetailsView::fill(int person, const PairSession* session, const PairItem& item, const QString& name) {
    const QColor color = person == 0 ? PairResultsModel::kColorA : PairResultsModel::kColorB;
    const double score = person == 0 ? item.scoreA : item.scoreB;
    QTreeWidget* tree = m_contributors[person];
    tree->clear();
    for (QPushButton* button : m_thumbs[person])
        button->setEnabled(true);
    m_header[person]->setText(tr("<span style='color:%1'>■</span> <b>%2</b> &nbsp;predicted %3 <small>(score %4)</small>")
                                  .arg(color.name(), name.toHtmlEscaped())
                                  .arg(session->raw(item.item, score), 0, 'f', 2)
                                  .arg(score, 0, 'f', 3));
    if (!item.explanation) {
        m_genres[person]->setText(tr("No explanation computed"));
        return;
    }
    const UserAttribution& at = person == 0 ? item.explanation->a : item.explanation->b;
    m_header[person]->setToolTip(tr("The listed items account for %1 of the score: %2 one by one, %3 together")
                                     .arg(at.claimed, 0, 'f', 4)
                                     .arg(at.listedSum, 0, 'f', 4)
                                     .arg(at.remainder, 0, 'f', 4));
    for (const Contribution& c : at.contributors) {
        auto* row = new QTreeWidgetItem(tree);
        row->setText(0, session->itemTitle(c.item));
        row->setToolTip(0, tr("%1 — similarity %2").arg(session->itemTitle(c.item)).arg(c.similarity, 0, 'f', 2));
        row->setText(1, QString::number(session->raw(c.item, c.value), 'g', 3));
        row->setText(2, signedScore(c.contribution));
        row->setText(kShareColumn, QStringLiteral("%1%").arg(100 * c.share, 0, 'f', 0));
        row->setData(kShareColumn, kBarRole, std::min(std::abs(c.share), 1.0));
        row->setData(kShareColumn, kBarColorRole, c.contribution >= 0 ? color : kNegative);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    // The remainder: what the listed items do together beyond their single contributions.
    auto* rest = new QTreeWidgetItem(tree);
    rest->setData(0, Qt::UserRole, true);
    rest->setText(0, tr("interaction (remainder)"));
    rest->setToolTip(0, tr("claimed − sum of the single leave-one-out contributions"));
    rest->setText(2, signedScore(at.remainder));
    rest->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    const double remainderShare = at.claimed != 0 ? at.remainder / at.claimed : 0;
    rest->setText(kShareColumn, QStringLiteral("%1%").arg(100 * remainderShare, 0, 'f', 0));
    rest->setData(kShareColumn, kBarRole, std::min(std::abs(remainderShare), 1.0));
    rest->setData(kShareColumn, kBarColorRole, QColor(0x8c, 0x8c, 0x8c));
    QFont italic = tree->font();
    italic.setItalic(true);
    for (int column = 0; column < 4; ++column)
        rest->setFont(column, italic);

    QStringList genres;
    for (const auto& [genre, count] : at.sharedGenres)
        genres << QStringLiteral("%1 (%2)").arg(QString::fromStdString(session->data().genreNames[std::size_t(genre)])).arg(count);
    m_genres[person]->setText(genres.isEmpty() ? tr("<small>No genre shared with liked items</small>")
                                               : tr("<small>Shared genres: %1</small>").arg(genres.join(QStringLiteral(", "))));
}

} // namespace kindred::ui
