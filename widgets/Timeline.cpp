#include "widgets/Timeline.h"

#include "widgets/CodeGridLane.h"
#include "widgets/Palette.h"
#include "widgets/PlaybackController.h"
#include "widgets/PlaybackOverlay.h"
#include "widgets/Session.h"
#include "widgets/TimeAxis.h"
#include "widgets/TimeRuler.h"
#include "widgets/TokenLane.h"
#include "widgets/WaveformLane.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace codecbpe::widgets {

namespace {
constexpr double kWheelZoomPerNotch = 1.25;
constexpr int kWheelNotch = 120;
constexpr int kScrollStepPixels = 40;
constexpr double kMinDragPixels = 4.0;
const QString kZoomKey = QStringLiteral("view/pixelsPerFrame"); // absent or 0: fit to the window
} // namespace

Timeline::Timeline(Session* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_axis(new TimeAxis(this)),
      m_ruler(new TimeRuler(session, m_axis, this)),
      m_waveform(new WaveformLane(session, m_axis, this)),
      m_codeGrid(new CodeGridLane(session, m_axis, this)),
      m_tokensA(new TokenLane(session, m_axis, 0, this)),
      m_tokensB(new TokenLane(session, m_axis, 1, this)),
      m_scrollBar(new QScrollBar(Qt::Horizontal, this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The waveform takes the spare height; without audio it is hidden and the spacer takes it, keeping the other
    // lanes at the top.
    layout->addWidget(m_ruler);
    layout->addWidget(m_waveform, 1);
    for (QWidget* lane : std::initializer_list<QWidget*>{m_codeGrid, m_tokensA, m_tokensB})
        layout->addWidget(lane);
    layout->addStretch(0);
    layout->addWidget(m_scrollBar);

    for (Lane* lane : std::initializer_list<Lane*>{m_ruler, m_waveform, m_codeGrid, m_tokensA, m_tokensB})
        connect(lane, &Lane::hovered, this, &Timeline::hoverTextChanged);
    for (TokenLane* lane : {m_tokensA, m_tokensB}) {
        connect(lane, &TokenLane::tokenHovered, this, &Timeline::showTokenCells);
        connect(lane, &TokenLane::tokenClicked, this, &Timeline::showTokenCells);
    }
    connect(m_axis, &TimeAxis::changed, this, &Timeline::syncScrollBar);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncingScrollBar)
            m_axis->setStartFrame(value / m_axis->pixelsPerFrame());
    });
    connect(session, &Session::codesChanged, this, &Timeline::onContentChanged);
    connect(session, &Session::audioChanged, this, &Timeline::onContentChanged);
    connect(session, &Session::tokensChanged, this, &Timeline::updateLaneVisibility);
    connect(session, &Session::highlightChanged, this, &Timeline::showOccurrence);
    onContentChanged();
}

void Timeline::setLaneEnabled(LaneKind lane, bool enabled)
{
    m_enabled[int(lane)] = enabled;
    updateLaneVisibility();
}

bool Timeline::isLaneEnabled(LaneKind lane) const
{
    return m_enabled[int(lane)];
}

void Timeline::setPlayback(PlaybackController* playback)
{
    if (m_playback)
        return;
    m_playback = playback;
    m_overlay = new PlaybackOverlay(playback, m_axis, this);
    m_overlay->setObjectName(QStringLiteral("playbackOverlay"));
    placeOverlay();
    for (QWidget* lane : std::initializer_list<QWidget*>{m_ruler, m_waveform, m_codeGrid})
        lane->installEventFilter(this);
    for (TokenLane* lane : {m_tokensA, m_tokensB}) {
        connect(lane, &TokenLane::tokenClicked, playback, [this](int slot, std::int64_t index) {
            if (index < 0)
                return;
            m_playback->setCursorFrame(m_session->tokens(slot).segment(index).frameBegin);
            m_playback->playToken(slot, index);
        });
    }
    // The play cursor stays in view, a page at a time.
    connect(playback, &PlaybackController::playFrameChanged, this, [this](std::optional<double> frame) {
        if (frame && (*frame < m_axis->startFrame() || *frame > m_axis->endFrame()))
            m_axis->setStartFrame(*frame);
    });
}

