// Tests of the studio around the timeline: the bundled demo session, drag and drop, the statistics strip against
// figures from the CLI, background encoding (codes equal to `codecbpe audio-to-codes`, progress, cancel), zoom
// persistence, and the playback overlay's cursor and selection. PNG grabs go to test-output/widgets.
#include "widgets/DemoSession.h"
#include "widgets/JobProgress.h"
#include "widgets/MainWindow.h"
#include "widgets/PlaybackController.h"
#include "widgets/PlaybackOverlay.h"
#include "widgets/Session.h"
#include "widgets/StatisticsStrip.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"
#include "widgets/TimeRuler.h"
#include "widgets/TokenLane.h"

#include "codes/Npy.h"

#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <random>

using namespace codecbpe;
using namespace codecbpe::widgets;

using codecbpe::test::cliTokenIds;
using codecbpe::test::demoDir;
using codecbpe::test::waitUntilIdle;
using codecbpe::test::widgetOutputDir;

class tst_Studio : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoSessionOpensWithStatistics();
    void dragAndDropOpensCodesAudioAndTokenizer();
    void encodingGivesTheCliCodes();
    void encodingCanBeCancelled();
    void zoomIsPersisted();
    void clickSetsCursorAndDragSelects();
};

void tst_Studio::initTestCase()
{
    codecbpe::test::isolateStudioSettings();
    QVERIFY2(QFileInfo::exists(codecbpe::test::cliPath()), qPrintable(codecbpe::test::cliPath()));
}

void tst_Studio::init()
{
    QSettings().clear();
}

