#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace kindred::ui {

namespace {
const QString kLanguageKey = QStringLiteral("language");

bool isAvailable(const QString& code) {
    for (const LanguageChoice& choice : availableLanguages())
        if (choice.code == code)
            return true;
    return false;
}
} // namespace

QList<LanguageChoice> availableLanguages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString configuredLanguage() {
    const QString code = QSettings().value(kLanguageKey).toString();
    return isAvailable(code) ? code : QString();
}

void setConfiguredLanguage(const QString& code) {
    QSettings().setValue(kLanguageKey, isAvailable(code) ? code : QString());
}

QString installTranslators(const QString& code) {
    QString language = code.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : code;
    if (!isAvailable(language) || language == QLatin1String("en"))
        return QStringLiteral("en");

    auto* app = QCoreApplication::instance();
    auto* kindredTranslator = new QTranslator(app);
    if (!kindredTranslator->load(QStringLiteral(":/i18n/kindred_%1.qm").arg(language))) {
        delete kindredTranslator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(kindredTranslator);
    // Qt's own strings (standard buttons, file dialogs); optional: qt6-translations-l10n.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    QLocale::setDefault(QLocale(language));
    return language;
}

} // namespace kindred::ui
