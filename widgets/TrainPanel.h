// TrainPanel: trains a tokenizer from a codes folder (or an audio folder encoded first, as audio-to-codes) with the
// form's options on a worker thread, with progress
// (merges, elapsed, remaining), Cancel (writes nothing), and a live plot of held-out codes per token; when done, the
// vocabulary-size curve where a size is picked (click or spin box) and its prefix saved or opened as A or B.
#pragma once

#include "analysis/CompressionCurve.h"
#include "jobs/AudioToCodesJob.h"
#include "jobs/TrainTokenizerJob.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTemporaryDir;
class QTimer;
template <typename T>
class QFutureWatcher;

namespace codecbpe {
class TokenizerPrefix;
}

namespace codecbpe::widgets {

class AudioSourceForm;
class CompressionPlot;
class Session;
class TrainOptionsForm;
struct LiveCurve;

class TrainPanel : public QWidget {
    Q_OBJECT
    // True while a run started by prepareScreenshot() has not finished: `--screenshot` waits for it.
    Q_PROPERTY(bool screenshotPending READ isTraining)
public:
    explicit TrainPanel(Session* session, QWidget* parent = nullptr);
    // Cancels a running training and waits for it.
    ~TrainPanel() override;

    TrainOptionsForm* form() const { return m_form; }
    // 0: a codes folder; 1: an audio folder, encoded first (audioSource()), then trained.
    QComboBox* sourceBox() const { return m_source; }
    AudioSourceForm* audioSource() const { return m_audioSource; }
    // The files the encoding could not read, one line each.
    QLabel* errorsLabel() const { return m_errors; }
    QLineEdit* outputEdit() const { return m_output; }
    QSpinBox* heldOutBox() const { return m_heldOut; }
    QPushButton* trainButton() const { return m_train; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* timeLabel() const { return m_time; }
    CompressionPlot* livePlot() const { return m_livePlot; }
    CompressionPlot* curvePlot() const { return m_curvePlot; }
    QSpinBox* vocabSizeBox() const { return m_pickedSize; }
    QLabel* curveLabel() const { return m_curveLabel; }
    QPushButton* savePrefixButton() const { return m_savePrefix; }
    QPushButton* openAButton() const { return m_openA; }
    QPushButton* openBButton() const { return m_openB; }
    QPushButton* saveButton() const { return m_save; }
    bool isTraining() const { return m_training != nullptr || m_encoding != nullptr; }
    bool hasResult() const { return m_result.has_value(); }
    // The finished run's held-out curve (empty without held-out files).
    std::vector<CompressionCurve::Point> curve() const;

    void train();
    void cancel();
    // Write the trained tokenizer / the prefix of the picked vocabulary size as a Hugging Face folder (atomic);
    // false, with the reason in the status line, when that fails.
    bool saveTo(const QString& dir);
    bool savePrefixTo(const QString& dir);
    // Opens the prefix of the picked size as tokenizer `slot` (0 = A, 1 = B).
    void openAs(int slot);

    // For `--demo --panel train --screenshot`: trains the open codes' folder with a small vocabulary.
    Q_INVOKABLE void prepareScreenshot();

signals:
    // A finished run; `dir` is the output folder it was written to (then opened as tokenizer A), or empty.
    void trained(const QString& dir);
    void trainingCancelled();
    void trainingFailed(const QString& message);

private:
    void startTraining();
    void onEncoded();
    void onFinished();
    void updateButtons();
    void updateLive();
    void showCurve();
    void pickSize(int vocabSize);
    void askAndSave(bool prefix);

    Session* m_session;
    QLabel* m_sourceLabel;
    QComboBox* m_source;
    AudioSourceForm* m_audioSource;
    QLabel* m_errors;
    TrainOptionsForm* m_form;
    QLineEdit* m_output;
    QLabel* m_heldOutLabel;
    QSpinBox* m_heldOut;
    QPushButton* m_train;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_time;
    QLabel* m_status;
    CompressionPlot* m_livePlot;
    CompressionPlot* m_curvePlot;
    QSpinBox* m_pickedSize;
    QLabel* m_curveLabel;
    QPushButton* m_savePrefix;
    QPushButton* m_openA;
    QPushButton* m_openB;
    QPushButton* m_save;
    QTimer* m_refresh;

    QFutureWatcher<AudioToCodesResult>* m_encoding = nullptr;
    QFutureWatcher<TrainTokenizerResult>* m_training = nullptr;
    bool m_cancelRequested = false;
    std::shared_ptr<LiveCurve> m_live;
    QElapsedTimer m_clock;
    qint64 m_mergesStartMs = -1; // when the merge phase began (for the remaining time)
    std::optional<TrainTokenizerResult> m_result;
    std::unique_ptr<TokenizerPrefix> m_prefix;
    std::unique_ptr<QTemporaryDir> m_openDir; // prefixes opened as A or B live here
};

} // namespace codecbpe::widgets
