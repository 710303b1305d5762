// VocabularyTrainingCounter: the vocabulary browser's "Count in training data…" row: picks a codes folder (by
// default the one beside the open codes, or the last one picked), counts tokenizer A's tokens in it on a worker
// thread with a progress bar and Cancel, and hands the counts over.
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;

template <typename T>
class QFutureWatcher;

namespace codecbpe::widgets {

class Session;
struct VocabularyCorpusCount;

class VocabularyTrainingCounter : public QWidget {
    Q_OBJECT
public:
    explicit VocabularyTrainingCounter(Session* session, int slot, QWidget* parent = nullptr);
    // Cancels a running count and waits for it: no worker outlives the panel.
    ~VocabularyTrainingCounter() override;

    QPushButton* countButton() const { return m_count; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    bool isCounting() const { return m_counting != nullptr; }

    // The folder the folder dialog opens at: the last one counted, else the folder of the open codes.
    QString defaultFolder() const;
    // Asks for a codes folder, then counts in it.
    void chooseFolder();
    // Counts the tokens of the session's tokenizer in the codes under `folder`.
    void count(const QString& folder);
    void cancel();

signals:
    // The counts by token id for the tokenizer read from `tokenizerPath`.
    void counted(const QString& tokenizerPath, const std::vector<std::int64_t>& counts);
    void countCancelled();
    void countFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onFinished();
    void updateButtons();

    Session* m_session;
    int m_slot;
    QPushButton* m_count;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    QFutureWatcher<VocabularyCorpusCount>* m_counting = nullptr;
    QString m_folder;        // being counted
    QString m_tokenizerPath; // whose tokens are being counted
    bool m_cancelRequested = false;
    qint64 m_startedMs = 0;
};

} // namespace codecbpe::widgets
