// Timeline: the lanes (ruler, waveform, code grid, tokens A and B) stacked on one TimeAxis with one scroll bar;
// Ctrl+wheel zooms at the mouse, the wheel scrolls, and hovering a token outlines its cells in the code grid.
// With a PlaybackController, a click sets the edit cursor, a drag selects, a click on a token plays it, and an
// overlay shows the selection, the cursor and the moving play cursor across all lanes.
#pragma once

#include <QWidget>

#include <cstdint>

class QScrollBar;

namespace codecbpe::widgets {

class CodeGridLane;
class PlaybackController;
class PlaybackOverlay;
class Session;
class TimeAxis;
class TimeRuler;
class TokenLane;
class WaveformLane;

class Timeline : public QWidget {
    Q_OBJECT
public:
    enum class LaneKind { Waveform, CodeGrid, TokensA, TokensB };

    explicit Timeline(Session* session, QWidget* parent = nullptr);

    TimeAxis* axis() const { return m_axis; }
    TimeRuler* ruler() const { return m_ruler; }
    WaveformLane* waveformLane() const { return m_waveform; }
    CodeGridLane* codeGridLane() const { return m_codeGrid; }
    TokenLane* tokenLane(int slot) const { return slot == 0 ? m_tokensA : m_tokensB; }
    QScrollBar* scrollBar() const { return m_scrollBar; }
    PlaybackOverlay* playbackOverlay() const { return m_overlay; }

    // Connects the timeline to playback (once).
    void setPlayback(PlaybackController* playback);
    // The zoom is kept across sessions: saved here, applied when the next document opens.
    void saveZoom() const;

    // Whether the user wants the lane; it shows only when the session also has its data.
    void setLaneEnabled(LaneKind lane, bool enabled);
    bool isLaneEnabled(LaneKind lane) const;

signals:
    // What is under the mouse, for the status bar (empty when nothing).
    void hoverTextChanged(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onContentChanged();
    // Brings the session's current highlighted occurrence in `slot` into view.
    void showOccurrence(int slot);
    void updateLaneVisibility();
    void syncScrollBar();
    void showTokenCells(int slot, std::int64_t index);
    void placeOverlay();

    Session* m_session;
    TimeAxis* m_axis;
    TimeRuler* m_ruler;
    WaveformLane* m_waveform;
    CodeGridLane* m_codeGrid;
    TokenLane* m_tokensA;
    TokenLane* m_tokensB;
    QScrollBar* m_scrollBar;
    PlaybackController* m_playback = nullptr;
    PlaybackOverlay* m_overlay = nullptr;
    double m_dragStartX = -1.0; // where a left-button press on a lane began, while the button is down
    bool m_enabled[4] = {true, true, true, true};
    bool m_syncingScrollBar = false;
};

} // namespace codecbpe::widgets
