// Tests of the timeline: opening real code files, zooming and scrolling, pixel colours at computed code cells and
// token boundaries, hover text naming the right cell and token, the hovered token's outline over the code grid.
#include "widgets/CodeGridLane.h"
#include "widgets/MainWindow.h"
#include "widgets/Palette.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"
#include "widgets/TimeRuler.h"
#include "widgets/TokenLane.h"
#include "widgets/WaveformLane.h"

#include "bpe/TokenizerFolder.h"
#include "codes/CodecInfo.h"
#include "text/CodeAlphabet.h"
#include "text/Utf8.h"
#include "codes/Npy.h"

#include "TestCodecInfo.h"
#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace codecbpe;
using namespace codecbpe::widgets;
using codecbpe::test::testCodecInfo;

namespace {
constexpr int kCodebooks = 4;
constexpr int kFrames = 240;
constexpr int kCodebookSize = 1024;
constexpr double kFramerate = 50.0;

CodeGrid makeGrid()
{
    CodeGrid grid(kCodebooks, kFrames);
    std::mt19937 random(7);
    for (int k = 0; k < kCodebooks; ++k)
        for (int f = 0; f < kFrames; ++f)
            grid.at(k, f) = int(random() % kCodebookSize);
    return grid;
}

// Tokens of 1 to 9 codes (so most end inside a frame), ids that repeat now and then.
TokenTrack makeTokens(std::int64_t totalCodes)
{
    std::vector<TokenSpan> spans;
    std::mt19937 random(11);
    for (std::int64_t code = 0; code < totalCodes;) {
        const std::int64_t length = std::min<std::int64_t>(1 + random() % 9, totalCodes - code);
        spans.push_back({TokenId(1000 + random() % 60), std::uint32_t(code), std::uint32_t(code + length)});
        code += length;
    }
    return TokenTrack(Segmentation(spans, kCodebooks), nullptr, QString());
}

QImage grabImage(QWidget* widget)
{
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class tst_Timeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensCodesFileWithCodecInfo();
    void cellColoursAtFitAndZoom();
    void scrollBarMovesTheAxis();
    void ctrlWheelZoomsAtTheMouse();
    void tokenBoundariesAndColours();
    void hoverNamesCellAndToken();
    void hoveredTokenOutlinesItsCells();
    void waveformDrawsTheSignal();
    void waveformTakesTheSpareHeight();
    void timeRulerPicksReadableTicks();
    void mainWindowShowsTheTimeline();
    void tokenizerFolderSegmentsTheCodesInTheBackground();

private:
    Session* m_session = nullptr;
    Timeline* m_timeline = nullptr;
};

void tst_Timeline::initTestCase()
{
    codecbpe::test::isolateStudioSettings();
}

void tst_Timeline::init()
{
    m_session = new Session(this);
    m_session->setCodes(makeGrid(), testCodecInfo(kCodebooks, kCodebookSize, kFramerate),
                        QStringLiteral("generated.npy"));
    m_timeline = new Timeline(m_session);
    m_timeline->resize(1200, 400);
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline));
}

void tst_Timeline::cleanup()
{
    delete m_timeline;
    delete m_session;
}

void tst_Timeline::opensCodesFileWithCodecInfo()
{
    // Given a codec-bpe layout: codec_info.json at the root, the .npy (1, K, F) int64 a level below
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("speech"));
    const std::filesystem::path root = dir.path().toStdString();
    writeCodecInfo(root / "codec_info.json", testCodecInfo(kCodebooks, kCodebookSize, kFramerate));
    const CodeGrid grid = makeGrid();
    saveNpyCodes(root / "speech" / "a.npy", grid, NpyDtype::Int64, {1, kCodebooks, kFrames});

    // When the session opens it
    Session session;
    QSignalSpy changed(&session, &Session::codesChanged);
    session.openFile(dir.filePath(QStringLiteral("speech/a.npy")));

    // Then it holds the codes and the codec info, and the time axis is in seconds
    QCOMPARE(changed.count(), 1);
    QVERIFY(session.codes() == grid);
    QVERIFY(session.codecInfo().has_value());
    QCOMPARE(session.framerate(), kFramerate);
    QCOMPARE(session.numFrames(), double(kFrames));
    QCOMPARE(session.secondsAt(100), 2.0);

    // And a missing file is an error that names it
    try {
        session.openFile(dir.filePath(QStringLiteral("missing.npy")));
        QFAIL("no error for a missing file");
    } catch (const std::exception& e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("missing.npy")), e.what());
    }
}

