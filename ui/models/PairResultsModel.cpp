#include "models/PairResultsModel.h"

#include <QFile>
#include <QTextStream>
#include <algorithm>

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
        case MediumColumn: return m_session->domainName(item.domain);
        case ScoreAColumn: return QString::number(m_session->raw(item.item, item.scoreA), 'f', 2);
        case ScoreBColumn: return QString::number(m_session->raw(item.item, item.scoreB), 'f', 2);
        case PairColumn: return QString::number(item.pairScore, 'f', 3);
        default: return {};
        }
    }
    if (role == BarRole) {
        switch (column) {
        case ScoreAColumn: return std::clamp(item.scoreA, 0.0, 1.0);
        case ScoreBColumn: return std::clamp(item.scoreB, 0.0, 1.0);
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
    if (role == Qt::TextAlignmentRole && column != TitleColumn && column != MediumColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        return tr("%1\nA: %2 (score %3)\nB: %4 (score %5)\npair score %6, MMR step %7")
            .arg(m_session->itemTitle(item.item))
            .arg(m_session->raw(item.item, item.scoreA), 0, 'f', 2)
            .arg(item.scoreA, 0, 'f', 3)
            .arg(m_session->raw(item.item, item.scoreB), 0, 'f', 2)
            .arg(item.scoreB, 0, 'f', 3)
            .arg(item.pairScore, 0, 'f', 3)
            .arg(item.mmrScore, 0, 'f', 3);
    }
    return {};
}

QVariant PairResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("#");
    case TitleColumn: return tr("Title");
    case MediumColumn: return tr("Medium");
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
                          QStringLiteral("medium"), QStringLiteral("score_a"), QStringLiteral("score_b"),
                          QStringLiteral("raw_a"), QStringLiteral("raw_b"), QStringLiteral("pair_score"),
                          QStringLiteral("mmr_score")};
    for (const char* who : {"a", "b"})
        for (const char* field : {"full_score", "without_listed", "claimed", "listed_sum", "remainder", "contributors",
                                  "shared_genres"})
            header << QStringLiteral("%1_%2").arg(QLatin1String(who), QLatin1String(field));
    out << header.join(QLatin1Char(',')) << '\n';
    for (int row = 0; row < rowCount(); ++row) {
        const PairItem& item = itemAt(row);
        QStringList fields = {QString::number(row + 1), csvField(m_session->itemExternal(item.item)),
                              csvField(m_session->itemTitle(item.item)), csvField(m_session->domainName(item.domain)),
                              number(item.scoreA), number(item.scoreB), number(m_session->raw(item.item, item.scoreA)),
                              number(m_session->raw(item.item, item.scoreB)), number(item.pairScore),
                              number(item.mmrScore)};
        for (int who = 0; who < 2; ++who) {
            if (!item.explanation) {
                for (int k = 0; k < 7; ++k)
                    fields << QString();
                continue;
            }
            const UserAttribution& at = who == 0 ? item.explanation->a : item.explanation->b;
            // Contributors as "title (rating; contribution; share)" joined by " | ".
            QStringList contributors;
            for (const Contribution& c : at.contributors)
                contributors << QStringLiteral("%1 (rated %2; contribution %3; share %4; similarity %5)")
                                    .arg(m_session->itemTitle(c.item), number(m_session->raw(c.item, c.value)),
                                         number(c.contribution), number(c.share), number(c.similarity));
            QStringList genres;
            for (const auto& [genre, count] : at.sharedGenres)
                genres << QStringLiteral("%1 (%2)")
                              .arg(QString::fromStdString(m_session->data().genreNames[std::size_t(genre)]))
                              .arg(count);
            fields << number(at.fullScore) << number(at.withoutListed) << number(at.claimed) << number(at.listedSum)
                   << number(at.remainder) << csvField(contributors.join(QStringLiteral(" | ")))
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
