#include "widgets/StatisticsStrip.h"

#include "widgets/Session.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace codecbpe::widgets {

namespace {
constexpr int kLineSpacing = 24; // between the figures on one line
} // namespace

StatisticsStrip::StatisticsStrip(Session* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this)),
      m_codes(new QLabel(this)),
      m_tokens{new QLabel(this), new QLabel(this)}
{
    m_layout->setContentsMargins(6, 2, 6, 2);
    m_layout->setSpacing(kLineSpacing);
    m_codes->setObjectName(QStringLiteral("statisticsCodes"));
    m_tokens[0]->setObjectName(QStringLiteral("statisticsTokensA"));
    m_tokens[1]->setObjectName(QStringLiteral("statisticsTokensB"));
    for (QLabel* label : {m_codes, m_tokens[0], m_tokens[1]}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // The strip must not hold the window wider than its line: it stacks the figures instead.
        label->setMinimumWidth(1);
        m_layout->addWidget(label);
    }
    m_layout->addStretch(1);
    connect(session, &Session::codesChanged, this, &StatisticsStrip::refresh);
    connect(session, &Session::tokensChanged, this, &StatisticsStrip::refresh);
    refresh();
}

QString StatisticsStrip::codesText() const
{
    return m_codes->text();
}

QString StatisticsStrip::tokensText(int slot) const
{
    return m_tokens[slot]->text();
}

bool StatisticsStrip::isStacked() const
{
    return m_layout->direction() == QBoxLayout::TopToBottom;
}

void StatisticsStrip::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

void StatisticsStrip::fitToWidth()
{
    const QMargins margins = m_layout->contentsMargins();
    int lineWidth = margins.left() + margins.right();
    int shown = 0;
    for (const QLabel* label : {m_codes, m_tokens[0], m_tokens[1]}) {
        if (!label->isHidden()) {
            lineWidth += label->sizeHint().width();
            ++shown;
        }
    }
    lineWidth += kLineSpacing * std::max(0, shown - 1);
    const bool stack = lineWidth > width();
    if (stack != isStacked()) {
        m_layout->setDirection(stack ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
        m_layout->setSpacing(stack ? 0 : kLineSpacing);
    }
    // Now, not at the next layout request: a label that has just been shown or given its text would otherwise keep
    // the width it had while hidden or empty (a grab or a paint before that request showed it cut to one letter).
    m_layout->invalidate();
    m_layout->activate();
}

void StatisticsStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void StatisticsStrip::refresh()
{
    const QLocale locale;
    const CodeGrid& codes = m_session->codes();
    m_codes->setText(codes.empty() ? QString()
                                   : tr("%1 codes (%2 codebooks × %3 frames)")
                                         .arg(locale.toString(qlonglong(codes.size())))
                                         .arg(codes.numCodebooks())
                                         .arg(locale.toString(qlonglong(codes.numFrames()))));
    const double framerate = m_session->framerate();
    for (int slot = 0; slot < Session::kTokenizerSlots; ++slot) {
        const TokenTrack& track = m_session->tokens(slot);
        QLabel* label = m_tokens[slot];
        label->setVisible(!track.empty());
        if (track.empty()) {
            label->clear();
            continue;
        }
        const SegmentationStats stats =
            track.segmentation().stats(framerate > 0 ? std::optional<double>(framerate) : std::nullopt);
        const QString name = slot == 0 ? tr("Tokens A") : tr("Tokens B");
        const QString perSecond = stats.tokensPerSecond ? locale.toString(*stats.tokensPerSecond, 'f', 1)
                                                        : QStringLiteral("–");
        label->setText(tr("%1: %2 tokens · %3 tokens/s · %4 codes/token")
                           .arg(name, locale.toString(qlonglong(stats.tokens)), perSecond,
                                locale.toString(stats.codesPerToken, 'f', 2)));
    }
    fitToWidth();
}

} // namespace codecbpe::widgets
