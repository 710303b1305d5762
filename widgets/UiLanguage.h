// UiLanguage: the studio's interface languages, the user's saved choice (QSettings) and installing its translators.
#pragma once

#include <QList>
#include <QString>

namespace codecbpe::widgets {

class UiLanguage {
public:
    struct Option {
        QString code;        // "" = follow the system, else "en", "de", "zh_CN"
        QString displayName; // in its own language, so a user who cannot read the current one finds theirs
    };

    static QList<Option> options();

    // The saved choice ("" = system).
    static QString savedChoice();
    static void saveChoice(const QString& code);

    // The language a choice resolves to: the choice itself, or for "" the best match of the system's UI languages.
    static QString resolve(const QString& choice);

    // Replaces the installed translators by those of `choice`; every widget then receives QEvent::LanguageChange.
    // Returns the language now in use.
    static QString apply(const QString& choice);
    static QString current();
};

} // namespace codecbpe::widgets