bool Timeline::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    // Only mouse events may be cast to QMouseEvent (UBSan: any other cast is a bad downcast).
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return QWidget::eventFilter(watched, event);
    const auto* mouse = static_cast<QMouseEvent*>(event);
    switch (type) {
    case QEvent::MouseButtonPress:
        if (mouse->button() == Qt::LeftButton) {
            m_dragStartX = mouse->position().x();
            m_playback->clearSelection();
            m_playback->setCursorFrame(m_axis->xToFrame(m_dragStartX));
        }
        break;
    case QEvent::MouseMove:
        if ((mouse->buttons() & Qt::LeftButton) && m_dragStartX >= 0 &&
            std::abs(mouse->position().x() - m_dragStartX) >= kMinDragPixels)
            m_playback->setSelection(m_axis->xToFrame(m_dragStartX), m_axis->xToFrame(mouse->position().x()));
        break;
    case QEvent::MouseButtonRelease:
        if (mouse->button() == Qt::LeftButton)
            m_dragStartX = -1.0;
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void Timeline::placeOverlay()
{
    if (!m_overlay)
        return;
    // Over the lanes, not over the scroll bar.
    m_overlay->setGeometry(0, 0, width(), m_scrollBar->geometry().top());
    m_overlay->raise();
}

void Timeline::saveZoom() const
{
    QSettings().setValue(kZoomKey, m_axis->isFitted() ? 0.0 : m_axis->pixelsPerFrame());
}

void Timeline::showOccurrence(int slot)
{
    const std::int64_t index = m_session->currentOccurrence(slot);
    const TokenTrack& track = m_session->tokens(slot);
    if (index < 0 || index >= track.size())
        return;
    // Centred when it is (partly) out of view, so that stepping through occurrences shows some context.
    const TokenSegment& token = track.segment(index);
    if (token.frameBegin < m_axis->startFrame() || token.frameEnd > m_axis->endFrame()) {
        const double visible = m_axis->endFrame() - m_axis->startFrame();
        m_axis->setStartFrame((token.frameBegin + token.frameEnd - visible) / 2.0);
    }
}

void Timeline::onContentChanged()
{
    m_axis->setContentFrames(m_session->numFrames());
    const double zoom = QSettings().value(kZoomKey, 0.0).toDouble();
    if (zoom > 0)
        m_axis->setPixelsPerFrame(zoom, 0.0);
    else
        m_axis->fit();
    updateLaneVisibility();
}

void Timeline::updateLaneVisibility()
{
    m_waveform->setVisible(m_enabled[int(LaneKind::Waveform)] && !m_session->samples().empty());
    m_codeGrid->setVisible(m_enabled[int(LaneKind::CodeGrid)] && !m_session->codes().empty());
    m_tokensA->setVisible(m_enabled[int(LaneKind::TokensA)] && !m_session->tokens(0).empty());
    m_tokensB->setVisible(m_enabled[int(LaneKind::TokensB)] && !m_session->tokens(1).empty());
}

void Timeline::syncScrollBar()
{
    m_syncingScrollBar = true;
    const double overflow = m_axis->contentWidth() - m_axis->viewWidth();
    m_scrollBar->setRange(0, int(std::max(0.0, std::floor(overflow))));
    m_scrollBar->setPageStep(m_axis->viewWidth());
    m_scrollBar->setSingleStep(kScrollStepPixels);
    m_scrollBar->setValue(int(std::lround(m_axis->frameToContentX(m_axis->startFrame()))));
    m_syncingScrollBar = false;
}

void Timeline::showTokenCells(int slot, std::int64_t index)
{
    TokenLane* lane = tokenLane(slot);
    // When the mouse leaves a token, the selected one (if any) keeps its outline.
    if (index < 0)
        index = lane->selectedToken();
    const TokenTrack& track = m_session->tokens(slot);
    if (index < 0 || index >= track.size()) {
        m_codeGrid->setHighlight(std::nullopt, QColor());
        return;
    }
    const TokenSegment& token = track.segment(index);
    m_codeGrid->setHighlight(token, tokenColor(token.id).lighter(130));
}

void Timeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_axis->setViewWidth(width());
    placeOverlay();
}

void Timeline::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        m_axis->zoomBy(std::pow(kWheelZoomPerNotch, double(delta) / kWheelNotch), event->position().x());
    } else {
        m_scrollBar->setValue(m_scrollBar->value() - delta * kScrollStepPixels / kWheelNotch);
    }
    event->accept();
}

void Timeline::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_scrollBar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Right:
        m_scrollBar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_PageUp:
        m_scrollBar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_scrollBar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Home:
        m_scrollBar->triggerAction(QAbstractSlider::SliderToMinimum);
        break;
    case Qt::Key_End:
        m_scrollBar->triggerAction(QAbstractSlider::SliderToMaximum);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace codecbpe::widgets
