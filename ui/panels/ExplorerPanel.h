#pragma once
// ExplorerPanel: the embedding explorer. Shows a stored projection (PCA / t-SNE / UMAP, 2D or 3D)
// of a trained model's items and users, coloured by medium, genre, cluster or mean rating and
// sized by popularity, in the flat view (every point, cluster names, box and lasso selection) or
// the 3D view (at most kMax3DPoints); search flies to an item; the selection pane lists the
// selected item's (or user's) FAISS neighbours and draws a user's taste trajectory; a box, lasso
// or whole cluster fills the selection table, which can seed the Pairs panel; new projections are
// computed in the background with progress and cancel.
//
// Threading: every load, neighbour search, projection, trajectory and the building of the shown
// points (with the flat view's layout) runs on the panel's own pool (ExplorerJobs); results come
// back through QFutureWatcher on the UI thread. ready() is emitted once points are on screen, or
// once a message says there is nothing to show (no model, no projection, an error).

#include "kindred/common/Progress.h"
#include "panels/ExplorerPoints.h"
#include "panels/Panel.h"
#include "plots/PointView2D.h"
#include "workers/ExplorerJobs.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <cstdint>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QStringListModel;
class QToolButton;

namespace kindred::ui {

class ExplorerProjectionForm;
class ExplorerSelectionPane;
class ExplorerSelectionTable;
class PointView2D;
class ScatterView3D;

/// Above this many points the 3D view shows the most-rated ones (and says so); the flat view
/// always shows every point. 20,000 points draw in about 40 ms a frame with software OpenGL.
inline constexpr int kMax3DPoints = 20000;
/// A 3D projection of more points than this opens in the flat view.
inline constexpr int kFlatViewFrom = 50000;

/// What the worker building a projection's points hands back.
struct ExplorerShownPoints {
    quint64 request = 0;
    std::shared_ptr<const ExplorerSpace> space;
    std::shared_ptr<const Projection> projection;
    ExplorerPointSet set;
    std::shared_ptr<const PointView2D::Layout> flat;
    QList<ScatterPoint> points3D; ///< what the 3D view shows (ExplorerPanel::pointsFor3D)
    qint64 firstLook = 0; ///< the most-rated titled item, selected when a model opens
};

class ExplorerPanel : public Panel {
    Q_OBJECT
public:
    explicit ExplorerPanel(QWidget* parent = nullptr);
    /// Cancels a running projection and waits for the panel's jobs.
    ~ExplorerPanel() override;

    QString title() const override { return tr("Explorer"); }
    QString id() const override { return QStringLiteral("explorer"); }
    bool listsModels() const override { return true; }
    /// Lists the models on a worker, then loads the newest explorable one.
    void setProjectPath(const QString& path) override;
    /// Paints the rendered 3D view over its (blank when grabbed) window container.
    void decorateScreenshot(QImage& image, QPoint offset) override;

