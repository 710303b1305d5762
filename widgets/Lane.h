// Lane: one horizontal strip of the timeline. It paints a part of the session through the shared TimeAxis and
// answers "what is under the mouse" (status bar and tooltip), like a Sonic Visualiser layer's feature description.
#pragma once

#include <QWidget>

namespace codecbpe::widgets {

class Session;
class TimeAxis;

class Lane : public QWidget {
    Q_OBJECT
public:
    Lane(Session* session, TimeAxis* axis, QWidget* parent = nullptr);

    // One line for the status bar about what is at `pos` (lane coordinates); empty if nothing is there.
    virtual QString hoverText(QPointF pos) const = 0;
    // The tooltip: by default the hover text; lanes may add detail (e.g. a token's codes as a small grid).
    virtual QString toolTipText(QPointF pos) const { return hoverText(pos); }

    Session* session() const { return m_session; }
    TimeAxis* axis() const { return m_axis; }

signals:
    void hovered(const QString& text);

protected:
    bool event(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    // "1.234 s" for a frame position, or "–" when the session has no frame rate.
    QString secondsText(double frame) const;
    // Draws the lane's name in its top-left corner, over the content.
    void paintTitle(QPainter& painter, const QString& title) const;

private:
    Session* m_session;
    TimeAxis* m_axis;
};

} // namespace codecbpe::widgets
