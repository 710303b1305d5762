#include "widgets/Lane.h"

#include "widgets/Session.h"
#include "widgets/TimeAxis.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace codecbpe::widgets {

Lane::Lane(Session* session, TimeAxis* axis, QWidget* parent) : QWidget(parent), m_session(session), m_axis(axis)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(axis, &TimeAxis::changed, this, qOverload<>(&QWidget::update));
}

bool Lane::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipText(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void Lane::mouseMoveEvent(QMouseEvent* event)
{
    emit hovered(hoverText(event->position()));
    QWidget::mouseMoveEvent(event);
}

void Lane::leaveEvent(QEvent* event)
{
    emit hovered(QString());
    QWidget::leaveEvent(event);
}

QString Lane::secondsText(double frame) const
{
    if (m_session->framerate() <= 0)
        return QStringLiteral("–");
    return tr("%1 s").arg(m_session->secondsAt(frame), 0, 'f', 3);
}

void Lane::paintTitle(QPainter& painter, const QString& title) const
{
    const QFontMetrics metrics(font());
    const QRect box(2, 2, metrics.horizontalAdvance(title) + 8, metrics.height() + 2);
    painter.fillRect(box, QColor(255, 255, 255, 190));
    painter.setPen(QColor(40, 40, 40));
    painter.drawText(box, Qt::AlignCenter, title);
}

} // namespace codecbpe::widgets
