#include "widgets/TrainPanel.h"

#include "bpe/TokenizerPrefix.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "widgets/AudioSourceForm.h"
#include "widgets/CompressionPlot.h"
#include "widgets/LabelColumn.h"
#include "widgets/PromiseProgress.h"
#include "widgets/Session.h"
#include "widgets/TrainOptionsForm.h"
#include "widgets/WorkerResult.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <utility>

namespace codecbpe::widgets {

// Held-out codes per token after each merge, written by the worker and read by the GUI's refresh timer: the lock
// is held only to append or copy, so the GUI thread never waits on training.
struct LiveCurve {
    std::mutex mutex;
    QVector<double> merges;
    QVector<double> codesPerToken;
};

namespace {
constexpr int kRefreshMs = 250;
constexpr int kDefaultHeldOutPercent = 10;
constexpr int kDemoVocabSize = 2300;

QString duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

std::filesystem::path fsPath(const QString& dir)
{
    return QDir(dir).filesystemAbsolutePath();
}
} // namespace

TrainPanel::TrainPanel(Session* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_sourceLabel(new QLabel(tr("Source:"), this)),
      m_source(new QComboBox(this)),
      m_audioSource(new AudioSourceForm(this)),
      m_errors(new QLabel(this)),
      m_form(new TrainOptionsForm(this)),
      m_output(new QLineEdit(this)),
      m_heldOutLabel(new QLabel(tr("Held out:"), this)),
      m_heldOut(new QSpinBox(this)),
      m_train(new QPushButton(tr("Train"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_time(new QLabel(this)),
      m_status(new QLabel(this)),
      m_livePlot(new CompressionPlot(this)),
      m_curvePlot(new CompressionPlot(this)),
      m_pickedSize(new QSpinBox(this)),
      m_curveLabel(new QLabel(this)),
      m_savePrefix(new QPushButton(tr("Save prefix…"), this)),
      m_openA(new QPushButton(tr("Open as A"), this)),
      m_openB(new QPushButton(tr("Open as B"), this)),
      m_save(new QPushButton(tr("Save…"), this)),
      m_refresh(new QTimer(this)),
      m_live(std::make_shared<LiveCurve>())
{
    setWindowTitle(tr("Train"));
    m_output->setPlaceholderText(tr("Output folder (optional: written when the run ends)"));
    m_heldOut->setRange(0, 50);
    m_heldOut->setValue(kDefaultHeldOutPercent);
    m_heldOut->setSuffix(tr(" % of files"));
    m_heldOut->setToolTip(tr("Files kept out of training to measure compression on unseen codes"));
    m_source->addItems({tr("Codes folder"), tr("Audio folder, encoded first")});
    m_audioSource->hide();
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020"));
    m_errors->hide();
    m_status->setWordWrap(true);
    m_curveLabel->setWordWrap(true);
    m_livePlot->setLabels(tr("merges done"), tr("held-out codes/token"));
    m_curvePlot->setLabels(tr("vocabulary size"), tr("codes/token"), tr("tokens/s"));
    m_pickedSize->setMinimumWidth(m_pickedSize->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 30);
    m_pickedSize->setToolTip(tr("Pick a vocabulary size here or by clicking the curve"));

    auto* run = new QHBoxLayout;
    run->addWidget(m_heldOutLabel);
    run->addWidget(m_heldOut);
    run->addStretch();
    run->addWidget(m_train);
    run->addWidget(m_cancel);
    auto* status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_time, 0, Qt::AlignTop);
    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Vocabulary size:"), this));
    pick->addWidget(m_pickedSize);
    pick->addWidget(m_curveLabel, 1);
    auto* results = new QHBoxLayout;
    results->addWidget(m_savePrefix);
    results->addWidget(m_openA);
    results->addWidget(m_openB);
    results->addStretch();
    results->addWidget(m_save);

    auto* source = new QHBoxLayout;
    source->addWidget(m_sourceLabel);
    source->addWidget(m_source, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addWidget(m_audioSource);
    layout->addWidget(m_form);
    layout->addWidget(m_output);
    layout->addLayout(run);
    layout->addWidget(m_progress);
    layout->addLayout(status);
    layout->addWidget(m_errors);
    layout->addWidget(m_livePlot, 1);
    layout->addWidget(m_curvePlot, 1);
    layout->addLayout(pick);
    layout->addLayout(results);
    m_sourceLabel->setBuddy(m_source);
    m_heldOutLabel->setBuddy(m_heldOut);
    // The source, audio, option and held-out fields start at one x.
    keepLabelColumnAligned(this, QList<QWidget*>{m_sourceLabel} + m_audioSource->labels() +
                                     m_form->firstColumnLabels() + QList<QWidget*>{m_heldOutLabel});

    connect(m_form, &TrainOptionsForm::validityChanged, this, &TrainPanel::updateButtons);
    connect(m_audioSource, &AudioSourceForm::changed, this, &TrainPanel::updateButtons);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_audioSource->setVisible(index == 1);
        m_form->setCodesFromAudio(index == 1);
        updateButtons();
    });
    connect(m_train, &QPushButton::clicked, this, &TrainPanel::train);
    connect(m_cancel, &QPushButton::clicked, this, &TrainPanel::cancel);
    connect(m_refresh, &QTimer::timeout, this, &TrainPanel::updateLive);
    connect(m_pickedSize, &QSpinBox::valueChanged, this, &TrainPanel::pickSize);
    connect(m_curvePlot, &CompressionPlot::clicked, this, [this](double x) {
        if (m_prefix)
            m_pickedSize->setValue(int(std::lround(x)));
    });
    connect(m_savePrefix, &QPushButton::clicked, this, [this] { askAndSave(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { askAndSave(false); });
    connect(m_openA, &QPushButton::clicked, this, [this] { openAs(0); });
    connect(m_openB, &QPushButton::clicked, this, [this] { openAs(1); });
    updateButtons();
}

TrainPanel::~TrainPanel()
{
    if (m_encoding) {
        m_encoding->cancel();
        m_encoding->waitForFinished();
    }
    if (m_training) {
        m_training->cancel();
        m_training->waitForFinished();
    }
}

std::vector<CompressionCurve::Point> TrainPanel::curve() const
{
    return m_result ? m_result->curve : std::vector<CompressionCurve::Point>{};
}

void TrainPanel::train()
{
    const bool fromAudio = m_source->currentIndex() == 1;
    if (isTraining() || !m_form->problem().isEmpty() || (fromAudio && !m_audioSource->problem().isEmpty()))
        return;
    m_cancelRequested = false;
    m_errors->hide();
    m_clock.start();
    if (!fromAudio) {
        startTraining();
        return;
    }
    // audio-to-codes first, on its own worker: per-file progress, unreadable files listed, then training.
    m_encoding = new QFutureWatcher<AudioToCodesResult>(this);
    connect(m_encoding, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_encoding, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_encoding, &QFutureWatcherBase::finished, this, &TrainPanel::onEncoded);
    m_progress->setFormat(tr("encoding %v / %m files"));
    const auto work = [options = m_audioSource->options()](QPromise<AudioToCodesResult>& promise) {
        PromiseProgress<AudioToCodesResult> progress(promise);
        try {
            promise.addResult(AudioToCodesJob(options).run(progress));
        } catch (const Cancelled&) {
            // Only thrown once the future is cancelled: onEncoded reports it.
        }
    };
    m_encoding->setFuture(QtConcurrent::run(work));
    m_refresh->start(kRefreshMs);
    m_status->setText(tr("Encoding the audio…"));
    updateButtons();
}

void TrainPanel::onEncoded()
{
    QFutureWatcher<AudioToCodesResult>* watcher = std::exchange(m_encoding, nullptr);
    watcher->deleteLater();
    if (std::exchange(m_cancelRequested, false)) {
        m_refresh->stop();
        m_status->setText(tr("Cancelled while encoding; nothing was trained (codes of finished files stay, so a "
                             "new run resumes)."));
        m_progress->reset();
        updateButtons();
        emit trainingCancelled();
        return;
    }
    try {
        const AudioToCodesResult result = workerResult(*watcher);
        QStringList errors;
        for (const ErroredFile& file : result.errored)
            errors << tr("%1: %2").arg(QString::fromStdString(file.path), QString::fromStdString(file.reason));
        m_errors->setText(errors.join(QLatin1Char('\n')));
        m_errors->setVisible(!errors.isEmpty());
        m_form->setCodesFolder(QString::fromStdString(result.codesDir.string()));
        if (!m_form->problem().isEmpty())
            throw Error(result.codesDir.string(), m_form->problem().toStdString());
        startTraining();
    } catch (const std::exception& e) {
        m_refresh->stop();
        m_status->setText(QString::fromStdString(e.what()));
        updateButtons();
        emit trainingFailed(QString::fromStdString(e.what()));
    }
}

void TrainPanel::startTraining()
{
    TrainTokenizerRequest request;
    request.codesPath = fsPath(m_form->codesFolder());
    request.options = m_form->options();
    request.heldOutShare = m_heldOut->value() / 100.0;
    m_result.reset();
    m_prefix.reset();
    m_live = std::make_shared<LiveCurve>();
    m_livePlot->setData({}, {});
    m_curvePlot->setData({}, {});
    m_curvePlot->setMarker(std::nan(""));
    m_curveLabel->clear();
    m_mergesStartMs = -1;
    m_progress->setFormat(tr("%v / %m files"));

    m_training = new QFutureWatcher<TrainTokenizerResult>(this);
    connect(m_training, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_training, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_training, &QFutureWatcherBase::progressTextChanged, this, [this](const QString& text) {
        if (m_mergesStartMs < 0 && !text.startsWith(QLatin1String("reading"))) {
            m_mergesStartMs = m_clock.elapsed();
            m_progress->setFormat(tr("%v / %m merges"));
        }
    });
    connect(m_training, &QFutureWatcherBase::finished, this, &TrainPanel::onFinished);
    const auto work = [request = std::move(request), live = m_live](QPromise<TrainTokenizerResult>& promise) {
        PromiseProgress<TrainTokenizerResult> progress(promise);
        const auto onCurve = [&live](const CompressionCurve& curve) {
            const std::lock_guard<std::mutex> lock(live->mutex);
            // A restarted run goes back in merges: its later points are void.
            while (!live->merges.isEmpty() && live->merges.back() >= double(curve.mergesFed()))
                live->merges.pop_back(), live->codesPerToken.pop_back();
            live->merges.push_back(double(curve.mergesFed()));
            live->codesPerToken.push_back(double(curve.codes()) / double(std::max<std::uint64_t>(1, curve.tokens())));
        };
        try {
            promise.addResult(TrainTokenizerJob(request).run(progress, onCurve));
        } catch (const Cancelled&) {
            // Only thrown once the future is cancelled: onFinished reports it.
        }
    };
    m_training->setFuture(QtConcurrent::run(work));
    m_refresh->start(kRefreshMs);
    m_status->setText(tr("Training…"));
    updateButtons();
}

void TrainPanel::cancel()
{
    if (!isTraining())
        return;
    m_cancelRequested = true;
    if (m_encoding)
        m_encoding->cancel();
    if (m_training)
        m_training->cancel();
}

void TrainPanel::updateLive()
{
    QVector<double> merges;
    QVector<double> codesPerToken;
    {
        const std::lock_guard<std::mutex> lock(m_live->mutex);
        if (m_live->merges.size() != m_livePlot->pointCount()) {
            merges = m_live->merges;
            codesPerToken = m_live->codesPerToken;
        }
    }
    if (!merges.isEmpty())
        m_livePlot->setData(merges, codesPerToken);
    if (!isTraining())
        return;
    // The trainer reports merges now and then; the held-out curve hears of every one.
    if (m_mergesStartMs >= 0 && !merges.isEmpty() && merges.back() > m_progress->value())
        m_progress->setValue(int(std::min<double>(merges.back(), m_progress->maximum())));
    const qint64 elapsed = m_clock.elapsed();
    QString text = tr("elapsed %1").arg(duration(elapsed));
    const int done = m_progress->value() - m_progress->minimum();
    if (m_mergesStartMs >= 0 && done > 0 && m_progress->maximum() > 0) {
        const double perMerge = double(elapsed - m_mergesStartMs) / done;
        text += tr(", remaining %1").arg(duration(qint64(perMerge * (m_progress->maximum() - m_progress->value()))));
    }
    m_time->setText(text);
}

void TrainPanel::onFinished()
{
    QFutureWatcher<TrainTokenizerResult>* watcher = std::exchange(m_training, nullptr);
    watcher->deleteLater();
    m_refresh->stop();
    updateLive();
    // Anything is written here, after the worker ended, and only when not cancelled: a cancel writes nothing.
    if (std::exchange(m_cancelRequested, false)) {
        m_status->setText(tr("Cancelled; nothing was written."));
        m_progress->reset();
        updateButtons();
        emit trainingCancelled();
        return;
    }
    try {
        m_result = workerResult(*watcher);
        m_prefix = std::make_unique<TokenizerPrefix>(m_result->tokenizer, m_result->creationMerges);
        // Training may stop before vocab_size when no pair is frequent enough: the run is still complete.
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_progress->setFormat(tr("%n merge(s), done", nullptr, int(m_result->creationMerges.size())));
        m_time->setText(tr("took %1").arg(duration(m_clock.elapsed())));
        showCurve();
        const QString output = m_output->text();
        QString status = tr("Trained %1 tokens.").arg(m_result->tokenizer.model.vocab.size());
        if (!output.isEmpty()) {
            m_result->tokenizer.write(fsPath(output));
            status = tr("Trained %1 tokens into %2.").arg(m_result->tokenizer.model.vocab.size()).arg(output);
            m_session->openTokenizer(0, output);
        }
        m_status->setText(status);
        updateButtons();
        layout()->activate(); // the new texts take their room now, before anyone grabs the panel
        emit trained(output);
    } catch (const std::exception& e) {
        m_status->setText(QString::fromStdString(e.what()));
        updateButtons();
        emit trainingFailed(QString::fromStdString(e.what()));
    }
}

void TrainPanel::showCurve()
{
    const std::vector<CompressionCurve::Point>& points = m_result->curve;
    QVector<double> sizes;
    QVector<double> codesPerToken;
    QVector<double> tokensPerSecond;
    for (const CompressionCurve::Point& p : points) {
        sizes.push_back(p.vocabSize);
        codesPerToken.push_back(double(m_result->heldOutCodes) / double(std::max<std::uint64_t>(1, p.tokens)));
        if (m_result->heldOutSeconds > 0)
            tokensPerSecond.push_back(double(p.tokens) / m_result->heldOutSeconds);
    }
    m_curvePlot->setData(sizes, codesPerToken, tokensPerSecond);
    const QSignalBlocker blocker(m_pickedSize);
    m_pickedSize->setRange(int(m_prefix->baseVocabSize()), int(m_prefix->fullVocabSize()));
    m_pickedSize->setValue(int(m_prefix->fullVocabSize()));
    pickSize(m_pickedSize->value());
}

void TrainPanel::pickSize(int vocabSize)
{
    if (!m_prefix)
        return;
    m_curvePlot->setMarker(vocabSize);
    const TokenId size = m_prefix->vocabSizeFor(vocabSize);
    const std::vector<CompressionCurve::Point>& points = m_result->curve;
    const auto point = std::find_if(points.begin(), points.end(),
                                    [size](const CompressionCurve::Point& p) { return p.vocabSize == size; });
    if (point == points.end()) {
        m_curveLabel->setText(tr("no held-out files to measure on"));
        return;
    }
    const double codesPerToken = double(m_result->heldOutCodes) / double(std::max<std::uint64_t>(1, point->tokens));
    QString text = tr("%1 codes/token").arg(codesPerToken, 0, 'f', 3);
    if (m_result->heldOutSeconds > 0)
        text += tr(", %1 tokens/s").arg(double(point->tokens) / m_result->heldOutSeconds, 0, 'f', 1);
    m_curveLabel->setText(text);
    m_curveLabel->setToolTip(tr("Vocabulary %1, measured on %n held-out file(s) (%2 codes)", nullptr,
                                int(m_result->heldOutFiles.size()))
                                 .arg(size)
                                 .arg(m_result->heldOutCodes));
}

bool TrainPanel::saveTo(const QString& dir)
{
    if (!m_result)
        return false;
    try {
        m_result->tokenizer.write(fsPath(dir));
        m_status->setText(tr("Saved %1 tokens into %2.").arg(m_result->tokenizer.model.vocab.size()).arg(dir));
        return true;
    } catch (const std::exception& e) {
        m_status->setText(QString::fromStdString(e.what()));
        return false;
    }
}

bool TrainPanel::savePrefixTo(const QString& dir)
{
    if (!m_prefix)
        return false;
    try {
        const TokenizerFolder prefix = m_prefix->folder(m_pickedSize->value());
        prefix.write(fsPath(dir));
        m_status->setText(tr("Saved the %1-token prefix into %2.").arg(prefix.model.vocab.size()).arg(dir));
        return true;
    } catch (const std::exception& e) {
        m_status->setText(QString::fromStdString(e.what()));
        return false;
    }
}

void TrainPanel::openAs(int slot)
{
    if (!m_prefix)
        return;
    if (!m_openDir)
        m_openDir = std::make_unique<QTemporaryDir>();
    const QString dir = m_openDir->filePath(QStringLiteral("vocab-%1").arg(m_pickedSize->value()));
    if (savePrefixTo(dir))
        m_session->openTokenizer(slot, dir);
}

void TrainPanel::askAndSave(bool prefix)
{
    const QString dir = QFileDialog::getExistingDirectory(this, prefix ? tr("Save the prefix into") : tr("Save into"));
    if (dir.isEmpty())
        return;
    if (prefix)
        savePrefixTo(dir);
    else
        saveTo(dir);
}

void TrainPanel::prepareScreenshot()
{
    const QString codes = QFileInfo(m_session->codesPath()).absolutePath();
    if (m_session->codesPath().isEmpty() || isTraining())
        return;
    m_form->setCodesFolder(codes);
    m_form->padTokenEdit()->setText(QStringLiteral("<pad>"));
    m_form->vocabSizeBox()->setValue(kDemoVocabSize);
    m_heldOut->setValue(50); // the demo has two files: one to train on, one held out
    train();
}

void TrainPanel::updateButtons()
{
    const bool sourceReady = m_source->currentIndex() == 0 || m_audioSource->problem().isEmpty();
    m_train->setEnabled(!isTraining() && m_form->problem().isEmpty() && sourceReady);
    m_cancel->setEnabled(isTraining());
    m_source->setEnabled(!isTraining());
    const bool done = !isTraining() && m_prefix;
    for (QWidget* w : {static_cast<QWidget*>(m_pickedSize), static_cast<QWidget*>(m_savePrefix),
                       static_cast<QWidget*>(m_openA), static_cast<QWidget*>(m_openB), static_cast<QWidget*>(m_save)})
        w->setEnabled(done);
}

} // namespace codecbpe::widgets
