// AudioSourceForm: the Train panel's audio source — a folder of audio, the codec that encodes it (as
// `codecbpe audio-to-codes --codec_model`) and the folder the codes are written to before training.
#pragma once

#include "jobs/AudioToCodesJob.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace codecbpe::widgets {

class AudioSourceForm : public QWidget {
    Q_OBJECT
public:
    explicit AudioSourceForm(QWidget* parent = nullptr);

    // audio-to-codes' options with codec-bpe's defaults (30 s chunks, mono) for the fields.
    AudioToCodesOptions options() const;
    // What is missing, or empty when encoding can start.
    QString problem() const;

    QLineEdit* audioFolderEdit() const { return m_audio; }
    QComboBox* codecBox() const { return m_codec; }
    QLineEdit* codesFolderEdit() const { return m_codes; }
    // The labels of the three rows, to be aligned with the Train panel's other labels.
    QList<QWidget*> labels() const;

signals:
    void changed();

private:
    QLineEdit* m_audio;
    QComboBox* m_codec;
    QLineEdit* m_codes;
};

} // namespace codecbpe::widgets
