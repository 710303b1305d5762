// TrainPanel: trains a tokenizer from the form's codes folder and options on a worker thread, with a progress bar
// and Cancel; a finished run is written to the output folder and opened as tokenizer A; a cancelled one writes
// nothing.
#pragma once

#include "bpe/TokenizerFolder.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
template <typename T>
class QFutureWatcher;

namespace codecbpe::widgets {

class Session;
class TrainOptionsForm;

class TrainPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainPanel(Session* session, QWidget* parent = nullptr);
    // Cancels a running training and waits for it.
    ~TrainPanel() override;

    TrainOptionsForm* form() const { return m_form; }
    QLineEdit* outputEdit() const { return m_output; }
    QPushButton* trainButton() const { return m_train; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    bool isTraining() const { return m_training != nullptr; }

    void train();
    void cancel();

signals:
    // The tokenizer folder written by a finished run (then opened as tokenizer A).
    void trained(const QString& dir);
    void trainingCancelled();
    void trainingFailed(const QString& message);

private:
    void onFinished();
    void updateButtons();

    Session* m_session;
    TrainOptionsForm* m_form;
    QLineEdit* m_output;
    QPushButton* m_train;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QFutureWatcher<TokenizerFolder>* m_training = nullptr;
    bool m_cancelRequested = false;
};

} // namespace codecbpe::widgets
