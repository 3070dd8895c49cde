#pragma once
// ModelParameterForm: the form of one model kind's parameters, generated from its ModelKind
// description (one field per ModelParameter: spin boxes, a check box or a combo box), so a new
// kind or parameter needs no form code. Advanced parameters sit behind a "More" toggle. Each
// field's objectName is the parameter's name (e.g. "learning-rate").

#include "kindred/train/ModelKind.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QToolButton;

namespace kindred::ui {

class ModelParameterForm : public QWidget {
    Q_OBJECT
public:
    /// `kind` must outlive the form (registered kinds live as long as the program).
    explicit ModelParameterForm(const ModelKind& kind, QWidget* parent = nullptr);

    const ModelKind& kind() const { return m_kind; }
    /// The value of every field (the kind's defaults unless changed).
    ParameterValues values() const;
    /// Sets one field; false when the kind has no such parameter.
    bool setValue(const std::string& name, const ParameterValue& value);
    /// The field of a parameter, or nullptr.
    QWidget* field(const std::string& name) const { return m_fields.value(QString::fromStdString(name)); }

private:
    QWidget* makeField(const ModelParameter& parameter);
    void showAdvanced(bool shown);

    const ModelKind& m_kind;
    QFormLayout* m_basic;
    QFormLayout* m_advanced;
    QWidget* m_advancedBox;
    QToolButton* m_more;
    QHash<QString, QWidget*> m_fields;
};

/// A model kind's or parameter's text in the interface language (translations live in the
/// "ModelKind" context; see ModelKindTexts.cpp).
QString translatedModelText(const std::string& text);

} // namespace kindred::ui
