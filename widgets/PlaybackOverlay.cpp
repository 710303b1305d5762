#include "widgets/PlaybackOverlay.h"

#include "widgets/PlaybackController.h"
#include "widgets/TimeAxis.h"

#include <QPainter>

#include <cmath>

namespace codecbpe::widgets {

PlaybackOverlay::PlaybackOverlay(PlaybackController* playback, TimeAxis* axis, QWidget* parent)
    : QWidget(parent), m_playback(playback), m_axis(axis)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    const auto repaint = [this] { update(); };
    connect(axis, &TimeAxis::changed, this, repaint);
    connect(playback, &PlaybackController::cursorChanged, this, repaint);
    connect(playback, &PlaybackController::selectionChanged, this, repaint);
    connect(playback, &PlaybackController::playFrameChanged, this, repaint);
}

void PlaybackOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const auto xOf = [this](double frame) { return int(std::lround(m_axis->frameToX(frame))); };
    if (const auto selection = m_playback->selection()) {
        const int x0 = xOf(selection->first);
        painter.fillRect(QRect(x0, 0, std::max(1, xOf(selection->second) - x0), height()), selectionColor());
    }
    painter.fillRect(QRect(xOf(m_playback->cursorFrame()), 0, 1, height()), editCursorColor());
    if (const auto frame = m_playback->playFrame())
        painter.fillRect(QRect(xOf(*frame) - 1, 0, 2, height()), playCursorColor());
}

} // namespace codecbpe::widgets
