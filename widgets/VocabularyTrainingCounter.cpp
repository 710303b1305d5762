#include "widgets/VocabularyTrainingCounter.h"

#include "bpe/TokenizerFolder.h"
#include "common/Error.h"
#include "widgets/PromiseProgress.h"
#include "widgets/Session.h"
#include "widgets/VocabularyCorpusCount.h"
#include "widgets/WorkerResult.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace codecbpe::widgets {

namespace {
const QString kFolderKey = QStringLiteral("vocabulary/trainingFolder");
}

VocabularyTrainingCounter::VocabularyTrainingCounter(Session* session, int slot, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_slot(slot),
      m_count(new QPushButton(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)),
      m_status(new QLabel(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(true);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_count);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_count, &QPushButton::clicked, this, &VocabularyTrainingCounter::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, this, &VocabularyTrainingCounter::cancel);
    connect(session, &Session::tokensChanged, this, [this](int changed) {
        if (changed == m_slot)
            updateButtons();
    });
    retranslate();
    updateButtons();
}

VocabularyTrainingCounter::~VocabularyTrainingCounter()
{
    if (m_counting) {
        m_counting->disconnect(this);
        m_counting->cancel();
        m_counting->waitForFinished();
    }
}

QString VocabularyTrainingCounter::defaultFolder() const
{
    const QString last = QSettings().value(kFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // A tokenizer does not record what it was trained on; codec-bpe keeps codes and codec_info.json together, so
    // the open codes' folder is the likeliest training set (the demo's is).
    if (!m_session->codesPath().isEmpty())
        return QFileInfo(m_session->codesPath()).absolutePath();
    return QDir::homePath();
}

void VocabularyTrainingCounter::chooseFolder()
{
    QFileDialog dialog(this, tr("Count Tokens in a Codes Folder"), defaultFolder());
    dialog.setObjectName(QStringLiteral("trainingFolderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    count(dialog.selectedFiles().constFirst());
}

void VocabularyTrainingCounter::count(const QString& folder)
{
    const TokenTrack& track = m_session->tokens(m_slot);
    if (m_counting || !track.tokenizer())
        return;
    std::optional<CodeAlphabet> alphabet;
    try {
        alphabet = Session::tokenizerAlphabet(*track.tokenizer(), m_session->codecInfo(),
                                              m_session->codes().numCodebooks(), track.tokenizerPath().toStdString());
    } catch (const Error& e) {
        m_status->setText(QString::fromStdString(e.what()));
        emit countFailed(m_status->text());
        return;
    }
    QSettings().setValue(kFolderKey, folder);
    m_folder = folder;
    m_tokenizerPath = track.tokenizerPath();
    m_cancelRequested = false;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_progress->reset();
    m_counting = new QFutureWatcher<VocabularyCorpusCount>(this);
    connect(m_counting, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_counting, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_counting, &QFutureWatcherBase::finished, this, &VocabularyTrainingCounter::onFinished);
    // The worker shares the (immutable) tokenizer and owns everything else it uses.
    const auto run = [tokenizer = track.tokenizer(), dir = m_tokenizerPath.toStdString(), alphabet = *alphabet,
                      path = QDir(folder).filesystemAbsolutePath()](QPromise<VocabularyCorpusCount>& promise) {
        PromiseProgress<VocabularyCorpusCount> progress(promise);
        try {
            promise.addResult(VocabularyCorpusCount::count(*tokenizer, dir, alphabet, path, progress));
        } catch (const Cancelled&) {
            // Only thrown once the future is cancelled: onFinished reports it.
        }
    };
    m_counting->setFuture(QtConcurrent::run(run));
    m_status->setText(tr("Counting the tokens in %1…").arg(QDir::toNativeSeparators(folder)));
    updateButtons();
}

void VocabularyTrainingCounter::cancel()
{
    if (!m_counting)
        return;
    m_cancelRequested = true;
    m_counting->cancel();
}

void VocabularyTrainingCounter::onFinished()
{
    QFutureWatcher<VocabularyCorpusCount>* watcher = std::exchange(m_counting, nullptr);
    watcher->deleteLater();
    updateButtons();
    if (std::exchange(m_cancelRequested, false)) {
        m_progress->reset();
        m_status->setText(tr("Counting cancelled."));
        emit countCancelled();
        return;
    }
    try {
        const VocabularyCorpusCount result = workerResult(*watcher);
        const QLocale locale;
        const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
        m_status->setText(tr("Training data: %1 files in %2, %3 codes in %4 tokens (counted in %5 s).")
                              .arg(locale.toString(qlonglong(result.files)), QDir::toNativeSeparators(m_folder),
                                   locale.toString(qlonglong(result.codes)), locale.toString(qlonglong(result.tokens)),
                                   locale.toString(seconds, 'f', 2)));
        emit counted(m_tokenizerPath, result.counts);
    } catch (const std::exception& e) {
        m_progress->reset();
        m_status->setText(QString::fromStdString(e.what()));
        emit countFailed(m_status->text());
    }
}

void VocabularyTrainingCounter::updateButtons()
{
    m_count->setEnabled(!m_counting && m_session->tokens(m_slot).tokenizer() != nullptr);
    m_cancel->setEnabled(m_counting != nullptr);
    m_progress->setVisible(m_counting != nullptr);
    m_cancel->setVisible(m_counting != nullptr);
}

void VocabularyTrainingCounter::retranslate()
{
    m_count->setText(tr("Count in training data…"));
    m_count->setToolTip(tr("Encode every codes file of a folder with the tokenizer and count each token"));
    m_cancel->setText(tr("Cancel"));
}

void VocabularyTrainingCounter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace codecbpe::widgets
