// bench_timeline: opens a 1-hour 8 x 75 Hz code grid (2.16 M codes) with ~500 k tokens and times the first paint
// and repaints of the timeline (rendered offscreen into a QImage) at several zooms. Targets: open < 1 s,
// repaint < 16 ms.
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"

#include "codes/CodecInfo.h"
#include "codes/Npy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace codecbpe;
using namespace codecbpe::widgets;

namespace {
constexpr int kCodebooks = 8;
constexpr std::int64_t kFrames = 75 * 3600;
constexpr int kCodebookSize = 1024;

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double renderMs(Timeline& timeline, QImage& image)
{
    QElapsedTimer timer;
    timer.start();
    timeline.render(&image);
    return milliseconds(timer);
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    {
        CodeGrid grid(kCodebooks, kFrames);
        std::mt19937 random(1);
        for (int k = 0; k < kCodebooks; ++k)
            for (std::int64_t f = 0; f < kFrames; ++f)
                grid.at(k, f) = int(random() % kCodebookSize);
        saveNpyCodes(root / "hour.npy", grid, NpyDtype::Int64, {1, kCodebooks, kFrames});
        CodecInfo info;
        info.codecType = "bench";
        info.numCodebooks = kCodebooks;
        info.codebookSize = kCodebookSize;
        info.framerate = 75.0;
        info.samplingRateEncoder = info.samplingRateDecoder = 24000;
        writeCodecInfo(root / "codec_info.json", info);
    }

    Session session;
    Timeline timeline(&session);
    timeline.resize(1600, 400);
    QImage image(timeline.size(), QImage::Format_RGB32);

    QElapsedTimer open;
    open.start();
    session.openCodesFile(QString::fromStdString((root / "hour.npy").string()));
    const double loadMs = milliseconds(open);
    timeline.render(&image);
    const double openMs = milliseconds(open);
    std::printf("open 1 h, %d x %lld codes (%lld codes): load %.1f ms, load + first paint %.1f ms (target < 1000)\n",
                kCodebooks, static_cast<long long>(kFrames), static_cast<long long>(kFrames) * kCodebooks, loadMs,
                openMs);

    std::vector<TokenSpan> spans;
    std::mt19937 random(2);
    for (std::int64_t code = 0; code < kFrames * kCodebooks;) {
        const std::int64_t length = std::min<std::int64_t>(1 + random() % 7, kFrames * kCodebooks - code);
        spans.push_back({TokenId(random() % 8000), std::uint32_t(code), std::uint32_t(code + length)});
        code += length;
    }
    const auto tokens = spans.size();
    QElapsedTimer tokensTimer;
    tokensTimer.start();
    session.setTokens(0, TokenTrack(Segmentation(spans, kCodebooks), nullptr, QString()));
    timeline.render(&image);
    std::printf("%zu tokens: set + first paint %.1f ms\n", tokens, milliseconds(tokensTimer));

    TimeAxis* axis = timeline.axis();
    std::printf("%-14s %10s %10s %14s\n", "px/frame", "cold ms", "warm ms", "scrolled ms");
    for (const double zoom : {0.0, 0.05, 0.5, 2.0, 8.0, 32.0, 96.0}) {
        if (zoom == 0.0)
            axis->fit();
        else
            axis->setPixelsPerFrame(zoom, 0.0);
        axis->setStartFrame(kFrames / 2.0);
        const double cold = renderMs(timeline, image);
        const double warm = renderMs(timeline, image);
        axis->setStartFrame(axis->startFrame() + axis->viewWidth() / 2.0 / axis->pixelsPerFrame());
        const double scrolled = renderMs(timeline, image);
        std::printf("%-14.4f %10.2f %10.2f %14.2f\n", axis->pixelsPerFrame(), cold, warm, scrolled);
    }
    std::printf("repaint target < 16 ms (cold = first paint at a new zoom, tiles rendered; warm = cached tiles)\n");
    return 0;
}
