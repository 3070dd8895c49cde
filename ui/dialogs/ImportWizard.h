#pragma once
// ImportWizard: File → Import…. Pages: the files or folder (detected format + a preview of the
// first rows), the column mapping (generic CSV/TSV only), options (rating scale, source and domain
// names, user namespace, bad rows), the import itself (progress + Cancel, on a pool thread with
// its own connection to the project) and the cleaning report.

#include "kindred/common/Progress.h"
#include "kindred/importers/Import.h"
#include "kindred/store/Project.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWizard>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace kindred::ui {

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePage, MappingPage, OptionsPage, RunPage, ReportPage };

    /// projectPath: an existing `.kindred` file the import adds to.
    explicit ImportWizard(QString projectPath, QWidget* parent = nullptr);
    /// Cancels a running import and waits for it (the project is left as it was).
    ~ImportWizard() override;

    /// Replaces the inputs (files and/or folders), detects their format and shows a preview.
    void setInputs(const QStringList& paths);
    QStringList inputs() const { return m_inputs; }
    /// "auto" or an importer id chosen by the person.
    void setFormat(const QString& formatId);
    /// The importer that will run: the chosen one, else the detected one; empty when unknown.
    QString effectiveFormat() const;
    const FormatGuess& guess() const { return m_guess; }
    QStandardItemModel* previewModel() const { return m_previewModel; }
    /// The options the pages describe now.
    ImportOptions options() const;

    bool isImporting() const { return m_watcher.isRunning(); }
    /// After importFinished: the outcome and its cleaning report.
    bool importSucceeded() const { return m_result.status.ok(); }
    const ImportResult& result() const { return m_result; }
    /// The report page's text (plain), as a person reads it.
    QString reportText() const;
    /// The options page's people check as a person reads it (empty until it has run).
    QString peopleText() const;
    QPushButton* linkPeopleButton() const { return m_linkPeople; }

    int nextId() const override;

public Q_SLOTS:
    void cancelImport();
    void reject() override;

Q_SIGNALS:
    /// The import ended (UI thread). ok: everything was written; message: summary or error.
    void importFinished(bool ok, const QString& message);

private:
    QWizardPage* createSourcePage();
    QWizardPage* createMappingPage();
    QWizardPage* createOptionsPage();
    QWizardPage* createRunPage();
    QWizardPage* createReportPage();
    void addFiles();
    void addFolder();
    void detect();
    void updatePreview();
    void fillMappingChoices();
    void startImport();
    /// Options page: reads the inputs into a scratch project (previewImport) on a worker and, when
    /// people of these files already exist in another namespace, offers to link them.
    void checkPeople();
    void onPeopleChecked();
    /// Runs job(project, the inputs, options, token) on a pool thread with its own connection to the
    /// project opened in `mode` (importDataset or previewImport); failures become the result's status.
    template <class Job>
    QFuture<ImportResult> runOnInputs(OpenMode mode, const ImportOptions& options, ProgressToken* token, Job job) const;
    void showProgress(const QString& phase, qint64 done, qint64 total);
    void onImportDone();
    void showReport();

    QString m_projectPath;
    QStringList m_inputs;
    FormatGuess m_guess;
    std::vector<std::vector<std::string>> m_previewRows;
    std::unique_ptr<ProgressToken> m_token;
    QFutureWatcher<ImportResult> m_watcher;
    std::unique_ptr<ProgressToken> m_peopleToken;   ///< the running people check (cancelled on close)
    QFutureWatcher<ImportResult> m_peopleWatcher;
    QString m_peopleCheckedFor;                     ///< inputs + format the last check read
    ImportResult m_result;
    bool m_finished = false;

    // Source page.
    QListWidget* m_inputList = nullptr;
    QComboBox* m_format = nullptr;
    QLabel* m_detected = nullptr;
    QLabel* m_previewLabel = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QTableView* m_preview = nullptr;
    // Mapping page.
    QCheckBox* m_hasHeader = nullptr;
    QComboBox* m_separator = nullptr;
    QComboBox* m_userColumn = nullptr;
    QComboBox* m_itemColumn = nullptr;
    QComboBox* m_ratingColumn = nullptr;
    QComboBox* m_timeColumn = nullptr;
    QComboBox* m_titleColumn = nullptr;
    QComboBox* m_genresColumn = nullptr;
    // Options page.
    QLabel* m_people = nullptr;         ///< what the people check found
    QPushButton* m_linkPeople = nullptr; ///< "use that namespace"
    QLineEdit* m_sourceName = nullptr;
    QLineEdit* m_domainName = nullptr;
    QComboBox* m_domainKind = nullptr;
    QLineEdit* m_namespace = nullptr;
    QCheckBox* m_overrideScale = nullptr;
    QDoubleSpinBox* m_scaleMin = nullptr;
    QDoubleSpinBox* m_scaleMax = nullptr;
    QRadioButton* m_skipBadRows = nullptr;
    // Run page.
    QLabel* m_phase = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    // Report page.
    QLabel* m_outcome = nullptr;
    QTextBrowser* m_report = nullptr;
};

} // namespace kindred::ui