void tst_Studio::demoSessionOpensWithStatistics()
{
    // Given the studio with the bundled demo open
    MainWindow window;
    window.resize(1200, 640);
    window.show();
    QVERIFY(window.openDemo());
    QVERIFY(waitUntilIdle(*window.session()));
    const Session& session = *window.session();

    // Then the speech, its Codec 2 codes and tokenizers A and B are there
    QCOMPARE(session.codes().numCodebooks(), 4);
    QCOMPARE(session.codes().numFrames(), 288);
    QCOMPARE(session.codecInfo()->codecModel, std::string("codec2-700c"));
    QCOMPARE(session.sampleRate(), 22050);
    QVERIFY(!session.tokens(0).empty());
    QVERIFY(!session.tokens(1).empty());
    QVERIFY(window.timeline()->tokenLane(0)->isVisible());
    QVERIFY(window.timeline()->tokenLane(1)->isVisible());

    // And each tokenizer's tokens and strip figures are those of the CLI's encoding of the same codes with it
    const QLocale locale;
    const double codes = 4.0 * 288.0;
    const double seconds = 288.0 / 25.0;
    QCOMPARE(window.statistics()->codesText(), QStringLiteral("1,152 codes (4 codebooks × 288 frames)"));
    const QString folders[] = {QStringLiteral("/tokenizer"), QStringLiteral("/tokenizer-b")};
    const QString names[] = {QStringLiteral("Tokens A"), QStringLiteral("Tokens B")};
    std::size_t tokenCounts[2] = {};
    for (int slot = 0; slot < 2; ++slot) {
        const std::vector<long> ids =
            cliTokenIds(demoDir() + QStringLiteral("/codes/speech_c0.npy"), demoDir() + folders[slot]);
        QVERIFY(!ids.empty());
        QCOMPARE(std::size_t(session.tokens(slot).size()), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(long(session.tokens(slot).segment(std::int64_t(i)).id), ids[i]);
        QCOMPARE(window.statistics()->tokensText(slot),
                 QStringLiteral("%1: %2 tokens · %3 tokens/s · %4 codes/token")
                     .arg(names[slot], locale.toString(qlonglong(ids.size())),
                          locale.toString(double(ids.size()) / seconds, 'f', 1),
                          locale.toString(codes / double(ids.size()), 'f', 2)));
        tokenCounts[slot] = ids.size();
    }
    // B's tokens are at most a frame long, so it needs more of them
    QVERIFY(tokenCounts[1] > tokenCounts[0]);

    // And the strip's figures are whole: on one line here, stacked one a line in a narrow window
    const auto figuresWhole = [&window] {
        const StatisticsStrip* strip = window.statistics();
        for (const char* name : {"statisticsCodes", "statisticsTokensA", "statisticsTokensB"}) {
            const auto* label = strip->findChild<QLabel*>(QLatin1String(name));
            if (label->geometry().right() >= strip->width() || label->width() < label->sizeHint().width())
                return false;
        }
        return true;
    };
    QVERIFY(figuresWhole());
    QVERIFY(!window.statistics()->isStacked());
    QVERIFY(window.grab().save(widgetOutputDir() + "/studio-demo.png"));
    window.resize(700, 640);
    QTRY_VERIFY(window.statistics()->isStacked());
    QVERIFY(figuresWhole());
    QVERIFY(window.grab().save(widgetOutputDir() + "/studio-narrow.png"));

    // And tokenizer A's folder opened as B shows A's figures on B's line
    window.openTokenizer(1, demoDir() + QStringLiteral("/tokenizer"));
    QVERIFY(waitUntilIdle(session));
    QCOMPARE(window.statistics()->tokensText(1),
             QString(window.statistics()->tokensText(0)).replace(QStringLiteral("Tokens A"), QStringLiteral("Tokens B")));
}

void tst_Studio::dragAndDropOpensCodesAudioAndTokenizer()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Given codes, audio and a tokenizer folder dragged onto the window
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(demoDir() + QStringLiteral("/codes/speech_c0.npy")),
                  QUrl::fromLocalFile(codecbpe::test::sourceDir() + QStringLiteral("/resources/sample/speech.flac")),
                  QUrl::fromLocalFile(demoDir() + QStringLiteral("/tokenizer"))});
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());

    // When they are dropped
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(waitUntilIdle(*window.session()));

    // Then the codes come from the file (nothing is encoded), the audio is open, the folder became tokenizer A
    const Session& session = *window.session();
    QCOMPARE(session.codes().numFrames(), 288);
    QVERIFY(session.codesPath().endsWith(QStringLiteral("speech_c0.npy")));
    QVERIFY(session.audioPath().endsWith(QStringLiteral("speech.flac")));
    QVERIFY(!session.tokens(0).empty());
    QVERIFY(session.tokens(0).tokenizerPath().endsWith(QStringLiteral("tokenizer")));
    QVERIFY(session.tokens(1).empty());

    // And a remote URL is refused
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/a.flac"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_Studio::encodingGivesTheCliCodes()
{
    // Given the built-in codec chosen and a tokenizer waiting for the codes
    MainWindow window;
    window.show();
    window.setCodecChoice(MainWindow::builtInCodec());
    QSignalSpy started(window.session(), &Session::encodingStarted);
    QSignalSpy finished(window.session(), &Session::encodingFinished);

    // When audio is opened
    QVERIFY(window.openFiles({codecbpe::test::sourceDir() + QStringLiteral("/resources/sample/speech.flac")}));
    QCOMPARE(started.count(), 1);
    QVERIFY(window.session()->isEncoding());
    window.openTokenizer(0, demoDir() + QStringLiteral("/tokenizer"));
    QVERIFY(waitUntilIdle(*window.session()));

    // Then it was encoded in the background into the codes `codecbpe audio-to-codes` wrote for the demo
    QCOMPARE(finished.count(), 1);
    const CodeGrid expected = loadNpyCodes((demoDir() + QStringLiteral("/codes/speech_c0.npy")).toStdString());
    QVERIFY(window.session()->codes() == expected);
    QCOMPARE(window.session()->codecInfo()->framerate, 25.0);
    QVERIFY(window.session()->codesPath().isEmpty());
    // And the waiting tokenizer was applied to them
    QVERIFY(!window.session()->tokens(0).empty());
    QVERIFY(!window.jobProgress()->isVisible());

    // And with "codes from file" chosen, audio alone is not encoded
    window.setCodecChoice(QString());
    QVERIFY(window.openFiles({codecbpe::test::sourceDir() + QStringLiteral("/resources/sample/music.flac")}));
    QCOMPARE(started.count(), 1);
}

