#pragma once
// ExplorerSelectionPane: the explorer's right-hand pane: the selected item (title, medium, genres,
// rating count and mean) or user (rating count, mean), its nearest neighbours in a list, and for a
// user a "Show taste trajectory" button. It shows what it is given; the panel does the look-ups.
// UI thread only.

#include <QWidget>

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

Q_SIGNALS:
    /// A neighbour was clicked or activated (emitted after the view's own click handling).
    void neighbourPicked(qint64 id, bool isUser);
    void trajectoryRequested();

private:
    void clearNeighbours(const QString& heading);

    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_neighboursTitle;
    QTreeWidget* m_neighbours;
    QPushButton* m_trajectory;
};

} // namespace kindred::ui
