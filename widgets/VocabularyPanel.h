// VocabularyPanel: the vocabulary browser: every token of tokenizer A in a sortable, filterable table with its
// counts in the open codes and in the training data, and a histogram of token lengths; picking a token highlights
// its occurrences in the timeline (through the Session), Previous/Next step through them, Play plays one.
#pragma once

#include "bpe/BpeModel.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace codecbpe::widgets {

class PlaybackController;
class Session;
class VocabularyFilter;
class VocabularyHistogram;
class VocabularyModel;
class VocabularyTrainingCounter;

class VocabularyPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSlot = 0; // tokenizer A

    VocabularyPanel(Session* session, PlaybackController* playback, QWidget* parent = nullptr);

    VocabularyModel* model() const { return m_model; }
    VocabularyFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QSpinBox* longerThanBox() const { return m_longerThan; }
    QCheckBox* repeatedFrameBox() const { return m_repeatedOnly; }
    QPushButton* previousButton() const { return m_previous; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* playButton() const { return m_play; }
    VocabularyHistogram* histogram() const { return m_histogram; }
    VocabularyTrainingCounter* trainingCounter() const { return m_trainingCounter; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* occurrenceLabel() const { return m_occurrenceLabel; }

    // Indices into the session's segments of tokenizer A of the picked token, in time order.
    const std::vector<std::int64_t>& occurrences() const { return m_occurrences; }
    int currentOccurrence() const { return m_current; }

    void showNextOccurrence();
    void showPreviousOccurrence();
    // Plays the current occurrence of the picked token: decoded through the codec when the codes' codec decodes,
    // else from the audio (the playback source follows, as the Playback menu shows).
    void playToken();

    // Wide enough for every column, so that a dock opens showing the whole table row.
    QSize sizeHint() const override { return {kPreferredWidth, kPreferredHeight}; }
    static constexpr int kPreferredWidth = 640;
    static constexpr int kPreferredHeight = 640;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void onCurrentRowChanged();
    void refilter(const std::function<void()>& change);
    void stepOccurrence(int delta);
    void updateSummary();
    void updateOccurrenceControls();
    void onTrainingCounted(const QString& tokenizerPath, const std::vector<std::int64_t>& counts);

    Session* m_session;
    PlaybackController* m_playback;
    VocabularyModel* m_model;
    VocabularyFilter* m_filter;
    QLabel* m_longerThanLabel;
    QSpinBox* m_longerThan;
    QCheckBox* m_repeatedOnly;
    QLabel* m_summary;
    QTableView* m_table;
    VocabularyHistogram* m_histogram;
    QSplitter* m_splitter;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_play;
    QLabel* m_occurrenceLabel;
    VocabularyTrainingCounter* m_trainingCounter;
    // The last training-data counts, kept for the tokenizer they belong to while its tokens are re-made.
    QString m_trainingCountsTokenizer;
    std::vector<std::int64_t> m_trainingCounts;
    std::optional<TokenId> m_picked;
    std::vector<std::int64_t> m_occurrences;
    int m_current = -1;
    bool m_refiltering = false; // inside refilter(): current-row changes are Qt's, not the user's
};

} // namespace codecbpe::widgets
