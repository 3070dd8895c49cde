#include "dialogs/ImportWizard.h"

#include "kindred/store/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <functional>

namespace kindred::ui {

namespace {

/// A wizard page whose completeness is a predicate the wizard owns.
class PredicatePage : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    void setPredicate(std::function<bool()> predicate) { m_predicate = std::move(predicate); }
    bool isComplete() const override { return m_predicate ? m_predicate() : QWizardPage::isComplete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_predicate;
};

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

/// The file a preview shows for an input: the file itself, or in a folder (two levels) the most
/// rating-like data file.
QString previewCandidate(const QString& input) {
    const QFileInfo info(input);
    if (info.isFile())
        return info.absoluteFilePath();
    if (!info.isDir())
        return {};
    QString best;
    int bestScore = -1;
    QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(input).relativeFilePath(path);
        if (relative.count(QLatin1Char('/')) > 1)
            continue;
        const QString name = QFileInfo(path).fileName().toLower();
        const QString suffix = QFileInfo(path).suffix().toLower();
        int score = 0;
        if (QStringList{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("dat"),
                        QStringLiteral("data"), QStringLiteral("txt"), QStringLiteral("inter"),
                        QStringLiteral("json"), QStringLiteral("jsonl")}
                .contains(suffix))
            score += 1;
        else
            continue;
        if (name.contains(QLatin1String("rating")) || name == QLatin1String("u.data") ||
            name.contains(QLatin1String("behaviors")) || name.contains(QLatin1String("user_artists")))
            score += 2;
        if (score > bestScore || (score == bestScore && path < best)) {
            best = path;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

ImportWizard::ImportWizard(QString projectPath, QWidget* parent)
    : QWizard(parent)
    , m_projectPath(std::move(projectPath)) {
    setWindowTitle(tr("Import Data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, createSourcePage());
    setPage(MappingPage, createMappingPage());
    setPage(OptionsPage, createOptionsPage());
    setPage(RunPage, createRunPage());
    setPage(ReportPage, createReportPage());
    setStartId(SourcePage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(760, 560);
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportWizard::onImportDone);
    connect(&m_peopleWatcher, &QFutureWatcher<ImportResult>::finished, this, &ImportWizard::onPeopleChecked);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == RunPage && !isImporting() && !m_finished)
            startImport();
        if (id == OptionsPage)
            checkPeople();
    });
}

ImportWizard::~ImportWizard() {
    if (m_token)
        m_token->requestCancel();
    if (m_peopleToken)
        m_peopleToken->requestCancel();
    m_watcher.waitForFinished();
    m_peopleWatcher.waitForFinished();
}

QWizardPage* ImportWizard::createSourcePage() {
    auto* page = new PredicatePage;
    page->setTitle(tr("Choose what to import"));
    page->setSubTitle(
        tr("Files or a folder of a supported dataset; the format is detected from the names and "
           "contents."));
    m_inputList = new QListWidget(page);
    m_inputList->setMaximumHeight(70);
    auto* addFiles = new QPushButton(tr("Add &Files…"), page);
    auto* addFolder = new QPushButton(tr("Add F&older…"), page);
    auto* clear = new QPushButton(tr("Clear"), page);
    connect(addFiles, &QPushButton::clicked, this, &ImportWizard::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportWizard::addFolder);
    connect(clear, &QPushButton::clicked, this, [this] { setInputs({}); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(clear);
    buttons->addStretch(1);
    auto* inputsRow = new QHBoxLayout;
    inputsRow->addWidget(m_inputList, 1);
    inputsRow->addLayout(buttons);

    m_format = new QComboBox(page);
    m_format->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    for (const FormatInfo& format : supportedFormats()) {
        m_format->addItem(fromStd(format.displayName), fromStd(format.id));
        m_format->setItemData(m_format->count() - 1, fromStd(format.description), Qt::ToolTipRole);
    }
    m_detected = new QLabel(page);
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, page] {
        page->recheck();
        fillMappingChoices();
    });

    m_previewLabel = new QLabel(page);
    m_previewLabel->setWordWrap(true);
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(page);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 4);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Format:"), page));
    formatRow->addWidget(m_format, 1);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(inputsRow);
    layout->addLayout(formatRow);
    layout->addWidget(m_detected);
    layout->addSpacing(6);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    page->setPredicate([this] { return !m_inputs.isEmpty() && !effectiveFormat().isEmpty(); });
    return page;
}

QWizardPage* ImportWizard::createMappingPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Map the columns"));
    page->setSubTitle(
        tr("Which column holds what. User and item are required; without a rating column every row "
           "counts as an interaction."));
    m_hasHeader = new QCheckBox(tr("The first line holds the column names"), page);
    m_hasHeader->setChecked(true);
    m_separator = new QComboBox(page);
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Comma"), QStringLiteral(","));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_separator->addItem(tr("Bar |"), QStringLiteral("|"));
    auto* form = new QFormLayout(page);
    form->addRow(QString(), m_hasHeader);
    form->addRow(tr("Separator:"), m_separator);
    auto addColumn = [&](QComboBox*& box, const QString& label) {
        box = new QComboBox(page);
        form->addRow(label, box);
    };
    addColumn(m_userColumn, tr("User:"));
    addColumn(m_itemColumn, tr("Item:"));
    addColumn(m_ratingColumn, tr("Rating:"));
    addColumn(m_timeColumn, tr("Timestamp:"));
    addColumn(m_titleColumn, tr("Title:"));
    addColumn(m_genresColumn, tr("Genres:"));
    connect(m_hasHeader, &QCheckBox::toggled, this, &ImportWizard::fillMappingChoices);
    return page;
}

QWizardPage* ImportWizard::createOptionsPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Names, scale and people"));
    page->setSubTitle(tr("How the import appears in the project. Press Import to start; nothing is written "
                         "unless the whole import succeeds."));
    page->setCommitPage(true);

