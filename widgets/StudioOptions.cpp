#include "widgets/StudioOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace codecbpe::widgets {

StudioOptions StudioOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("codecbpe::widgets::StudioOptions",
                                    "Codec BPE Studio: see how BPE tokenizers carve neural audio codec codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("codecbpe::widgets::StudioOptions", "Audio files or .npy files of codes to open."),
        QStringLiteral("[FILE...]"));
    const QCommandLineOption tokenizerA(
        QStringLiteral("tokenizer"),
        QCoreApplication::translate("codecbpe::widgets::StudioOptions", "Tokenizer folder A."), QStringLiteral("DIR"));
    const QCommandLineOption tokenizerB(
        QStringLiteral("tokenizer-b"),
        QCoreApplication::translate("codecbpe::widgets::StudioOptions", "Tokenizer folder B, to compare with A."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("codecbpe::widgets::StudioOptions",
                                    "Write a screenshot of the window to FILE once everything is loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("codecbpe::widgets::StudioOptions",
                                    "Open the bundled demo: sample speech, its Codec 2 codes and a small tokenizer."));
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QCoreApplication::translate("codecbpe::widgets::StudioOptions",
                                    "Show the panel NAME (vocabulary, train, compare, export); --screenshot then "
                                    "shows only that panel."),
        QStringLiteral("NAME"));
    parser.addOptions({tokenizerA, tokenizerB, demo, panel, screenshot});
    parser.process(arguments);

    StudioOptions options;
    options.files = parser.positionalArguments();
    options.tokenizerA = parser.value(tokenizerA);
    options.tokenizerB = parser.value(tokenizerB);
    options.screenshot = parser.value(screenshot);
    options.panel = parser.value(panel);
    options.demo = parser.isSet(demo);
    return options;
}

} // namespace codecbpe::widgets
