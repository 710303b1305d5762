// Playback on a machine without an audio output (ctest points PULSE_SERVER at nothing): every way to play says
// so clearly in the status bar, and nothing crashes or plays.
#include "widgets/AudioPlayer.h"
#include "widgets/MainWindow.h"
#include "widgets/PlaybackController.h"
#include "widgets/Session.h"
#include "widgets/Timeline.h"
#include "widgets/TokenLane.h"

#include "StudioTestSupport.h"

#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace codecbpe::widgets;

class tst_PlaybackNoDevice : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void playingSaysThereIsNoDevice();
};

void tst_PlaybackNoDevice::initTestCase()
{
    codecbpe::test::isolateStudioSettings();
    QVERIFY(!AudioPlayer::hasOutputDevice());
}

void tst_PlaybackNoDevice::playingSaysThereIsNoDevice()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemo());
    QTRY_VERIFY(!window.session()->tokens(0).empty());
    PlaybackController* playback = window.playback();
    QSignalSpy messages(playback, &PlaybackController::message);

    // Space
    window.findChild<QAction*>(QStringLiteral("actionPlay"))->trigger();
    QVERIFY(!playback->isPlaying());
    QCOMPARE(window.statusBar()->currentMessage(), AudioPlayer::noOutputMessage());

    // A click on a token
    TokenLane* lane = window.timeline()->tokenLane(0);
    QTest::mouseClick(lane, Qt::LeftButton, Qt::NoModifier, QPoint(200, 10));
    QVERIFY(!playback->isPlaying());
    QCOMPARE(messages.count(), 2);
    QCOMPARE(messages.last().at(0).toString(), AudioPlayer::noOutputMessage());

    // The player itself refuses with the same message
    AudioPlayer player;
    QSignalSpy unavailable(&player, &AudioPlayer::unavailable);
    const auto samples = std::make_shared<const std::vector<float>>(800, 0.0f);
    QVERIFY(!player.play(samples, 8000, 0, 800, false));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!player.isPlaying());
    QCOMPARE(player.position(), std::int64_t(-1));
}

QTEST_MAIN(tst_PlaybackNoDevice)
#include "tst_playback_nodevice.moc"
