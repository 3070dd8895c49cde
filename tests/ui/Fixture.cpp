#include "Fixture.h"

#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <QFile>
#include <QTextStream>

#include <set>
#include <utility>

namespace kindred::test {

namespace {

// Rating i goes to user 1 + i / 20 and item 1 + (i * 7) % 40: 25 users × 20 distinct items each.
std::pair<int, int> userItem(int i) {
    return {1 + i / 20, 1 + (i * 7) % 40};
}

bool writeFile(const QString& path, const QString& text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(text.toUtf8()) == text.toUtf8().size();
}

} // namespace

int heatRatingCount() {
    std::set<std::pair<int, int>> pairs;
    for (int i = 0; i < kFixtureRatings; ++i)
        pairs.insert(userItem(i));
    int count = 0;
    for (const auto& [user, item] : pairs)
        count += item == 7 ? 1 : 0;
    return count;
}

QString buildMovieLensProject(const QTemporaryDir& dir, QString* error) {
    QString data;
    QTextStream out(&data);
    for (int i = 0; i < kFixtureRatings; ++i) {
        const auto [user, item] = userItem(i);
        out << user << '\t' << item << '\t' << 1 + i % 5 << '\t' << 880000000 + i * 60 << '\n';
    }
    QString items;
    for (int id = 1; id <= 40; ++id) {
        const QString title = id == 7 ? QStringLiteral("Heat") : QStringLiteral("Movie %1").arg(id);
        items += QStringLiteral("%1|%2 (1995)|01-Jan-1995||url|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|1|0\n")
                     .arg(id)
                     .arg(title);
    }
    if (!writeFile(dir.filePath(QStringLiteral("u.data")), data) ||
        !writeFile(dir.filePath(QStringLiteral("u.item")), items)) {
        *error = QStringLiteral("could not write the fixture files");
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("fixture.kindred"));
    auto project = Project::open(path.toStdString());
    if (!project) {
        *error = QString::fromStdString(project.status().message());
        return {};
    }
    ImportOptions options;
    options.format = "movielens-100k";
    const ImportResult result = importDataset(*project.value(), {dir.filePath(QStringLiteral("u.data")).toStdString()},
                                              options);
    if (!result.status) {
        *error = QString::fromStdString(result.status.message());
        return {};
    }
    return path;
}

} // namespace kindred::test
