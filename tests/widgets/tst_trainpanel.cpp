// Tests of the Train panel: training the demo codes from the panel gives the CLI's tokenizer and opens it as
// tokenizer A; with a held-out file, the live plot fills while training and the vocabulary-size curve equals the
// CLI's vocab-curve, a size picked on it saves the prefix train-tokenizer writes for that size and opens as B;
// Cancel mid-way returns promptly and writes nothing. PNG grabs go to test-output/widgets.
#include "widgets/AudioSourceForm.h"
#include "widgets/CompressionPlot.h"
#include "widgets/Session.h"
#include "widgets/TrainOptionsForm.h"
#include "widgets/TrainPanel.h"

#include "StudioTestSupport.h"
#include "TestSupport.h"

#include "codes/CodecInfo.h"
#include "codes/Npy.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QRegularExpression>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <random>

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

void typeInto(QSpinBox* box, int value)
{
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

void fillForm(TrainPanel& panel, const QString& output, int heldOutPercent = 0, const QString& codes = demoCodes(),
              int vocabSize = 2200)
{
    panel.form()->setCodesFolder(codes);
    QTest::keyClicks(panel.form()->padTokenEdit(), QStringLiteral("<pad>"));
    typeInto(panel.form()->vocabSizeBox(), vocabSize);
    typeInto(panel.heldOutBox(), heldOutPercent);
    QTest::keyClicks(panel.outputEdit(), output);
}

codecbpe::test::ProcessResult cli(const QStringList& args)
{
    return codecbpe::test::runProcess(codecbpe::test::cliPath(), args);
}

// `codecbpe encode`'s token count for `codes` with the tokenizer folder `dir`.
qint64 cliTokens(const QString& dir, const QString& codes)
{
    const auto r = cli({QStringLiteral("encode"), QStringLiteral("--tokenizer"), dir, codes, QStringLiteral("-o"),
                        dir + QStringLiteral(".ids.txt")}); // a file: an atomic write would replace /dev/null
    const auto match = QRegularExpression(QStringLiteral("-> (\\d+) tokens")).match(QString::fromUtf8(r.err));
    return r.exitCode == 0 && match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// A codes folder big enough that training takes seconds: 4 codebooks of 512, codes from recurring phrases.
void writeLargeCodesFolder(const QString& dir)
{
    QDir().mkpath(dir);
    CodecInfo info{"codec2", "codec2-700c", 8000, 8000, 4, 512, 25.0};
    writeCodecInfo(QDir(dir).filesystemAbsolutePath() / "codec_info.json", info);
    std::mt19937 rng(5);
    auto pick = [&rng](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    std::vector<std::vector<int>> phrases(3000);
    for (auto& phrase : phrases)
        for (int i = 0, n = 4 * (1 + pick(6)); i < n; ++i)
            phrase.push_back(pick(512));
    for (int f = 0; f < 10; ++f) {
        std::vector<CodeGrid::Code> frames;
        while (frames.size() < 4 * 60000)
            for (int code : phrases[std::size_t(pick(int(phrases.size())))])
                frames.push_back(code);
        frames.resize(4 * 60000);
        std::vector<CodeGrid::Code> grid(frames.size());
        for (std::size_t t = 0; t < 60000; ++t)
            for (std::size_t k = 0; k < 4; ++k)
                grid[k * 60000 + t] = frames[t * 4 + k];
        saveNpyCodes(QDir(dir).filesystemAbsolutePath() / QStringLiteral("part%1_c0.npy").arg(f).toStdString(),
                     CodeGrid(4, 60000, std::move(grid)));
    }
}
} // namespace

class tst_TrainPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { codecbpe::test::isolateStudioSettings(); }
    void trainedTokenizerEqualsTheCliAndOpensAsA();
    void heldOutCurveEqualsTheCliAndPrefixesSaveAndOpen();
    void cancelWritesNothing();
    void cancelMidwayReturnsPromptlyAndWritesNothing();
    void audioFolderIsEncodedListsErrorsAndTrains();
    void fieldsStartAtOneX();
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
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/train-panel.png")));

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

void tst_TrainPanel::heldOutCurveEqualsTheCliAndPrefixesSaveAndOpen()
{
    // Given the demo codes with 50 % held out: music_c0.npy (first of the sorted files) is held out
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    Session session;
    session.openCodesFile(demoCodes() + QStringLiteral("/speech_c0.npy"));
    TrainPanel panel(&session);
    panel.resize(520, 1100);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    fillForm(panel, QString(), 50, demoCodes(), 2400);
    QVERIFY(!panel.savePrefixButton()->isEnabled());

    // When it trains to the end
    QSignalSpy trained(&panel, &TrainPanel::trained);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 60000);
    QCOMPARE(trained.front().front().toString(), QString()); // no output folder: nothing written yet
    QVERIFY(panel.statusLabel()->text().startsWith(QStringLiteral("Trained ")));
    QVERIFY(panel.timeLabel()->text().startsWith(QStringLiteral("took ")));

    // Then the live plot holds a point per merge, and the curve one per vocabulary size, base to full
    const auto curve = panel.curve();
    QVERIFY(curve.size() > 100);
    QCOMPARE(panel.livePlot()->pointCount(), int(curve.back().merges));
    QCOMPARE(panel.curvePlot()->pointCount(), int(curve.size()));
    QCOMPARE(curve.front().vocabSize, TokenId(1 + 4 * 512));

    // And the curve equals the CLI's vocab-curve on the held-out file for the saved tokenizer
    const QString saved = tmp.filePath(QStringLiteral("saved"));
    QVERIFY(panel.saveTo(saved));
    const QString heldOut = demoCodes() + QStringLiteral("/music_c0.npy");
    const auto figures = cli({QStringLiteral("vocab-curve"), QStringLiteral("--tokenizer"), saved,
                              QStringLiteral("--codes_path"), heldOut, QStringLiteral("--json")});
    QVERIFY2(figures.exitCode == 0, figures.err.constData());
    const QJsonArray points = QJsonDocument::fromJson(figures.out).object()[QStringLiteral("points")].toArray();
    QCOMPARE(points.size(), qsizetype(curve.size()));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonObject p = points[i].toObject();
        QCOMPARE(p[QStringLiteral("vocab_size")].toInteger(), qint64(curve[std::size_t(i)].vocabSize));
        QCOMPARE(p[QStringLiteral("tokens")].toInteger(), qint64(curve[std::size_t(i)].tokens));
    }

    // When a size is picked by clicking the curve, then with the spin box, and its prefix saved
    QCustomPlot* plot = panel.curvePlot()->plot();
    const double target = curve[curve.size() / 3].vocabSize;
    QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(panel.curvePlot()->pixelForX(target), plot->height() / 2));
    QVERIFY(std::abs(panel.vocabSizeBox()->value() - target) <= 2);
    for (const int size : {int(curve[curve.size() / 3].vocabSize), int(curve[curve.size() / 2].vocabSize)}) {
        typeInto(panel.vocabSizeBox(), size);
        QCOMPARE(panel.vocabSizeBox()->value(), size);
        QVERIFY(panel.curveLabel()->toolTip().startsWith(QStringLiteral("Vocabulary %1, ").arg(size)));
        QVERIFY(panel.curveLabel()->text().endsWith(QStringLiteral(" tokens/s")));
        const QString prefix = tmp.filePath(QStringLiteral("prefix-%1").arg(size));
        QVERIFY(panel.savePrefixTo(prefix));

        // Then the prefix folder is what train-tokenizer writes for that size on the training file, byte for byte
        const QString direct = tmp.filePath(QStringLiteral("direct-%1").arg(size));
        const auto train = cli({QStringLiteral("train-tokenizer"), QStringLiteral("--codes_path"), demoCodes(),
                                QStringLiteral("--codes_filter"), QStringLiteral("speech"),
                                QStringLiteral("--pad_token"), QStringLiteral("<pad>"), QStringLiteral("--vocab_size"),
                                QString::number(size), QStringLiteral("--save_path"), direct});
        QVERIFY2(train.exitCode == 0, train.err.constData());
        for (const char* name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"})
            QCOMPARE(readAll(prefix + "/" + name), readAll(direct + "/" + name));
        // And its held-out point equals encode's figure on it
        const auto point = std::find_if(curve.begin(), curve.end(), [size](const auto& p) {
            return int(p.vocabSize) == size;
        });
        QCOMPARE(qint64(point->tokens), cliTokens(prefix, heldOut));
    }

    // When "Open as B" is clicked, the picked prefix segments the open codes as tokenizer B
    QTest::mouseClick(panel.openBButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!session.isTokenizing(1) && !session.tokens(1).empty(), 20000);
    QVERIFY(session.tokens(1).tokenizerPath().endsWith(
        QStringLiteral("vocab-%1").arg(panel.vocabSizeBox()->value())));
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/train-curve.png")));
}

