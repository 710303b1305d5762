// codecbpe-studio: starts the application in the user's language and opens what the command line names.
#include "widgets/MainWindow.h"
#include "widgets/Session.h"
#include "widgets/StudioOptions.h"
#include "widgets/UiLanguage.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    using namespace codecbpe::widgets;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("codecbpe"));
    QApplication::setApplicationName(QStringLiteral("Codec BPE Studio"));
    QApplication::setApplicationVersion(QStringLiteral(CODECBPE_VERSION));
    UiLanguage::apply(UiLanguage::savedChoice());

    const StudioOptions options = StudioOptions::parse(QApplication::arguments());

    MainWindow window;
    QWidget* shown = &window;
    if (!options.panel.isEmpty()) {
        shown = window.showPanel(options.panel);
        if (!shown) {
            std::fprintf(stderr, "codecbpe-studio: unknown panel '%s' (known: %s)\n", qPrintable(options.panel),
                         qPrintable(window.panelNames().join(QStringLiteral(", "))));
            return 2;
        }
    }
    window.show();
    const bool opened = options.demo ? window.openDemo() : window.openFiles(options.files);
    if (opened && !options.tokenizerA.isEmpty())
        window.openTokenizer(0, options.tokenizerA);
    if (opened && !options.tokenizerB.isEmpty())
        window.openTokenizer(1, options.tokenizerB);

    if (!options.screenshot.isEmpty()) {
        // A panel that can show a finished run (e.g. Train on the demo codes) starts it and says when it is done.
        if (shown->metaObject()->indexOfMethod("prepareScreenshot()") >= 0)
            QMetaObject::invokeMethod(shown, "prepareScreenshot");
        // Once the background encoding and tokenizations are done (polled: they report through the event loop).
        auto* poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, &options, shown] {
            const Session* session = window.session();
            if (session->isEncoding() || session->isTokenizing(0) || session->isTokenizing(1) ||
                shown->property("screenshotPending").toBool())
                return;
            const bool saved = shown->grab().save(options.screenshot);
            QApplication::exit(saved ? 0 : 1);
        });
        poll->start(50);
    }
    return QApplication::exec();
}
