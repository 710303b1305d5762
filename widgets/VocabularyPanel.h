// VocabularyPanel: the vocabulary browser: every token of tokenizer A in a sortable, filterable table; picking a
// token highlights its occurrences in the timeline (through the Session) and Previous/Next step through them.
#pragma once

#include "bpe/BpeModel.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace codecbpe::widgets {

class Session;
class VocabularyFilter;
class VocabularyModel;

class VocabularyPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSlot = 0; // tokenizer A

    explicit VocabularyPanel(Session* session, QWidget* parent = nullptr);

    VocabularyModel* model() const { return m_model; }
    VocabularyFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QSpinBox* longerThanBox() const { return m_longerThan; }
    QCheckBox* repeatedFrameBox() const { return m_repeatedOnly; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* occurrenceLabel() const { return m_occurrenceLabel; }

    // Indices into the session's segments of tokenizer A of the picked token, in time order.
    const std::vector<std::int64_t>& occurrences() const { return m_occurrences; }
    int currentOccurrence() const { return m_current; }

    void showNextOccurrence();
    void showPreviousOccurrence();

    // Wide enough for every column, so that a dock opens showing the whole table row.
    QSize sizeHint() const override { return {kPreferredWidth, kPreferredHeight}; }
    static constexpr int kPreferredWidth = 640;
    static constexpr int kPreferredHeight = 480;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void onCurrentRowChanged();
    void stepOccurrence(int delta);
    void updateSummary();
    void updateOccurrenceControls();

    Session* m_session;
    VocabularyModel* m_model;
    VocabularyFilter* m_filter;
    QLabel* m_longerThanLabel;
    QSpinBox* m_longerThan;
    QCheckBox* m_repeatedOnly;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_occurrenceLabel;
    std::optional<TokenId> m_picked;
    std::vector<std::int64_t> m_occurrences;
    int m_current = -1;
};

} // namespace codecbpe::widgets
