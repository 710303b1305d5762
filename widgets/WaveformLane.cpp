#include "widgets/WaveformLane.h"

#include "widgets/Session.h"
#include "widgets/TimeAxis.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

namespace {
const QRgb kBackground = qRgb(250, 250, 250);
const QRgb kCentreLine = qRgb(210, 210, 210);
const QRgb kWave = qRgb(31, 119, 180);
} // namespace

WaveformLane::WaveformLane(Session* session, TimeAxis* axis, QWidget* parent) : Lane(session, axis, parent)
{
    // The one lane that grows: the timeline's spare height goes to the waveform, not to an empty area.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(session, &Session::audioChanged, this, &WaveformLane::onAudioChanged);
    // The codes set the frame rate when there is no codec info, so they move the waveform too.
    connect(session, &Session::codesChanged, this, [this] {
        m_tiles.clear();
        update();
    });
    onAudioChanged();
}

void WaveformLane::onAudioChanged()
{
    m_peaks = PeakPyramid(session()->samples());
    m_tiles.clear();
    update();
}

double WaveformLane::samplesPerFrame() const
{
    const double rate = session()->framerate();
    return rate > 0 ? session()->sampleRate() / rate : 0.0;
}

QString WaveformLane::hoverText(QPointF pos) const
{
    const double frame = axis()->xToFrame(pos.x());
    const auto sample = std::int64_t(std::floor(frame * samplesPerFrame()));
    const auto& samples = session()->samples();
    if (sample < 0 || sample >= std::int64_t(samples.size()))
        return {};
    return tr("%1 · frame %2 · sample %3 = %4")
        .arg(secondsText(frame))
        .arg(std::floor(frame), 0, 'f', 0)
        .arg(sample)
        .arg(double(samples[std::size_t(sample)]), 0, 'f', 4);
}

void WaveformLane::resizeEvent(QResizeEvent* event)
{
    m_tiles.clear();
    Lane::resizeEvent(event);
}

void WaveformLane::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(kBackground));
    if (!session()->samples().empty() && samplesPerFrame() > 0)
        m_tiles.paint(painter, *axis(), height(),
                      [this](QImage& image, double contentX, double zoom) { renderTile(image, contentX, zoom); });
    paintTitle(painter, tr("Waveform"));
}

void WaveformLane::renderTile(QImage& image, double contentX, double pixelsPerFrame) const
{
    image.fill(kBackground);
    const int h = image.height();
    const double middle = (h - 1) / 2.0;
    const double half = (h - 4) / 2.0;
    for (int x = 0; x < image.width(); ++x)
        reinterpret_cast<QRgb*>(image.scanLine(int(middle)))[x] = kCentreLine;
    const double samplesPerPixel = samplesPerFrame() / pixelsPerFrame;
    const auto total = std::int64_t(session()->samples().size());
    for (int x = 0; x < image.width(); ++x) {
        const auto begin = std::int64_t(std::floor((contentX + x) * samplesPerPixel));
        if (begin >= total)
            break;
        // Zoomed in past one sample per pixel, a column still shows the sample it falls in.
        const auto end = std::max(begin + 1, std::int64_t(std::floor((contentX + x + 1) * samplesPerPixel)));
        const auto [lo, hi] = m_peaks.range(begin, end);
        const int top = std::clamp(int(std::lround(middle - double(hi) * half)), 0, h - 1);
        const int bottom = std::clamp(int(std::lround(middle - double(lo) * half)), 0, h - 1);
        for (int y = top; y <= bottom; ++y)
            reinterpret_cast<QRgb*>(image.scanLine(y))[x] = kWave;
    }
}

} // namespace codecbpe::widgets
