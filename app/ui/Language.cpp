#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace careu::ui {

Q_LOGGING_CATEGORY(lcLanguage, "careu.language")

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString English = QStringLiteral("en");
const QString Spanish = QStringLiteral("es");

Language inUse = Language::English;
std::vector<std::unique_ptr<QTranslator>> installed;

QLocale localeOf(Language language)
{
    const QLocale system = QLocale::system();
    if (language == Language::Spanish)
        return system.language() == QLocale::Spanish ? system
                                                     : QLocale(QLocale::Spanish, QLocale::LatinAmerica);
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

void install(const QString& file, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, folder)) {
        qCInfo(lcLanguage) << "no translation" << file << "in" << folder;
        return;
    }
    QCoreApplication::installTranslator(translator.get());
    installed.push_back(std::move(translator));
}
} // namespace

Language chosenLanguage()
{
    const QString chosen = QSettings().value(LanguageKey).toString();
    if (chosen == Spanish)
        return Language::Spanish;
    if (chosen == English)
        return Language::English;
    return QLocale::system().language() == QLocale::Spanish ? Language::Spanish : Language::English;
}

void chooseLanguage(Language language)
{
    QSettings().setValue(LanguageKey, language == Language::Spanish ? Spanish : English);
}

void useLanguage(Language language)
{
    for (const auto& translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();
    if (language == Language::Spanish) {
        install(QStringLiteral("careu_es"), QStringLiteral(":/i18n"));
        install(QStringLiteral("qtbase_es"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    } else {
        install(QStringLiteral("careu_en"), QStringLiteral(":/i18n")); // "1 row", "2 rows"
    }
    QLocale::setDefault(localeOf(language));
    inUse = language;
}

Language languageInUse()
{
    return inUse;
}

} // namespace careu::ui
