#include "widgets/VocabularyHistogram.h"

#include "widgets/VocabularyModel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace codecbpe::widgets {

namespace {
const QColor kPartialColor(150, 180, 215);
const QColor kWholeColor(40, 90, 170);
const QColor kRepeatedColor(230, 130, 20);
constexpr int kMaxFrameLabels = 10;

QVector<double> values(const std::vector<std::int64_t>& counts)
{
    QVector<double> out;
    out.reserve(qsizetype(counts.size()));
    for (const std::int64_t n : counts)
        out.push_back(double(n));
    return out;
}
} // namespace

VocabularyHistogram::Bins VocabularyHistogram::bins(const std::vector<VocabularyEntry>& entries, int numCodebooks)
{
    Bins b;
    int longest = 0;
    for (const VocabularyEntry& e : entries)
        longest = std::max(longest, e.numCodes);
    const auto size = std::size_t(longest) + 1;
    b.partialFrames.assign(size, 0);
    b.wholeFrames.assign(size, 0);
    b.repeatedFrame.assign(size, 0);
    for (const VocabularyEntry& e : entries) {
        if (e.numCodes == 1)
            ++b.baseTokens;
        if (e.numCodes < 2)
            continue;
        ++b.merged;
        const auto length = std::size_t(e.numCodes);
        if (e.repeatedFrame) {
            ++b.repeatedFrame[length];
            ++b.repeated;
        } else if (e.numCodes % numCodebooks == 0) {
            ++b.wholeFrames[length];
        } else {
            ++b.partialFrames[length];
        }
    }
    return b;
}

VocabularyHistogram::VocabularyHistogram(QWidget* parent)
    : QWidget(parent), m_caption(new QLabel(this)), m_plot(new QCustomPlot(this))
{
    m_caption->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_plot, 1);

    m_partial = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_whole = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_repeated = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    // Repeated-frame tokens sit on top of the other whole-frame tokens of their length.
    m_repeated->moveAbove(m_whole);
    const std::pair<QCPBars*, QColor> styles[] = {
        {m_partial, kPartialColor}, {m_whole, kWholeColor}, {m_repeated, kRepeatedColor}};
    for (const auto& [bars, color] : styles) {
        bars->setWidth(0.8);
        bars->setPen(Qt::NoPen);
        bars->setBrush(color);
    }
    // A small legend in one row under the plot (inside, it hid bars and the axis label of a short dock) and few
    // value ticks, so a short dock still reads.
    m_plot->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    m_plot->legend->setFont(legendFont);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(0, 0, 0, 0));
    legendRow->addElement(0, 0, m_plot->legend); // takes it out of the axis rect's inset layout
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    // QCustomPlot asks for the room of all its parts; a short dock gives the bars less instead of clipping the text.
    m_plot->setMinimumHeight(120);
    m_plot->yAxis->ticker()->setTickCount(4);
    m_plot->xAxis2->setVisible(true);
    m_plot->xAxis2->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerFixed>::create());
    m_plot->setInteraction(QCP::iRangeDrag, false);
    retranslate();
}

void VocabularyHistogram::setEntries(const std::vector<VocabularyEntry>& entries, int numCodebooks)
{
    m_numCodebooks = std::max(1, numCodebooks);
    m_bins = bins(entries, m_numCodebooks);
    replot();
}

void VocabularyHistogram::replot()
{
    QVector<double> lengths;
    for (std::size_t i = 0; i < m_bins.wholeFrames.size(); ++i)
        lengths.push_back(double(i));
    m_partial->setData(lengths, values(m_bins.partialFrames), true);
    m_whole->setData(lengths, values(m_bins.wholeFrames), true);
    m_repeated->setData(lengths, values(m_bins.repeatedFrame), true);

    const int longest = std::max(2, int(m_bins.wholeFrames.size()) - 1);
    const int k = m_numCodebooks;
    auto codesTicker = qSharedPointerCast<QCPAxisTickerFixed>(m_plot->xAxis->ticker());
    codesTicker->setTickStep(std::max(1, longest / kMaxFrameLabels));
    codesTicker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    // The top axis counts frames at the whole-frame lengths.
    auto framesTicker = qSharedPointerCast<QCPAxisTickerText>(m_plot->xAxis2->ticker());
    framesTicker->clear();
    const int frames = longest / k;
    const int frameStep = std::max(1, (frames + kMaxFrameLabels - 1) / kMaxFrameLabels);
    for (int f = frameStep; f <= frames; f += frameStep)
        framesTicker->addTick(double(f * k), QString::number(f));
    m_plot->xAxis->setRange(0.5, longest + 0.5);
    m_plot->xAxis2->setRange(0.5, longest + 0.5);
    std::int64_t highest = 1;
    for (std::size_t i = 0; i < m_bins.wholeFrames.size(); ++i)
        highest = std::max({highest, m_bins.partialFrames[i], m_bins.wholeFrames[i] + m_bins.repeatedFrame[i]});
    m_plot->yAxis->setRange(0, double(highest) * 1.15);

    const double share = m_bins.merged > 0 ? 100.0 * double(m_bins.repeated) / double(m_bins.merged) : 0.0;
    m_caption->setText(m_bins.merged == 0
                           ? tr("No merged tokens.")
                           : tr("Lengths of the %1 merged tokens (the %2 one-code tokens left out). One repeated "
                                "frame: %3 tokens, %4% of them.")
                                 .arg(m_bins.merged)
                                 .arg(m_bins.baseTokens)
                                 .arg(m_bins.repeated)
                                 .arg(share, 0, 'f', 1));
    m_plot->replot();
}

void VocabularyHistogram::retranslate()
{
    m_partial->setName(tr("part of a frame"));
    m_whole->setName(tr("whole frames"));
    m_repeated->setName(tr("one repeated frame"));
    m_plot->xAxis->setLabel(tr("token length (codes)"));
    m_plot->xAxis2->setLabel(tr("frames"));
    m_plot->yAxis->setLabel(tr("tokens"));
    replot();
}

void VocabularyHistogram::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace codecbpe::widgets