void tst_TrainPanel::cancelMidwayReturnsPromptlyAndWritesNothing()
{
    // Given a run on 2.4 M codes, well under way: merges counted and the live plot drawing
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString codes = tmp.filePath(QStringLiteral("codes"));
    writeLargeCodesFolder(codes);
    Session session;
    TrainPanel panel(&session);
    panel.show();
    const QString output = tmp.filePath(QStringLiteral("out"));
    fillForm(panel, output, 10, codes, 30000);
    QSignalSpy cancelled(&panel, &TrainPanel::trainingCancelled);
    QSignalSpy trained(&panel, &TrainPanel::trained);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.livePlot()->pointCount() > 20, 60000);
    QVERIFY(panel.isTraining());
    // The merge phase reaches the labels through the future's progress signals, which may land a refresh tick
    // after the live curve's points: a user sees them within a tick.
    QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->text().contains(QStringLiteral("merges")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.timeLabel()->text().contains(QStringLiteral("remaining")), 5000);
    QVERIFY(panel.isTraining());
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/train-live.png")));

    // When Cancel is clicked
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);

    // Then it returns promptly, writes nothing and offers no result
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 5000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(trained.count(), 0);
    QVERIFY(!QFileInfo::exists(output));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("codes")});
    QVERIFY(!panel.hasResult());
    QVERIFY(!panel.savePrefixButton()->isEnabled());
}