void tst_Studio::encodingCanBeCancelled()
{
    // Given 20 minutes of noise (40 chunks of 30 s) being encoded
    MainWindow window;
    window.show();
    std::vector<float> noise(std::size_t(8000) * 60 * 20);
    std::mt19937 random(5);
    std::uniform_real_distribution<float> uniform(-0.5f, 0.5f);
    for (float& sample : noise)
        sample = uniform(random);
    Session* session = window.session();
    session->setAudio(std::move(noise), 8000, QStringLiteral("noise.wav"));
    QSignalSpy progress(session, &Session::encodingProgress);
    QSignalSpy cancelled(session, &Session::encodingCancelled);
    QSignalSpy finished(session, &Session::encodingFinished);
    session->encodeAudio(MainWindow::builtInCodec());
    QTRY_VERIFY(window.jobProgress()->isVisible());
    QTRY_VERIFY(!progress.isEmpty() && progress.last().at(1).toInt() == 40);
    QVERIFY(window.grab().save(widgetOutputDir() + "/studio-encoding.png"));

    // When the user presses the progress bar's cancel button
    QTest::mouseClick(window.jobProgress()->cancelButton(), Qt::LeftButton);

    // Then the encoding stops without codes, and the bar goes away
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!session->isEncoding());
    QVERIFY(session->codes().empty());
    QVERIFY(!window.jobProgress()->isVisible());
    QVERIFY(progress.last().at(0).toInt() < 40);

    // And a codec that does not exist fails with a message naming it (a bare session: the window would show it
    // in a modal message box)
    Session bare;
    bare.setAudio(std::vector<float>(8000), 8000, QStringLiteral("second.wav"));
    QSignalSpy failed(&bare, &Session::encodingFailed);
    bare.encodeAudio(QStringLiteral("/nowhere/codec.ts"));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("codec.ts")),
             qPrintable(failed.last().at(0).toString()));
}

void tst_Studio::zoomIsPersisted()
{
    double zoom = 0.0;
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFiles({demoDir() + QStringLiteral("/codes/speech_c0.npy")}));
        window.timeline()->axis()->setPixelsPerFrame(12.0, 0.0);
        zoom = window.timeline()->axis()->pixelsPerFrame();
        window.close();
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openFiles({demoDir() + QStringLiteral("/codes/speech_c0.npy")}));
    QCOMPARE(window.timeline()->axis()->pixelsPerFrame(), zoom);
    QVERIFY(!window.timeline()->axis()->isFitted());

    // Fitting is remembered as fitting
    window.timeline()->axis()->fit();
    window.close();
    MainWindow again;
    again.show();
    QVERIFY(again.openFiles({demoDir() + QStringLiteral("/codes/speech_c0.npy")}));
    QVERIFY(again.timeline()->axis()->isFitted());
}

void tst_Studio::clickSetsCursorAndDragSelects()
{
    MainWindow window;
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemo());
    QVERIFY(waitUntilIdle(*window.session()));
    Timeline* timeline = window.timeline();
    TimeAxis* axis = timeline->axis();
    PlaybackController* playback = window.playback();
    TimeRuler* ruler = timeline->ruler();

    // A click on the ruler puts the edit cursor there
    QTest::mouseClick(ruler, Qt::LeftButton, Qt::NoModifier, QPoint(300, 5));
    QCOMPARE(playback->cursorFrame(), axis->xToFrame(300));
    // A drag selects the frames between press and release
    QTest::mousePress(ruler, Qt::LeftButton, Qt::NoModifier, QPoint(400, 5));
    QMouseEvent move(QEvent::MouseMove, QPointF(600, 5), ruler->mapToGlobal(QPointF(600, 5)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(ruler, &move);
    QTest::mouseRelease(ruler, Qt::LeftButton, Qt::NoModifier, QPoint(600, 5));
    QVERIFY(playback->selection());
    QCOMPARE(playback->selection()->first, axis->xToFrame(400));
    QCOMPARE(playback->selection()->second, axis->xToFrame(600));

    // The overlay shows them over every lane: selection tint inside, the cursor line at the press
    const QImage image = timeline->grab().toImage().convertToFormat(QImage::Format_RGB32);
    timeline->grab().save(widgetOutputDir() + "/studio-selection.png");
    const int rulerMiddle = ruler->geometry().center().y();
    QCOMPARE(QColor(image.pixel(400, rulerMiddle)), PlaybackOverlay::editCursorColor());
    const QColor inside(image.pixel(500, rulerMiddle));
    const QColor outside(image.pixel(700, rulerMiddle));
    QVERIFY2(inside.blue() > inside.red() && outside.blue() == outside.red(),
             qPrintable(QStringLiteral("%1 %2").arg(inside.name(), outside.name())));

    // A click on a token moves the cursor to its start
    TokenLane* tokens = timeline->tokenLane(0);
    const std::int64_t index = tokens->tokenAt(250);
    QVERIFY(index >= 0);
    QTest::mouseClick(tokens, Qt::LeftButton, Qt::NoModifier, QPoint(250, 10));
    QCOMPARE(playback->cursorFrame(), window.session()->tokens(0).segment(index).frameBegin);
}

QTEST_MAIN(tst_Studio)
#include "tst_studio.moc"
