// CompressionPlot: a line plot of held-out compression for the Train panel — codes per token against merges done
// (live) or against vocabulary size, with an optional second series on the right axis (tokens per second) and a
// marker at the picked x that a click moves.
#pragma once

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;

namespace codecbpe::widgets {

class CompressionPlot : public QWidget {
    Q_OBJECT
public:
    explicit CompressionPlot(QWidget* parent = nullptr);

    void setLabels(const QString& x, const QString& y, const QString& y2 = {});
    // Replaces the data and rescales; `y2` empty hides the right axis.
    void setData(const QVector<double>& x, const QVector<double>& y, const QVector<double>& y2 = {});
    // Draws the marker at `x` (nothing when NaN).
    void setMarker(double x);
    int pointCount() const;
    QCustomPlot* plot() const { return m_plot; }
    // The widget position of x on the x axis (tests click there).
    int pixelForX(double x) const;

signals:
    // A click in the plot at x (in data coordinates).
    void clicked(double x);

private:
    QCustomPlot* m_plot;
    QCPGraph* m_main;
    QCPGraph* m_second;
    QCPItemStraightLine* m_marker;
};

} // namespace codecbpe::widgets
