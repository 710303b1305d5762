// ComparePanel: tokenizers A and B on the same codes side by side: their figures in two columns, how far their
// token boundaries agree, a switch for marking the differing boundaries in the token lanes, and Previous/Next
// through the regions where they cut differently, each brought into view on the timeline.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace codecbpe::widgets {

class BoundaryComparison;
class Session;
class TimeAxis;

class ComparePanel : public QWidget {
    Q_OBJECT
public:
    // The table's rows, one figure each.
    enum Row {
        TokenizerRow,
        VocabularyRow,
        MergesRow,
        TokensRow,
        TokensPerSecondRow,
        CodesPerTokenRow,
        FramesPerTokenRow,
        DistinctTokensRow,
        LongestTokenRow,
        RepeatedTokensRow,
        RepeatedVocabularyRow,
        OwnBoundariesRow,
        AgreementRow,
        RowCount
    };

    ComparePanel(Session* session, TimeAxis* axis, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // The text of figure `row` for tokenizer `slot` (0 = A, 1 = B).
    QString figureText(Row row, int slot) const;
    QCheckBox* markBox() const { return m_mark; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }
    QLabel* regionLabel() const { return m_regionLabel; }
    QLabel* summaryLabel() const { return m_summary; }

    void showNextRegion();
    void showPreviousRegion();

    QSize sizeHint() const override { return {kPreferredWidth, kPreferredHeight}; }
    static constexpr int kPreferredWidth = 520;
    static constexpr int kPreferredHeight = 480;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshFigures();
    void refreshRegion();
    void stepRegion(int delta);

    Session* m_session;
    TimeAxis* m_axis;
    BoundaryComparison* m_comparison;
    QLabel* m_summary;
    QTableWidget* m_table;
    QCheckBox* m_mark;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_regionLabel;
};

} // namespace codecbpe::widgets