void tst_Timeline::cellColoursAtFitAndZoom()
{
    CodeGridLane* lane = m_timeline->codeGridLane();
    TimeAxis* axis = m_timeline->axis();
    const CodeGrid& codes = m_session->codes();
    QVERIFY(lane->isVisible());
    QCOMPARE(axis->pixelsPerFrame(), 1200.0 / kFrames);

    // The pixel just inside the top-left corner of a cell (clear of borders and numbers) has the code's colour.
    const auto checkCells = [&](const char* what) {
        const QImage image = grabImage(lane);
        int checked = 0;
        for (int f = int(std::ceil(axis->startFrame())) + 12; f < kFrames && axis->frameToX(f + 1) < image.width();
             f += 3) {
            for (int k = 0; k < kCodebooks; ++k) {
                const int x = int(std::floor(axis->frameToX(f + 0.5)));
                const int xInside = axis->pixelsPerFrame() >= CodeGridLane::kCellBorderZoom
                                        ? int(std::round(axis->frameToX(f))) + 2
                                        : x;
                const int y = k * lane->rowHeight() + 1;
                const QRgb expected = lane->codeColor(codes.at(k, f));
                QVERIFY2(image.pixel(xInside, y) == expected,
                         qPrintable(QStringLiteral("%1: frame %2 codebook %3 at (%4,%5)")
                                        .arg(what).arg(f).arg(k).arg(xInside).arg(y)));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    };
    checkCells("fit");
    // Codes map to viridis: low codes dark, high codes bright
    QCOMPARE(lane->codeColor(0), viridis(0.0));
    QCOMPARE(lane->codeColor(kCodebookSize - 1), viridis(1.0));
    QVERIFY(qGray(lane->codeColor(0)) < qGray(lane->codeColor(kCodebookSize - 1)));
    lane->grab().save(codecbpe::test::widgetOutputDir() + "/codegrid-fit.png");

    // Zoomed in far enough, code numbers are written into the cells: a cell shows more than one colour
    axis->setPixelsPerFrame(40.0, 0.0);
    axis->setStartFrame(100.0);
    QCOMPARE(axis->startFrame(), 100.0);
    checkCells("zoomed");
    const QImage zoomed = grabImage(lane);
    const QRect cell(int(axis->frameToX(103)) + 1, 0, 38, lane->rowHeight() - 1);
    const QRgb background = lane->codeColor(codes.at(0, 103));
    int textPixels = 0;
    for (int y = cell.top(); y <= cell.bottom(); ++y)
        for (int x = cell.left(); x <= cell.right(); ++x)
            textPixels += zoomed.pixel(x, y) != background;
    QVERIFY2(textPixels > 10, qPrintable(QString::number(textPixels)));
    lane->grab().save(codecbpe::test::widgetOutputDir() + "/codegrid-zoomed.png");
}

void tst_Timeline::scrollBarMovesTheAxis()
{
    TimeAxis* axis = m_timeline->axis();
    QScrollBar* bar = m_timeline->scrollBar();
    QCOMPARE(bar->maximum(), 0); // fitted: nothing to scroll
    axis->zoomBy(4.0, 0.0);
    QCOMPARE(bar->maximum(), int(axis->contentWidth()) - axis->viewWidth());
    bar->setValue(600);
    QCOMPARE(axis->startFrame(), 600.0 / axis->pixelsPerFrame());
    // The axis cannot scroll past the end
    axis->setStartFrame(1e9);
    QCOMPARE(axis->endFrame(), double(kFrames));
    QCOMPARE(bar->value(), bar->maximum());
    axis->fit();
    QCOMPARE(axis->startFrame(), 0.0);
    QCOMPARE(axis->pixelsPerFrame(), axis->fitPixelsPerFrame());
}

void tst_Timeline::ctrlWheelZoomsAtTheMouse()
{
    TimeAxis* axis = m_timeline->axis();
    const QPointF at(300.0, 100.0);
    const double frameUnderMouse = axis->xToFrame(at.x());
    const double before = axis->pixelsPerFrame();
    QWheelEvent zoomIn(at, m_timeline->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                       Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_timeline, &zoomIn);
    QVERIFY(axis->pixelsPerFrame() > before * 1.5);
    // Whole-pixel scrolling moves the anchor by less than a pixel
    QVERIFY(std::abs(axis->frameToX(frameUnderMouse) - at.x()) < 1.0);
    // A plain wheel scrolls instead of zooming
    const double zoom = axis->pixelsPerFrame();
    const double start = axis->startFrame();
    QWheelEvent scroll(at, m_timeline->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                       Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_timeline, &scroll);
    QCOMPARE(axis->pixelsPerFrame(), zoom);
    QVERIFY(axis->startFrame() > start);
}

void tst_Timeline::tokenBoundariesAndColours()
{
    m_session->setTokens(0, makeTokens(m_session->codes().size()));
    TokenLane* lane = m_timeline->tokenLane(0);
    QTRY_VERIFY(lane->isVisible());
    QVERIFY(!m_timeline->tokenLane(1)->isVisible());
    TimeAxis* axis = m_timeline->axis();
    axis->setPixelsPerFrame(30.0, 0.0);
    axis->setStartFrame(20.0);
    const QImage image = grabImage(lane);
    lane->grab().save(codecbpe::test::widgetOutputDir() + "/tokens-zoomed.png");

    const TokenTrack& track = m_session->tokens(0);
    int boundaries = 0;
    for (std::int64_t i = 1; i + 1 < track.size(); ++i) {
        const TokenSegment& span = track.segment(i);
        const double x0 = axis->frameToX(span.frameBegin);
        const double x1 = axis->frameToX(span.frameEnd);
        if (x0 < 100 || x1 > image.width() - 2)
            continue;
        if (x1 - x0 < 8)
            continue;
        // Just right of the start boundary and just left of the end: the token's own colour (top row, above text)
        const QRgb color = tokenColor(span.id).rgb();
        QCOMPARE(image.pixel(int(std::round(x0)) + 2, 2), color);
        QCOMPARE(image.pixel(int(std::round(x1)) - 2, 2), color);
        // The start boundary is marked with a dark line
        QVERIFY(qGray(image.pixel(int(std::round(x0)), 2)) < 80);
        // The token before ends where this one starts
        if (track.segment(i - 1).id != span.id && x0 - axis->frameToX(track.segment(i - 1).frameBegin) >= 8)
            QCOMPARE(image.pixel(int(std::round(x0)) - 2, 2), tokenColor(track.segment(i - 1).id).rgb());
        ++boundaries;
    }
    QVERIFY2(boundaries > 10, qPrintable(QString::number(boundaries)));
    // Same id, same colour; different ids, different colours
    QCOMPARE(tokenColor(1234), tokenColor(1234));
    for (TokenId id = 1000; id < 1060; ++id)
        QVERIFY(tokenColor(id) != tokenColor(id + 1));

    // Zoomed out, a tile holds more tokens than pixels and still paints every column in a token colour
    axis->fit();
    m_timeline->resize(200, 400);
    QTRY_COMPARE(axis->viewWidth(), 200);
    const QImage dense = grabImage(lane);
    for (int x = 0; x < dense.width(); x += 13) {
        const std::int64_t index = lane->tokenAt(x + 0.5);
        QVERIFY(index >= 0);
        if (x > 80) // clear of the lane title
            QCOMPARE(dense.pixel(x, dense.height() - 3), tokenColor(track.segment(index).id).rgb());
    }
}

void tst_Timeline::hoverNamesCellAndToken()
{
    m_session->setTokens(0, makeTokens(m_session->codes().size()));
    TimeAxis* axis = m_timeline->axis();
    axis->setPixelsPerFrame(20.0, 0.0);
    axis->setStartFrame(50.0);
    CodeGridLane* grid = m_timeline->codeGridLane();

    // Over codebook 2 of frame 57
    const QPointF cell(axis->frameToX(57.5), 2.5 * grid->rowHeight());
    const QString cellText = grid->hoverText(cell);
    const int code = m_session->codes().at(2, 57);
    QCOMPARE(cellText, QStringLiteral("1.140 s · frame 57 · codebook 2 · code %1").arg(code));

    // Over the token holding the third code of frame 61 (fractional frame 61.5 -> code 61*4+2)
    TokenLane* tokens = m_timeline->tokenLane(0);
    const TokenTrack& track = m_session->tokens(0);
    const std::int64_t index = tokens->tokenAt(axis->frameToX(61.6));
    QVERIFY(index >= 0);
    const TokenSegment& span = track.segment(index);
    QVERIFY(span.beginChar <= 61 * 4 + 2 && 61 * 4 + 2 < span.endChar);
    const QString tokenText = tokens->hoverText(QPointF(axis->frameToX(61.6), 10));
    QVERIFY2(tokenText.startsWith(QStringLiteral("Tokens A: token %1 · %2 codes")
                                      .arg(span.id)
                                      .arg(span.endChar - span.beginChar)),
             qPrintable(tokenText));
    QVERIFY2(tokenText.contains(QStringLiteral("frames %1–").arg(double(span.beginChar) / 4, 0, 'f', 2)),
             qPrintable(tokenText));
    // The tooltip adds the token's codes as a K-row grid
    const QString tip = tokens->toolTipText(QPointF(axis->frameToX(61.6), 10));
    QVERIFY(tip.contains(QStringLiteral("<pre>")));
    QVERIFY(tip.contains(QString::number(m_session->codes().at(int(span.beginChar % 4), span.beginChar / 4))));

    // Moving the mouse over a lane sends its hover text to the status bar signal
    QSignalSpy hover(m_timeline, &Timeline::hoverTextChanged);
    QTest::mouseMove(grid, cell.toPoint());
    QTRY_VERIFY(!hover.isEmpty());
    QCOMPARE(hover.last().at(0).toString(), cellText);
    // Nothing under the mouse past the end of the codes
    QVERIFY(grid->hoverText(QPointF(axis->frameToX(kFrames + 1), 5)).isEmpty());
}

void tst_Timeline::hoveredTokenOutlinesItsCells()
{
    m_session->setTokens(0, makeTokens(m_session->codes().size()));
    TimeAxis* axis = m_timeline->axis();
    axis->setPixelsPerFrame(30.0, 0.0);
    axis->setStartFrame(40.0);
    TokenLane* tokens = m_timeline->tokenLane(0);
    CodeGridLane* grid = m_timeline->codeGridLane();
    QTRY_VERIFY(tokens->isVisible());

    // Find a token that starts inside a frame (not on codebook 0) so its outline has a step
    const TokenTrack& track = m_session->tokens(0);
    std::int64_t pick = 0;
    for (std::int64_t i = 0; i < track.size(); ++i) {
        const TokenSegment& s = track.segment(i);
        if (s.frameBegin > 50 && s.beginChar % 4 == 2 && s.numCodes >= 4) {
            pick = i;
            break;
        }
    }
    const TokenSegment span = track.segment(pick);
    QSignalSpy hovered(tokens, &TokenLane::tokenHovered);
    QTest::mouseMove(tokens, QPoint(int(axis->frameToX((span.frameBegin + span.frameEnd) / 2)), 15));
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().at(1).toLongLong(), pick);
    const QImage image = grabImage(grid);
    grid->grab().save(codecbpe::test::widgetOutputDir() + "/codegrid-token-outline.png");
    const QRgb outline = tokenColor(span.id).lighter(130).rgb();
    // The outline's left edge runs down the first frame from codebook 2 (where the token starts)...
    const int x = int(std::round(axis->frameToX(double(span.firstFrame))));
    const int yInside = int(2.5 * grid->rowHeight());
    const bool leftEdge = image.pixel(x, yInside) == outline || image.pixel(x - 1, yInside) == outline;
    QVERIFY2(leftEdge, qPrintable(QStringLiteral("x=%1").arg(x)));
    // ...and not beside codebook 0 of that frame, which belongs to the previous token
    const int yOutside = int(0.5 * grid->rowHeight());
    QVERIFY(image.pixel(x, yOutside) != outline && image.pixel(x - 1, yOutside) != outline);
}

void tst_Timeline::waveformDrawsTheSignal()
{
    // A 1 s 440 Hz sine at 16 kHz, amplitude 0.8, beside 50 frames of codes
    std::vector<float> samples(16000);
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] = 0.8f * float(std::sin(2.0 * M_PI * 440.0 * double(i) / 16000.0));
    m_session->setAudio(samples, 16000, QStringLiteral("sine.wav"));
    WaveformLane* lane = m_timeline->waveformLane();
    QTRY_VERIFY(lane->isVisible());
    const QImage image = grabImage(lane);
    lane->grab().save(codecbpe::test::widgetOutputDir() + "/waveform.png");
    TimeAxis* axis = m_timeline->axis();
    // Over the sine (frames 0..50, i.e. 1 s) columns span about 80 % of the height; after it, only the centre line
    const auto inkRows = [&](int x) {
        int rows = 0;
        for (int y = 0; y < image.height(); ++y)
            rows += image.pixel(x, y) == qRgb(31, 119, 180);
        return rows;
    };
    const int inside = inkRows(int(axis->frameToX(30)));
    QVERIFY2(inside > image.height() * 0.7 && inside < image.height() * 0.9, qPrintable(QString::number(inside)));
    QCOMPARE(inkRows(int(axis->frameToX(100))), 0);
    QVERIFY(lane->hoverText(QPointF(axis->frameToX(25.0), 10)).startsWith(QStringLiteral("0.500 s · frame 25")));
}

