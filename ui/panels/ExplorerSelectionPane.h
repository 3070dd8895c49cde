#pragma once
// ExplorerSelectionPane: the explorer's right-hand pane: the selected item (title, medium, genres,
// rating count and mean) or user (rating count, mean), its nearest neighbours in a list (for an
// item of a several-media space: from any medium, its own or the others), and for a user a "Show
// taste trajectory" button. It shows what it is given; the panel does the look-ups.
// UI thread only.

#include "kindred/space/SpaceNeighbours.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace kindred::ui {

struct ExplorerNeighbours;
struct ExplorerSpace;

class ExplorerSelectionPane : public QWidget {
    Q_OBJECT
public:
    explicit ExplorerSelectionPane(QWidget* parent = nullptr);

    void showNothing();
    /// Item `item` (dense index of space's data); the neighbour list says it is searching.
    void showItem(const ExplorerSpace& space, int item);
    /// User `user` (dense index) under `label`; the neighbour list says it is searching.
    void showUser(const ExplorerSpace& space, int user, const QString& label);
    /// Fills the list with the neighbours of the shown entity (and the user's name when known).
    void setNeighbours(const ExplorerNeighbours& result);
    void setTrajectoryBusy(bool busy);
    QTreeWidget* neighbourList() const { return m_neighbours; }
    /// Which media an item's neighbours come from (the choice above the list).
    SpaceNeighbours::DomainFilter neighbourFilter() const;

Q_SIGNALS:
    /// A neighbour was clicked or activated (emitted after the view's own click handling).
    void neighbourPicked(qint64 id, bool isUser);
    void trajectoryRequested();
    /// The person chose other media for an item's neighbours.
    void neighbourFilterChanged();

private:
    void clearNeighbours(const QString& heading);

    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_neighboursTitle;
    QComboBox* m_neighbourFilter;
    QTreeWidget* m_neighbours;
    QPushButton* m_trajectory;
};

} // namespace kindred::ui