    m_sourceName = new QLineEdit(page);
    m_sourceName->setPlaceholderText(tr("the folder or file name"));
    m_domainName = new QLineEdit(page);
    m_domainName->setObjectName(QStringLiteral("domainName"));
    m_domainName->setPlaceholderText(tr("e.g. \"my books\" (formats that name their own domains ignore it)"));
    m_domainKind = new QComboBox(page);
    for (const char* kind : {"movie", "book", "music", "news", "other"})
        m_domainKind->addItem(QString::fromLatin1(kind));
    m_namespace = new QLineEdit(page);
    m_namespace->setPlaceholderText(tr("the format's own (e.g. \"douban\", \"movielens\")"));
    m_namespace->setToolTip(tr("Users with the same id in the same namespace are the same person: give two "
                               "imports one namespace when their user ids refer to the same people."));
    auto* namespaceHelp =
        new QLabel(tr("Imports that share a namespace share their users (the same id is the same "
                      "person), which is what links the media."),
                   page);
    namespaceHelp->setWordWrap(true);
    namespaceHelp->setForegroundRole(QPalette::PlaceholderText);

    m_overrideScale = new QCheckBox(tr("Override the format's rating scale:"), page);
    m_scaleMin = new QDoubleSpinBox(page);
    m_scaleMax = new QDoubleSpinBox(page);
    for (QDoubleSpinBox* box : {m_scaleMin, m_scaleMax}) {
        box->setRange(-1000, 100000);
        box->setDecimals(1);
        box->setEnabled(false);
    }
    m_scaleMin->setValue(1);
    m_scaleMax->setValue(5);
    connect(m_overrideScale, &QCheckBox::toggled, m_scaleMin, &QWidget::setEnabled);
    connect(m_overrideScale, &QCheckBox::toggled, m_scaleMax, &QWidget::setEnabled);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_overrideScale);
    scaleRow->addWidget(m_scaleMin);
    scaleRow->addWidget(new QLabel(tr("to"), page));
    scaleRow->addWidget(m_scaleMax);
    scaleRow->addStretch(1);

    auto* abort = new QRadioButton(tr("Stop at the first bad row"), page);
    m_skipBadRows = new QRadioButton(tr("Skip bad rows and list them in the report"), page);
    m_skipBadRows->setObjectName(QStringLiteral("skipBadRows"));
    abort->setChecked(true); // as the CLI: a truncated or damaged file is not half imported
    auto* badRows = new QVBoxLayout;
    badRows->addWidget(m_skipBadRows);
    badRows->addWidget(abort);

    m_people = new QLabel(page);
    m_people->setObjectName(QStringLiteral("people"));
    m_people->setWordWrap(true);
    m_people->setTextFormat(Qt::PlainText); // names come from the data
    m_linkPeople = new QPushButton(page);
    m_linkPeople->setToolTip(tr("Only when you know these ids name the same people: numeric ids of unrelated "
                                "datasets often coincide by chance."));
    m_linkPeople->hide();
    connect(m_linkPeople, &QPushButton::clicked, this, [this] {
        m_namespace->setText(m_linkPeople->property("namespace").toString());
        m_linkPeople->hide();
        m_people->setText(tr("Linked: these files' people join namespace \"%1\".").arg(m_namespace->text()));
    });
    auto* peopleRow = new QHBoxLayout;
    peopleRow->addWidget(m_people, 1);
    peopleRow->addWidget(m_linkPeople, 0, Qt::AlignTop);

    auto* form = new QFormLayout;
    form->addRow(tr("Source name:"), m_sourceName);
    form->addRow(tr("Domain to create:"), m_domainName);
    form->addRow(tr("Domain kind:"), m_domainKind);
    form->addRow(tr("User namespace:"), m_namespace);
    form->addRow(QString(), namespaceHelp);
    form->addRow(tr("People:"), peopleRow);
    form->addRow(tr("Rating scale:"), scaleRow);
    form->addRow(tr("Bad rows:"), badRows);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWizardPage* ImportWizard::createRunPage() {
    auto* page = new PredicatePage;
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("Reading, checking and writing the ratings in one transaction."));
    m_phase = new QLabel(page);
    m_phase->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_cancel = new QPushButton(tr("Cancel Import"), page);
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::cancelImport);
    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_phase);
    layout->addLayout(row);
    layout->addStretch(1);
    page->setPredicate([this] { return m_finished; });
    return page;
}