    /// Selects the item with this title (exact, else the first containing it; case-insensitive),
    /// flies to it and looks up its neighbours. False when no item matches.
    bool selectItemByTitle(const QString& title);
    /// Selects an item or user by project id; false when the model does not know it.
    bool select(qint64 id, bool isUser, bool fly = true);
    /// Project id of the selected item or user, 0 when none.
    std::int64_t selectedId() const { return m_selectedId; }
    bool selectedIsUser() const { return m_selectedIsUser; }
    /// Points of the shown projection (after the Show filter); the flat view draws all of them.
    int pointCount() const;
    ScatterView3D* scatter() const { return m_scatter; }
    PointView2D* flatView() const { return m_flat; }
    ExplorerSelectionTable* selectionTable() const { return m_table; }
    /// Whether the flat view (every point, box and lasso selection) shows rather than the 3D view.
    bool showsFlatView() const;
    void setFlatView(bool flat);
    /// Selects every shown point of cluster `cluster` (0-based); the selection table lists them
    /// once control returns to the event loop (selectionListed). False without such a cluster.
    bool selectCluster(int cluster);
    /// Looks for the two people most central to the selection on a worker; pairRequested() (or
    /// errorOccurred) follows. False when nothing is selected or a search runs.
    bool recommendForSelection();
    /// Asks for a new person whose history is the selected items (newPersonRequested). False
    /// without selected items.
    bool newPersonFromSelection(const QString& name);
    /// Starts a new projection as the form describes it. False while one runs or without a model.
    bool computeProjection();
    bool isComputing() const { return m_computeWatcher.isRunning(); }
    /// Writes the model's items for TensorFlow's Embedding Projector (vectors.tsv, metadata.tsv)
    /// and the shown projection's coordinates.csv into `folder`, on a worker; exportFinished()
    /// reports the outcome. False (nothing started) when no model is shown.
    bool exportProjector(const QString& folder);
    /// Names cluster `cluster` (0-based) of the shown projection and stores the name with it.
    /// False (and errorOccurred) on an empty name, no such cluster, or a file that cannot be written.
    bool renameCluster(int cluster, const QString& name);
    /// The shown projection's cluster names as the legend shows them (empty without clusters).
    QStringList clusterNames() const;

Q_SIGNALS:
    void selectionChanged(qint64 id, bool isUser);
    /// The selection's neighbours are listed (count may be 0 when the look-up failed).
    void neighboursReady(int count);
    /// A projection run ended; ok when it was stored and is shown.
    void projectionComputed(bool ok, const QString& message);
    void trajectoryShown(int steps);
    /// The plots show a projection's points (after a projection, colouring or Show change).
    void pointsShown(int count);
    void exportFinished(bool ok, const QString& message);
    /// The selection table lists `count` selected items and people.
    void selectionListed(int count);
    /// Recommend for these two people (as the Pairs panel's pickers name them) with model `modelId`.
    void pairRequested(qint64 modelId, const QString& userA, const QString& userB, const QString& why);
    /// A new person named `name` who likes these items (project ids), for model `modelId`.
    void newPersonRequested(qint64 modelId, const QString& name, const QList<qint64>& itemIds);

private:
    QWidget* createControls();
    void loadModel(qint64 modelId);
    void onModelsListed();
    void onSpaceLoaded();
    void fillProjections(qint64 selectId);
    /// Builds the shown projection's points on a worker; onPointsBuilt() shows them.
    void showProjection();
    void onPointsBuilt();
    void updateSummary(const Projection& projection, int points);
    static qint64 mostRatedTitledItem(const ExplorerSpace& space, const ExplorerPointSet& set);
    void updateLegend(const ExplorerPointSet& set);
    void updateShowChoices();
    void showMessage(const QString& message);
    /// Starts the neighbour search of the selected point (with the pane's choice of media).
    void findNeighbours();
    void onNeighbours();
    void onComputed();
    void showTrajectory();
    void askClusterName();
    void askClusterToSelect();
    /// Asks which cluster of the shown projection (dialog titled `title`); −1 when it has none
    /// (said in the status bar) or the person cancels.
    int askForCluster(const QString& title);
    QWidget* createPlotArea();
    /// The shown set for the 3D view: all points, or the kMax3DPoints most-rated when there are more.
    static QList<ScatterPoint> pointsFor3D(const ExplorerPointSet& set);
    /// The cluster names for the 3D view: each name without its media mix.
    static QList<ScatterLabel> labelsFor3D(QList<ScatterLabel> labels);
    void highlightInPlots(qint64 id, bool isUser, bool fly);
    /// Hands m_points3D to the 3D view.
    void show3DPoints();
    void setMessageInPlots(const QString& message);
    void clearPlots();
    /// Fills the selection table from the flat view's selection.
    void listSelection();
    std::shared_ptr<const Projection> currentProjection() const;

    QString m_path;
    QThreadPool m_pool;
    QFutureWatcher<ExplorerModelList> m_modelsWatcher;
    QFutureWatcher<ExplorerSpace> m_spaceWatcher;
    QFutureWatcher<ExplorerNeighbours> m_neighbourWatcher;
    QFutureWatcher<ExplorerComputed> m_computeWatcher;
    QFutureWatcher<ExplorerTrajectory> m_trajectoryWatcher;
    QFutureWatcher<ExplorerCentralPair> m_pairWatcher;
    QFutureWatcher<ExplorerShownPoints> m_pointsWatcher;
    quint64 m_pointsRequest = 0; ///< the newest points request; older answers are dropped
    std::unique_ptr<ProgressToken> m_progress; ///< of the running projection
    std::shared_ptr<const ExplorerSpace> m_space;
    QList<std::shared_ptr<const Projection>> m_projections;
    std::int64_t m_selectedId = 0;
    bool m_selectedIsUser = false;
    /// Bumped when another project or model is opened; a job's result is used only when the
    /// generation it started in is still current.
    quint64 m_generation = 0;
    quint64 m_spaceGeneration = 0, m_computeGeneration = 0, m_trajectoryGeneration = 0;
    qint64 m_trajectoryUser = 0;
    bool m_autoSelect = false;           ///< select the most-rated item once the model's points show
    bool m_readyAfterNeighbours = false; ///< emit ready() when the pending neighbours arrive

    // Controls.
    QComboBox* m_model;
    QComboBox* m_projection;
    QComboBox* m_colourBy;
    QComboBox* m_show;
    QLineEdit* m_search;
    QStringListModel* m_titles;
    ExplorerProjectionForm* m_form;

    // Plots and selection.
    ScatterView3D* m_scatter;
    PointView2D* m_flat;
    QStackedWidget* m_plots;
    QComboBox* m_plotKind;
    QToolButton *m_panTool, *m_boxTool, *m_lassoTool;
    ExplorerPointSet m_shown;          ///< what the plots show
    QList<ScatterPoint> m_points3D;    ///< what the 3D view shows of it
    bool m_scatter3DCurrent = true;    ///< the 3D view holds m_points3D (it is filled when it shows)
    qint64 m_shownProjectionId = -1;   ///< the plot kind is chosen anew when this changes
    QString m_nextSelectionHeading;    ///< the table's heading for the coming selection
    bool m_listingPending = false;     ///< the table's filling is scheduled
    ExplorerSelectionTable* m_table;
    QSplitter* m_plotAndTable; ///< the plot over the selection table
    QLabel* m_legend;
    QLabel* m_summary;
    ExplorerSelectionPane* m_selectionPane;
};

} // namespace kindred::ui
