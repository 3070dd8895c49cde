#pragma once
// Language: which translation Kindred shows. The person's choice lives in QSettings ("language":
// empty = follow the system, else "en", "de" or "fr") and is applied at start-up; widgets are not
// retranslated live, so a change takes effect on the next start.

#include <QList>
#include <QString>

namespace kindred::ui {

struct LanguageChoice {
    QString code;       ///< "en", "de", "fr"
    QString nativeName; ///< "English", "Deutsch", "Français" (never translated)
};

/// The languages with a complete translation (English is the source language).
QList<LanguageChoice> availableLanguages();

/// The stored choice; empty when the person never chose (follow the system locale).
QString configuredLanguage();
/// Stores the choice (empty: follow the system). Unknown codes are stored as empty.
void setConfiguredLanguage(const QString& code);

/// Installs Kindred's translator (embedded :/i18n/kindred_<code>.qm) and Qt's own (qtbase_<code>
/// from Qt's translation folder, when installed) into the running application. `code` empty means
/// the system locale's language. Returns the language in effect: "en" when no translation
/// matched. Call once, on the UI thread, after the QApplication exists and before any window.
QString installTranslators(const QString& code);

} // namespace kindred::ui
