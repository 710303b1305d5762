// TimeAxis: the one zoom and scroll model (frames <-> pixels) that every lane of the timeline paints through,
// as Sonic Visualiser's layers paint through one geometry provider, so that all lanes stay aligned.
#pragma once

#include <QObject>

namespace codecbpe::widgets {

class TimeAxis : public QObject {
    Q_OBJECT
public:
    static constexpr double kMaxPixelsPerFrame = 96.0;
    static constexpr double kZoomStep = 1.5;

    explicit TimeAxis(QObject* parent = nullptr);

    // Frames may be fractional: a token can end inside a frame, audio rarely ends on a frame boundary.
    double contentFrames() const { return m_contentFrames; }
    int viewWidth() const { return m_viewWidth; }
    double pixelsPerFrame() const { return m_pixelsPerFrame; }
    double startFrame() const { return m_startFrame; }
    double endFrame() const { return xToFrame(m_viewWidth); }
    // The smallest zoom: the whole content fits the view.
    double fitPixelsPerFrame() const;
    // True while the whole content is shown (fit() or zoomed all the way out).
    bool isFitted() const { return m_fitted; }

    double frameToX(double frame) const { return (frame - m_startFrame) * m_pixelsPerFrame; }
    double xToFrame(double x) const { return m_startFrame + x / m_pixelsPerFrame; }
    // Absolute pixel position of a frame at the current zoom (independent of scrolling), for tiles and scroll bars.
    double frameToContentX(double frame) const { return frame * m_pixelsPerFrame; }
    double contentWidth() const { return m_contentFrames * m_pixelsPerFrame; }

    void setContentFrames(double frames);
    void setViewWidth(int pixels);
    // Zooms keeping the frame under view x `anchorX` where it is.
    void setPixelsPerFrame(double pixelsPerFrame, double anchorX);
    void zoomBy(double factor, double anchorX);
    void zoomIn() { zoomBy(kZoomStep, m_viewWidth / 2.0); }
    void zoomOut() { zoomBy(1.0 / kZoomStep, m_viewWidth / 2.0); }
    void fit();
    void setStartFrame(double frame);
    // Scrolls so that `frame` is visible, moving as little as possible.
    void ensureVisible(double frame);

signals:
    void changed();

private:
    double clampStart(double frame) const;

    double m_contentFrames = 0.0;
    int m_viewWidth = 1;
    double m_pixelsPerFrame = 1.0;
    double m_startFrame = 0.0;
    bool m_fitted = true; // while fitted, resizing the view keeps the whole content visible
};

} // namespace codecbpe::widgets
