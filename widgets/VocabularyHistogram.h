// VocabularyHistogram: a bar chart (QCustomPlot) of how many merged tokens of the vocabulary have each length in
// codes, whole-frame lengths and one-repeated-frame ("silence") tokens in their own colours, with their share.
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QCustomPlot;
class QCPBars;
class QLabel;

namespace codecbpe::widgets {

struct VocabularyEntry;

class VocabularyHistogram : public QWidget {
    Q_OBJECT
public:
    // Merged tokens (two or more codes) by length: index = length in codes.
    struct Bins {
        std::vector<std::int64_t> partialFrames; // lengths that are not a multiple of K
        std::vector<std::int64_t> wholeFrames;   // multiples of K, not one repeated frame
        std::vector<std::int64_t> repeatedFrame; // one frame repeated (always whole frames)
        std::int64_t merged = 0;
        std::int64_t baseTokens = 0;             // one-code tokens, left out of the bars
        std::int64_t repeated = 0;
    };
    static Bins bins(const std::vector<VocabularyEntry>& entries, int numCodebooks);

    explicit VocabularyHistogram(QWidget* parent = nullptr);

    void setEntries(const std::vector<VocabularyEntry>& entries, int numCodebooks);
    const Bins& currentBins() const { return m_bins; }
    QCustomPlot* plot() const { return m_plot; }
    QLabel* captionLabel() const { return m_caption; }

    QSize sizeHint() const override { return {400, 200}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void replot();

    QLabel* m_caption;
    QCustomPlot* m_plot;
    QCPBars* m_partial;
    QCPBars* m_whole;
    QCPBars* m_repeated;
    Bins m_bins;
    int m_numCodebooks = 1;
};

} // namespace codecbpe::widgets