void tst_TrainPanel::audioFolderIsEncodedListsErrorsAndTrains()
{
    // Given an audio folder with the bundled speech and music and one file that is not audio
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString audio = tmp.filePath(QStringLiteral("audio"));
    QDir().mkpath(audio);
    for (const char* name : {"speech.flac", "music.flac"})
        QVERIFY(QFile::copy(codecbpe::test::sourceDir() + "/resources/sample/" + name, audio + "/" + name));
    QFile broken(audio + QStringLiteral("/broken.wav"));
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write("not audio") > 0);
    broken.close();

    // When the panel is set to the audio folder with Codec 2 and trained
    Session session;
    TrainPanel panel(&session);
    panel.show();
    panel.sourceBox()->setCurrentIndex(1);
    QVERIFY(!panel.trainButton()->isEnabled());
    QTest::keyClicks(panel.audioSource()->audioFolderEdit(), audio);
    panel.audioSource()->codecBox()->setCurrentText(QStringLiteral("codec2-700c"));
    const QString codes = tmp.filePath(QStringLiteral("codes"));
    QTest::keyClicks(panel.audioSource()->codesFolderEdit(), codes);
    QTest::keyClicks(panel.form()->padTokenEdit(), QStringLiteral("<pad>"));
    typeInto(panel.form()->vocabSizeBox(), 2300);
    typeInto(panel.heldOutBox(), 50);
    QVERIFY2(panel.trainButton()->isEnabled(), qPrintable(panel.form()->problem()));
    QSignalSpy trained(&panel, &TrainPanel::trained);
    QTest::mouseClick(panel.trainButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(trained.count(), 1, 60000);

    // Then the codes are audio-to-codes' (same files, same bytes), the bad file is listed, and the run has a curve
    const QString cliCodes = tmp.filePath(QStringLiteral("cli-codes"));
    const auto a2c = cli({QStringLiteral("audio-to-codes"), QStringLiteral("--audio_path"), audio,
                          QStringLiteral("--codes_path"), cliCodes, QStringLiteral("--codec_model"),
                          QStringLiteral("codec2-700c")});
    QCOMPARE(a2c.exitCode, 1); // broken.wav
    int npy = 0;
    for (QDirIterator it(cliCodes, {QStringLiteral("*.npy"), QStringLiteral("codec_info.json")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString file = it.next();
        QCOMPARE(readAll(codes + file.mid(cliCodes.size())), readAll(file));
        npy += file.endsWith(QStringLiteral(".npy"));
    }
    QVERIFY(npy >= 2);
    QVERIFY(panel.errorsLabel()->isVisible() || !panel.errorsLabel()->text().isEmpty());
    QVERIFY2(panel.errorsLabel()->text().contains(QStringLiteral("broken.wav")), qPrintable(panel.errorsLabel()->text()));
    QVERIFY(panel.form()->codesFolder().startsWith(codes));
    QCOMPARE(panel.form()->numCodebooksBox()->value(), 4);
    QVERIFY(panel.hasResult());
    QVERIFY(!panel.curve().empty());
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/train-audio.png")));
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

void tst_TrainPanel::fieldsStartAtOneX()
{
    // Given the panel with its audio source shown: the source row, the audio form, the options grid and the
    // held-out row are four layouts with labels of different lengths
    Session session;
    TrainPanel panel(&session);
    panel.resize(460, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.sourceBox()->setCurrentIndex(1);
    const AudioSourceForm* audio = panel.audioSource();
    const TrainOptionsForm* form = panel.form();
    const QList<QWidget*> fields{panel.sourceBox(),     audio->audioFolderEdit(), audio->codecBox(),
                                audio->codesFolderEdit(), form->folderEdit(),     form->numCodebooksBox(),
                                form->framerateBox(),    form->minFrequencyBox(),  form->ngramsBox(),
                                panel.heldOutBox()};
    const QList<QWidget*> labels = audio->labels() + form->firstColumnLabels();

    // Then, once laid out again, their fields start at one x and no label is cut (the options' problem, here the
    // missing pad token, wraps in full)
    const QLabel* problem = form->problemLabel();
    QVERIFY(!problem->text().isEmpty());
    QTRY_VERIFY(problem->height() >= problem->heightForWidth(problem->width()));
    QCOMPARE(codecbpe::test::leftEdges(fields, panel).size(), 1);
    QVERIFY(!codecbpe::test::anyNarrowerThanHinted(labels));
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/train-aligned.png")));
}

void tst_TrainPanel::screenshotFromTheCommandLine()
{
    if (codecbpe::test::studioPath().isEmpty())
        QSKIP("codecbpe-studio is not built");
    const QString png = codecbpe::test::widgetOutputDir() + QStringLiteral("/train-panel-cli.png");
    QCOMPARE(codecbpe::test::panelScreenshot(QStringLiteral("train"), png).exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() < 1000); // the panel, not the window
    // A finished demo run: the curve's orange tokens/s line is drawn
    int orange = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            orange += image.pixelColor(x, y) == QColor(230, 130, 20);
    QVERIFY2(orange > 50, qPrintable(QString::number(orange)));
}

QTEST_MAIN(tst_TrainPanel)
#include "tst_trainpanel.moc"