QWizardPage* ImportWizard::createReportPage() {
    auto* page = new QWizardPage;
    page->setTitle(tr("Cleaning report"));
    page->setFinalPage(true);
    m_outcome = new QLabel(page);
    m_outcome->setWordWrap(true);
    m_report = new QTextBrowser(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_outcome);
    layout->addWidget(m_report, 1);
    return page;
}

int ImportWizard::nextId() const {
    switch (currentId()) {
    case SourcePage:
        return effectiveFormat() == QLatin1String("generic-csv") ? MappingPage : OptionsPage;
    case MappingPage:
        return OptionsPage;
    case OptionsPage:
        return RunPage;
    case RunPage:
        return ReportPage;
    default:
        return -1;
    }
}

void ImportWizard::addFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Files"));
    if (!files.isEmpty())
        setInputs(m_inputs + files);
}

void ImportWizard::addFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!dir.isEmpty())
        setInputs(m_inputs + QStringList{dir});
}

void ImportWizard::setInputs(const QStringList& paths) {
    m_inputs.clear();
    for (const QString& path : paths)
        if (!m_inputs.contains(QFileInfo(path).absoluteFilePath()))
            m_inputs << QFileInfo(path).absoluteFilePath();
    m_inputList->clear();
    m_inputList->addItems(m_inputs);
    detect();
    updatePreview();
    fillMappingChoices();
    if (auto* source = static_cast<PredicatePage*>(page(SourcePage)))
        source->recheck();
}

