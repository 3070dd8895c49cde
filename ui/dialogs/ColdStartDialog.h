#pragma once
// ColdStartDialog: describe a new person by a handful of ratings. Search the model's items by
// title, add some, give each 1–5 stars; the Pair view turns the result into a cold-start profile
// (coldStartProfile, on a worker) usable as person A or B.
//
// Stars map to the common 0..1 scale as (stars − 1) / 4, i.e. the bottom and top of every
// domain's own scale. UI thread only; the session is shared and not modified.

#include "workers/PairSession.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableWidget;

namespace kindred::ui {

class ColdStartDialog : public QDialog {
    Q_OBJECT
public:
    ColdStartDialog(std::shared_ptr<const PairSession> session, const QString& defaultName,
                    QWidget* parent = nullptr);

    QString name() const;
    /// The ratings given: dense item, value 0..1, in the order added.
    std::vector<HistoryEntry> history() const;
    /// Adds (or re-rates) an item; stars 1..5. For tests and the Add button.
    void addRating(std::int32_t item, int stars);
    /// Shows only items whose title contains text (case-insensitive).
    void setSearchText(const QString& text);
    int ratingCount() const;

private:
    void addSelected();
    void updateButtons();

    std::shared_ptr<const PairSession> m_session;
    QLineEdit* m_name;
    QLineEdit* m_search;
    QStandardItemModel* m_items;
    QSortFilterProxyModel* m_filter;
    QListView* m_list;
    QTableWidget* m_ratings;
    QDialogButtonBox* m_buttons;
};

} // namespace kindred::ui
