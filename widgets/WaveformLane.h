// WaveformLane: the audio as a min/max waveform on the shared time axis, drawn from a PeakPyramid into cached tiles.
#pragma once

#include "widgets/Lane.h"
#include "widgets/PeakPyramid.h"
#include "widgets/TileCache.h"

namespace codecbpe::widgets {

class WaveformLane : public Lane {
    Q_OBJECT
public:
    WaveformLane(Session* session, TimeAxis* axis, QWidget* parent = nullptr);

    QString hoverText(QPointF pos) const override;
    QSize sizeHint() const override { return {200, kHeight}; }
    QSize minimumSizeHint() const override { return sizeHint(); }

    static constexpr int kHeight = 72;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onAudioChanged();
    double samplesPerFrame() const;
    void renderTile(QImage& image, double contentX, double pixelsPerFrame) const;

    PeakPyramid m_peaks;
    TileCache m_tiles;
};

} // namespace codecbpe::widgets
