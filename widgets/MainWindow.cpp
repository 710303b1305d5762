#include "widgets/MainWindow.h"

#include "widgets/AboutDialog.h"
#include "widgets/AudioPlayer.h"
#include "widgets/ComparePanel.h"
#include "widgets/DemoSession.h"
#include "widgets/ExportPanel.h"
#include "widgets/JobProgress.h"
#include "widgets/PlaybackController.h"
#include "widgets/PreferencesDialog.h"
#include "widgets/RecentFiles.h"
#include "widgets/Session.h"
#include "widgets/StatisticsStrip.h"
#include "widgets/TimeAxis.h"
#include "widgets/Timeline.h"
#include "widgets/TrainPanel.h"
#include "widgets/VocabularyPanel.h"

#include "bpe/TokenizerFolder.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace codecbpe::widgets {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kLastDirKey = QStringLiteral("files/lastDir");
const QString kCodecKey = QStringLiteral("codec/model");

bool isTokenizerFolder(const QString& path)
{
    return QFileInfo(path).isDir() && QFileInfo::exists(path + QLatin1Char('/') + TokenizerFolder::kTokenizerJson);
}
constexpr int kStatusMessageMs = 5000;

// One of the studio's own icons (resources/icons/NAME.svg).
QIcon studioIcon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(studioIcon("codecbpe-studio"));
    setAcceptDrops(true);
    m_session = new Session(this);
    m_playback = new PlaybackController(m_session, this);
    m_recent = new RecentFiles(this);

    m_welcome = new QLabel(this);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(24);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_timeline = new Timeline(m_session, this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setPlayback(m_playback);
    m_statistics = new StatisticsStrip(m_session, this);
    m_statistics->setObjectName(QStringLiteral("statisticsStrip"));
    m_documentPage = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(m_documentPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(m_timeline, 1);
    pageLayout->addWidget(m_statistics);
    m_pages->addWidget(m_documentPage);
    setCentralWidget(m_pages);

    m_positionLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_positionLabel);
    m_jobProgress = new JobProgress(m_session, this);
    statusBar()->addPermanentWidget(m_jobProgress);

    addPanel(QStringLiteral("vocabulary"), new VocabularyPanel(m_session, m_playback, this));
    addPanel(QStringLiteral("train"), new TrainPanel(m_session, this));
    addPanel(QStringLiteral("compare"), new ComparePanel(m_session, m_timeline->axis(), this));
    addPanel(QStringLiteral("export"), new ExportPanel(m_session, this));

    createActions();
    createMenus();
    createToolBar();
    retranslate();

    connect(m_timeline, &Timeline::hoverTextChanged, m_positionLabel, &QLabel::setText);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    connect(m_session, &Session::codesChanged, this, &MainWindow::updateTitleAndActions);
    connect(m_session, &Session::audioChanged, this, &MainWindow::updateTitleAndActions);
    connect(m_session, &Session::tokensChanged, this, [this](int slot) {
        const std::int64_t count = m_session->tokens(slot).size();
        if (count > 0)
            statusBar()->showMessage(tr("Tokenizer %1: %n token(s)", nullptr, int(count))
                                         .arg(slot == 0 ? QStringLiteral("A") : QStringLiteral("B")),
                                     kStatusMessageMs);
    });
    connect(m_session, &Session::tokenizeFailed, this, [this](int, const QString& message) {
        statusBar()->showMessage(message, kStatusMessageMs);
        QMessageBox::warning(this, tr("Cannot use tokenizer"), message);
    });
    connect(m_session, &Session::encodingFinished, this, [this] {
        showMessage(tr("Encoded: %n frame(s)", nullptr, int(m_session->codes().numFrames())));
        for (int slot = 0; slot < Session::kTokenizerSlots; ++slot)
            if (!m_tokenizerDirs[std::size_t(slot)].isEmpty())
                m_session->openTokenizer(slot, m_tokenizerDirs[std::size_t(slot)]);
    });
    connect(m_session, &Session::encodingCancelled, this, [this] { showMessage(tr("Encoding cancelled")); });
    connect(m_session, &Session::encodingFailed, this, [this](const QString& message) {
        showMessage(message);
        QMessageBox::warning(this, tr("Cannot encode the audio"), message);
    });
    connect(m_playback, &PlaybackController::message, this, &MainWindow::showMessage);
    connect(m_playback, &PlaybackController::playingChanged, this, &MainWindow::updatePlaybackActions);
    connect(m_playback, &PlaybackController::sourceChanged, this, &MainWindow::updatePlaybackActions);
    rebuildRecentMenu();
    updateTitleAndActions();

    resize(1100, 700);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(studioIcon("open"), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDocument);

    m_openTokenizerAAction = new QAction(studioIcon("tokenizer"), QString(), this);
    m_openTokenizerAAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_openTokenizerBAction = new QAction(studioIcon("tokenizer"), QString(), this);
    m_openTokenizerBAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_openTokenizerAAction, &QAction::triggered, this, [this] { chooseTokenizer(0); });
    connect(m_openTokenizerBAction, &QAction::triggered, this, [this] { chooseTokenizer(1); });

    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, m_recent, &RecentFiles::clear);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    // Some platforms (and the offscreen one) define no standard key for these: give them the common one.
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(studioIcon("zoom-in"), QString(), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = new QAction(studioIcon("zoom-out"), QString(), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomFitAction = new QAction(studioIcon("zoom-fit"), QString(), this);
    m_zoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    TimeAxis* axis = m_timeline->axis();
    connect(m_zoomInAction, &QAction::triggered, axis, &TimeAxis::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, axis, &TimeAxis::zoomOut);
    connect(m_zoomFitAction, &QAction::triggered, axis, &TimeAxis::fit);

    const auto laneAction = [this](Qt::Key key, Timeline::LaneKind lane) {
        auto* action = new QAction(this);
        action->setCheckable(true);
        action->setChecked(m_timeline->isLaneEnabled(lane));
        action->setShortcut(QKeySequence(Qt::ALT | key));
        connect(action, &QAction::toggled, m_timeline, [this, lane](bool on) { m_timeline->setLaneEnabled(lane, on); });
        return action;
    };
    m_waveformLaneAction = laneAction(Qt::Key_1, Timeline::LaneKind::Waveform);
    m_codeGridLaneAction = laneAction(Qt::Key_2, Timeline::LaneKind::CodeGrid);
    m_tokensALaneAction = laneAction(Qt::Key_3, Timeline::LaneKind::TokensA);
    m_tokensBLaneAction = laneAction(Qt::Key_4, Timeline::LaneKind::TokensB);

    m_playAction = new QAction(this);
    m_playAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_playAction, &QAction::triggered, m_playback, &PlaybackController::togglePlay);
    m_playDecodedAction = new QAction(this);
    m_playDecodedAction->setCheckable(true);
    m_playDecodedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_playDecodedAction, &QAction::toggled, m_playback, [this](bool decoded) {
        m_playback->setSource(decoded ? PlaybackController::Source::DecodedCodes : PlaybackController::Source::Audio);
    });
    m_loopAction = new QAction(this);
    m_loopAction->setCheckable(true);
    m_loopAction->setShortcut(QKeySequence(Qt::Key_L));
    connect(m_loopAction, &QAction::toggled, m_playback, &PlaybackController::setLoop);

    m_encodeAction = new QAction(this);
    m_encodeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_encodeAction, &QAction::triggered, this, &MainWindow::encodeAudio);
    m_codecGroup = new QActionGroup(this);
    m_codecBuiltInAction = m_codecGroup->addAction(QString());
    m_codecTorchScriptAction = m_codecGroup->addAction(QString());
    m_codecFromFileAction = m_codecGroup->addAction(QString());
    for (QAction* action : m_codecGroup->actions())
        action->setCheckable(true);
    connect(m_codecBuiltInAction, &QAction::triggered, this, [this] { setCodecChoice(builtInCodec()); });
    connect(m_codecTorchScriptAction, &QAction::triggered, this, &MainWindow::chooseTorchScriptCodec);
    connect(m_codecFromFileAction, &QAction::triggered, this, [this] { setCodecChoice(QString()); });

    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    if (m_preferencesAction->shortcut().isEmpty())
        m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_aboutAction = new QAction(this);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Object names let tests and screenshots find every action regardless of the interface language.
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openTokenizerAAction->setObjectName(QStringLiteral("actionOpenTokenizerA"));
    m_openTokenizerBAction->setObjectName(QStringLiteral("actionOpenTokenizerB"));
    m_clearRecentAction->setObjectName(QStringLiteral("actionClearRecent"));
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_zoomInAction->setObjectName(QStringLiteral("actionZoomIn"));
    m_zoomOutAction->setObjectName(QStringLiteral("actionZoomOut"));
    m_zoomFitAction->setObjectName(QStringLiteral("actionZoomFit"));
    m_waveformLaneAction->setObjectName(QStringLiteral("actionLaneWaveform"));
    m_codeGridLaneAction->setObjectName(QStringLiteral("actionLaneCodeGrid"));
    m_tokensALaneAction->setObjectName(QStringLiteral("actionLaneTokensA"));
    m_tokensBLaneAction->setObjectName(QStringLiteral("actionLaneTokensB"));
    m_playAction->setObjectName(QStringLiteral("actionPlay"));
    m_playDecodedAction->setObjectName(QStringLiteral("actionPlayDecoded"));
    m_loopAction->setObjectName(QStringLiteral("actionLoop"));
    m_encodeAction->setObjectName(QStringLiteral("actionEncode"));
    m_codecBuiltInAction->setObjectName(QStringLiteral("actionCodecBuiltIn"));
    m_codecTorchScriptAction->setObjectName(QStringLiteral("actionCodecTorchScript"));
    m_codecFromFileAction->setObjectName(QStringLiteral("actionCodecFromFile"));
    m_demoAction->setObjectName(QStringLiteral("actionDemo"));
    m_preferencesAction->setObjectName(QStringLiteral("actionPreferences"));
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openTokenizerAAction);
    m_fileMenu->addAction(m_openTokenizerBAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomFitAction);
    m_viewMenu->addSeparator();
    m_lanesMenu = m_viewMenu->addMenu(QString());
    m_lanesMenu->setObjectName(QStringLiteral("menuLanes"));
    m_lanesMenu->addAction(m_waveformLaneAction);
    m_lanesMenu->addAction(m_codeGridLaneAction);
    m_lanesMenu->addAction(m_tokensALaneAction);
    m_lanesMenu->addAction(m_tokensBLaneAction);
    for (const PanelDock& panel : m_panels)
        m_viewMenu->addAction(panel.dock->toggleViewAction());

    m_playbackMenu = menuBar()->addMenu(QString());
    m_playbackMenu->setObjectName(QStringLiteral("menuPlayback"));
    m_playbackMenu->addAction(m_playAction);
    m_playbackMenu->addAction(m_playDecodedAction);
    m_playbackMenu->addAction(m_loopAction);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("menuTools"));
    m_codecMenu = m_toolsMenu->addMenu(QString());
    m_codecMenu->setObjectName(QStringLiteral("menuCodec"));
    m_codecMenu->addActions(m_codecGroup->actions());
    m_toolsMenu->addAction(m_encodeAction);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_preferencesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_demoAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_openTokenizerAAction);
    m_toolBar->addAction(m_openTokenizerBAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomFitAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_playAction);
}

