#include "widgets/ModelParameterForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace kindred::ui {

QString translatedModelText(const std::string& text) {
    return QCoreApplication::translate("ModelKind", text.c_str());
}

ModelParameterForm::ModelParameterForm(const ModelKind& kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_basic(new QFormLayout), m_advanced(new QFormLayout),
      m_advancedBox(new QWidget(this)), m_more(new QToolButton(this)) {
    setObjectName(QString::fromStdString(kind.id));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_basic->setContentsMargins(0, 0, 0, 0);
    m_advanced->setContentsMargins(0, 0, 0, 0);
    m_advancedBox->setLayout(m_advanced);
    bool anyAdvanced = false;
    for (const ModelParameter& parameter : kind.parameters) {
        QWidget* field = makeField(parameter);
        field->setObjectName(QString::fromStdString(parameter.name));
        field->setToolTip(translatedModelText(parameter.help));
        m_fields.insert(QString::fromStdString(parameter.name), field);
        (parameter.advanced ? m_advanced : m_basic)->addRow(translatedModelText(parameter.label), field);
        anyAdvanced |= parameter.advanced;
    }
    layout->addLayout(m_basic);
    m_more->setText(tr("More settings"));
    m_more->setCheckable(true);
    m_more->setAutoRaise(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::RightArrow);
    m_more->setVisible(anyAdvanced);
    connect(m_more, &QToolButton::toggled, this, &ModelParameterForm::showAdvanced);
    layout->addWidget(m_more);
    layout->addWidget(m_advancedBox);
    if (kind.parameters.empty()) {
        m_basic->addRow(new QWidget(this)); // keeps the layout's spacing; the kind says why in its tooltip
    }
    showAdvanced(false);
}

QWidget* ModelParameterForm::makeField(const ModelParameter& p) {
    switch (p.type) {
    case ModelParameter::Type::Integer: {
        auto* box = new QSpinBox(this);
        const double top = std::min(p.maximum, double(std::numeric_limits<int>::max()));
        box->setRange(int(p.minimum), int(top));
        box->setSingleStep(std::max(1, int(p.step)));
        box->setValue(int(std::llround(std::get<double>(p.defaultValue))));
        return box;
    }
    case ModelParameter::Type::Real: {
        auto* box = new QDoubleSpinBox(this);
        box->setDecimals(p.decimals);
        box->setRange(p.minimum, p.maximum);
        box->setSingleStep(p.step);
        box->setValue(std::get<double>(p.defaultValue));
        return box;
    }
    case ModelParameter::Type::Flag: {
        auto* box = new QCheckBox(this);
        box->setChecked(std::get<double>(p.defaultValue) != 0);
        return box;
    }
    case ModelParameter::Type::Choice: {
        auto* box = new QComboBox(this);
        for (const auto& choice : p.choices)
            box->addItem(translatedModelText(choice), QString::fromStdString(choice));
        box->setCurrentIndex(box->findData(QString::fromStdString(std::get<std::string>(p.defaultValue))));
        return box;
    }
    case ModelParameter::Type::Text:
        break;
    }
    auto* edit = new QLineEdit(QString::fromStdString(std::get<std::string>(p.defaultValue)), this);
    edit->setClearButtonEnabled(true);
    return edit;
}

void ModelParameterForm::showAdvanced(bool shown) {
    m_advancedBox->setVisible(shown);
    m_more->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

ParameterValues ModelParameterForm::values() const {
    ParameterValues values;
    for (const ModelParameter& p : m_kind.parameters) {
        QWidget* w = field(p.name);
        if (auto* i = qobject_cast<QSpinBox*>(w))
            values[p.name] = double(i->value());
        else if (auto* d = qobject_cast<QDoubleSpinBox*>(w))
            values[p.name] = d->value();
        else if (auto* c = qobject_cast<QCheckBox*>(w))
            values[p.name] = c->isChecked() ? 1.0 : 0.0;
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            values[p.name] = combo->currentData().toString().toStdString();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            values[p.name] = edit->text().toStdString();
    }
    return values;
}

bool ModelParameterForm::setValue(const std::string& name, const ParameterValue& value) {
    QWidget* w = field(name);
    if (!w)
        return false;
    const double number = std::holds_alternative<double>(value) ? std::get<double>(value) : 0.0;
    const QString text = std::holds_alternative<std::string>(value)
                             ? QString::fromStdString(std::get<std::string>(value))
                             : QString();
    if (auto* i = qobject_cast<QSpinBox*>(w))
        i->setValue(int(std::llround(number)));
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(w))
        d->setValue(number);
    else if (auto* c = qobject_cast<QCheckBox*>(w))
        c->setChecked(number != 0);
    else if (auto* combo = qobject_cast<QComboBox*>(w))
        combo->setCurrentIndex(combo->findData(text));
    else if (auto* edit = qobject_cast<QLineEdit*>(w))
        edit->setText(text);
    return true;
}

} // namespace kindred::ui
