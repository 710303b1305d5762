// Playback against a real audio output: a PulseAudio null sink started for the test run (BUILD-NOTES), so the
// position signal comes from audio actually being consumed. The play cursor follows it over all lanes, a clicked
// token plays exactly its samples, a looped selection repeats, and Codec 2 codes play what they decode to.
// Skips when pulseaudio is not installed.
#include "widgets/AudioPlayer.h"
#include "widgets/MainWindow.h"
#include "widgets/PlaybackController.h"
#include "widgets/PlaybackOverlay.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"
#include "widgets/TimeRuler.h"
#include "widgets/TokenLane.h"

#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace codecbpe;
using namespace codecbpe::widgets;

namespace {
// An icon as the toolbar draws it, to tell which one an action shows.
QImage iconImage(const QIcon& icon)
{
    return icon.pixmap(24).toImage();
}

// A private pulseaudio daemon with one null sink, in its own runtime directory; stopped with the test.
class NullSink {
public:
    NullSink()
    {
        const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        if (pulseaudio.isEmpty() || !m_dir.isValid())
            return;
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        const int exit = QProcess::execute(
            pulseaudio, {QStringLiteral("-D"), QStringLiteral("-n"), QStringLiteral("--exit-idle-time=-1"),
                         QStringLiteral("--load=module-null-sink sink_name=nullsink"),
                         QStringLiteral("--load=module-native-protocol-unix")});
        m_running = exit == 0 && QTest::qWaitFor([this] { return QFile::exists(socket()); }, 5000);
    }
    ~NullSink()
    {
        QFile pid(m_dir.path() + QStringLiteral("/pulse/pid"));
        if (pid.open(QIODevice::ReadOnly))
            ::kill(pid_t(pid.readAll().trimmed().toInt()), SIGTERM);
    }
    bool running() const { return m_running; }

private:
    QString socket() const { return m_dir.path() + QStringLiteral("/pulse/native"); }

    QTemporaryDir m_dir;
    bool m_running = false;
};

} // namespace

class tst_Playback : public QObject {
    Q_OBJECT
public:
    explicit tst_Playback(bool haveSink) : m_haveSink(haveSink) {}

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void positionSignalMovesThePlayCursor();
    void clickedTokenPlaysItsRange();
    void loopRepeatsTheSelection();
    void decodedCodesPlay();

private:
    bool m_haveSink;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Playback::initTestCase()
{
    if (!m_haveSink)
        QSKIP("pulseaudio is not installed (or did not start): no null sink to play into");
    codecbpe::test::isolateStudioSettings();
    QVERIFY(AudioPlayer::hasOutputDevice());
}

void tst_Playback::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDemo());
    QTRY_VERIFY(!m_window->session()->tokens(0).empty());
}

void tst_Playback::cleanup()
{
    m_window.reset();
}

void tst_Playback::positionSignalMovesThePlayCursor()
{
    PlaybackController* playback = m_window->playback();
    Timeline* timeline = m_window->timeline();
    QSignalSpy frames(playback, &PlaybackController::playFrameChanged);

    // When space is pressed with the cursor at 1 s
    QAction* play = m_window->findChild<QAction*>(QStringLiteral("actionPlay"));
    const QImage playIcon = iconImage(QIcon(QStringLiteral(":/icons/play.svg")));
    const QImage pauseIcon = iconImage(QIcon(QStringLiteral(":/icons/pause.svg")));
    QVERIFY(!playIcon.isNull() && !pauseIcon.isNull() && playIcon != pauseIcon);
    QCOMPARE(iconImage(play->icon()), playIcon);
    playback->setCursorFrame(25.0);
    play->trigger();
    QVERIFY(playback->isPlaying());
    QCOMPARE(play->iconText(), QStringLiteral("Pause"));
    QCOMPARE(iconImage(play->icon()), pauseIcon);

    // Then the play position advances from the cursor, at the pace of the audio the sink consumes
    QTRY_VERIFY(playback->playFrame() && *playback->playFrame() > 25.0 + 0.3 * 25);
    double previous = 0.0;
    for (const QList<QVariant>& frame : frames) {
        const auto value = frame.at(0).value<std::optional<double>>();
        QVERIFY(value && *value >= previous && *value >= 25.0);
        previous = *value;
    }

    // And the play cursor is drawn there across the lanes (the ruler row is free of other reds)
    const double before = *playback->playFrame();
    const QImage image = timeline->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const double after = *playback->playFrame();
    timeline->grab().save(codecbpe::test::widgetOutputDir() + "/playback-cursor.png");
    const int y = timeline->ruler()->geometry().center().y();
    int found = -1;
    for (int x = 0; x < image.width(); ++x)
        if (QColor(image.pixel(x, y)) == PlaybackOverlay::playCursorColor())
            found = x;
    const TimeAxis* axis = timeline->axis();
    QVERIFY2(found >= axis->frameToX(before) - 3 && found <= axis->frameToX(after) + 3,
             qPrintable(QStringLiteral("cursor at %1, expected %2..%3")
                            .arg(found)
                            .arg(axis->frameToX(before))
                            .arg(axis->frameToX(after))));

    // When space is pressed again, playback stops, the play cursor goes away and the button offers Play again
    play->trigger();
    QVERIFY(!playback->isPlaying());
    QVERIFY(!playback->playFrame());
    QCOMPARE(play->iconText(), QStringLiteral("Play"));
    QCOMPARE(iconImage(play->icon()), playIcon);
}

