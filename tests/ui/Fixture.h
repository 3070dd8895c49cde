#pragma once
// A tiny MovieLens 100K project built in a temporary folder, for the ui tests.

#include <QString>
#include <QTemporaryDir>

namespace kindred::test {

/// Writes u.data (500 ratings: users 1..25, items 1..40) and u.item (40 titles, item 7 is
/// "Heat (1995)", the others "Movie N (1995)"), imports them into <dir>/fixture.kindred and
/// returns that path; an empty string on failure (the reason is in *error).
QString buildMovieLensProject(const QTemporaryDir& dir, QString* error);

/// Ratings in the fixture whose item is "Heat (1995)".
int heatRatingCount();

inline constexpr int kFixtureRatings = 500;

} // namespace kindred::test
