#include "widgets/CompressionPlot.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace codecbpe::widgets {

namespace {
const QColor kMainColor(40, 90, 170);
const QColor kSecondColor(230, 130, 20);
const QColor kMarkerColor(200, 30, 60);
} // namespace

CompressionPlot::CompressionPlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(190); // room for the tick and axis labels under the curve
    m_main = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_main->setPen(QPen(kMainColor, 2));
    m_second = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    m_second->setPen(QPen(kSecondColor, 2));
    m_plot->yAxis->setLabelColor(kMainColor);
    m_plot->yAxis2->setLabelColor(kSecondColor);
    m_marker = new QCPItemStraightLine(m_plot);
    m_marker->setPen(QPen(kMarkerColor, 1, Qt::DashLine));
    m_marker->setVisible(false);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        emit clicked(m_plot->xAxis->pixelToCoord(event->position().x()));
    });
}

void CompressionPlot::setLabels(const QString& x, const QString& y, const QString& y2)
{
    m_plot->xAxis->setLabel(x);
    m_plot->yAxis->setLabel(y);
    m_plot->yAxis2->setLabel(y2);
    m_plot->replot();
}

void CompressionPlot::setData(const QVector<double>& x, const QVector<double>& y, const QVector<double>& y2)
{
    m_main->setData(x, y, true);
    m_second->setData(y2.isEmpty() ? QVector<double>() : x, y2, true);
    m_plot->yAxis2->setVisible(!y2.isEmpty());
    m_plot->rescaleAxes();
    // The picked size is often the last one: keep it off the frame.
    const QCPRange xRange = m_plot->xAxis->range();
    m_plot->xAxis->setRange(xRange.lower, xRange.upper + std::max(xRange.size() * 0.02, 0.5));
    // Some air above and below the lines, so that a flat start does not sit on the frame.
    for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
        const QCPRange range = axis->range();
        const double pad = std::max(range.size() * 0.08, 1e-3);
        axis->setRange(range.lower - pad, range.upper + pad);
    }
    m_plot->replot();
}

void CompressionPlot::setMarker(double x)
{
    m_marker->setVisible(!std::isnan(x));
    if (!std::isnan(x)) {
        m_marker->point1->setCoords(x, 0);
        m_marker->point2->setCoords(x, 1);
    }
    m_plot->replot();
}

int CompressionPlot::pointCount() const
{
    return m_main->dataCount();
}

int CompressionPlot::pixelForX(double x) const
{
    return int(std::lround(m_plot->xAxis->coordToPixel(x)));
}

} // namespace codecbpe::widgets
