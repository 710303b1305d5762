#include "widgets/TrainPanel.h"

#include "common/Progress.h"
#include "jobs/TrainTokenizerJob.h"
#include "widgets/PromiseProgress.h"
#include "widgets/Session.h"
#include "widgets/TrainOptionsForm.h"
#include "widgets/WorkerResult.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

namespace codecbpe::widgets {

TrainPanel::TrainPanel(Session* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_form(new TrainOptionsForm(this)),
      m_output(new QLineEdit(this)),
      m_train(new QPushButton(tr("Train"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Train"));
    m_output->setPlaceholderText(tr("Output tokenizer folder"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_output, 1);
    buttons->addWidget(m_train);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_form, &TrainOptionsForm::validityChanged, this, &TrainPanel::updateButtons);
    connect(m_output, &QLineEdit::textChanged, this, &TrainPanel::updateButtons);
    connect(m_train, &QPushButton::clicked, this, &TrainPanel::train);
    connect(m_cancel, &QPushButton::clicked, this, &TrainPanel::cancel);
    updateButtons();
}

TrainPanel::~TrainPanel()
{
    if (m_training) {
        m_training->cancel();
        m_training->waitForFinished();
    }
}

void TrainPanel::train()
{
    if (m_training || !m_form->problem().isEmpty() || m_output->text().isEmpty())
        return;
    TrainTokenizerRequest request;
    request.codesPath = QDir(m_form->codesFolder()).filesystemAbsolutePath();
    request.options = m_form->options();
    m_cancelRequested = false;
    m_training = new QFutureWatcher<TokenizerFolder>(this);
    connect(m_training, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_training, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_training, &QFutureWatcherBase::finished, this, &TrainPanel::onFinished);
    const auto run = [request = std::move(request)](QPromise<TokenizerFolder>& promise) {
        PromiseProgress<TokenizerFolder> progress(promise);
        try {
            promise.addResult(TrainTokenizerJob(request).run(progress).tokenizer);
        } catch (const Cancelled&) {
            // Only thrown once the future is cancelled: onFinished reports it.
        }
    };
    m_training->setFuture(QtConcurrent::run(run));
    m_status->setText(tr("Training…"));
    updateButtons();
}

void TrainPanel::cancel()
{
    if (!m_training)
        return;
    m_cancelRequested = true;
    m_training->cancel();
}

void TrainPanel::onFinished()
{
    QFutureWatcher<TokenizerFolder>* watcher = std::exchange(m_training, nullptr);
    watcher->deleteLater();
    updateButtons();
    // The folder is written here, after the worker ended, and only when not cancelled: a cancel writes nothing.
    if (std::exchange(m_cancelRequested, false)) {
        m_status->setText(tr("Cancelled; nothing was written."));
        m_progress->reset();
        emit trainingCancelled();
        return;
    }
    try {
        const TokenizerFolder tokenizer = workerResult(*watcher);
        tokenizer.write(QDir(m_output->text()).filesystemAbsolutePath());
        // Training may stop before vocab_size when no pair is frequent enough: the run is still complete.
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Trained %1 tokens into %2.").arg(tokenizer.model.vocab.size()).arg(m_output->text()));
        m_session->openTokenizer(0, m_output->text());
        emit trained(m_output->text());
    } catch (const std::exception& e) {
        m_status->setText(QString::fromStdString(e.what()));
        emit trainingFailed(QString::fromStdString(e.what()));
    }
}

void TrainPanel::updateButtons()
{
    m_train->setEnabled(!m_training && m_form->problem().isEmpty() && !m_output->text().isEmpty());
    m_cancel->setEnabled(m_training != nullptr);
}

} // namespace codecbpe::widgets
