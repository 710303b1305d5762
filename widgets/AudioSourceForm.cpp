#include "widgets/AudioSourceForm.h"

#include "codecs/CodecRegistry.h"
#include "widgets/LabelColumn.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLineEdit>

namespace codecbpe::widgets {

AudioSourceForm::AudioSourceForm(QWidget* parent)
    : QWidget(parent), m_audio(new QLineEdit(this)), m_codec(new QComboBox(this)), m_codes(new QLineEdit(this))
{
    m_codec->setEditable(true); // a TorchScript file path is a codec too
    for (const std::string& name : CodecRegistry::instance().examples())
        m_codec->addItem(QString::fromStdString(name));
    m_codec->setCurrentText(QString::fromStdString(AudioToCodesOptions().codec.codecModel));
    m_audio->setPlaceholderText(tr("Folder of audio files"));
    m_codes->setPlaceholderText(tr("Folder to write the codes to"));
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Audio folder:"), m_audio);
    layout->addRow(tr("Codec:"), m_codec);
    layout->addRow(tr("Codes output:"), m_codes);
    connect(m_audio, &QLineEdit::textChanged, this, &AudioSourceForm::changed);
    connect(m_codes, &QLineEdit::textChanged, this, &AudioSourceForm::changed);
    connect(m_codec, &QComboBox::currentTextChanged, this, &AudioSourceForm::changed);
}

QList<QWidget*> AudioSourceForm::labels() const
{
    return labelColumn(*qobject_cast<const QFormLayout*>(layout()));
}

AudioToCodesOptions AudioSourceForm::options() const
{
    AudioToCodesOptions options;
    options.audioPath = QDir(m_audio->text()).filesystemAbsolutePath();
    options.codesPath = QDir(m_codes->text()).filesystemAbsolutePath();
    options.codec.codecModel = m_codec->currentText().toStdString();
    return options;
}

QString AudioSourceForm::problem() const
{
    if (m_audio->text().isEmpty() || !QDir(m_audio->text()).exists())
        return tr("Choose a folder of audio files.");
    if (m_codec->currentText().isEmpty())
        return tr("Choose a codec.");
    if (m_codes->text().isEmpty())
        return tr("Choose a folder to write the codes to.");
    return {};
}

} // namespace codecbpe::widgets