void ImportWizard::setFormat(const QString& formatId) {
    const int index = m_format->findData(formatId);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ImportWizard::effectiveFormat() const {
    const QString chosen = m_format->currentData().toString();
    return chosen != QLatin1String("auto") ? chosen : fromStd(m_guess.formatId);
}

void ImportWizard::detect() {
    m_guess = {};
    if (m_inputs.isEmpty()) {
        m_detected->setText(tr("Add files or a folder."));
        return;
    }
    std::vector<std::filesystem::path> inputs;
    for (const QString& input : std::as_const(m_inputs))
        inputs.emplace_back(input.toStdString());
    try {
        m_guess = detectFormat(inputs);
        if (m_guess.formatId.empty()) {
            // A lone rating file (u.data, ratings.csv) is often recognised only with its companions
            // (u.item, movies.csv): look at the folders it lies in. The import still reads the
            // chosen files; importers find their companions next to them.
            std::vector<std::filesystem::path> folders;
            for (const QString& input : std::as_const(m_inputs))
                if (QFileInfo(input).isFile())
                    folders.emplace_back(QFileInfo(input).absolutePath().toStdString());
            if (!folders.empty()) {
                FormatGuess byFolder = detectFormat(folders);
                if (!byFolder.formatId.empty()) {
                    byFolder.reason += " (" + tr("from the files next to it").toStdString() + ")";
                    m_guess = byFolder;
                }
            }
        }
    } catch (const std::exception& e) {
        m_guess.reason = e.what();
    }
    if (m_guess.formatId.empty()) {
        m_detected->setText(
            tr("<b>Format not recognised</b>%1 — choose one above.")
                .arg(m_guess.reason.empty() ? QString() : QStringLiteral(": ") + fromStd(m_guess.reason)));
        return;
    }
    QString name = fromStd(m_guess.formatId);
    for (const FormatInfo& format : supportedFormats())
        if (format.id == m_guess.formatId)
            name = fromStd(format.displayName);
    const QString reason = fromStd(m_guess.reason);
    QString text = tr("Detected <b>%1</b> (%2% sure)").arg(name.toHtmlEscaped()).arg(m_guess.confidence);
    if (!reason.isEmpty() && reason != name)
        text += QStringLiteral(": ") + reason.toHtmlEscaped();
    m_detected->setText(text);
}

void ImportWizard::updatePreview() {
    m_previewModel->clear();
    m_previewRows.clear();
    QString file;
    for (const QString& input : std::as_const(m_inputs)) {
        file = previewCandidate(input);
        if (!file.isEmpty())
            break;
    }
    if (file.isEmpty()) {
        m_previewLabel->setText(m_inputs.isEmpty() ? QString() : tr("No data file to preview."));
        return;
    }
    auto preview = previewFile(file.toStdString(), 20);
    if (!preview) {
        m_previewLabel->setText(
            tr("Preview of %1: %2").arg(QFileInfo(file).fileName(), fromStd(preview.status().message())));
        return;
    }
    const FilePreview& p = preview.value();
    m_previewRows = p.rows;
    int columns = 0;
    for (const auto& row : p.rows)
        columns = std::max(columns, int(row.size()));
    m_previewModel->setColumnCount(columns);
    // A first line without a single number above a line with numbers is a header: show it as one.
    auto hasNumber = [](const std::vector<std::string>& row) {
        for (const std::string& field : row) {
            bool ok = false;
            QString::fromStdString(field).trimmed().toDouble(&ok);
            if (ok)
                return true;
        }
        return false;
    };
    const bool header = p.rows.size() >= 2 && !hasNumber(p.rows[0]) && hasNumber(p.rows[1]);
    QStringList lineNumbers;
    for (std::size_t r = header ? 1 : 0; r < p.rows.size(); ++r) {
        QList<QStandardItem*> items;
        for (const std::string& field : p.rows[r])
            items << new QStandardItem(fromStd(field));
        m_previewModel->appendRow(items);
        lineNumbers << QString::number(r + 1);
    }
    m_previewModel->setVerticalHeaderLabels(lineNumbers);
    if (header) {
        QStringList names;
        for (const std::string& field : p.rows[0])
            names << fromStd(field);
        m_previewModel->setHorizontalHeaderLabels(names);
    }
    const QString separator =
        p.separator == '\t' ? tr("tab") : QStringLiteral("'%1'").arg(QLatin1Char(p.separator));
    m_previewLabel->setText(
        tr("First %1 lines of <b>%2</b> (separator %3, %4):")
            .arg(p.rows.size())
            .arg(QFileInfo(file).fileName().toHtmlEscaped(), separator, fromStd(p.encoding)));
}

void ImportWizard::fillMappingChoices() {
    QStringList names;
    const bool header = m_hasHeader->isChecked() && !m_previewRows.empty();
    std::size_t columns = 0;
    for (const auto& row : m_previewRows)
        columns = std::max(columns, row.size());
    for (std::size_t c = 0; c < columns; ++c) {
        if (header && c < m_previewRows.front().size() && !m_previewRows.front()[c].empty())
            names << fromStd(m_previewRows.front()[c]);
        else
            names << tr("column %1").arg(c + 1);
    }
    auto fill = [&](QComboBox* box, bool optional, const QStringList& hints, int fallback) {
        box->clear();
        if (optional)
            box->addItem(tr("(none)"), QString());
        int chosen = -1;
        for (int c = 0; c < names.size(); ++c) {
            // Header names are matched by name, headerless files by 0-based index.
            box->addItem(names[c], header ? names[c] : QString::number(c));
            for (const QString& hint : hints)
                if (chosen < 0 && header && names[c].contains(hint, Qt::CaseInsensitive))
                    chosen = c;
        }
        if (chosen < 0 && fallback >= 0 && fallback < names.size())
            chosen = fallback;
        box->setCurrentIndex(chosen < 0 ? 0 : chosen + (optional ? 1 : 0));
    };
    fill(m_userColumn, false, {QStringLiteral("user")}, 0);
    fill(m_itemColumn, false,
         {QStringLiteral("item"), QStringLiteral("movie"), QStringLiteral("book"), QStringLiteral("track"),
          QStringLiteral("artist")},
         1);
    fill(m_ratingColumn, true, {QStringLiteral("rating"), QStringLiteral("score"), QStringLiteral("stars")},
         header ? -1 : 2);
    fill(m_timeColumn, true, {QStringLiteral("time"), QStringLiteral("date")}, header ? -1 : 3);
    fill(m_titleColumn, true, {QStringLiteral("title"), QStringLiteral("name")}, -1);
    fill(m_genresColumn, true, {QStringLiteral("genre"), QStringLiteral("tag")}, -1);
}

ImportOptions ImportWizard::options() const {
    ImportOptions o;
    o.format = effectiveFormat().isEmpty() ? "auto" : effectiveFormat().toStdString();
    o.badRows = m_skipBadRows->isChecked() ? BadRowPolicy::Skip : BadRowPolicy::Abort;
    if (m_overrideScale->isChecked())
        o.scale = RatingScale{m_scaleMin->value(), m_scaleMax->value()};
    o.sourceName = m_sourceName->text().trimmed().toStdString();
    o.domain = m_domainName->text().trimmed().toStdString();
    if (!o.domain.empty())
        o.domainKind = m_domainKind->currentText().toStdString();
    o.userNamespace = m_namespace->text().trimmed().toStdString();
    if (o.format == "generic-csv") {
        o.hasHeader = m_hasHeader->isChecked();
        const QString separator = m_separator->currentData().toString();
        o.separator = separator.isEmpty() ? 0 : separator.at(0).toLatin1();
        o.mapping.user = m_userColumn->currentData().toString().toStdString();
        o.mapping.item = m_itemColumn->currentData().toString().toStdString();
        o.mapping.rating = m_ratingColumn->currentData().toString().toStdString();
        o.mapping.timestamp = m_timeColumn->currentData().toString().toStdString();
        o.mapping.title = m_titleColumn->currentData().toString().toStdString();
        o.mapping.genres = m_genresColumn->currentData().toString().toStdString();
        if (o.domain.empty())
            o.domainKind = m_domainKind->currentText().toStdString();
    }
    return o;
}

void ImportWizard::checkPeople() {
    const ImportOptions current = options();
    const QString key = m_inputs.join(QLatin1Char('\n')) + QLatin1Char('\n') + fromStd(current.format);
    if (m_inputs.isEmpty() || key == m_peopleCheckedFor || m_peopleWatcher.isRunning())
        return;
    m_peopleCheckedFor = key;
    m_linkPeople->hide();
    m_people->setText(tr("Checking whether the people of these files are already in the project…"));
    m_peopleToken = std::make_unique<ProgressToken>();
    m_peopleWatcher.setFuture(runOnInputs(OpenMode::ReadOnly, current, m_peopleToken.get(), previewImport));
}

void ImportWizard::onPeopleChecked() {
    const ImportResult preview = m_peopleWatcher.result();
    if (!preview.status) {
        // The import itself will say what is wrong with the files, with file and line.
        m_people->setText(tr("Could not read the files ahead: %1").arg(fromStd(preview.status.message())));
        return;
    }
    const auto& shared = preview.report.sharedPeople;
    if (shared.empty()) {
        m_people->setText(tr("None of these files' %n people has an id that is already in the project.", nullptr,
                             int(preview.report.importUsers)));
        return;
    }
    const NamespaceOverlap& most = *std::max_element(
        shared.begin(), shared.end(), [](const auto& a, const auto& b) { return a.sharedUsers < b.sharedUsers; });
    QStringList sources;
    for (const std::string& source : most.sources)
        sources << fromStd(source);
    m_people->setText(tr("%1 of these files' %2 people have ids that already exist in namespace \"%3\" (%4). If "
                         "they are the same people, link them: their ratings in both media then belong to one "
                         "person, which is what connects the media.")
                          .arg(most.sharedUsers)
                          .arg(preview.report.importUsers)
                          .arg(fromStd(most.userNamespace), sources.join(QStringLiteral(", "))));
    m_linkPeople->setText(tr("Link them"));
    m_linkPeople->setProperty("namespace", fromStd(most.userNamespace));
    m_linkPeople->setVisible(fromStd(most.userNamespace) != m_namespace->text().trimmed());
}

QString ImportWizard::peopleText() const {
    return m_people ? m_people->text() : QString();
}

void ImportWizard::startImport() {
    if (isImporting())
        return;
    if (m_peopleToken)
        m_peopleToken->requestCancel(); // the import reads the files now
    m_finished = false;
    m_result = {};
    static_cast<PredicatePage*>(page(RunPage))->recheck();
    m_phase->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_token = std::make_unique<ProgressToken>([this](const ProgressEvent& event) {
        // Worker thread: hand plain values to the UI thread.
        QMetaObject::invokeMethod(
            this,
            [this, phase = fromStd(event.phase), done = qint64(event.done), total = qint64(event.total)] {
                showProgress(phase, done, total);
            },
            Qt::QueuedConnection);
    });
    m_watcher.setFuture(runOnInputs(OpenMode::OpenExisting, options(), m_token.get(), importDataset));
}

template <class Job>
QFuture<ImportResult> ImportWizard::runOnInputs(OpenMode mode, const ImportOptions& options, ProgressToken* token,
                                                Job job) const {
    std::vector<std::filesystem::path> inputs;
    for (const QString& input : std::as_const(m_inputs))
        inputs.emplace_back(input.toStdString());
    return QtConcurrent::run([project = m_projectPath.toStdString(), inputs, options, token, mode, job]() -> ImportResult {
        ImportResult failed;
        try {
            auto opened = Project::open(project, mode);
            if (opened)
                return job(*opened.value(), inputs, options, token);
            failed.status = opened.status();
        } catch (const std::exception& e) {
            failed.status = Status::failure(e.what()); // nothing may cross the event loop
        }
        return failed;
    });
}

void ImportWizard::showProgress(const QString& phase, qint64 done, qint64 total) {
    if (m_finished)
        return;
    m_phase->setText(phase);
    // Per mille, so byte counts beyond int range fit the bar.
    m_progress->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
}

void ImportWizard::cancelImport() {
    if (m_token && isImporting()) {
        m_token->requestCancel();
        m_phase->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void ImportWizard::onImportDone() {
    m_result = m_watcher.result();
    m_finished = true;
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(m_result.status ? 1000 : m_progress->value());
    m_phase->setText(m_result.status ? tr("Done.") : fromStd(m_result.status.message()));
    showReport();
    static_cast<PredicatePage*>(page(RunPage))->recheck();
    const QLocale locale;
    const QString message = m_result.status
                                ? tr("Imported %1 rows into %2 (%3 rejected)")
                                      .arg(locale.toString(qulonglong(m_result.report.rowsKept)),
                                           QFileInfo(m_projectPath).fileName(),
                                           locale.toString(qulonglong(m_result.report.rowsRejected)))
                                : tr("Import failed: %1").arg(fromStd(m_result.status.message()));
    if (currentId() == RunPage)
        next();
    Q_EMIT importFinished(m_result.status.ok(), message);
}

void ImportWizard::showReport() {
    const CleaningReport& r = m_result.report;
    const QLocale locale;
    auto n = [&](std::uint64_t value) { return locale.toString(qulonglong(value)); };
    if (m_result.status)
        m_outcome->setText(tr("<b>Imported.</b> Everything below was written to %1 in one transaction.")
                               .arg(QFileInfo(m_projectPath).fileName().toHtmlEscaped()));
    else
        m_outcome->setText(tr("<b>Nothing was imported:</b> %1 — the project is unchanged.")
                               .arg(fromStd(m_result.status.message()).toHtmlEscaped()));
    QString html;
    html += QStringLiteral("<table cellspacing=0 cellpadding=3>");
    auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Format"), fromStd(r.format).toHtmlEscaped());
    row(tr("Source"), fromStd(r.sourceName).toHtmlEscaped());
    row(tr("User namespace"), fromStd(r.userNamespace).toHtmlEscaped());
    row(tr("Rows read"), n(r.rowsRead));
    row(tr("Rows kept"), n(r.rowsKept));
    row(tr("Rows rejected"), n(r.rowsRejected));
    row(tr("Duplicates resolved (latest kept)"), n(r.duplicatesResolved));
    row(tr("Ratings replacing earlier ones"), n(r.replacedExisting));
    row(tr("Fields re-encoded from Latin-1"), n(r.textFieldsReencoded));
    row(tr("Fields trimmed"), n(r.fieldsTrimmed));
    row(tr("Text fields with control characters replaced"), n(r.controlCharactersReplaced));
    row(tr("Feedback"), r.isExplicit ? tr("ratings %1–%2 (explicit)")
                                           .arg(locale.toString(r.scaleMin, 'g', 4), locale.toString(r.scaleMax, 'g', 4))
                                     : tr("interactions (implicit)"));
    row(tr("New users / items"), n(r.newUsers) + QStringLiteral(" / ") + n(r.newItems));
    row(tr("Seconds"), locale.toString(r.seconds, 'f', 2));
    html += QStringLiteral("</table>");
    if (!r.domains.empty()) {
        html += tr("<h4>Domains</h4>") +
                QStringLiteral("<table cellspacing=0 cellpadding=3><tr><th align=left>%1</th>"
                               "<th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Domain"), tr("Users"), tr("Items"), tr("Ratings"));
        for (const DomainImportCounts& d : r.domains)
            html += QStringLiteral("<tr><td>%1 (%2)</td><td align=right>%3</td><td align=right>%4</td>"
                                   "<td align=right>%5</td></tr>")
                        .arg(fromStd(d.domain).toHtmlEscaped(), fromStd(d.kind).toHtmlEscaped(), n(d.users),
                             n(d.items), n(d.ratings));
        html += QStringLiteral("</table>");
    }
    if (!r.feedbackReason.empty())
        html += tr("<p><small>Feedback type: %1</small></p>").arg(fromStd(r.feedbackReason).toHtmlEscaped());
    if (!r.sharedPeople.empty()) {
        // Ids in another namespace are other people: say so, so a person can re-import into that
        // namespace when they are the same people.
        html += tr("<h4>People shared with earlier imports</h4><ul>");
        for (const NamespaceOverlap& overlap : r.sharedPeople) {
            QStringList sources;
            for (const std::string& source : overlap.sources)
                sources << fromStd(source).toHtmlEscaped();
            html += tr("<li>%1 of the %2 people of this import have ids that also exist in namespace <b>%3</b> "
                       "(%4).</li>")
                        .arg(n(overlap.sharedUsers), n(r.importUsers), fromStd(overlap.userNamespace).toHtmlEscaped(),
                             sources.join(QStringLiteral(", ")));
        }
        html += tr("</ul><p>They are kept apart as different people. If they are the same people, import "
                   "these files again with that user namespace (on the options page, into a project without "
                   "this import) so their tastes connect across media.</p>");
    }
    if (!r.notes.empty()) {
        html += tr("<h4>Notes</h4><ul>");
        for (const std::string& note : r.notes)
            html += QStringLiteral("<li>%1</li>").arg(fromStd(note).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!r.rejected.empty()) {
        html += tr("<h4>Rejected rows</h4>");
        if (r.rejected.size() < r.rowsRejected)
            html += tr("<p>The first %1 of %2:</p>").arg(n(r.rejected.size()), n(r.rowsRejected));
        html += QStringLiteral("<table cellspacing=0 cellpadding=2><tr><th align=left>%1</th><th>%2</th>"
                               "<th align=left>%3</th></tr>")
                    .arg(tr("File"), tr("Line"), tr("Problem"));
        for (const ImportIssue& issue : r.rejected)
            html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td></tr>")
                        .arg(QFileInfo(fromStd(issue.file)).fileName().toHtmlEscaped(),
                             issue.line ? n(issue.line) : QStringLiteral("—"),
                             fromStd(issue.problem).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_report->setHtml(html);
}

QString ImportWizard::reportText() const {
    return m_report->toPlainText();
}

void ImportWizard::reject() {
    if (isImporting()) {
        // The import runs in one transaction: cancelling rolls it back, then the dialog closes.
        cancelImport();
        m_watcher.waitForFinished();
    }
    QWizard::reject();
}

} // namespace kindred::ui
