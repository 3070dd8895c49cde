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

/// Column 2 ("Adds") of a row: score units with a sign. A tiny non-zero value shows as "≈ 0", its
/// value in the tooltip: "+0.0000" would read as exactly nothing, and "+2.4e-07" means nothing to
/// most people.
void setAddsCell(QTreeWidgetItem* row, double value) {
    const bool tiny = value != 0 && std::abs(value) < 5e-5;
    row->setText(2, tiny ? QStringLiteral("≈ 0") : QString::asprintf("%+.4f", value));
    if (tiny)
        row->setToolTip(2, QString::asprintf("%+.2e", value));
    row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
}
const QColor kNegative(0xc4, 0x4e, 0x52);

/// A share as a percentage: whole numbers from 10 %, one decimal below, never "-0%".
QString percent(double share) {
    const int decimals = std::abs(share) < 0.1 ? 1 : 0;
    const double scale = decimals ? 10.0 : 1.0;
    const double rounded = std::round(100 * share * scale) / scale;
    return QStringLiteral("%1%").arg(rounded == 0 ? 0.0 : rounded, 0, 'f', decimals);
}
} // namespace


PairDetailsView::PairDetailsView(QWidget* parent)
    : QWidget(parent) {
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    // Title + "because …" (up to three lines); name + rating and standing (two): keep them when the view is short.
    m_title->setMinimumHeight(3 * fontMetrics().lineSpacing() + 4);
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    for (int person = 0; person < 2; ++person) {
        m_header[person] = new QLabel(this);
        m_header[person]->setWordWrap(true);
        m_header[person]->setTextFormat(Qt::RichText);
        m_header[person]->setMinimumHeight(2 * fontMetrics().lineSpacing() + 4);
        auto* tree = new QTreeWidget(this);
        m_contributors[person] = tree;
        tree->setRootIsDecorated(false);
        tree->setColumnCount(4);
        tree->setHeaderLabels({tr("Because of"), tr("Rated"), tr("Adds"), tr("Part")});
        tree->headerItem()->setToolTip(2, tr("What this adds to the person's score, in the score's own units"));
        tree->headerItem()->setToolTip(3, tr("Its part of everything that moves the score (shown only when that is "
                                             "a real part of the score)"));
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

namespace {

/// The person's strongest positive reason as "loved X (5)", or empty.
QString reasonPhrase(const PairSession* session, const UserAttribution& at) {
    const Reason reason = strongestReason(at, [session](std::int32_t item) {
        return session->data().domains[std::size_t(session->itemDomain(item))].isExplicit;
    });
    if (!reason.contribution)
        return {};
    const Contribution& best = *reason.contribution;
    const QString title = session->itemTitle(best.item).toHtmlEscaped();
    const QString rating = QString::number(session->raw(best.item, best.value), 'g', 3);
    switch (reason.verb) {
    case ReasonVerb::Chose: return PairDetailsView::tr("chose <i>%1</i>").arg(title);
    case ReasonVerb::Loved: return PairDetailsView::tr("loved <i>%1</i> (%2)").arg(title, rating);
    case ReasonVerb::Liked: return PairDetailsView::tr("liked <i>%1</i> (%2)").arg(title, rating);
    case ReasonVerb::Rated: break;
    }
    return PairDetailsView::tr("rated <i>%1</i> (%2)").arg(title, rating);
}

/// A named row of the explanation (not a history item): italic, greyed bar.
void addNamedRow(QTreeWidget* tree, const QString& label, const QString& tip, double amount, double share, bool showShare) {
    auto* row = new QTreeWidgetItem(tree);
    row->setData(0, Qt::UserRole, true);
    row->setText(0, label);
    row->setToolTip(0, tip);
    setAddsCell(row, amount);
    if (showShare) {
        row->setText(kShareColumn, percent(share));
        row->setData(kShareColumn, kBarRole, std::min(std::abs(share), 1.0));
        row->setData(kShareColumn, kBarColorRole, QColor(0x8c, 0x8c, 0x8c));
    }
    QFont italic = tree->font();
    italic.setItalic(true);
    for (int column = 0; column < 4; ++column)
        row->setFont(column, italic);
}

} // namespace

void PairDetailsView::setItem(const PairSession* session, const PairItem& item, const QString& nameA,
                              const QString& nameB) {
    QString title = tr("<b>%1</b> &nbsp;·&nbsp; %2 &nbsp;·&nbsp; pair score %3 <small>(0..1)</small>")
                        .arg(session->itemTitle(item.item).toHtmlEscaped(),
                             session->domainName(item.domain).toHtmlEscaped())
                        .arg(item.pairScore, 0, 'f', 3);
    if (item.explanation) {
        const QString a = reasonPhrase(session, item.explanation->a), b = reasonPhrase(session, item.explanation->b);
        QString because;
        if (!a.isEmpty() && !b.isEmpty())
            because = tr("Because %1 %2 and %3 %4.").arg(nameA.toHtmlEscaped(), a, nameB.toHtmlEscaped(), b);
        else if (!a.isEmpty())
            because = tr("Because %1 %2.").arg(nameA.toHtmlEscaped(), a);
        else if (!b.isEmpty())
            because = tr("Because %1 %2.").arg(nameB.toHtmlEscaped(), b);
        if (!because.isEmpty())
            title += QStringLiteral("<br>") + because;
    }
    m_title->setText(title);
    fill(0, session, item, nameA);
    fill(1, session, item, nameB);
}

void PairDetailsView::fill(int person, const PairSession* session, const PairItem& item, const QString& name) {
    const QColor color = person == 0 ? PairResultsModel::kColorA : PairResultsModel::kColorB;
    const double rating = person == 0 ? item.ratingA : item.ratingB;
    QTreeWidget* tree = m_contributors[person];
    tree->clear();
    for (QPushButton* button : m_thumbs[person])
        button->setEnabled(true);
    const QString place =
        tr("top %1% of %2")
            .arg(PairResultsModel::topPercentText(person == 0 ? item.standingA : item.standingB),
                 session->domainName(item.domain).toHtmlEscaped());
    const QString who = tr("<span style='color:%1'>■</span> <b>%2</b>").arg(color.name(), name.toHtmlEscaped());
    if (std::isnan(rating))
        m_header[person]->setText(tr("%1<br>%2").arg(who, place));
    else
        m_header[person]->setText(tr("%1<br>predicted rating %2 · %3").arg(who).arg(rating, 0, 'f', 2).arg(place));
    if (!item.explanation) {
        m_genres[person]->setText(tr("No explanation computed"));
        return;
    }
    const UserAttribution& at = person == 0 ? item.explanation->a : item.explanation->b;
    const bool shares = at.weight > 0;
    if (at.exact)
        m_header[person]->setToolTip(tr("Ranking score %1; the rows below add up to it exactly. Their own ratings "
                                        "carry %2% of what moves it.")
                                         .arg(at.fullScore, 0, 'f', 4)
                                         .arg(100 * at.historyShare, 0, 'f', 0));
    else
        m_header[person]->setToolTip(tr("Score %1; the listed items account for %2 of it: %3 one by one, %4 together")
                                         .arg(at.fullScore, 0, 'f', 4)
                                         .arg(at.claimed, 0, 'f', 4)
                                         .arg(at.listedSum, 0, 'f', 4)
                                         .arg(at.interaction, 0, 'f', 4));
    for (const Contribution& c : at.contributors) {
        auto* row = new QTreeWidgetItem(tree);
        row->setText(0, session->itemTitle(c.item));
        row->setToolTip(0, tr("%1 — similarity %2").arg(session->itemTitle(c.item)).arg(c.similarity, 0, 'f', 2));
        if (session->data().domains[std::size_t(session->itemDomain(c.item))].isExplicit)
            row->setText(1, QString::number(session->raw(c.item, c.value), 'g', 3));
        setAddsCell(row, c.contribution);
        if (shares) {
            row->setText(kShareColumn, percent(std::abs(c.share))); // the sign is in "Adds" and the bar colour
            row->setData(kShareColumn, kBarRole, std::min(std::abs(c.share), 1.0));
            row->setData(kShareColumn, kBarColorRole, c.contribution >= 0 ? color : kNegative);
        }
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Parts of everything that moves the score (Σ |terms|): with the listed rows they add up to 100 %.
    const auto part = [&](double amount) { return at.weight > 0 ? std::abs(amount) / at.weight : 0.0; };
    if (at.exact) {
        if (at.otherHistoryCount > 0)
            addNamedRow(tree, tr("%n other rating(s)", nullptr, int(at.otherHistoryCount)),
                        tr("What the rest of this person's ratings add together"), at.otherHistory,
                        part(at.otherHistoryMagnitude), shares);
        addNamedRow(tree, tr("the item's appeal"), tr("The same for everyone: how much people who rate this medium "
                                                      "choose this item"),
                    at.itemAppeal, part(at.itemAppeal), shares);
        if (at.peopleLikeYou != 0)
            addNamedRow(tree, tr("people like them"), tr("What their age group, gender and occupation add"),
                        at.peopleLikeYou, part(at.peopleLikeYou), shares);
        if (at.kindredPeople != 0)
            addNamedRow(tree, tr("kindred users (%1 %)").arg(std::lround(100 * at.kindredShare)),
                        tr("New to this medium (at most 3 ratings in it), so the people whose ratings most resemble "
                           "theirs count too: %1 % of them (weighted by how alike they are) rated this item")
                            .arg(std::lround(100 * at.kindredShare)),
                        at.kindredPeople, part(at.kindredPeople), shares);
    } else {
        addNamedRow(tree, tr("the listed items together"),
                    tr("What removing all listed items at once changes beyond their single contributions"),
                    at.interaction, part(at.interaction), shares);
    }

    QStringList genres;
    for (const auto& [genre, count] : at.sharedGenres)
        genres << QStringLiteral("%1 (%2)").arg(QString::fromStdString(session->data().genreNames[std::size_t(genre)])).arg(count);
    m_genres[person]->setText(genres.isEmpty() ? tr("<small>No genre shared with liked items</small>")
                                               : tr("<small>Shared genres: %1</small>").arg(genres.join(QStringLiteral(", "))));
}

} // namespace kindred::ui
