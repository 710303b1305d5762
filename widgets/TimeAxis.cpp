#include "widgets/TimeAxis.h"

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

TimeAxis::TimeAxis(QObject* parent) : QObject(parent) {}

double TimeAxis::fitPixelsPerFrame() const
{
    return m_contentFrames > 0 ? std::min(kMaxPixelsPerFrame, m_viewWidth / m_contentFrames) : 1.0;
}

void TimeAxis::setContentFrames(double frames)
{
    m_contentFrames = std::max(0.0, frames);
    if (m_fitted) {
        fit();
        return;
    }
    m_pixelsPerFrame = std::max(m_pixelsPerFrame, fitPixelsPerFrame());
    m_startFrame = clampStart(m_startFrame);
    emit changed();
}

void TimeAxis::setViewWidth(int pixels)
{
    pixels = std::max(1, pixels);
    if (pixels == m_viewWidth)
        return;
    m_viewWidth = pixels;
    if (m_fitted) {
        fit();
        return;
    }
    m_pixelsPerFrame = std::max(m_pixelsPerFrame, fitPixelsPerFrame());
    m_startFrame = clampStart(m_startFrame);
    emit changed();
}

void TimeAxis::setPixelsPerFrame(double pixelsPerFrame, double anchorX)
{
    const double fitZoom = fitPixelsPerFrame();
    const double zoom = std::clamp(pixelsPerFrame, fitZoom, std::max(fitZoom, kMaxPixelsPerFrame));
    const double anchorFrame = xToFrame(anchorX);
    m_pixelsPerFrame = zoom;
    m_fitted = zoom <= fitZoom;
    m_startFrame = clampStart(anchorFrame - anchorX / zoom);
    emit changed();
}

void TimeAxis::zoomBy(double factor, double anchorX)
{
    setPixelsPerFrame(m_pixelsPerFrame * factor, anchorX);
}

void TimeAxis::fit()
{
    m_fitted = true;
    m_pixelsPerFrame = fitPixelsPerFrame();
    m_startFrame = 0.0;
    emit changed();
}

void TimeAxis::setStartFrame(double frame)
{
    const double start = clampStart(frame);
    if (start == m_startFrame)
        return;
    m_startFrame = start;
    emit changed();
}

void TimeAxis::ensureVisible(double frame)
{
    if (frame < m_startFrame)
        setStartFrame(frame);
    else if (frame > endFrame())
        setStartFrame(frame - m_viewWidth / m_pixelsPerFrame);
}

double TimeAxis::clampStart(double frame) const
{
    // Whole pixels only: tiles then meet without seams and every lane rounds the same way.
    const double maxStartX = std::floor(std::max(0.0, m_contentFrames * m_pixelsPerFrame - m_viewWidth));
    const double startX = std::clamp(std::round(frame * m_pixelsPerFrame), 0.0, maxStartX);
    return startX / m_pixelsPerFrame;
}

} // namespace codecbpe::widgets
