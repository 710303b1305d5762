// MainWindow: the studio's window: menus, toolbar, status bar, shortcuts, recent files, and the document views.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace codecbpe::widgets {

class AboutDialog;
class RecentFiles;
class Session;
class Timeline;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    Timeline* timeline() const { return m_timeline; }

    // Opens documents (codes .npy or audio); errors go to a message box and the status bar. Returns true if all opened.
    bool openFiles(const QStringList& paths);
    // Segments the open codes with the tokenizer folder `dir` in slot 0 (A) or 1 (B), in the background.
    void openTokenizer(int slot, const QString& dir);

public slots:
    void showAbout();
    void showPreferences();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslate();
    void rebuildRecentMenu();
    void updateTitleAndActions();
    void chooseDocument();
    void chooseTokenizer(int slot);
    void saveWindowState() const;
    void restoreWindowState();

    Session* m_session = nullptr;
    RecentFiles* m_recent = nullptr;
    AboutDialog* m_about = nullptr;
    QStackedWidget* m_pages = nullptr;
    Timeline* m_timeline = nullptr;
    QLabel* m_welcome = nullptr;
    QLabel* m_positionLabel = nullptr;
    QToolBar* m_toolBar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_lanesMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_openTokenizerAAction = nullptr;
    QAction* m_openTokenizerBAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
    QAction* m_waveformLaneAction = nullptr;
    QAction* m_codeGridLaneAction = nullptr;
    QAction* m_tokensALaneAction = nullptr;
    QAction* m_tokensBLaneAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace codecbpe::widgets
