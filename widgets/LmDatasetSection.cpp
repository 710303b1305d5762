#include "widgets/LmDatasetSection.h"

#include "common/Progress.h"
#include "jobs/LmDatasetStats.h"
#include "jobs/PrepLmDatasetJob.h"
#include "widgets/FormRows.h"
#include "widgets/OverwriteGuard.h"
#include "widgets/PathField.h"
#include "widgets/PromiseProgress.h"
#include "widgets/Session.h"
#include "widgets/TokenizerChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

#include <limits>
#include <memory>
#include <optional>
#include <utility>

namespace codecbpe::widgets {

namespace {

constexpr int kMaxInt = std::numeric_limits<int>::max();

// What the worker leaves for the GUI thread. Not a promise result: a result added after Cancel is dropped, and the
// GUI must know that the files were written all the same.
struct WorkerState {
    std::optional<LmDatasetSection::Outcome> outcome;
    QString error;
};

std::vector<std::string> words(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out.push_back(word.toStdString());
    return out;
}

} // namespace

LmDatasetSection::LmDatasetSection(Session* session, QWidget* parent)
    : QGroupBox(tr("LM dataset"), parent),
      m_codes(new PathField(PathField::Kind::Folder, tr("Folder of .npy codes"), this)),
      m_tokenizer(new TokenizerChooser(session, this)),
      m_idMap(new PathField(PathField::Kind::OpenFile, tr("codec_bpe_id_map.json (optional)"), this)),
      m_audioStart(new QLineEdit(this)),
      m_audioEnd(new QLineEdit(this)),
      m_sequenceLength(new QSpinBox(this)),
      m_overlapLength(new QSpinBox(this)),
      m_dropLast(new QCheckBox(tr("Drop the last, shorter window"), this)),
      m_codesFilter(new QLineEdit(this)),
      m_numExamples(new QSpinBox(this)),
      m_format(new QComboBox(this)),
      m_output(new PathField(PathField::Kind::SaveFile, tr("Dataset file"), this)),
      m_run(new QPushButton(tr("Write dataset"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_stats(new QLabel(this))
{
    const LmDatasetOptions defaults;
    m_audioStart->setPlaceholderText(tr("none"));
    m_audioEnd->setPlaceholderText(tr("none"));
    m_sequenceLength->setRange(1, kMaxInt);
    m_sequenceLength->setValue(int(defaults.sequenceLength));
    m_overlapLength->setRange(0, kMaxInt);
    m_overlapLength->setValue(int(defaults.overlapLength));
    m_dropLast->setChecked(defaults.dropLast);
    m_codesFilter->setToolTip(tr("Only code files whose path contains one of these words (separated by spaces)"));
    m_codesFilter->setPlaceholderText(tr("all files"));
    // -1 shows as "all": codec-bpe's None.
    m_numExamples->setRange(-1, kMaxInt);
    m_numExamples->setValue(-1);
    m_numExamples->setSpecialValueText(tr("all"));
    for (const LmDatasetFormat format :
         {LmDatasetFormat::Text, LmDatasetFormat::Ids, LmDatasetFormat::Jsonl, LmDatasetFormat::Npy})
        m_format->addItem(QString::fromLatin1(PrepLmDatasetJob::formatName(format)), int(format));
    m_format->setItemData(0, tr("codec-bpe's text, one example per line"), Qt::ToolTipRole);
    m_output->setText(QString::fromStdString(defaults.savePath.string()));
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenizer->chooseSlot(0);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Codes folder:"), m_codes);
    layout->addRow(tr("Tokenizer:"), m_tokenizer);
    layout->addRow(tr("Id map:"), m_idMap);
    layout->addRow(tr("Audio start token:"), m_audioStart);
    layout->addRow(tr("Audio end token:"), m_audioEnd);
    layout->addRow(tr("Sequence length:"), m_sequenceLength);
    layout->addRow(tr("Overlap length:"), m_overlapLength);
    layout->addRow(QString(), m_dropLast);
    layout->addRow(tr("Codes filter:"), m_codesFilter);
    layout->addRow(tr("Examples:"), m_numExamples);
    layout->addRow(tr("Format:"), m_format);
    layout->addRow(tr("Save to:"), m_output);
    layout->addRow(buttons);
    layout->addRow(m_status);
    layout->addRow(m_stats);
    setFormStatus(m_status, {});
    setFormStatus(m_stats, {});

    connect(m_codes, &PathField::textChanged, this, &LmDatasetSection::updateButtons);
    connect(m_tokenizer, &TokenizerChooser::changed, this, &LmDatasetSection::updateButtons);
    connect(m_output, &PathField::textChanged, this, &LmDatasetSection::updateButtons);
    connect(m_run, &QPushButton::clicked, this, &LmDatasetSection::start);
    connect(m_cancel, &QPushButton::clicked, this, &LmDatasetSection::cancel);
    connect(session, &Session::codesChanged, this, [this, session] {
        if (m_codes->isEmpty() && !session->codesPath().isEmpty())
            m_codes->setText(QFileInfo(session->codesPath()).absolutePath());
    });
    updateButtons();
}

LmDatasetSection::~LmDatasetSection()
{
    if (m_running) {
        m_running->cancel();
        m_running->waitForFinished();
    }
}

void LmDatasetSection::start()
{
    if (m_running || m_codes->isEmpty() || m_tokenizer->folder().isEmpty() || m_output->isEmpty())
        return;
    PrepLmDatasetRequest request;
    request.tokenizer = m_tokenizer->path();
    if (!m_idMap->isEmpty())
        request.idMap = m_idMap->path();
    LmDatasetOptions& o = request.dataset;
    o.codesPath = m_codes->path();
    o.codesFilter = words(m_codesFilter->text());
    if (!m_audioStart->text().isEmpty())
        o.audioStartToken = m_audioStart->text().toStdString();
    if (!m_audioEnd->text().isEmpty())
        o.audioEndToken = m_audioEnd->text().toStdString();
    o.sequenceLength = m_sequenceLength->value();
    o.overlapLength = m_overlapLength->value();
    o.dropLast = m_dropLast->isChecked();
    if (m_numExamples->value() >= 0)
        o.numExamples = m_numExamples->value();
    o.savePath = m_output->path();
    o.format = LmDatasetFormat(m_format->currentData().toInt());
    if (!OverwriteGuard::confirm(this, {m_output->text(),
                                        m_output->text() + QString::fromLatin1(LmDatasetBuilder::kSidecarSuffix)})) {
        setFormStatus(m_status, tr("Not written: the files exist."));
        return;
    }

    setFormStatus(m_stats, {});
    m_cancelRequested = false;
    auto state = std::make_shared<WorkerState>();
    m_running = new QFutureWatcher<void>(this);
    connect(m_running, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_running, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_running, &QFutureWatcherBase::finished, this, [this, state] { onFinished(state->outcome, state->error); });
    m_running->setFuture(QtConcurrent::run([request = std::move(request), state](QPromise<void>& promise) {
        PromiseProgress<void> progress(promise);
        try {
            PrepLmDatasetJob job(request);
            const LmDatasetSummary summary = job.run(progress);
            Outcome outcome{QString::fromStdString(job.describe(summary)), QString()};
            // Quick beside the build, and past the point of no return: the files are written, so not cancelled.
            if (request.dataset.format == LmDatasetFormat::Text) {
                NullProgress quiet;
                outcome.stats = QString::fromStdString(LmDatasetStats::compute(job.statsOptions(), quiet).report());
            }
            state->outcome = std::move(outcome);
        } catch (const Cancelled&) {
            // Nothing written: the GUI says so.
        } catch (const std::exception& e) {
            state->error = QString::fromStdString(e.what());
        }
    }));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    setFormStatus(m_status, tr("Writing the dataset…"));
    updateButtons();
}

void LmDatasetSection::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    m_running->cancel();
}

void LmDatasetSection::onFinished(const std::optional<Outcome>& outcome, const QString& error)
{
    std::exchange(m_running, nullptr)->deleteLater();
    m_progress->setVisible(false);
    const bool cancelRequested = std::exchange(m_cancelRequested, false);
    updateButtons();
    if (outcome) {
        setFormStatus(m_status, outcome->summary);
        setFormStatus(m_stats, outcome->stats);
        emit finished(m_output->text());
    } else if (!error.isEmpty()) {
        setFormStatus(m_status, error);
        emit failed(error);
    } else if (cancelRequested) {
        setFormStatus(m_status, tr("Cancelled; nothing was written."));
        emit cancelled();
    }
}

void LmDatasetSection::updateButtons()
{
    const bool idle = m_running == nullptr;
    m_run->setEnabled(idle && !m_codes->isEmpty() && !m_tokenizer->folder().isEmpty() && !m_output->isEmpty());
    m_cancel->setEnabled(!idle);
}

} // namespace codecbpe::widgets
