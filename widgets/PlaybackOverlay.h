// PlaybackOverlay: drawn over all lanes of the timeline: the selection, the edit cursor and the moving play cursor,
// through the shared TimeAxis so they line up with every lane. It lets the mouse through to the lanes.
#pragma once

#include <QWidget>

namespace codecbpe::widgets {

class PlaybackController;
class TimeAxis;

class PlaybackOverlay : public QWidget {
    Q_OBJECT
public:
    PlaybackOverlay(PlaybackController* playback, TimeAxis* axis, QWidget* parent);

    static QColor playCursorColor() { return {220, 30, 30}; }
    static QColor editCursorColor() { return {20, 20, 20}; }
    static QColor selectionColor() { return {40, 110, 230, 60}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    PlaybackController* m_playback;
    TimeAxis* m_axis;
};

} // namespace codecbpe::widgets
