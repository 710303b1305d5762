// Timeline: the lanes (ruler, waveform, code grid, tokens A and B) stacked on one TimeAxis with one scroll bar;
// Ctrl+wheel zooms at the mouse, the wheel scrolls, and hovering a token outlines its cells in the code grid.
#pragma once

#include <QWidget>

#include <cstdint>

class QScrollBar;

namespace codecbpe::widgets {

class CodeGridLane;
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

    // Whether the user wants the lane; it shows only when the session also has its data.
    void setLaneEnabled(LaneKind lane, bool enabled);
    bool isLaneEnabled(LaneKind lane) const;

signals:
    // What is under the mouse, for the status bar (empty when nothing).
    void hoverTextChanged(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onContentChanged();
    void updateLaneVisibility();
    void syncScrollBar();
    void showTokenCells(int slot, std::int64_t index);

    Session* m_session;
    TimeAxis* m_axis;
    TimeRuler* m_ruler;
    WaveformLane* m_waveform;
    CodeGridLane* m_codeGrid;
    TokenLane* m_tokensA;
    TokenLane* m_tokensB;
    QScrollBar* m_scrollBar;
    bool m_enabled[4] = {true, true, true, true};
    bool m_syncingScrollBar = false;
};

} // namespace codecbpe::widgets
