#pragma once
// PairDetailsView: the explanation of one recommended item for the pair. For A and for B: the
// score, the history items that contribute most (rating, contribution in 0..1 score units and
// share of what the listed items claim, drawn as bars), the interaction remainder and the genres
// shared with items the person liked. Thumbs up/down buttons ask the panel to store feedback.
// UI thread only; shows data, owns none of it beyond the copy of the item.

#include "workers/PairSession.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kindred::ui {

class PairDetailsView : public QWidget {
    Q_OBJECT
public:
    explicit PairDetailsView(QWidget* parent = nullptr);

    /// Shows item (with its explanation) of a slate computed on session; nameA/nameB label people.
    void setItem(const PairSession* session, const PairItem& item, const QString& nameA, const QString& nameB);
    void clear();
    /// Contributor rows shown for A (0) or B (1), the remainder row excluded.
    int contributorCount(int person) const;
    QPushButton* thumbButton(int person, bool up) const { return m_thumbs[person][up ? 1 : 0]; }

Q_SIGNALS:
    /// Thumbs up/down of person 0 (A) or 1 (B) for the shown item.
    void feedbackRequested(int person, bool up);

private:
    void fill(int person, const PairSession* session, const PairItem& item, const QString& name);

    QLabel* m_title;
    QLabel* m_header[2];
    QTreeWidget* m_contributors[2];
    QLabel* m_genres[2];
    QPushButton* m_thumbs[2][2];
};

} // namespace kindred::ui