void MainWindow::addPanel(const QString& name, QWidget* panel)
{
    panel->setObjectName(name + QStringLiteral("Panel"));
    auto* dock = new QDockWidget(panel->windowTitle(), this);
    dock->setObjectName(name + QStringLiteral("Dock"));
    dock->setWidget(panel);
    connect(panel, &QWidget::windowTitleChanged, dock, &QDockWidget::setWindowTitle);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_panels.push_back({name, panel, dock});
}

QStringList MainWindow::panelNames() const
{
    QStringList names;
    for (const PanelDock& panel : m_panels)
        names << panel.name;
    return names;
}

QWidget* MainWindow::panel(const QString& name) const
{
    for (const PanelDock& panel : m_panels)
        if (panel.name == name)
            return panel.panel;
    return nullptr;
}

QWidget* MainWindow::showPanel(const QString& name)
{
    for (const PanelDock& panel : m_panels)
        if (panel.name == name) {
            panel.dock->show();
            return panel.panel;
        }
    return nullptr;
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Recent &Files"));
    m_viewMenu->setTitle(tr("&View"));
    m_lanesMenu->setTitle(tr("&Lanes"));
    m_playbackMenu->setTitle(tr("&Playback"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_codecMenu->setTitle(tr("&Codec"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));

    m_openAction->setText(tr("&Open Audio or Codes…"));
    m_openAction->setIconText(tr("Open"));
    m_openAction->setStatusTip(tr("Open an audio file or a .npy file of codec codes"));
    m_openTokenizerAAction->setText(tr("Open Tokenizer &A…"));
    m_openTokenizerAAction->setIconText(tr("Tokenizer A"));
    m_openTokenizerAAction->setStatusTip(tr("Open a tokenizer folder and segment the codes with it"));
    m_openTokenizerBAction->setText(tr("Open Tokenizer &B…"));
    m_openTokenizerBAction->setIconText(tr("Tokenizer B"));
    m_openTokenizerBAction->setStatusTip(tr("Open a second tokenizer folder to compare with the first"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_quitAction->setText(tr("&Quit"));

    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomInAction->setIconText(tr("Zoom In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomOutAction->setIconText(tr("Zoom Out"));
    m_zoomFitAction->setText(tr("&Fit to Window"));
    m_zoomFitAction->setIconText(tr("Fit"));
    m_waveformLaneAction->setText(tr("&Waveform"));
    m_codeGridLaneAction->setText(tr("&Code Grid"));
    m_tokensALaneAction->setText(tr("Tokens &A"));
    m_tokensBLaneAction->setText(tr("Tokens &B"));

    m_playDecodedAction->setText(tr("Play &Decoded Codes"));
    m_playDecodedAction->setStatusTip(tr("Play what the codes decode to with their codec instead of the audio"));
    m_loopAction->setText(tr("&Loop Selection"));
    m_encodeAction->setText(tr("&Encode Audio"));
    m_encodeAction->setStatusTip(tr("Encode the open audio with the chosen codec, in the background"));
    m_codecBuiltInAction->setText(tr("Codec &2 (700C, built in)"));
    m_codecTorchScriptAction->setText(tr("&TorchScript File…"));
    m_codecFromFileAction->setText(tr("Codes from &File"));
    m_demoAction->setText(tr("Open &Demo Session"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_aboutAction->setText(tr("&About Codec BPE Studio"));

    m_welcome->setText(tr("Open an audio file or a .npy file of codec codes (Ctrl+O) or drop it here, then a "
                          "tokenizer folder (Ctrl+T) to see how it splits the codes into tokens. Help > Open Demo "
                          "Session shows an example."));
    updateTitleAndActions();
    updateCodecActions();
    updatePlaybackActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_timeline->saveZoom();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        // &1..&9 give the first nine entries a keyboard accelerator.
        const QString label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                    : QFileInfo(path).fileName();
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFiles({path}); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!paths.isEmpty());
}

void MainWindow::updateTitleAndActions()
{
    QStringList names;
    if (!m_session->codesPath().isEmpty())
        names << QFileInfo(m_session->codesPath()).fileName();
    if (!m_session->audioPath().isEmpty())
        names << QFileInfo(m_session->audioPath()).fileName();
    const QString app = tr("Codec BPE Studio");
    setWindowTitle(names.isEmpty() ? app : names.join(QStringLiteral(" + ")) + QStringLiteral(" — ") + app);

    const bool haveDocument = !m_session->isEmpty();
    m_pages->setCurrentWidget(haveDocument ? m_documentPage : m_welcome);
    for (QAction* action : {m_zoomInAction, m_zoomOutAction, m_zoomFitAction})
        action->setEnabled(haveDocument);
    m_openTokenizerAAction->setEnabled(!m_session->codes().empty());
    m_openTokenizerBAction->setEnabled(!m_session->codes().empty());
    m_encodeAction->setEnabled(!m_session->samples().empty() && !codecChoice().isEmpty());
    updatePlaybackActions();
}

void MainWindow::updatePlaybackActions()
{
    const bool playing = m_playback->isPlaying();
    m_playAction->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playAction->setIconText(playing ? tr("Pause") : tr("Play"));
    m_playAction->setIcon(studioIcon(playing ? "pause" : "play"));
    m_playAction->setEnabled(m_playback->canPlay(m_playback->source()));
    const QSignalBlocker blocker(m_playDecodedAction);
    m_playDecodedAction->setChecked(m_playback->source() == PlaybackController::Source::DecodedCodes);
    m_playDecodedAction->setEnabled(m_playback->canPlay(PlaybackController::Source::DecodedCodes));
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, kStatusMessageMs);
}

QString MainWindow::codecChoice() const
{
    return QSettings().value(kCodecKey, builtInCodec()).toString();
}

void MainWindow::setCodecChoice(const QString& codecModel)
{
    QSettings().setValue(kCodecKey, codecModel);
    updateCodecActions();
    updateTitleAndActions();
}

void MainWindow::updateCodecActions()
{
    const QString codec = codecChoice();
    QAction* checked = codec.isEmpty() ? m_codecFromFileAction
                       : codec == builtInCodec() ? m_codecBuiltInAction
                                                 : m_codecTorchScriptAction;
    checked->setChecked(true);
    m_codecTorchScriptAction->setToolTip(checked == m_codecTorchScriptAction ? codec : QString());
    m_codecTorchScriptAction->setStatusTip(m_codecTorchScriptAction->toolTip());
}

void MainWindow::chooseTorchScriptCodec()
{
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a TorchScript Codec"),
                                                      settings.value(kLastDirKey).toString(),
                                                      tr("TorchScript codecs (*.pt *.ts);;All files (*)"));
    if (file.isEmpty()) {
        updateCodecActions(); // keep showing the codec still in use
        return;
    }
    setCodecChoice(file);
}

void MainWindow::encodeAudio()
{
    const QString codec = codecChoice();
    if (m_session->samples().empty() || codec.isEmpty())
        return;
    showMessage(tr("Encoding %1 with %2…").arg(QFileInfo(m_session->audioPath()).fileName(),
                                                QFileInfo(codec).fileName()));
    m_session->encodeAudio(codec);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool local = !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl& url) {
        return url.isLocalFile();
    });
    if (local)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    QStringList tokenizers;
    for (const QUrl& url : event->mimeData()->urls())
        (isTokenizerFolder(url.toLocalFile()) ? tokenizers : files) << url.toLocalFile();
    event->acceptProposedAction();
    if (!files.isEmpty() && !openFiles(files))
        return;
    // The first dropped tokenizer goes to A unless A is in use, then B.
    int slot = m_tokenizerDirs[0].isEmpty() ? 0 : 1;
    for (const QString& dir : tokenizers) {
        if (slot >= Session::kTokenizerSlots)
            break;
        openTokenizer(slot++, dir);
    }
}

bool MainWindow::openDemo()
{
    m_demoDir = std::make_unique<QTemporaryDir>();
    try {
        const DemoSession demo = DemoSession::extractTo(m_demoDir->path());
        if (!openFiles({demo.codes, demo.audio}, false))
            return false;
        openTokenizer(0, demo.tokenizer);
        openTokenizer(1, demo.tokenizerB);
    } catch (const std::exception& e) {
        showMessage(QString::fromStdString(e.what()));
        QMessageBox::warning(this, tr("Cannot open the demo"), QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

void MainWindow::chooseDocument()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Audio or Codes"), settings.value(kLastDirKey).toString(),
        tr("Codes and audio (*.npy *.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;Codes (*.npy);;"
           "Audio (*.wav *.flac *.ogg *.opus *.mp3 *.aiff *.aif);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kLastDirKey, QFileInfo(paths.constFirst()).absolutePath());
    openFiles(paths);
}

void MainWindow::chooseTokenizer(int slot)
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(
        this, slot == 0 ? tr("Open Tokenizer A") : tr("Open Tokenizer B"), settings.value(kLastDirKey).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(kLastDirKey, dir);
    openTokenizer(slot, dir);
}

void MainWindow::openTokenizer(int slot, const QString& dir)
{
    m_tokenizerDirs[std::size_t(slot)] = dir;
    // While encoding, the tokenizer waits for the new codes (the encodingFinished handler applies it).
    if (m_session->isEncoding())
        return;
    statusBar()->showMessage(tr("Segmenting the codes with %1…").arg(QFileInfo(dir).fileName()));
    m_session->openTokenizer(slot, dir);
}

bool MainWindow::openFiles(const QStringList& paths, bool remember)
{
    bool openedAudio = false;
    bool openedCodes = false;
    for (const QString& path : paths) {
        try {
            const bool codes = QFileInfo(path).suffix().compare(QLatin1String("npy"), Qt::CaseInsensitive) == 0;
            if (codes) {
                m_session->cancelEncoding();
                m_tokenizerDirs = {};
            }
            m_session->openFile(path);
            (codes ? openedCodes : openedAudio) = true;
            if (remember)
                m_recent->add(path);
            statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), kStatusMessageMs);
        } catch (const std::exception& e) {
            const QString message = QString::fromStdString(e.what());
            statusBar()->showMessage(message, kStatusMessageMs);
            QMessageBox::warning(this, tr("Cannot open file"), message);
            return false;
        }
    }
    // Audio without codes of its own: encode it, unless the user takes codes from files. Codes that came from an
    // earlier encoding (no path) belong to the earlier audio.
    if (openedAudio && !openedCodes && m_session->codesPath().isEmpty() && !codecChoice().isEmpty())
        encodeAudio();
    return true;
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setObjectName(QStringLiteral("aboutDialog"));
    }
    m_about->open();
}

void MainWindow::showPreferences()
{
    auto* dialog = new PreferencesDialog(this);
    dialog->setObjectName(QStringLiteral("preferencesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace codecbpe::widgets
