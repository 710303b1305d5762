// TimeRuler: the time scale above the lanes (seconds, or frames when the frame rate is unknown), at any zoom.
#pragma once

#include "widgets/Lane.h"

namespace codecbpe::widgets {

class TimeRuler : public Lane {
    Q_OBJECT
public:
    TimeRuler(Session* session, TimeAxis* axis, QWidget* parent = nullptr);

    QString hoverText(QPointF pos) const override;
    QSize sizeHint() const override { return {200, kHeight}; }
    QSize minimumSizeHint() const override { return sizeHint(); }

    // The tick interval (in seconds, or frames) from {1, 2, 5} x 10^n that puts labels at least `minPixels` apart.
    static double tickInterval(double pixelsPerUnit, double minPixels);

    static constexpr int kHeight = 24;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace codecbpe::widgets
