#include "widgets/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace codecbpe::widgets {

namespace {
const char* const kSettingsKey = "ui/language";
// Our translators are children of the application object; these names find them again to replace them.
const char* const kAppTranslatorName = "codecbpe-app-translator";
const char* const kQtTranslatorName = "codecbpe-qt-translator";

QString g_current = QStringLiteral("en");

void removeTranslator(const char* name)
{
    auto* app = QCoreApplication::instance();
    if (auto* old = app->findChild<QTranslator*>(QString::fromLatin1(name), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
}

void installTranslator(const char* name, const QString& file, const QString& dir)
{
    auto* app = QCoreApplication::instance();
    auto* translator = new QTranslator(app);
    translator->setObjectName(QString::fromLatin1(name));
    if (translator->load(file, dir))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

QList<UiLanguage::Option> UiLanguage::options()
{
    return {
        {QString(), QCoreApplication::translate("codecbpe::widgets::UiLanguage", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

QString UiLanguage::savedChoice()
{
    return QSettings().value(QString::fromLatin1(kSettingsKey)).toString();
}

void UiLanguage::saveChoice(const QString& code)
{
    QSettings().setValue(QString::fromLatin1(kSettingsKey), code);
}

QString UiLanguage::resolve(const QString& choice)
{
    if (!choice.isEmpty())
        return choice;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QLocale locale(name);
        if (locale.language() == QLocale::German)
            return QStringLiteral("de");
        if (locale.language() == QLocale::Chinese)
            return QStringLiteral("zh_CN");
        if (locale.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString UiLanguage::apply(const QString& choice)
{
    removeTranslator(kAppTranslatorName);
    removeTranslator(kQtTranslatorName);
    g_current = resolve(choice);
    if (g_current != QLatin1String("en")) {
        // English is the source language: it needs no translator.
        installTranslator(kAppTranslatorName, QStringLiteral("codecbpe_") + g_current, QStringLiteral(":/i18n"));
        installTranslator(kQtTranslatorName, QStringLiteral("qtbase_") + g_current,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    QLocale::setDefault(QLocale(g_current));
    return g_current;
}

QString UiLanguage::current()
{
    return g_current;
}

} // namespace codecbpe::widgets
