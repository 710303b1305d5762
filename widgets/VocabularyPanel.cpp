#include "widgets/VocabularyPanel.h"

#include "bpe/TokenizerFolder.h"
#include "common/Error.h"
#include "widgets/PlaybackController.h"
#include "widgets/Session.h"
#include "widgets/VocabularyFilter.h"
#include "widgets/VocabularyHistogram.h"
#include "widgets/VocabularyModel.h"
#include "widgets/VocabularyTrainingCounter.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace codecbpe::widgets {

namespace {
constexpr int kMaxFramesFilter = 1000;
}

VocabularyPanel::VocabularyPanel(Session* session, PlaybackController* playback, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_playback(playback),
      m_model(new VocabularyModel(this)),
      m_filter(new VocabularyFilter(m_model, this)),
      m_longerThanLabel(new QLabel(this)),
      m_longerThan(new QSpinBox(this)),
      m_repeatedOnly(new QCheckBox(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_histogram(new VocabularyHistogram(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_previous(new QPushButton(this)),
      m_next(new QPushButton(this)),
      m_play(new QPushButton(this)),
      m_occurrenceLabel(new QLabel(this)),
      m_trainingCounter(new VocabularyTrainingCounter(session, kSlot, this))
{
    m_longerThan->setRange(0, kMaxFramesFilter);
    m_longerThanLabel->setBuddy(m_longerThan);
    m_summary->setWordWrap(true);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VocabularyModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view then never measures rows, so a quarter-million rows scroll instantly.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_longerThanLabel);
    filterRow->addWidget(m_longerThan);
    filterRow->addWidget(m_repeatedOnly);
    filterRow->addStretch();
    m_occurrenceLabel->setWordWrap(true);
    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(m_previous);
    stepRow->addWidget(m_next);
    stepRow->addWidget(m_play);
    stepRow->addWidget(m_occurrenceLabel, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_histogram);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(stepRow);
    layout->addWidget(m_trainingCounter);

    connect(m_longerThan, &QSpinBox::valueChanged, this,
            [this](int frames) { refilter([this, frames] { m_filter->setLongerThanFrames(frames); }); });
    connect(m_repeatedOnly, &QCheckBox::toggled, this,
            [this](bool only) { refilter([this, only] { m_filter->setRepeatedFrameOnly(only); }); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VocabularyPanel::onCurrentRowChanged);
    connect(m_previous, &QPushButton::clicked, this, &VocabularyPanel::showPreviousOccurrence);
    connect(m_next, &QPushButton::clicked, this, &VocabularyPanel::showNextOccurrence);
    connect(m_play, &QPushButton::clicked, this, &VocabularyPanel::playToken);
    // Enter on a row, or a double-click (the style's activation), plays it.
    connect(m_table, &QTableView::activated, this, &VocabularyPanel::playToken);
    connect(m_trainingCounter, &VocabularyTrainingCounter::counted, this, &VocabularyPanel::onTrainingCounted);
    connect(session, &Session::tokensChanged, this, [this](int slot) {
        if (slot == kSlot)
            rebuild();
    });
    connect(session, &Session::codesChanged, this, &VocabularyPanel::rebuild);
    retranslate();
    rebuild();
}

void VocabularyPanel::rebuild()
{
    m_picked.reset();
    m_occurrences.clear();
    m_current = -1;
    const TokenTrack& track = m_session->tokens(kSlot);
    std::vector<VocabularyEntry> entries;
    int numCodebooks = 1;
    if (track.tokenizer()) {
        try {
            const CodeAlphabet alphabet =
                Session::tokenizerAlphabet(*track.tokenizer(), m_session->codecInfo(),
                                           m_session->codes().numCodebooks(), track.tokenizerPath().toStdString());
            entries = VocabularyModel::describe(*track.tokenizer(), alphabet, track.segmentation());
            numCodebooks = alphabet.numCodebooks();
            m_filter->setNumCodebooks(numCodebooks);
        } catch (const Error&) {
            // The session could not have segmented with this tokenizer either; it reported why.
            entries.clear();
        }
    }
    m_model->setEntries(std::move(entries));
    if (!m_trainingCounts.empty() && m_trainingCountsTokenizer == track.tokenizerPath())
        m_model->setTrainingCounts(m_trainingCounts);
    m_histogram->setEntries(m_model->entries(), numCodebooks);
    updateSummary();
    updateOccurrenceControls();
}

void VocabularyPanel::onTrainingCounted(const QString& tokenizerPath, const std::vector<std::int64_t>& counts)
{
    if (tokenizerPath != m_session->tokens(kSlot).tokenizerPath())
        return; // counted for a tokenizer that has since been replaced
    m_trainingCountsTokenizer = tokenizerPath;
    m_trainingCounts = counts;
    m_model->setTrainingCounts(counts);
}

void VocabularyPanel::playToken()
{
    if (m_current < 0)
        return;
    using Source = PlaybackController::Source;
    if (m_playback->canPlay(Source::DecodedCodes))
        m_playback->setSource(Source::DecodedCodes);
    else if (m_playback->canPlay(Source::Audio))
        m_playback->setSource(Source::Audio);
    m_playback->playToken(kSlot, m_occurrences[std::size_t(m_current)]);
}

void VocabularyPanel::refilter(const std::function<void()>& change)
{
    // When the filter hides the current row, Qt makes a neighbouring row current: a token the user did not pick,
    // which would take the timeline's highlight. So the pick stays while its row is shown, and once the filter
    // hides it the pick is dropped with its highlight and the table has no current row.
    const QPersistentModelIndex picked = m_filter->mapToSource(m_table->currentIndex());
    m_refiltering = true;
    change();
    m_refiltering = false;
    if (picked.isValid() && !m_filter->mapFromSource(picked).isValid())
        m_table->selectionModel()->clear(); // current row: none, which onCurrentRowChanged turns into no pick
    updateSummary();
}

void VocabularyPanel::onCurrentRowChanged()
{
    if (m_refiltering)
        return;
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    m_occurrences.clear();
    m_current = -1;
    m_picked.reset();
    if (current.isValid()) {
        m_picked = m_model->entry(current.row()).id;
        const std::vector<TokenSegment>& segments = m_session->tokens(kSlot).segments();
        for (std::size_t i = 0; i < segments.size(); ++i) {
            if (segments[i].id == *m_picked)
                m_occurrences.push_back(std::int64_t(i));
        }
    }
    if (!m_occurrences.empty())
        m_current = 0;
    m_session->setHighlight(kSlot, m_picked, m_current >= 0 ? m_occurrences[std::size_t(m_current)] : -1);
    updateOccurrenceControls();
}

void VocabularyPanel::showNextOccurrence()
{
    stepOccurrence(1);
}

void VocabularyPanel::showPreviousOccurrence()
{
    stepOccurrence(-1);
}

void VocabularyPanel::stepOccurrence(int delta)
{
    if (m_occurrences.empty())
        return;
    const int n = int(m_occurrences.size());
    m_current = ((m_current + delta) % n + n) % n; // wraps around at either end
    m_session->setHighlight(kSlot, m_picked, m_occurrences[std::size_t(m_current)]);
    updateOccurrenceControls();
}

void VocabularyPanel::updateSummary()
{
    const std::vector<VocabularyEntry>& entries = m_model->entries();
    if (entries.empty()) {
        m_summary->setText(tr("Open codes and a tokenizer A to browse its vocabulary."));
        return;
    }
    std::int64_t repeatedTokens = 0;
    std::int64_t repeatedCount = 0;
    std::int64_t totalCount = 0;
    for (const VocabularyEntry& e : entries) {
        totalCount += e.count;
        if (e.repeatedFrame) {
            ++repeatedTokens;
            repeatedCount += e.count;
        }
    }
    const double vocabShare = 100.0 * double(repeatedTokens) / double(entries.size());
    const double audioShare = totalCount > 0 ? 100.0 * double(repeatedCount) / double(totalCount) : 0.0;
    m_summary->setText(tr("%1 of %2 tokens shown. One repeated frame: %3 tokens (%4% of the vocabulary, "
                          "%5% of the tokens in the audio).")
                           .arg(m_filter->rowCount())
                           .arg(entries.size())
                           .arg(repeatedTokens)
                           .arg(vocabShare, 0, 'f', 1)
                           .arg(audioShare, 0, 'f', 1));
}

void VocabularyPanel::updateOccurrenceControls()
{
    const bool any = !m_occurrences.empty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    using Source = PlaybackController::Source;
    m_play->setEnabled(any && (m_playback->canPlay(Source::DecodedCodes) || m_playback->canPlay(Source::Audio)));
    if (!m_picked)
        m_occurrenceLabel->setText(tr("Pick a token to see where it occurs."));
    else if (!any)
        m_occurrenceLabel->setText(tr("Token %1 does not occur in the open codes.").arg(*m_picked));
    else
        m_occurrenceLabel->setText(
            tr("Token %1: occurrence %2 of %3").arg(*m_picked).arg(m_current + 1).arg(m_occurrences.size()));
}

void VocabularyPanel::retranslate()
{
    setWindowTitle(tr("Vocabulary"));
    m_longerThanLabel->setText(tr("Longer than (frames):"));
    m_repeatedOnly->setText(tr("Only one repeated frame"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Play this occurrence of the token, decoded through the codec when it can decode, else "
                          "from the audio (Enter, or double-click its row)"));
    updateSummary();
    updateOccurrenceControls();
}

void VocabularyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace codecbpe::widgets
