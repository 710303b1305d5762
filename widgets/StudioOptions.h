// StudioOptions: the command line of codecbpe-studio: FILE... [--tokenizer DIR] [--tokenizer-b DIR] [--demo]
// [--panel NAME] [--screenshot PNG].
#pragma once

#include <QString>
#include <QStringList>

namespace codecbpe::widgets {

struct StudioOptions {
    QStringList files;
    QString tokenizerA;
    QString tokenizerB;
    QString screenshot;
    QString panel; // a panel to show, and to screenshot instead of the window
    bool demo = false;

    // Parses the application's arguments; prints help/version or an error and exits the process as Qt's parser does.
    static StudioOptions parse(const QStringList& arguments);
};

} // namespace codecbpe::widgets
