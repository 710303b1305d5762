#include "widgets/ComparePanel.h"

#include "widgets/BoundaryComparison.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/TokenizerFigures.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace codecbpe::widgets {

namespace {
// Tokens of `track` that start inside codes [begin, end).
std::int64_t tokensStartingIn(const TokenTrack& track, std::uint32_t begin, std::uint32_t end)
{
    const std::vector<TokenSegment>& all = track.segments();
    const auto first =
        std::partition_point(all.begin(), all.end(), [begin](const TokenSegment& s) { return s.beginChar < begin; });
    const auto last =
        std::partition_point(first, all.end(), [end](const TokenSegment& s) { return s.beginChar < end; });
    return std::int64_t(last - first);
}
} // namespace

ComparePanel::ComparePanel(Session* session, TimeAxis* axis, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_axis(axis),
      m_comparison(BoundaryComparison::of(session)),
      m_summary(new QLabel(this)),
      m_table(new QTableWidget(RowCount, 2, this)),
      m_mark(new QCheckBox(this)),
      m_previous(new QPushButton(this)),
      m_next(new QPushButton(this)),
      m_regionLabel(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_regionLabel->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    for (int row = 0; row < RowCount; ++row) {
        for (int slot = 0; slot < 2; ++slot) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(row == TokenizerRow ? Qt::Alignment(Qt::AlignCenter)
                                                       : Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
            m_table->setItem(row, slot, item);
        }
    }
    // One figure for the pair.
    m_table->setSpan(AgreementRow, 0, 1, 2);
    m_table->item(AgreementRow, 0)->setTextAlignment(Qt::AlignCenter);
    m_mark->setChecked(m_comparison->isMarking());

    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(m_previous);
    stepRow->addWidget(m_next);
    stepRow->addStretch();
    // The table is as tall as its rows, so that the controls sit right under the figures.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(m_mark);
    layout->addLayout(stepRow);
    layout->addWidget(m_regionLabel);
    layout->addStretch(1);

    connect(m_mark, &QCheckBox::toggled, m_comparison, &BoundaryComparison::setMarking);
    connect(m_previous, &QPushButton::clicked, this, &ComparePanel::showPreviousRegion);
    connect(m_next, &QPushButton::clicked, this, &ComparePanel::showNextRegion);
    connect(m_comparison, &BoundaryComparison::changed, this, [this] {
        m_mark->setChecked(m_comparison->isMarking());
        refreshFigures();
        refreshRegion();
    });
    retranslate();
}

QString ComparePanel::figureText(Row row, int slot) const
{
    return m_table->item(row, slot)->text();
}

void ComparePanel::refreshFigures()
{
    const QLocale locale;
    const auto number = [&](std::int64_t n) { return locale.toString(qlonglong(n)); };
    const auto decimal = [&](double x, int decimals) { return locale.toString(x, 'f', decimals); };
    const auto percent = [&](std::int64_t part, double share) {
        return tr("%1 (%2%)").arg(number(part), decimal(share, 1));
    };
    const BoundaryDiff& diff = m_comparison->diff();
    for (int slot = 0; slot < 2; ++slot) {
        const std::optional<TokenizerFigures> f = TokenizerFigures::of(*m_session, slot);
        const QString path = m_session->tokens(slot).tokenizerPath();
        std::array<QString, RowCount> texts;
        if (f) {
            texts[TokenizerRow] = QFileInfo(path).fileName();
            texts[VocabularyRow] = number(f->vocabularySize);
            texts[MergesRow] = number(f->merges);
            texts[TokensRow] = number(f->tokens);
            texts[TokensPerSecondRow] = f->tokensPerSecond ? decimal(*f->tokensPerSecond, 1) : QStringLiteral("–");
            texts[CodesPerTokenRow] = decimal(f->codesPerToken, 2);
            texts[FramesPerTokenRow] = decimal(f->framesPerToken, 2);
            texts[DistinctTokensRow] = number(f->distinctTokens);
            texts[LongestTokenRow] = number(f->longestToken);
            texts[RepeatedTokensRow] = percent(f->repeatedFrameTokens, f->repeatedFrameTokenPercent());
            texts[RepeatedVocabularyRow] = percent(f->repeatedFrameVocabulary, f->repeatedFrameVocabularyPercent());
        }
        if (m_comparison->isComparable()) {
            texts[OwnBoundariesRow] = number(std::int64_t(slot == 0 ? diff.onlyA.size() : diff.onlyB.size()));
            if (slot == 0)
                texts[AgreementRow] = tr("%1%").arg(decimal(diff.agreementPercent(), 1));
        }
        for (int row = 0; row < RowCount; ++row) {
            if (row != AgreementRow || slot == 0)
                m_table->item(row, slot)->setText(texts[std::size_t(row)]);
        }
        m_table->item(TokenizerRow, slot)->setToolTip(path);
    }
    if (!m_comparison->isComparable())
        m_summary->setText(tr("Open tokenizers A and B on the same codes to compare their segmentations."));
    else if (diff.empty())
        m_summary->setText(tr("A and B cut the codes at exactly the same places."));
    else
        m_summary->setText(tr("A and B agree on %1% of their token boundaries. Regions where they cut differently: %2.")
                               .arg(decimal(diff.agreementPercent(), 1), number(std::int64_t(diff.regions.size()))));
}

void ComparePanel::refreshRegion()
{
    const BoundaryDiff& diff = m_comparison->diff();
    const bool any = !diff.regions.empty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    const std::optional<std::size_t> current = m_comparison->currentRegion();
    if (!any) {
        m_regionLabel->clear();
        return;
    }
    if (!current) {
        m_regionLabel->setText(tr("Next and Previous step through the regions where A and B differ."));
        return;
    }
    const BoundaryDiff::Region& region = diff.regions[*current];
    const int k = m_session->tokens(0).numCodebooks();
    const double begin = double(region.beginChar) / k;
    const double end = double(region.endChar) / k;
    const QLocale locale;
    QString text = tr("Region %1 of %2: frames %3–%4")
                       .arg(*current + 1)
                       .arg(diff.regions.size())
                       .arg(locale.toString(begin, 'f', 2), locale.toString(end, 'f', 2));
    if (m_session->framerate() > 0)
        text += tr(" (%1–%2 s)").arg(locale.toString(m_session->secondsAt(begin), 'f', 2),
                                     locale.toString(m_session->secondsAt(end), 'f', 2));
    text += tr(". Tokens in it: A %1, B %2.")
                .arg(tokensStartingIn(m_session->tokens(0), region.beginChar, region.endChar))
                .arg(tokensStartingIn(m_session->tokens(1), region.beginChar, region.endChar));
    m_regionLabel->setText(text);
}

void ComparePanel::showNextRegion()
{
    stepRegion(1);
}

void ComparePanel::showPreviousRegion()
{
    stepRegion(-1);
}

void ComparePanel::stepRegion(int delta)
{
    const std::vector<BoundaryDiff::Region>& regions = m_comparison->diff().regions;
    if (regions.empty())
        return;
    const auto n = std::int64_t(regions.size());
    // Next from nothing goes to the first, Previous to the last; both wrap around at either end.
    const std::optional<std::size_t> current = m_comparison->currentRegion();
    const std::int64_t from = current ? std::int64_t(*current) : (delta > 0 ? -1 : 0);
    const auto index = std::size_t(((from + delta) % n + n) % n);
    m_comparison->setCurrentRegion(index);

    // Centred when it is (partly) out of view; a region wider than the view shows from its start.
    const int k = m_session->tokens(0).numCodebooks();
    const double begin = double(regions[index].beginChar) / k;
    const double end = double(regions[index].endChar) / k;
    const double visible = m_axis->endFrame() - m_axis->startFrame();
    if (begin < m_axis->startFrame() || end > m_axis->endFrame())
        m_axis->setStartFrame(end - begin > visible ? begin : (begin + end - visible) / 2.0);
}

void ComparePanel::retranslate()
{
    setWindowTitle(tr("Compare"));
    m_table->setHorizontalHeaderLabels({tr("A"), tr("B")});
    m_table->setVerticalHeaderLabels({tr("Folder"), tr("Vocabulary size"), tr("Merges"), tr("Tokens"),
                                      tr("Tokens per second"), tr("Codes per token"), tr("Frames per token"),
                                      tr("Distinct tokens used"), tr("Longest token (codes)"),
                                      tr("Repeated frame, in audio"), tr("Repeated frame, in vocabulary"),
                                      tr("Boundaries the other lacks"), tr("Boundary agreement")});
    m_table->verticalHeaderItem(RepeatedTokensRow)
        ->setToolTip(tr("Tokens in the open codes that are one frame repeated (often silence), and their share"));
    m_table->verticalHeaderItem(RepeatedVocabularyRow)
        ->setToolTip(tr("Vocabulary entries that are one frame repeated, and their share of the vocabulary"));
    m_table->verticalHeaderItem(AgreementRow)
        ->setToolTip(tr("Boundaries both tokenizers have, in percent of the boundaries either has"));
    m_mark->setText(tr("Mark the boundaries where A and B differ in the token lanes"));
    m_previous->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    refreshFigures();
    refreshRegion();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            RowCount * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
}

void ComparePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace codecbpe::widgets
