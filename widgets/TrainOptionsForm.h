// TrainOptionsForm: the Train panel's fields: a codes folder whose codec_info.json fills the codec fields, and the
// trainer options with the CLI's defaults, checked as typed with the trainer's own messages.
#pragma once

#include "bpe/TrainerOptions.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace codecbpe::widgets {

class TrainOptionsForm : public QWidget {
    Q_OBJECT
public:
    explicit TrainOptionsForm(QWidget* parent = nullptr);

    // Sets the codes folder and fills the codec fields from its codec_info.json, when it has one.
    void setCodesFolder(const QString& dir);
    QString codesFolder() const;
    // While the codes are still to be encoded from audio, the folder and codec fields are not checked yet (the
    // encoding writes the folder and its codec_info.json fills them).
    void setCodesFromAudio(bool fromAudio);

    // The options as typed; problem() says whether they are valid.
    TrainerOptions options() const;
    // The first problem with the fields (the trainer's message), or empty when training can start.
    QString problem() const { return m_problem; }

    QLineEdit* folderEdit() const { return m_folder; }
    QSpinBox* numCodebooksBox() const { return m_numCodebooks; }
    QSpinBox* codebookSizeBox() const { return m_codebookSize; }
    QDoubleSpinBox* framerateBox() const { return m_framerate; }
    QSpinBox* vocabSizeBox() const { return m_vocabSize; }
    QSpinBox* minFrequencyBox() const { return m_minFrequency; }
    QLineEdit* padTokenEdit() const { return m_padToken; }
    QSpinBox* ngramsBox() const { return m_ngrams; }
    QDoubleSpinBox* chunkSecondsBox() const { return m_chunkSeconds; }
    QLabel* problemLabel() const { return m_problemLabel; }
    // The labels of the first column, to be aligned with the Train panel's other labels.
    QList<QWidget*> firstColumnLabels() const { return m_firstColumnLabels; }

signals:
    // The fields changed; `problem` is empty when they are valid.
    void validityChanged(const QString& problem);

private:
    void check();

    QLineEdit* m_folder;
    QSpinBox* m_numCodebooks;
    QSpinBox* m_codebookSize;
    QDoubleSpinBox* m_framerate;
    QSpinBox* m_vocabSize;
    QSpinBox* m_minFrequency;
    QLineEdit* m_padToken;
    QSpinBox* m_ngrams;
    QDoubleSpinBox* m_chunkSeconds;
    QLabel* m_problemLabel;
    QList<QWidget*> m_firstColumnLabels;
    QString m_problem;
    bool m_fromAudio = false;
};

} // namespace codecbpe::widgets