void tst_Timeline::waveformTakesTheSpareHeight()
{
    // Given codes only: the code grid keeps its own height at the top, the spare height stays below it
    CodeGridLane* grid = m_timeline->codeGridLane();
    QTRY_VERIFY(grid->isVisible());
    QCOMPARE(grid->height(), grid->sizeHint().height());
    QVERIFY(grid->geometry().bottom() < m_timeline->height() / 2);

    // When audio comes, the waveform grows into the spare height and the code grid sits right above the scroll bar
    m_session->setAudio(std::vector<float>(16000 * 5, 0.1f), 16000, QStringLiteral("flat.wav"));
    WaveformLane* wave = m_timeline->waveformLane();
    QTRY_VERIFY(wave->isVisible());
    QTRY_VERIFY2(wave->height() > 2 * WaveformLane::kHeight, qPrintable(QString::number(wave->height())));
    QCOMPARE(grid->height(), grid->sizeHint().height());
    const int gap = m_timeline->scrollBar()->geometry().top() - grid->geometry().bottom();
    QVERIFY2(gap <= 2 * m_timeline->layout()->spacing() + 1, qPrintable(QString::number(gap)));
    QVERIFY(m_timeline->grab().save(codecbpe::test::widgetOutputDir() + "/timeline-spare-height.png"));
}

