#include "models/PairResultsModel.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace kindred::ui {

const QColor PairResultsModel::kColorA(0x4c, 0x72, 0xb0);
const QColor PairResultsModel::kColorB(0xdd, 0x84, 0x52);
const QColor PairResultsModel::kColorPair(0x55, 0xa8, 0x68);

PairResultsModel::PairResultsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int PairResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_result.items.size());
}

int PairResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairResultsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const PairItem& item = itemAt(index.row());
    const int column = index.column();
    if (role == ItemRole)
        return int(item.item);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case RankColumn: return index.row() + 1;
        case TitleColumn: return m_session->itemTitle(item.item);
        case DomainColumn: return m_session->domainName(item.domain);
        case ScoreAColumn: return personCell(item.ratingA, item.standingA);
        case ScoreBColumn: return personCell(item.ratingB, item.standingB);
        case PairColumn: return QString::number(item.pairScore, 'f', 3);
        default: return {};
        }
    }
    if (role == BarRole) {
        switch (column) {
        case ScoreAColumn: return personBar(item.scoreA, item.standingA);
        case ScoreBColumn: return personBar(item.scoreB, item.standingB);
        case PairColumn: return std::clamp(item.pairScore, 0.0, 1.0);
        default: return {};
        }
    }
    if (role == BarColorRole) {
        switch (column) {
        case ScoreAColumn: return kColorA;
        case ScoreBColumn: return kColorB;
        case PairColumn: return kColorPair;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && column != TitleColumn && column != DomainColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%1\nA: %2\nB: %3\npair score %4 (0..1), MMR step %5")
            .arg(m_session->itemTitle(item.item), personSummary(item, 0), personSummary(item, 1))
            .arg(item.pairScore, 0, 'f', 3)
            .arg(item.mmrScore, 0, 'f', 3);
    }
    return {};
}

QString PairResultsModel::personCell(double rating, double standing) const {
    if (!std::isnan(rating))
        return QString::number(rating, 'f', 2);
    return tr("top %1%").arg(topPercentText(standing));
}

double PairResultsModel::personBar(double score, double standing) const {
    return m_session && m_session->space().scoresRank ? standing : std::clamp(score, 0.0, 1.0);
}

QString PairResultsModel::personSummary(const PairItem& item, int person) const {
    const double rating = person == 0 ? item.ratingA : item.ratingB;
    const double standing = person == 0 ? item.standingA : item.standingB;
    const double score = person == 0 ? item.scoreA : item.scoreB;
    const QString place = tr("in the top %1% of %2 for them")
                              .arg(topPercentText(standing), m_session->domainName(item.domain));
    if (std::isnan(rating))
        return tr("score %1, %2").arg(score, 0, 'f', 3).arg(place);
    return tr("predicted rating %1, %2 (score %3)").arg(rating, 0, 'f', 2).arg(place).arg(score, 0, 'f', 3);
}

QString PairResultsModel::topPercentText(double standing) {
    const double top = std::max(0.0, 100.0 * (1.0 - standing));
    return QString::number(top, 'f', top < 10 ? 1 : 0);
}

QVariant PairResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("#");
    case TitleColumn: return tr("Title");
    case DomainColumn: return tr("Medium");
    case ScoreAColumn: return tr("A");
    case ScoreBColumn: return tr("B");
    case PairColumn: return tr("Pair");
    default: return {};
    }
}

void PairResultsModel::setResult(std::shared_ptr<const PairSession> session, PairRecommendation result) {
    beginResetModel();
    m_session = std::move(session);
    m_result = std::move(result);
    if (!m_session)
        m_result.items.clear();
    endResetModel();
}

void PairResultsModel::clear() {
    setResult(nullptr, {});
}

namespace {

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double value) {
    return QString::number(value, 'g', 6);
}

} // namespace

bool PairResultsModel::writeCsv(const QString& path, QString* error) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    QStringList header = {QStringLiteral("rank"), QStringLiteral("item"), QStringLiteral("title"),
                          QStringLiteral("medium"), QStringLiteral("score_kind"), QStringLiteral("score_a"),
                          QStringLiteral("score_b"), QStringLiteral("standing_a"), QStringLiteral("standing_b"),
                          QStringLiteral("predicted_rating_a"), QStringLiteral("predicted_rating_b"),
                          QStringLiteral("pair_score"), QStringLiteral("mmr_score")};
    // Per person; exact explanations fill history_share .. other_history, estimated ones interaction.
    const char* const perPerson[] = {"full_score",    "history_share", "item_appeal", "people_like_you",
                                     "kindred_people", "kindred_share", "other_history", "interaction",
                                     "contributors",  "shared_genres"};
    for (const char* who : {"a", "b"})
        for (const char* field : perPerson)
            header << QStringLiteral("%1_%2").arg(QLatin1String(who), QLatin1String(field));
    out << header.join(QLatin1Char(',')) << '\n';
    const auto optional = [](double value) { return std::isnan(value) ? QString() : number(value); };
    for (int row = 0; row < rowCount(); ++row) {
        const PairItem& item = itemAt(row);
        QStringList fields = {QString::number(row + 1), csvField(m_session->itemExternal(item.item)),
                              csvField(m_session->itemTitle(item.item)), csvField(m_session->domainName(item.domain)),
                              m_session->space().scoresRank ? QStringLiteral("ranking") : QStringLiteral("rating"),
                              number(item.scoreA), number(item.scoreB), number(item.standingA),
                              number(item.standingB), optional(item.ratingA), optional(item.ratingB),
                              number(item.pairScore), number(item.mmrScore)};
        for (int who = 0; who < 2; ++who) {
            if (!item.explanation) {
                for (std::size_t k = 0; k < std::size(perPerson); ++k)
                    fields << QString();
                continue;
            }
            const UserAttribution& at = who == 0 ? item.explanation->a : item.explanation->b;
            // Contributors as "title (rating; contribution; share)" joined by " | ".
            QStringList contributors;
            for (const Contribution& c : at.contributors)
                contributors << QStringLiteral("%1 (rated %2; contribution %3; share %4; similarity %5)")
                                    .arg(m_session->itemTitle(c.item), number(m_session->raw(c.item, c.value)),
                                         number(c.contribution), at.weight > 0 ? number(c.share) : QString(),
                                         number(c.similarity));
            QStringList genres;
            for (const auto& [genre, count] : at.sharedGenres)
                genres << QStringLiteral("%1 (%2)")
                              .arg(QString::fromStdString(m_session->data().genreNames[std::size_t(genre)]))
                              .arg(count);
            const auto exactOnly = [&](double value) { return at.exact ? number(value) : QString(); };
            fields << number(at.fullScore) << exactOnly(at.historyShare) << exactOnly(at.itemAppeal)
                   << exactOnly(at.peopleLikeYou) << exactOnly(at.kindredPeople)
                   << exactOnly(at.kindredShare) << exactOnly(at.otherHistory)
                   << (at.exact ? QString() : number(at.interaction)) << csvField(contributors.join(QStringLiteral(" | ")))
                   << csvField(genres.join(QStringLiteral(" | ")));
        }
        out << fields.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace kindred::ui
