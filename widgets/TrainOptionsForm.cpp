#include "widgets/TrainOptionsForm.h"

#include "codes/CodecInfo.h"
#include "common/Error.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <iterator>
#include <limits>
#include <utility>

namespace codecbpe::widgets {

namespace {
constexpr int kMaxCodebooks = 64;
constexpr int kMaxCodebookSize = 1 << 20;
constexpr double kMaxFramerate = 10000.0;
constexpr double kMaxChunkSeconds = 3600.0;
constexpr int kMaxNgrams = 1000;
} // namespace

TrainOptionsForm::TrainOptionsForm(QWidget* parent)
    : QWidget(parent),
      m_folder(new QLineEdit(this)),
      m_numCodebooks(new QSpinBox(this)),
      m_codebookSize(new QSpinBox(this)),
      m_framerate(new QDoubleSpinBox(this)),
      m_vocabSize(new QSpinBox(this)),
      m_minFrequency(new QSpinBox(this)),
      m_padToken(new QLineEdit(this)),
      m_ngrams(new QSpinBox(this)),
      m_chunkSeconds(new QDoubleSpinBox(this)),
      m_problemLabel(new QLabel(this))
{
    const TrainerOptions defaults;
    m_numCodebooks->setRange(0, kMaxCodebooks);
    m_codebookSize->setRange(0, kMaxCodebookSize);
    m_framerate->setRange(0.0, kMaxFramerate);
    m_framerate->setDecimals(3);
    m_vocabSize->setRange(0, std::numeric_limits<int>::max());
    m_vocabSize->setValue(int(defaults.vocabSize));
    m_minFrequency->setRange(0, std::numeric_limits<int>::max());
    m_minFrequency->setValue(int(defaults.minFrequency));
    // -1 shows as "unlimited": codec-bpe's None.
    m_ngrams->setRange(-1, kMaxNgrams);
    m_ngrams->setValue(-1);
    m_ngrams->setSpecialValueText(tr("unlimited"));
    // 0 shows as "whole files": no chunking.
    m_chunkSeconds->setRange(0.0, kMaxChunkSeconds);
    m_chunkSeconds->setSpecialValueText(tr("whole files"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020"));

    // Two columns of label and field, so that the Train panel keeps room for its plots in a dock.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* folderLabel = new QLabel(tr("Codes folder:"), this);
    folderLabel->setBuddy(m_folder);
    layout->addWidget(folderLabel, 0, 0);
    m_firstColumnLabels.append(folderLabel);
    layout->addWidget(m_folder, 0, 1, 1, 3);
    const std::pair<QString, QWidget*> fields[] = {
        {tr("Codebooks:"), m_numCodebooks},        {tr("Codebook size:"), m_codebookSize},
        {tr("Framerate (Hz):"), m_framerate},      {tr("Vocabulary size:"), m_vocabSize},
        {tr("Minimum frequency:"), m_minFrequency}, {tr("Pad token:"), m_padToken},
        {tr("Max codebook n-grams per token:"), m_ngrams}, {tr("Chunk size (s):"), m_chunkSeconds}};
    for (int i = 0; i < int(std::size(fields)); ++i) {
        const int row = 1 + i / 2;
        const int column = 2 * (i % 2);
        auto* label = new QLabel(fields[i].first, this);
        label->setBuddy(fields[i].second);
        label->setWordWrap(true);
        layout->addWidget(label, row, column);
        if (column == 0)
            m_firstColumnLabels.append(label);
        layout->addWidget(fields[i].second, row, column + 1);
    }
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    layout->addWidget(m_problemLabel, 5, 0, 1, 4);

    connect(m_folder, &QLineEdit::textChanged, this, &TrainOptionsForm::check);
    for (QSpinBox* box : {m_numCodebooks, m_codebookSize, m_vocabSize, m_minFrequency, m_ngrams})
        connect(box, &QSpinBox::valueChanged, this, &TrainOptionsForm::check);
    for (QDoubleSpinBox* box : {m_framerate, m_chunkSeconds})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainOptionsForm::check);
    connect(m_padToken, &QLineEdit::textChanged, this, &TrainOptionsForm::check);
    check();
}

void TrainOptionsForm::setCodesFolder(const QString& dir)
{
    if (const std::optional<CodecInfo> info = findCodecInfo(QDir(dir).filesystemAbsolutePath())) {
        m_numCodebooks->setValue(info->numCodebooks);
        m_codebookSize->setValue(info->codebookSize);
        m_framerate->setValue(info->framerate);
    }
    m_folder->setText(dir);
}

void TrainOptionsForm::setCodesFromAudio(bool fromAudio)
{
    m_fromAudio = fromAudio;
    m_folder->setEnabled(!fromAudio);
    check();
}

QString TrainOptionsForm::codesFolder() const
{
    return m_folder->text();
}

TrainerOptions TrainOptionsForm::options() const
{
    TrainerOptions options;
    options.numCodebooks = m_numCodebooks->value();
    options.codebookSize = m_codebookSize->value();
    if (m_framerate->value() > 0)
        options.codecFramerate = m_framerate->value();
    if (m_chunkSeconds->value() > 0)
        options.chunkSizeSecs = m_chunkSeconds->value();
    options.vocabSize = m_vocabSize->value();
    options.minFrequency = m_minFrequency->value();
    if (!m_padToken->text().isEmpty())
        options.padToken = m_padToken->text().toStdString();
    if (m_ngrams->value() >= 0)
        options.maxTokenCodebookNgrams = m_ngrams->value();
    return options;
}

void TrainOptionsForm::check()
{
    QString problem;
    if (!m_fromAudio && (m_folder->text().isEmpty() || !QDir(m_folder->text()).exists())) {
        problem = tr("Choose a folder of codes.");
    } else {
        TrainerOptions checked = options();
        if (m_fromAudio) { // the codec's figures come with the codes
            checked.numCodebooks = std::max(checked.numCodebooks, 1);
            checked.codebookSize = std::max(checked.codebookSize, 1);
        }
        try {
            checked.validate();
        } catch (const Error& error) {
            problem = QString::fromStdString(error.what());
        }
    }
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    emit validityChanged(problem);
}

} // namespace codecbpe::widgets
