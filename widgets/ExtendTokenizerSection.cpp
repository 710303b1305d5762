#include "widgets/ExtendTokenizerSection.h"

#include "bpe/TokenizerFolder.h"
#include "widgets/FormRows.h"
#include "widgets/OverwriteGuard.h"
#include "widgets/PathField.h"
#include "widgets/Session.h"
#include "widgets/StartWorker.h"
#include "widgets/TokenizerChooser.h"
#include "widgets/WorkerResult.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

#include <utility>

namespace codecbpe::widgets {

namespace {
constexpr int kMaxCheckFiles = 100000;
constexpr int kConflictRows = 4;
const QString kNoFigure = QStringLiteral("—");
} // namespace

ExtendTokenizerSection::ExtendTokenizerSection(Session* session, QWidget* parent)
    : QGroupBox(tr("Extend an LLM tokenizer"), parent),
      m_existing(new PathField(PathField::Kind::Folder, tr("Llama, Mistral, Qwen… tokenizer folder"), this)),
      m_codec(new TokenizerChooser(session, this)),
      m_additional(new QLineEdit(this)),
      m_maxConflict(new QDoubleSpinBox(this)),
      m_codes(new PathField(PathField::Kind::Folder, tr("Codes folder (optional)"), this)),
      m_checkFiles(new QSpinBox(this)),
      m_previewButton(new QPushButton(tr("Preview"), this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_added(new QLabel(kNoFigure, this)),
      m_vocabSize(new QLabel(kNoFigure, this)),
      m_conflictCount(new QLabel(kNoFigure, this)),
      m_conflicts(new QListWidget(this)),
      m_segmentation(new QLabel(kNoFigure, this)),
      m_output(new PathField(PathField::Kind::Folder, tr("Output tokenizer folder"), this)),
      m_idMap(new QCheckBox(tr("Also write the id map"), this)),
      m_write(new QPushButton(tr("Write…"), this)),
      m_status(new QLabel(this))
{
    const ExtendTokenizerRequest defaults;
    m_additional->setToolTip(tr("Special tokens added before the codec tokens, separated by spaces"));
    m_additional->setPlaceholderText(tr("e.g. <audio> </audio>"));
    m_maxConflict->setRange(0.0, 1.0);
    m_maxConflict->setSingleStep(0.05);
    m_maxConflict->setValue(defaults.options.maxConflictFraction);
    m_checkFiles->setRange(1, kMaxCheckFiles);
    m_checkFiles->setValue(int(defaults.numCheckFiles));
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    m_conflicts->setMaximumHeight(m_conflicts->fontMetrics().height() * kConflictRows + 6);
    m_idMap->setToolTip(tr("codec_bpe_id_map.json: Codec BPE id -> extended id, for prep-lm-dataset --id_map (keeps the "
                           "Codec BPE segmentation exactly)"));
    for (QLabel* label : {m_added, m_vocabSize, m_conflictCount, m_segmentation})
        label->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codec->chooseSlot(0);

    auto* previewRow = new QHBoxLayout;
    // As the LM dataset's row: the action, its Cancel, then the progress.
    previewRow->addWidget(m_previewButton);
    previewRow->addWidget(m_cancel);
    previewRow->addWidget(m_progress, 1);
    previewRow->addStretch();
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("LLM tokenizer:"), m_existing);
    layout->addRow(tr("Codec BPE tokenizer:"), m_codec);
    layout->addRow(tr("Additional special tokens:"), m_additional);
    layout->addRow(tr("Max conflict fraction:"), m_maxConflict);
    layout->addRow(tr("Check segmentation on:"), m_codes);
    layout->addRow(tr("Code files checked:"), m_checkFiles);
    layout->addRow(previewRow);
    layout->addRow(tr("Tokens added:"), m_added);
    layout->addRow(tr("Resulting vocabulary:"), m_vocabSize);
    layout->addRow(tr("Conflicts:"), m_conflictCount);
    layout->addRow(m_conflicts);
    layout->addRow(tr("Segmentation mismatch:"), m_segmentation);
    layout->addRow(tr("Write to:"), m_output);
    layout->addRow(m_idMap);
    layout->addRow(QString(), m_write);
    layout->addRow(m_status);
    setFormRowVisible(m_conflicts, false);
    setFormStatus(m_status, {});

    connect(m_existing, &PathField::textChanged, this, &ExtendTokenizerSection::invalidate);
    connect(m_codec, &TokenizerChooser::changed, this, &ExtendTokenizerSection::invalidate);
    connect(m_additional, &QLineEdit::textChanged, this, &ExtendTokenizerSection::invalidate);
    connect(m_maxConflict, &QDoubleSpinBox::valueChanged, this, &ExtendTokenizerSection::invalidate);
    connect(m_codes, &PathField::textChanged, this, &ExtendTokenizerSection::invalidate);
    connect(m_checkFiles, &QSpinBox::valueChanged, this, &ExtendTokenizerSection::invalidate);
    connect(m_output, &PathField::textChanged, this, &ExtendTokenizerSection::updateButtons);
    connect(m_previewButton, &QPushButton::clicked, this, &ExtendTokenizerSection::startPreview);
    connect(m_cancel, &QPushButton::clicked, this, &ExtendTokenizerSection::cancelPreview);
    connect(m_write, &QPushButton::clicked, this, &ExtendTokenizerSection::write);
    // The open codes are the natural sample for the segmentation check.
    connect(session, &Session::codesChanged, this, [this, session] {
        if (m_codes->isEmpty() && !session->codesPath().isEmpty())
            m_codes->setText(QFileInfo(session->codesPath()).absolutePath());
    });
    updateButtons();
}

ExtendTokenizerSection::~ExtendTokenizerSection()
{
    if (m_running) {
        m_running->cancel();
        m_running->waitForFinished();
    }
}

ExtendTokenizerRequest ExtendTokenizerSection::request() const
{
    ExtendTokenizerRequest request;
    request.existingTokenizer = m_existing->path();
    request.codecTokenizer = m_codec->path();
    for (const QString& token : m_additional->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        request.options.additionalSpecialTokens.push_back(token.toStdString());
    request.options.maxConflictFraction = m_maxConflict->value();
    if (!m_codes->isEmpty())
        request.codesPath = m_codes->path();
    request.numCheckFiles = std::size_t(m_checkFiles->value());
    return request;
}

void ExtendTokenizerSection::startPreview()
{
    if (m_running || m_existing->isEmpty() || m_codec->folder().isEmpty())
        return;
    invalidate();
    m_previewed = request();
    m_cancelRequested = false;
    m_running = new QFutureWatcher<ExtendTokenizerPreview>(this);
    connect(m_running, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_running, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_running, &QFutureWatcherBase::finished, this, &ExtendTokenizerSection::onPreviewFinished);
    startWorker(*m_running, [request = *m_previewed](Progress& progress) {
        return ExtendTokenizerJob::preview(request, progress);
    });
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    setFormStatus(m_status, tr("Computing the preview…"));
    updateButtons();
}

void ExtendTokenizerSection::cancelPreview()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_running->cancel();
    setFormStatus(m_status, tr("Cancelling…"));
}

void ExtendTokenizerSection::onPreviewFinished()
{
    QFutureWatcher<ExtendTokenizerPreview>* watcher = std::exchange(m_running, nullptr);
    watcher->deleteLater();
    m_progress->setVisible(false);
    // Not watcher->isCanceled(): a worker's exception cancels the future too, and that is a failure. A preview
    // that ended just as Cancel was clicked is dropped as well, as the user asked.
    if (std::exchange(m_cancelRequested, false)) {
        m_previewed.reset();
        setFormStatus(m_status, tr("Preview cancelled."));
        updateButtons();
        return;
    }
    try {
        m_preview = workerResult(*watcher);
        showPreview();
        setFormStatus(m_status, tr("Nothing is written until you click Write."));
        emit previewReady();
    } catch (const std::exception& e) {
        m_previewed.reset();
        setFormStatus(m_status, QString::fromStdString(e.what()));
        emit failed(m_status->text());
    }
    updateButtons();
}

void ExtendTokenizerSection::showPreview()
{
    const TokenizerExtension& ext = m_preview->extension;
    m_added->setText(tr("%1 (%2 codec tokens offered)").arg(ext.numAdded).arg(ext.numCodecTokens));
    m_vocabSize->setText(tr("%1 ids").arg(m_preview->vocabSize));
    m_conflictCount->setText(ext.conflicts.empty()
                                 ? tr("none")
                                 : tr("%1 codec token(s) already in the base keep their ids")
                                       .arg(ext.conflicts.size()));
    m_conflicts->clear();
    for (const TokenConflict& conflict : ext.conflicts)
        m_conflicts->addItem(tr("%1: codec id %2 → %3")
                                 .arg(QString::fromStdString(conflict.token))
                                 .arg(conflict.codecId)
                                 .arg(conflict.extendedId));
    setFormRowVisible(m_conflicts, !ext.conflicts.empty());
    if (const auto& c = m_preview->segmentation) {
        m_segmentation->setText(
            tr("%1% of Codec BPE tokens segmented differently (%2 of %3, in %4 of %5 files; %6 extended tokens)")
                .arg(100.0 * c->differingFraction(), 0, 'f', 2)
                .arg(c->bpeTokensDiffering)
                .arg(c->bpeTokens)
                .arg(c->filesDiffering)
                .arg(c->files)
                .arg(c->extendedTokens));
    } else {
        m_segmentation->setText(tr("not checked (no codes folder)"));
    }
}

void ExtendTokenizerSection::write()
{
    if (!m_preview || !m_previewed || m_output->isEmpty())
        return;
    const QDir out(m_output->text());
    QStringList files{out.filePath(TokenizerFolder::kTokenizerJson), out.filePath(TokenizerFolder::kTokenizerConfigJson),
                      out.filePath(TokenizerFolder::kSpecialTokensMapJson)};
    if (m_idMap->isChecked())
        files << out.filePath(TokenizerExtension::kIdMapJson);
    if (!OverwriteGuard::confirm(this, files)) {
        setFormStatus(m_status, tr("Not written: the files exist."));
        return;
    }
    try {
        ExtendTokenizerJob::write(*m_preview, *m_previewed, m_output->path(), m_idMap->isChecked());
        setFormStatus(m_status, tr("Wrote the extended tokenizer (%1 tokens added) to %2.")
                                    .arg(m_preview->extension.numAdded)
                                    .arg(m_output->text()));
        emit written(m_output->text());
    } catch (const std::exception& e) {
        setFormStatus(m_status, QString::fromStdString(e.what()));
        emit failed(m_status->text());
    }
}

void ExtendTokenizerSection::invalidate()
{
    m_preview.reset();
    m_previewed.reset();
    for (QLabel* label : {m_added, m_vocabSize, m_conflictCount, m_segmentation})
        label->setText(kNoFigure);
    m_conflicts->clear();
    setFormRowVisible(m_conflicts, false);
    setFormStatus(m_status, {});
    updateButtons();
}

void ExtendTokenizerSection::updateButtons()
{
    const bool idle = m_running == nullptr;
    for (QWidget* field : std::initializer_list<QWidget*>{m_existing, m_codec, m_additional, m_maxConflict, m_codes,
                                                          m_checkFiles})
        field->setEnabled(idle);
    m_previewButton->setEnabled(idle && !m_existing->isEmpty() && !m_codec->folder().isEmpty());
    m_cancel->setEnabled(!idle);
    m_write->setEnabled(idle && m_preview.has_value() && !m_output->isEmpty());
}

} // namespace codecbpe::widgets
