#include "dialogs/ColdStartDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kindred::ui {

namespace {
constexpr int kItemRole = Qt::UserRole;
}

ColdStartDialog::ColdStartDialog(std::shared_ptr<const PairSession> session, const QString& defaultName,
                                 QWidget* parent)
    : QDialog(parent), m_session(std::move(session)) {
    setWindowTitle(tr("New user from ratings"));
    m_name = new QLineEdit(defaultName, this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search titles…"));
    m_search->setClearButtonEnabled(true);

    m_items = new QStandardItemModel(this);
    for (std::int32_t i = 0; i < m_session->itemCount(); ++i) {
        auto* row = new QStandardItem(QStringLiteral("%1  —  %2").arg(m_session->itemTitle(i),
                                                                      m_session->domainName(m_session->itemDomain(i))));
        row->setData(int(i), kItemRole);
        row->setEditable(false);
        m_items->appendRow(row);
    }
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_items);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setModel(m_filter);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    connect(m_search, &QLineEdit::textChanged, this, &ColdStartDialog::setSearchText);
    connect(m_list, &QListView::doubleClicked, this, &ColdStartDialog::addSelected);
    auto* add = new QPushButton(tr("Add →"), this);
    connect(add, &QPushButton::clicked, this, &ColdStartDialog::addSelected);

    m_ratings = new QTableWidget(0, 3, this);
    m_ratings->setHorizontalHeaderLabels({tr("Item"), tr("Stars"), QString()});
    m_ratings->verticalHeader()->hide();
    m_ratings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ratings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ratings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ratings->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* search = new QVBoxLayout;
    search->addWidget(m_search);
    search->addWidget(m_list, 1);
    search->addWidget(add);
    auto* chosen = new QVBoxLayout;
    chosen->addWidget(new QLabel(tr("Ratings (a handful is enough; 1 = disliked, 5 = loved)"), this));
    chosen->addWidget(m_ratings, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(search, 1);
    columns->addLayout(chosen, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create profile"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(760, 480);
    updateButtons();
}

QString ColdStartDialog::name() const {
    const QString text = m_name->text().trimmed();
    return text.isEmpty() ? tr("New user") : text;
}

std::vector<HistoryEntry> ColdStartDialog::history() const {
    std::vector<HistoryEntry> out;
    for (int row = 0; row < m_ratings->rowCount(); ++row) {
        const auto* stars = qobject_cast<QSpinBox*>(m_ratings->cellWidget(row, 1));
        out.push_back({std::int32_t(m_ratings->item(row, 0)->data(kItemRole).toInt()),
                       float((stars->value() - 1) / 4.0), kNoTimestamp});
    }
    return out;
}

void ColdStartDialog::addRating(std::int32_t item, int stars) {
    if (item < 0 || item >= m_session->itemCount())
        return;
    for (int row = 0; row < m_ratings->rowCount(); ++row)
        if (m_ratings->item(row, 0)->data(kItemRole).toInt() == item) {
            qobject_cast<QSpinBox*>(m_ratings->cellWidget(row, 1))->setValue(stars);
            return;
        }
    const int row = m_ratings->rowCount();
    m_ratings->insertRow(row);
    auto* title = new QTableWidgetItem(m_session->itemTitle(item));
    title->setData(kItemRole, int(item));
    title->setToolTip(m_session->domainName(m_session->itemDomain(item)));
    m_ratings->setItem(row, 0, title);
    auto* spin = new QSpinBox(m_ratings);
    spin->setRange(1, 5);
    spin->setSuffix(tr(" ★"));
    spin->setValue(std::clamp(stars, 1, 5));
    m_ratings->setCellWidget(row, 1, spin);
    auto* remove = new QPushButton(tr("Remove"), m_ratings);
    m_ratings->setCellWidget(row, 2, remove);
    connect(remove, &QPushButton::clicked, this, [this, title] {
        m_ratings->removeRow(m_ratings->row(title));
        updateButtons();
    });
    updateButtons();
}

void ColdStartDialog::setSearchText(const QString& text) {
    if (m_search->text() != text)
        m_search->setText(text); // emits textChanged, which comes back here
    m_filter->setFilterFixedString(text);
}

int ColdStartDialog::ratingCount() const {
    return m_ratings->rowCount();
}

void ColdStartDialog::addSelected() {
    const auto rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        addRating(std::int32_t(index.data(kItemRole).toInt()), 4);
}

void ColdStartDialog::updateButtons() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ratings->rowCount() > 0);
}

} // namespace kindred::ui
