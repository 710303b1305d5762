#include "widgets/StatisticsStrip.h"

#include "widgets/Session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace codecbpe::widgets {

StatisticsStrip::StatisticsStrip(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_codes(new QLabel(this)), m_tokens{new QLabel(this), new QLabel(this)}
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(24);
    m_codes->setObjectName(QStringLiteral("statisticsCodes"));
    m_tokens[0]->setObjectName(QStringLiteral("statisticsTokensA"));
    m_tokens[1]->setObjectName(QStringLiteral("statisticsTokensB"));
    for (QLabel* label : {m_codes, m_tokens[0], m_tokens[1]}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    layout->addStretch(1);
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
}

} // namespace codecbpe::widgets
