// LmDatasetSection: the Export panel's "LM dataset": prep-lm-dataset's options with codec-bpe's defaults, run on a
// worker thread with progress and Cancel (a cancelled run writes no file), then lm-dataset-stats' figures of what it
// wrote.
#pragma once

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
template <typename T>
class QFutureWatcher;

namespace codecbpe::widgets {

class PathField;
class Session;
class TokenizerChooser;

class LmDatasetSection : public QGroupBox {
    Q_OBJECT
public:
    // What a finished run reports: prep-lm-dataset's summary line and lm-dataset-stats' report (text format only).
    struct Outcome {
        QString summary;
        QString stats;
    };

    explicit LmDatasetSection(Session* session, QWidget* parent = nullptr);
    // Cancels a running job and waits for it.
    ~LmDatasetSection() override;

    PathField* codesField() const { return m_codes; }
    TokenizerChooser* tokenizer() const { return m_tokenizer; }
    PathField* idMapField() const { return m_idMap; }
    QLineEdit* audioStartEdit() const { return m_audioStart; }
    QLineEdit* audioEndEdit() const { return m_audioEnd; }
    QSpinBox* sequenceLengthBox() const { return m_sequenceLength; }
    QSpinBox* overlapLengthBox() const { return m_overlapLength; }
    QCheckBox* dropLastBox() const { return m_dropLast; }
    QLineEdit* codesFilterEdit() const { return m_codesFilter; }
    QSpinBox* numExamplesBox() const { return m_numExamples; }
    QComboBox* formatBox() const { return m_format; }
    PathField* outputField() const { return m_output; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* statsLabel() const { return m_stats; }
    bool isRunning() const { return m_running != nullptr; }

    void start();
    void cancel();

signals:
    void finished(const QString& savePath);
    void cancelled();
    void failed(const QString& message);

private:
    // `outcome` is set when the files were written (even if Cancel came too late), `error` when the job failed.
    void onFinished(const std::optional<Outcome>& outcome, const QString& error);
    void updateButtons();

    PathField* m_codes;
    TokenizerChooser* m_tokenizer;
    PathField* m_idMap;
    QLineEdit* m_audioStart;
    QLineEdit* m_audioEnd;
    QSpinBox* m_sequenceLength;
    QSpinBox* m_overlapLength;
    QCheckBox* m_dropLast;
    QLineEdit* m_codesFilter;
    QSpinBox* m_numExamples;
    QComboBox* m_format;
    PathField* m_output;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_stats;
    QFutureWatcher<void>* m_running = nullptr;
    bool m_cancelRequested = false;
};

} // namespace codecbpe::widgets
