// codecbpe-studio: starts the application in the user's language and opens what the command line names.
#include "widgets/MainWindow.h"
#include "widgets/StudioOptions.h"
#include "widgets/UiLanguage.h"

#include <QApplication>
#include <QTimer>

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
    window.show();
    window.openFiles(options.files);

    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, &options] {
            const bool saved = window.grab().save(options.screenshot);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