void tst_Timeline::timeRulerPicksReadableTicks()
{
    QCOMPARE(TimeRuler::tickInterval(100.0, 90.0), 1.0);
    QCOMPARE(TimeRuler::tickInterval(10.0, 90.0), 10.0);
    QCOMPARE(TimeRuler::tickInterval(1000.0, 90.0), 0.1);
    QCOMPARE(TimeRuler::tickInterval(30.0, 90.0), 5.0);
    QVERIFY(m_timeline->ruler()->hoverText(QPointF(120, 5)).contains(QStringLiteral("frame")));
}

void tst_Timeline::mainWindowShowsTheTimeline()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    writeCodecInfo(root / "codec_info.json", testCodecInfo(kCodebooks, kCodebookSize, kFramerate));
    saveNpyCodes(root / "codes.npy", makeGrid());

    MainWindow window;
    window.resize(1200, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFiles({dir.filePath(QStringLiteral("codes.npy"))}));
    window.session()->setTokens(0, makeTokens(window.session()->codes().size()));
    QVERIFY(window.timeline()->isVisible());
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("codes.npy")));
    window.findChild<QAction*>("actionZoomIn")->trigger();
    QVERIFY(window.timeline()->axis()->pixelsPerFrame() > window.timeline()->axis()->fitPixelsPerFrame());
    // Hiding a lane from the View menu hides it
    window.findChild<QAction*>("actionLaneCodeGrid")->setChecked(false);
    QVERIFY(!window.timeline()->codeGridLane()->isVisible());
    window.findChild<QAction*>("actionLaneCodeGrid")->setChecked(true);
    QVERIFY(window.timeline()->codeGridLane()->isVisible());
    QVERIFY(window.grab().save(codecbpe::test::widgetOutputDir() + "/mainwindow-timeline.png"));
}