void tst_Playback::clickedTokenPlaysItsRange()
{
    PlaybackController* playback = m_window->playback();
    TokenLane* lane = m_window->timeline()->tokenLane(0);
    const std::int64_t index = lane->tokenAt(300);
    QVERIFY(index >= 0);
    const TokenSegment token = m_window->session()->tokens(0).segment(index);
    QSignalSpy positions(playback->player(), &AudioPlayer::positionChanged);
    QSignalSpy stopped(playback->player(), &AudioPlayer::stopped);

    // When a token is clicked
    QTest::mouseClick(lane, Qt::LeftButton, Qt::NoModifier, QPoint(300, 10));

    // Then exactly its samples play (22050 Hz audio, 25 frames/s) and playback ends by itself
    QTRY_COMPARE(stopped.count(), 1);
    const auto sampleAt = [](double frame) { return qlonglong(std::llround(frame / 25.0 * 22050.0)); };
    QVERIFY(positions.count() >= 2);
    QCOMPARE(positions.first().at(0).toLongLong(), sampleAt(token.frameBegin));
    QCOMPARE(positions.last().at(0).toLongLong(), sampleAt(token.frameEnd));
    for (const QList<QVariant>& position : positions) {
        QVERIFY(position.at(0).toLongLong() >= sampleAt(token.frameBegin));
        QVERIFY(position.at(0).toLongLong() <= sampleAt(token.frameEnd));
    }
    QVERIFY(!playback->isPlaying());
}

void tst_Playback::loopRepeatsTheSelection()
{
    PlaybackController* playback = m_window->playback();
    // Given frames 50..75 (1 s) selected and looping on
    playback->setSelection(50.0, 75.0);
    m_window->findChild<QAction*>(QStringLiteral("actionLoop"))->setChecked(true);
    int wraps = 0;
    double previous = 0.0;
    QStringList outside;
    connect(playback, &PlaybackController::playFrameChanged, this, [&](std::optional<double> frame) {
        if (!frame)
            return;
        if (*frame < 50.0 - 1e-9 || *frame > 75.0 + 1e-9)
            outside << QString::number(*frame);
        if (*frame < previous)
            ++wraps;
        previous = *frame;
    });

    // When played (the null sink may stall for a moment at the start, hence the generous timeout)
    playback->togglePlay();

    // Then it goes back to the selection's start and keeps playing, never leaving the selection
    QTRY_VERIFY_WITH_TIMEOUT(wraps >= 1, 15000);
    QVERIFY(playback->isPlaying());
    QVERIFY2(outside.isEmpty(), qPrintable(outside.join(' ')));
    playback->stop();
    QVERIFY(!playback->isPlaying());
}

void tst_Playback::decodedCodesPlay()
{
    PlaybackController* playback = m_window->playback();
    QAction* decoded = m_window->findChild<QAction*>(QStringLiteral("actionPlayDecoded"));
    QVERIFY(decoded->isEnabled());
    QCOMPARE(playback->decodingCodec(), QStringLiteral("codec2-700c"));
    decoded->setChecked(true);
    QCOMPARE(playback->source(), PlaybackController::Source::DecodedCodes);
    QSignalSpy positions(playback->player(), &AudioPlayer::positionChanged);
    QSignalSpy stopped(playback->player(), &AudioPlayer::stopped);

    // When token 10 is played from the decoded codes
    const TokenSegment token = m_window->session()->tokens(0).segment(10);
    playback->playToken(0, 10);

    // Then Codec 2's 8000 Hz decoding of its frames plays (decoded first on a worker thread)
    QTRY_COMPARE(stopped.count(), 1);
    const auto sampleAt = [](double frame) { return qlonglong(std::llround(frame / 25.0 * 8000.0)); };
    QCOMPARE(positions.first().at(0).toLongLong(), sampleAt(token.frameBegin));
    QCOMPARE(positions.last().at(0).toLongLong(), sampleAt(token.frameEnd));
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const NullSink sink;
    tst_Playback test(sink.running());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_playback.moc"
