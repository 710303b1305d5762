// Tests of the studio's main window: menus and actions, the About box, switching the language live, PNG grabs.
#include "widgets/AboutDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/PreferencesDialog.h"
#include "widgets/UiLanguage.h"

#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>

using namespace codecbpe::widgets;

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void menusAndActionsExist();
    void aboutBoxNamesVersionAndLicences();
    void preferencesSwitchLanguageLive();
    void chineseLanguageTranslatesMenus();
    void languageChoiceIsRestoredOnRestart();
    void windowGeometryIsPersisted();
    void translationsAreComplete_data();
    void translationsAreComplete();

private:
    static QStringList menuTitles(const MainWindow& window);
};

QStringList tst_MainWindow::menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

void tst_MainWindow::initTestCase()
{
    codecbpe::test::isolateStudioSettings();
}

void tst_MainWindow::cleanup()
{
    UiLanguage::saveChoice(QString());
    UiLanguage::apply(QStringLiteral("en"));
}

void tst_MainWindow::menusAndActionsExist()
{
    // Given a fresh window in English
    UiLanguage::apply(QStringLiteral("en"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Then the five menus and every frequent action are there, with shortcuts
    QCOMPARE(menuTitles(window), (QStringList{"&File", "&View", "&Playback", "&Tools", "&Help"}));
    const QStringList actions{"actionOpen",      "actionOpenTokenizerA", "actionOpenTokenizerB", "actionQuit",
                              "actionZoomIn",    "actionZoomOut",        "actionZoomFit",        "actionPreferences",
                              "actionAbout",     "actionLaneWaveform",   "actionLaneCodeGrid",   "actionLaneTokensA",
                              "actionLaneTokensB", "actionPlay",        "actionPlayDecoded",    "actionLoop",
                              "actionEncode"};
    for (const QString& name : actions) {
        auto* action = window.findChild<QAction*>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->text().isEmpty(), qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
    }
    QCOMPARE(window.findChild<QAction*>("actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
    // And every toolbar button shows an icon beside its text
    for (const QAction* action : window.findChild<QToolBar*>("mainToolBar")->actions())
        QVERIFY2(action->isSeparator() || !action->icon().pixmap(24).isNull(), qPrintable(action->objectName()));
    QVERIFY(window.findChild<QMenu*>("menuRecent"));
    QVERIFY(window.findChild<QMenu*>("menuLanes"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Codec BPE Studio"));
    QVERIFY(window.grab().save(codecbpe::test::widgetOutputDir() + "/mainwindow-en.png"));
}

void tst_MainWindow::aboutBoxNamesVersionAndLicences()
{
    UiLanguage::apply(QStringLiteral("en"));
    MainWindow window;
    window.show();
    window.findChild<QAction*>("actionAbout")->trigger();
    auto* about = window.findChild<AboutDialog*>("aboutDialog");
    QVERIFY(about);
    QVERIFY(QTest::qWaitForWindowExposed(about));
    const QString text = about->text();
    QVERIFY(text.contains(QStringLiteral(CODECBPE_VERSION_FOR_TESTS)));
    for (const char* name : {"Qt", "QCustomPlot", "libtorch", "libsndfile", "codec2", "LGPL", "GPL v3", "BSD"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
    QVERIFY(!text.contains(QLatin1String("http")));
    QVERIFY(about->grab().save(codecbpe::test::widgetOutputDir() + "/about-en.png"));
    about->close();
}

void tst_MainWindow::preferencesSwitchLanguageLive()
{
    // Given an English window
    UiLanguage::apply(QStringLiteral("en"));
    MainWindow window;
    window.show();

    // When German is chosen in the Preferences dialog and accepted
    window.findChild<QAction*>("actionPreferences")->trigger();
    auto* preferences = window.findChild<PreferencesDialog*>("preferencesDialog");
    QVERIFY(preferences);
    auto* combo = preferences->findChild<QComboBox*>("languageCombo");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(combo->itemText(3), QStringLiteral("简体中文"));
    combo->setCurrentIndex(2);
    preferences->accept();

    // Then the open window turns German as soon as it handles the language-change event, and the choice is saved
    QCOMPARE(UiLanguage::current(), QStringLiteral("de"));
    QCOMPARE(UiLanguage::savedChoice(), QStringLiteral("de"));
    QTRY_COMPARE(menuTitles(window), (QStringList{"&Datei", "&Ansicht", "&Wiedergabe", "&Werkzeuge", "&Hilfe"}));
    QCOMPARE(window.findChild<QAction*>("actionAbout")->text(), QStringLiteral("Ü&ber Codec BPE Studio"));
    window.findChild<QAction*>("actionAbout")->trigger();
    auto* about = window.findChild<AboutDialog*>("aboutDialog");
    QVERIFY(QTest::qWaitForWindowExposed(about));
    QCOMPARE(about->windowTitle(), QStringLiteral("Über Codec BPE Studio"));
    QVERIFY(about->text().contains(QStringLiteral("Erstellt mit")));
    QVERIFY(window.grab().save(codecbpe::test::widgetOutputDir() + "/mainwindow-de.png"));
    QVERIFY(about->grab().save(codecbpe::test::widgetOutputDir() + "/about-de.png"));
    about->close();
}

void tst_MainWindow::chineseLanguageTranslatesMenus()
{
    UiLanguage::apply(QStringLiteral("zh_CN"));
    MainWindow window;
    window.show();
    QCOMPARE(menuTitles(window), (QStringList{"文件(&F)", "视图(&V)", "播放(&P)", "工具(&T)", "帮助(&H)"}));
    QVERIFY(window.grab().save(codecbpe::test::widgetOutputDir() + "/mainwindow-zh_CN.png"));
    PreferencesDialog preferences(&window);
    preferences.show();
    QCOMPARE(preferences.windowTitle(), QStringLiteral("首选项"));
    QVERIFY(preferences.grab().save(codecbpe::test::widgetOutputDir() + "/preferences-zh_CN.png"));
}

void tst_MainWindow::languageChoiceIsRestoredOnRestart()
{
    // Given a saved choice of German, when the app starts (main applies the saved choice)
    UiLanguage::saveChoice(QStringLiteral("de"));
    QCOMPARE(UiLanguage::apply(UiLanguage::savedChoice()), QStringLiteral("de"));
    MainWindow window;
    QCOMPARE(menuTitles(window).constFirst(), QStringLiteral("&Datei"));
    // And "system" resolves to one of our languages, never to nothing
    QVERIFY(QStringList({"en", "de", "zh_CN"}).contains(UiLanguage::resolve(QString())));
}

void tst_MainWindow::windowGeometryIsPersisted()
{
    {
        MainWindow window;
        window.show();
        window.resize(900, 640);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow reopened;
    QCOMPARE(reopened.size(), QSize(900, 640));
}

void tst_MainWindow::translationsAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void tst_MainWindow::translationsAreComplete()
{
    // Every source string of the .ts file has a finished, non-empty translation
    QFETCH(QString, language);
    QFile file(codecbpe::test::sourceDir() + QStringLiteral("/translations/codecbpe_%1.ts").arg(language));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ts = QString::fromUtf8(file.readAll());
    QVERIFY(!ts.contains(QLatin1String("type=\"unfinished\"")));
    QVERIFY(!ts.contains(QLatin1String("<translation></translation>")));
    const qsizetype sources = ts.count(QLatin1String("<source>"));
    QVERIFY(sources > 60);
    QCOMPARE(ts.count(QLatin1String("<translation>")), sources);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
