#pragma once
// PairDetailsView: the explanation of one recommended item for the pair: a "because A loved X and
// B loved Y" sentence, then for A and for B the predicted rating (when the model has one) and
// where the item stands for them, the history items that add most (rating, what each adds in the
// score's units, and its part of everything that moves the score as a bar when that is
// meaningful), the named rest (their other ratings, the item's appeal, people like them; for
// estimated explanations what the listed items do together) and the genres shared with items the
// person liked. Exact explanations' rows add up to the score. Thumbs up/down ask for feedback.
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
    /// History-item rows shown for A (0) or B (1), the named rows excluded.
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
