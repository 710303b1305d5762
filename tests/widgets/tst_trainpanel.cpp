// Tests of the Train panel: training the demo codes from the panel gives the CLI's tokenizer and opens it as
// tokenizer A; Cancel returns promptly and writes nothing. PNG grabs go to test-output/widgets.
#include "widgets/Session.h"
#include "widgets/TrainOptionsForm.h"
#include "widgets/TrainPanel.h"
#include "widgets/UiLanguage.h"

#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace codecbpe;
using namespace codecbpe::widgets;

namespace {
QString demoCodes()
{
    return codecbpe::test::sourceDir() + QStringLiteral("/resources/demo/codes");
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void fillForm(TrainPanel& panel, const QString& output)
{
    panel.form()->setCodesFolder(demoCodes());
    QTest::keyClicks(panel.form()->padTokenEdit(), QStringLiteral("<pad>"));
    panel.form()->vocabSizeBox()->selectAll();
    QTest::keyClicks(panel.form()->vocabSizeBox(), QStringLiteral("2200"));
    QTest::keyClicks(panel.outputEdit(), output);
}
} // namespace

class tst_TrainPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { UiLanguage::apply(QStringLiteral("en")); }
    void trainedTokenizerEqualsTheCliAndOpensAsA();
    void cancelWritesNothing();
    void screenshotFromTheCommandLine();
};

void tst_TrainPanel::trainedTokenizerEqualsTheCliAndOpensAsA()
{
    // Given the panel filled in as a user would: demo codes, pad token, vocab_size 2200, an output folder
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    Session session;
    session.openCodesFile(demoCodes() + QStringLiteral("/speech_c0.npy"));
    TrainPanel panel(&session);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString output = tmp.filePath(QStringLiteral("studio"));
    fillForm(panel, output);
    QVERIFY(panel.trainButton()->isEnabled());

    // When Train is clicked and the run ends
    QSignalSpy trained(&panel, &TrainPanel::trained);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 60000);
    QVERIFY(panel.grab().save(codecbpe::test::binaryDir() + QStringLiteral("/test-output/widgets/train-panel.png")));

    // Then the folder is the CLI's for the same options, byte for byte
    const QString cliOut = tmp.filePath(QStringLiteral("cli"));
    const auto cli = codecbpe::test::runProcess(
        codecbpe::test::cliPath(),
        {QStringLiteral("train-tokenizer"), QStringLiteral("--codes_path"), demoCodes(), QStringLiteral("--pad_token"),
         QStringLiteral("<pad>"), QStringLiteral("--vocab_size"), QStringLiteral("2200"), QStringLiteral("--save_path"),
         cliOut});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    for (const char* name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"}) {
        const QByteArray mine = readAll(output + "/" + name);
        QVERIFY2(!mine.isEmpty(), name);
        QCOMPARE(mine, readAll(cliOut + "/" + name));
    }
    // And it opens as tokenizer A
    QTRY_VERIFY_WITH_TIMEOUT(!session.isTokenizing(0) && !session.tokens(0).empty(), 20000);
    QCOMPARE(session.tokens(0).tokenizerPath(), output);
}

void tst_TrainPanel::cancelWritesNothing()
{
    // Given a run started from the panel
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    Session session;
    TrainPanel panel(&session);
    panel.show();
    const QString output = tmp.filePath(QStringLiteral("cancelled"));
    fillForm(panel, output);
    QSignalSpy cancelled(&panel, &TrainPanel::trainingCancelled);
    QSignalSpy trained(&panel, &TrainPanel::trained);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QVERIFY(panel.isTraining());
    QVERIFY(panel.cancelButton()->isEnabled());

    // When Cancel is clicked mid-way
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);

    // Then it returns promptly, says so, and nothing is written
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 5000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(trained.count(), 0);
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("Cancelled; nothing was written."));
    QVERIFY(panel.trainButton()->isEnabled());
}

void tst_TrainPanel::screenshotFromTheCommandLine()
{
    const QString studio = codecbpe::test::binaryDir() + QStringLiteral("/app/studio/codecbpe-studio");
    if (!QFileInfo::exists(studio))
        QSKIP("codecbpe-studio is not built");
    const QString png = codecbpe::test::binaryDir() + QStringLiteral("/test-output/widgets/train-panel-cli.png");
    QFile::remove(png);
    const auto result = codecbpe::test::runProcess(
        studio, {QStringLiteral("--demo"), QStringLiteral("--panel"), QStringLiteral("train"),
                 QStringLiteral("--screenshot"), png});
    QCOMPARE(result.exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() < 1000); // the panel, not the window
}

QTEST_MAIN(tst_TrainPanel)
#include "tst_trainpanel.moc"
