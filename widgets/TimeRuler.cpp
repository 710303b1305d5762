#include "widgets/TimeRuler.h"

#include "widgets/Session.h"
#include "widgets/TimeAxis.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

namespace {
constexpr double kMinLabelSpacing = 90.0;
constexpr int kMinorTicksPerMajor = 5;

QString tickLabel(double value, double interval, bool seconds)
{
    if (!seconds)
        return QString::number(std::llround(value));
    const int decimals = std::max(0, int(std::ceil(-std::log10(interval) - 1e-9)));
    if (value >= 60.0 && interval >= 1.0) {
        const auto total = std::llround(value);
        return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
    }
    return TimeRuler::tr("%1 s").arg(value, 0, 'f', decimals);
}
} // namespace

TimeRuler::TimeRuler(Session* session, TimeAxis* axis, QWidget* parent) : Lane(session, axis, parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

double TimeRuler::tickInterval(double pixelsPerUnit, double minPixels)
{
    const double raw = minPixels / std::max(pixelsPerUnit, 1e-12);
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * decade >= raw)
            return step * decade;
    }
    return 10.0 * decade;
}

QString TimeRuler::hoverText(QPointF pos) const
{
    const double frame = axis()->xToFrame(pos.x());
    if (frame < 0 || frame > axis()->contentFrames())
        return {};
    return tr("%1 · frame %2").arg(secondsText(frame)).arg(frame, 0, 'f', 2);
}

void TimeRuler::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, height() - 1, width(), height() - 1);
    const double rate = session()->framerate();
    const bool seconds = rate > 0;
    // Units are seconds when the frame rate is known, frames otherwise.
    const double framesPerUnit = seconds ? rate : 1.0;
    const double pixelsPerUnit = axis()->pixelsPerFrame() * framesPerUnit;
    const double major = tickInterval(pixelsPerUnit, kMinLabelSpacing);
    const double minor = major / kMinorTicksPerMajor;
    const double firstUnit = axis()->startFrame() / framesPerUnit;
    const double lastUnit = std::min(axis()->endFrame(), axis()->contentFrames()) / framesPerUnit;
    painter.setPen(palette().color(QPalette::WindowText));
    for (auto i = std::int64_t(std::floor(firstUnit / minor)); double(i) * minor <= lastUnit; ++i) {
        const double unit = double(i) * minor;
        const double x = std::round(axis()->frameToX(unit * framesPerUnit)) + 0.5;
        const bool isMajor = i % kMinorTicksPerMajor == 0;
        painter.drawLine(QPointF(x, height() - (isMajor ? 10 : 5)), QPointF(x, height() - 1));
        if (isMajor)
            painter.drawText(QPointF(x + 3, height() - 11), tickLabel(unit, major, seconds));
    }
}

} // namespace codecbpe::widgets