void tst_Timeline::tokenizerFolderSegmentsTheCodesInTheBackground()
{
    // Given a tokenizer over 2 codebooks of 4 codes whose one merge joins the frame (code 0, code 0)
    QTemporaryDir dir;
    TokenizerFolder folder;
    const CodeAlphabet alphabet(2, 4);
    for (int k = 0; k < 2; ++k)
        for (int c = 0; c < 4; ++c)
            folder.model.vocab.push_back(toUtf8(std::u32string(1, alphabet.charFor(k, c))));
    folder.model.vocab.push_back(folder.model.vocab[0] + folder.model.vocab[4]);
    folder.model.merges.push_back({0, 4, 8});
    folder.codec = CodecMetadata{2, 4, CodeAlphabet::kDefaultOffset, 50.0, std::nullopt, std::nullopt};
    folder.write(dir.path().toStdString());

    // And codes whose frames 0, 2 and 3 are (0, 0)
    CodeGrid grid(2, 5);
    const int codes[2][5] = {{0, 1, 0, 0, 3}, {0, 2, 0, 0, 1}};
    for (int k = 0; k < 2; ++k)
        for (int f = 0; f < 5; ++f)
            grid.at(k, f) = codes[k][f];
    Session session;
    session.setCodes(grid, std::nullopt, QStringLiteral("five.npy"));

    // When the folder is opened as tokenizer B
    QSignalSpy changed(&session, &Session::tokensChanged);
    session.openTokenizer(1, dir.path());
    QVERIFY(session.isTokenizing(1));
    QTRY_VERIFY(!changed.isEmpty());
    QVERIFY(!session.isTokenizing(1));

    // Then frames 0, 2, 3 are one merged token each and frames 1 and 4 two single-code tokens
    const TokenTrack& track = session.tokens(1);
    QCOMPARE(track.numCodebooks(), 2);
    QVERIFY(track.tokenizer());
    std::vector<std::tuple<TokenId, std::int64_t, std::int64_t>> spans;
    for (const TokenSegment& span : track.segments())
        spans.emplace_back(span.id, span.beginChar, span.endChar);
    const std::vector<std::tuple<TokenId, std::int64_t, std::int64_t>> expected{
        {8, 0, 2}, {1, 2, 3}, {6, 3, 4}, {8, 4, 6}, {8, 6, 8}, {3, 8, 9}, {5, 9, 10}};
    QCOMPARE(spans, expected);

    // And a folder that is not a tokenizer fails with a message naming it
    QSignalSpy failed(&session, &Session::tokenizeFailed);
    session.openTokenizer(0, dir.path() + QStringLiteral("/nowhere"));
    QTRY_VERIFY(!failed.isEmpty());
    QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("nowhere")));
}

QTEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
