// Tests of the Export panel, driven as a user would: a saved tokenizer is its folder byte for byte and is not
// replaced without a yes; the extend preview gives the CLI's figures and Write… the CLI's files; the LM dataset is
// the CLI's prep-lm-dataset output with lm-dataset-stats' figures; Cancel returns promptly and writes nothing; bad
// folders give one message naming the file. PNG grabs go to test-output/widgets.
#include "widgets/ExportPanel.h"
#include "widgets/ExtendTokenizerSection.h"
#include "widgets/LmDatasetSection.h"
#include "widgets/PathField.h"
#include "widgets/SaveTokenizerSection.h"
#include "widgets/Session.h"
#include "widgets/TokenizerChooser.h"

#include "LmTestSupport.h"
#include "StudioTestSupport.h"
#include "TestSupport.h"

#include "codes/Npy.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <random>

using namespace codecbpe;
using namespace codecbpe::test;
using namespace codecbpe::widgets;

namespace {

const char* kUnigramTokenizer =
    R"({"added_tokens":[],"normalizer":null,"pre_tokenizer":null,"post_processor":null,"decoder":null,)"
    R"("model":{"type":"Unigram","unk_id":0,"vocab":[["<unk>",0.0],["a",-1.0]]}})";
const char* kTokenizerFiles[] = {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"};

QString demoTokenizer()
{
    return sourceDir() + QStringLiteral("/resources/demo/tokenizer");
}

// A Unigram (not BPE) tokenizer folder "unigram" in the fixture: what neither extend nor the LM dataset may use.
void writeUnigramTokenizer(const LmFixture& f)
{
    QDir().mkpath(f.tmp.filePath("unigram"));
    writeFileBytes(f.tmp.filePath("unigram/tokenizer.json"), kUnigramTokenizer);
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
}

// Answers the next overwrite question with `button` once it is shown (it runs its own event loop).
void answerNextConfirmation(QMessageBox::StandardButton button)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            QCOMPARE(box->objectName(), QStringLiteral("overwriteConfirmation"));
            box->button(button)->click();
            poll->deleteLater();
        }
    });
    poll->start(20);
}

void useFolder(TokenizerChooser* chooser, const QString& dir)
{
    chooser->chooseSlot(TokenizerChooser::kOtherFolder);
    chooser->folderField()->edit()->clear();
    QTest::keyClicks(chooser->folderField()->edit(), dir);
}

void type(PathField* field, const QString& text)
{
    field->edit()->clear();
    QTest::keyClicks(field->edit(), text);
}

} // namespace

class tst_ExportPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { codecbpe::test::isolateStudioSettings(); }
    void savedTokenizerIsItsFolderAndAsksBeforeReplacing();
    void extendPreviewAndFilesEqualTheCli();
    void extendPreviewCancelKeepsNothing();
    void extendBadInputsSayWhichFileAndWriteNothing();
    void extendPreviewOfLlamaEqualsTheCli_data();
    void extendPreviewOfLlamaEqualsTheCli();
    void lmDatasetEqualsTheCliWithItsStatistics();
    void lmDatasetCancelWritesNothing();
    void lmDatasetBadTokenizerSaysWhichFile();
    void sectionsFieldsStartAtOneX();
    void emptyRowsTakeNoRoom();
    void narrowPanelScrollsSidewaysInsteadOfCutting();
    void screenshotFromTheCommandLine();
};

void tst_ExportPanel::savedTokenizerIsItsFolderAndAsksBeforeReplacing()
{
    // Given the demo tokenizer open as A and the panel's Save section aimed at a new folder
    QTemporaryDir tmp;
    Session session;
    session.openCodesFile(sourceDir() + QStringLiteral("/resources/demo/codes/speech_c0.npy"));
    session.openTokenizer(0, demoTokenizer());
    QTRY_VERIFY_WITH_TIMEOUT(!session.isTokenizing(0) && !session.tokens(0).empty(), 20000);
    ExportPanel panel(&session);
    SaveTokenizerSection* save = panel.saveSection();
    QCOMPARE(save->tokenizer()->slot(), 0);
    QCOMPARE(save->tokenizer()->folder(), demoTokenizer());
    QVERIFY(!save->saveButton()->isEnabled());
    const QString out = tmp.filePath("saved");
    type(save->outputField(), out);

    // When Save is clicked, the folder holds the demo tokenizer's three files, byte for byte (train-tokenizer wrote them)
    QTest::mouseClick(save->saveButton(), Qt::LeftButton);
    for (const char* name : kTokenizerFiles)
        QCOMPARE(readFileBytes(out + "/" + name), readFileBytes(demoTokenizer() + "/" + name));

    // And saving again asks first: Cancel keeps what is there, Replace writes
    writeFileBytes(out + "/tokenizer.json", "changed");
    answerNextConfirmation(QMessageBox::Cancel);
    QTest::mouseClick(save->saveButton(), Qt::LeftButton);
    QCOMPARE(readFileBytes(out + "/tokenizer.json"), std::string("changed"));
    QCOMPARE(save->statusLabel()->text(), QStringLiteral("Not saved: the files exist."));
    answerNextConfirmation(QMessageBox::Yes);
    QTest::mouseClick(save->saveButton(), Qt::LeftButton);
    QCOMPARE(readFileBytes(out + "/tokenizer.json"), readFileBytes(demoTokenizer() + "/tokenizer.json"));
    QCOMPARE(entries(out), QStringList({"special_tokens_map.json", "tokenizer.json", "tokenizer_config.json"}));
}

void tst_ExportPanel::extendPreviewAndFilesEqualTheCli()
{
    // Given the fixture's base and codec tokenizer filled in, with two audio tokens and a codes folder to check
    LmFixture f;
    Session session;
    ExportPanel panel(&session);
    panel.resize(460, 1300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    ExtendTokenizerSection* extend = panel.extendSection();
    type(extend->existingField(), f.base);
    useFolder(extend->codecTokenizer(), f.codec);
    QTest::keyClicks(extend->additionalTokensEdit(), QStringLiteral("<audio> </audio>"));
    type(extend->codesField(), f.codes);
    extend->checkFilesBox()->selectAll();
    QTest::keyClicks(extend->checkFilesBox(), QStringLiteral("2"));
    QVERIFY(!extend->writeButton()->isEnabled());

    // When Preview is clicked
    QSignalSpy ready(extend, &ExtendTokenizerSection::previewReady);
    QTest::mouseClick(extend->previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QVERIFY(extend->preview().has_value());
    const ExtendTokenizerPreview& preview = *extend->preview();

    // Then its figures are the CLI's for the same options, and nothing is written yet
    const ProcessResult cli = f.run({"extend-tokenizer", "--existing_tokenizer", f.base, "--codec_bpe_tokenizer",
                                     f.codec, "--additional_special_tokens", "<audio>", "</audio>", "--codes_path",
                                     f.codes, "--num_check_files", "2", "--write_id_map", "--save_path",
                                     f.tmp.filePath("cli")});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(QByteArray::fromStdString(preview.segmentationReport() + "Added " +
                                       std::to_string(preview.extension.numAdded) +
                                       " tokens to the existing tokenizer " + f.base.toStdString() + " and saved it as " +
                                       f.tmp.filePath("cli").toStdString() + ".\n"),
             cli.out);
    QCOMPARE(QByteArray::fromStdString(preview.conflictWarning() + "\n"), cli.err);
    QCOMPARE(extend->addedLabel()->text(), QStringLiteral("7 (5 codec tokens offered)"));
    QCOMPARE(extend->conflictList()->count(), 1);
    QCOMPARE(extend->conflictList()->item(0)->text(), QStringLiteral("丁: codec id 2 → 2"));
    QVERIFY(extend->segmentationLabel()->text().startsWith(QStringLiteral("0.00% of Codec BPE tokens")));
    // The resulting vocabulary, counted independently from the CLI's tokenizer.json: model entries and added ids
    const auto json = nlohmann::json::parse(readFileBytes(f.tmp.filePath("cli/tokenizer.json")));
    TokenId size = TokenId(json["model"]["vocab"].size());
    for (const auto& token : json["added_tokens"])
        size = std::max(size, token["id"].get<TokenId>() + 1);
    QCOMPARE(preview.vocabSize, size);
    QCOMPARE(extend->vocabSizeLabel()->text(), QStringLiteral("%1 ids").arg(size));
    QVERIFY(!QFileInfo::exists(f.tmp.filePath("studio")));
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/export-extend-preview.png")));

    // When Write… is clicked with the id map asked for, the folder is the CLI's, byte for byte
    type(extend->outputField(), f.tmp.filePath("studio"));
    extend->idMapBox()->setChecked(true);
    QSignalSpy written(extend, &ExtendTokenizerSection::written);
    QTest::mouseClick(extend->writeButton(), Qt::LeftButton);
    QCOMPARE(written.count(), 1);
    for (const QString name : {"tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
                               "codec_bpe_id_map.json"})
        QCOMPARE(readFileBytes(f.tmp.filePath("studio/" + name)), readFileBytes(f.tmp.filePath("cli/" + name)));

    // And a changed option drops the preview, so that Write… cannot write what was not previewed
    QTest::keyClick(extend->additionalTokensEdit(), Qt::Key_Backspace);
    QVERIFY(!extend->preview());
    QVERIFY(!extend->writeButton()->isEnabled());
}

void tst_ExportPanel::extendPreviewCancelKeepsNothing()
{
    // Given the fixture's tokenizers filled in, with a codes folder to check
    LmFixture f;
    Session session;
    ExportPanel panel(&session);
    ExtendTokenizerSection* extend = panel.extendSection();
    type(extend->existingField(), f.base);
    useFolder(extend->codecTokenizer(), f.codec);
    type(extend->codesField(), f.codes);
    QVERIFY(!extend->cancelButton()->isEnabled());

    // When Preview is clicked and then Cancel
    QSignalSpy ready(extend, &ExtendTokenizerSection::previewReady);
    QTest::mouseClick(extend->previewButton(), Qt::LeftButton);
    QVERIFY(extend->isPreviewing());
    QVERIFY(extend->cancelButton()->isEnabled());
    QVERIFY(!extend->previewButton()->isEnabled());
    QTest::mouseClick(extend->cancelButton(), Qt::LeftButton);

    // Then the preview ends with nothing kept (even one that finished just before the click), and Preview is back
    QTRY_VERIFY_WITH_TIMEOUT(!extend->isPreviewing(), 20000);
    QCOMPARE(extend->statusLabel()->text(), QStringLiteral("Preview cancelled."));
    QCOMPARE(ready.count(), 0);
    QVERIFY(!extend->preview());
    QCOMPARE(extend->addedLabel()->text(), QStringLiteral("—"));
    QVERIFY(!extend->cancelButton()->isEnabled());
    QVERIFY(extend->previewButton()->isEnabled());
    type(extend->outputField(), f.tmp.filePath("studio"));
    QVERIFY(!extend->writeButton()->isEnabled());

    // And the next Preview runs to the end
    QTest::mouseClick(extend->previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QVERIFY(extend->preview().has_value());
    QVERIFY(extend->writeButton()->isEnabled());
    QVERIFY(!QFileInfo::exists(f.tmp.filePath("studio")));
}

void tst_ExportPanel::extendBadInputsSayWhichFileAndWriteNothing()
{
    LmFixture f;
    writeUnigramTokenizer(f);
    Session session;
    ExportPanel panel(&session);
    ExtendTokenizerSection* extend = panel.extendSection();
    QSignalSpy failed(extend, &ExtendTokenizerSection::failed);
    const auto previewFails = [&](const QString& existing, const QString& codec, const QString& expected) {
        type(extend->existingField(), existing);
        useFolder(extend->codecTokenizer(), codec);
        const qsizetype before = failed.count();
        QTest::mouseClick(extend->previewButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), before + 1, 20000);
        const QString message = extend->statusLabel()->text();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains('\n'), qPrintable(message));
        QVERIFY(!extend->preview());
        QVERIFY(!extend->writeButton()->isEnabled());
    };
    // A missing LLM folder, a codes folder that is not a tokenizer folder, a non-BPE codec tokenizer
    previewFails(f.tmp.filePath("missing"), f.codec, f.tmp.filePath("missing") + ": is not a folder");
    previewFails(f.codes, f.codec, f.codes + ": is not a Hugging Face tokenizer folder: it has no tokenizer.json");
    previewFails(f.base, f.tmp.filePath("unigram"), f.tmp.filePath("unigram/tokenizer.json"));
    QCOMPARE(entries(f.tmp.path()), QStringList({"base", "codec", "codes", "unigram"}));
}

void tst_ExportPanel::extendPreviewOfLlamaEqualsTheCli_data()
{
    QTest::addColumn<QString>("package");
    QTest::newRow("Llama 2") << "tokenizer-llama2";
    QTest::newRow("Llama 3") << "tokenizer-llama3";
}

void tst_ExportPanel::extendPreviewOfLlamaEqualsTheCli()
{
    // Given a real LLM tokenizer (tools/setup-hf-ref.sh installs them) and the demo tokenizer and codes
    QFETCH(QString, package);
    const QString hf = hfRefDir();
    const QString base = hf + "/llm-tokenizers/node_modules/@lenml/" + package + "/models";
    if (hf.isEmpty() || !QFileInfo::exists(base + "/tokenizer.json"))
        QSKIP("the @lenml LLM tokenizers are not installed (tools/setup-hf-ref.sh)");
    const QString codes = sourceDir() + QStringLiteral("/resources/demo/codes");
    Session session;
    ExportPanel panel(&session);
    ExtendTokenizerSection* extend = panel.extendSection();
    type(extend->existingField(), base);
    useFolder(extend->codecTokenizer(), demoTokenizer());
    type(extend->codesField(), codes);

    // When Preview is clicked
    QSignalSpy ready(extend, &ExtendTokenizerSection::previewReady);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(extend->previewButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
    qInfo("%s: preview in %lld ms", qPrintable(package), timer.elapsed());

    // Then its figures are the CLI's
    QTemporaryDir tmp;
    const ProcessResult cli = runProcess(cliPath(), {"extend-tokenizer", "--existing_tokenizer", base,
                                                     "--codec_bpe_tokenizer", demoTokenizer(), "--codes_path", codes,
                                                     "--save_path", tmp.filePath("cli")});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const ExtendTokenizerPreview& preview = *extend->preview();
    QVERIFY(cli.out.startsWith(QByteArray::fromStdString(preview.segmentationReport())));
    QVERIFY(cli.out.contains(QByteArray::fromStdString("Added " + std::to_string(preview.extension.numAdded) + " ")));
    QCOMPARE(cli.err, QByteArray::fromStdString(preview.conflictWarning().empty() ? std::string()
                                                                                 : preview.conflictWarning() + "\n"));
    QCOMPARE(extend->conflictList()->count(), int(preview.extension.conflicts.size()));
    const auto json = nlohmann::json::parse(readFileBytes(tmp.filePath("cli/tokenizer.json")));
    TokenId size = TokenId(json["model"]["vocab"].size());
    for (const auto& token : json["added_tokens"])
        size = std::max(size, token["id"].get<TokenId>() + 1);
    QCOMPARE(preview.vocabSize, size);
}

void tst_ExportPanel::lmDatasetEqualsTheCliWithItsStatistics()
{
    // Given the LM section filled in: codes, the codec tokenizer, <pad> as audio start, windows of 4 with overlap 1
    LmFixture f;
    Session session;
    ExportPanel panel(&session);
    panel.resize(460, 1300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    LmDatasetSection* lm = panel.datasetSection();
    QCOMPARE(lm->sequenceLengthBox()->value(), 4096); // codec-bpe's defaults
    QCOMPARE(lm->overlapLengthBox()->value(), 1024);
    QCOMPARE(lm->formatBox()->currentText(), QStringLiteral("text"));
    QCOMPARE(lm->outputField()->text(), QStringLiteral("output/lm_dataset.txt"));
    type(lm->codesField(), f.codes);
    useFolder(lm->tokenizer(), f.codec);
    QTest::keyClicks(lm->audioStartEdit(), QStringLiteral("<pad>"));
    lm->sequenceLengthBox()->selectAll();
    QTest::keyClicks(lm->sequenceLengthBox(), QStringLiteral("4"));
    lm->overlapLengthBox()->selectAll();
    QTest::keyClicks(lm->overlapLengthBox(), QStringLiteral("1"));
    const QString out = f.tmp.filePath("studio.txt");
    type(lm->outputField(), out);

    // When the dataset is written
    QSignalSpy finished(lm, &LmDatasetSection::finished);
    QTest::mouseClick(lm->runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);

    // Then the dataset and its sidecar are the CLI's, and the figures are lm-dataset-stats'
    const QString cliOut = f.tmp.filePath("cli.txt");
    ProcessResult cli = f.run({"prep-lm-dataset", "--tokenizer", f.codec, "--codes_path", f.codes,
                               "--audio_start_token", "<pad>", "--sequence_length", "4", "--overlap_length", "1",
                               "--save_path", cliOut});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(readFileBytes(out), readFileBytes(cliOut));
    QVERIFY(!readFileBytes(out).empty());
    QCOMPARE(readFileBytes(out + ".meta.json"), readFileBytes(cliOut + ".meta.json"));
    QVERIFY(cli.err.endsWith(("; saved to " + cliOut + "\n").toUtf8()));
    QCOMPARE(lm->statusLabel()->text(), QStringLiteral("3 files in 2 recordings, 11 codes -> 8 tokens -> 3 examples; saved to ") + out);
    cli = f.run({"lm-dataset-stats", "--dataset_path", cliOut, "--audio_start_token", "<pad>"});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(lm->statsLabel()->text().toUtf8(), cli.out);
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/export-lm-dataset.png")));

    // And writing again asks first; Cancel leaves the file as it was
    writeFileBytes(out, "kept");
    answerNextConfirmation(QMessageBox::Cancel);
    QTest::mouseClick(lm->runButton(), Qt::LeftButton);
    QCOMPARE(readFileBytes(out), std::string("kept"));
    QVERIFY(!lm->isRunning());
}

void tst_ExportPanel::lmDatasetCancelWritesNothing()
{
    // Given enough codes for a run of a second or more: 600 files of 20000 codes (K=2, S=512)
    QTemporaryDir tmp;
    const QString codes = tmp.filePath("codes");
    QDir().mkpath(codes);
    const QString codec = tmp.filePath("codec");
    makeCodecTokenizer(2, 512, 0xE000, {}).write(codec.toStdString());
    std::mt19937 rng(7);
    std::vector<CodeGrid::Code> values(20000);
    for (int file = 0; file < 600; ++file) {
        for (auto& v : values)
            v = CodeGrid::Code(rng() % 512);
        saveNpyCodes(QString("%1/r%2_c0.npy").arg(codes).arg(file, 3, 10, QChar('0')).toStdString(),
                     CodeGrid(2, 10000, values), NpyDtype::Int16);
    }
    const QString out = tmp.filePath("lm.txt");
    Session session;
    ExportPanel panel(&session);
    LmDatasetSection* lm = panel.datasetSection();
    type(lm->codesField(), codes);
    useFolder(lm->tokenizer(), codec);
    type(lm->outputField(), out);
    QSignalSpy cancelled(lm, &LmDatasetSection::cancelled);
    QSignalSpy finished(lm, &LmDatasetSection::finished);

    // When Cancel is clicked once the job has reported progress
    QTest::mouseClick(lm->runButton(), Qt::LeftButton);
    QVERIFY(lm->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(lm->progressBar()->value() > 0, 20000);
    QVERIFY(lm->progressBar()->value() < lm->progressBar()->maximum());
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(lm->cancelButton(), Qt::LeftButton);

    // Then it stops promptly, says so, and neither the dataset nor its sidecar exists
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 5000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(entries(tmp.path()), QStringList({"codec", "codes"}));
    QCOMPARE(lm->statusLabel()->text(), QStringLiteral("Cancelled; nothing was written."));
    QVERIFY(lm->runButton()->isEnabled());
    QVERIFY(!lm->cancelButton()->isEnabled());
}

void tst_ExportPanel::lmDatasetBadTokenizerSaysWhichFile()
{
    LmFixture f;
    writeUnigramTokenizer(f);
    Session session;
    ExportPanel panel(&session);
    LmDatasetSection* lm = panel.datasetSection();
    QSignalSpy failed(lm, &LmDatasetSection::failed);
    type(lm->outputField(), f.tmp.filePath("lm.txt"));
    const auto runFails = [&](const QString& codes, const QString& tokenizer, const QString& expected) {
        type(lm->codesField(), codes);
        useFolder(lm->tokenizer(), tokenizer);
        const qsizetype before = failed.count();
        QTest::mouseClick(lm->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), before + 1, 20000);
        const QString message = lm->statusLabel()->text();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains('\n'), qPrintable(message));
    };
    runFails(f.codes, f.tmp.filePath("unigram"), f.tmp.filePath("unigram/tokenizer.json"));
    runFails(f.codes, f.tmp.filePath("missing"), f.tmp.filePath("missing"));
    runFails(f.tmp.filePath("nocodes"), f.codec, f.tmp.filePath("nocodes"));
    QCOMPARE(entries(f.tmp.path()), QStringList({"base", "codec", "codes", "unigram"}));
}

namespace {

// The panel's forms: the fields of rows that have a label column, and the labels.
struct FormColumns {
    QList<QWidget*> fields;
    QList<QWidget*> labels;
};

FormColumns formColumns(const ExportPanel& panel)
{
    FormColumns columns;
    for (const QWidget* section : QList<const QWidget*>{panel.saveSection(), panel.extendSection(), panel.datasetSection()}) {
        const auto* form = qobject_cast<const QFormLayout*>(section->layout());
        for (int row = 0; form && row < form->rowCount(); ++row) {
            if (form->itemAt(row, QFormLayout::SpanningRole))
                continue;
            if (const QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole))
                columns.labels.append(label->widget());
            columns.fields.append(form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    return columns;
}

// Shows the panel at the width it asks for, as a dock first opens it; false if it never reached the screen.
bool showAtItsWidth(ExportPanel& panel, int height)
{
    panel.resize(panel.sizeHint().width(), height);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel);
}

} // namespace

void tst_ExportPanel::sectionsFieldsStartAtOneX()
{
    // Given the panel as the studio shows it (three sections, each its own form, with labels of different lengths)
    Session session;
    ExportPanel panel(&session);
    QVERIFY(showAtItsWidth(panel, 900));

    // Then every field of every section starts at one x, and no label is cut
    FormColumns columns = formColumns(panel);
    QCOMPARE(leftEdges(columns.fields, panel).size(), 1);
    QVERIFY(!anyNarrowerThanHinted(columns.labels));

    // When the font grows, the columns follow it: still one x, further right, and no label cut
    const int before = *leftEdges(columns.fields, panel).cbegin();
    QFont larger = panel.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    panel.setFont(larger);
    QTRY_COMPARE(leftEdges(columns.fields, panel).size(), 1); // once the sections have laid themselves out again
    QVERIFY(!anyNarrowerThanHinted(columns.labels));
    QVERIFY(*leftEdges(columns.fields, panel).cbegin() > before);
    QVERIFY(panel.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/export-panel-aligned.png")));
}

void tst_ExportPanel::emptyRowsTakeNoRoom()
{
    // Given the panel before anything was saved, previewed or written (the demo open, its tokenizer as A)
    Session session;
    session.openCodesFile(sourceDir() + QStringLiteral("/resources/demo/codes/speech_c0.npy"));
    session.openTokenizer(0, demoTokenizer());
    QTRY_VERIFY_WITH_TIMEOUT(!session.isTokenizing(0) && !session.tokens(0).empty(), 20000);
    ExportPanel panel(&session);
    QVERIFY(showAtItsWidth(panel, 900));
    SaveTokenizerSection* save = panel.saveSection();
    const auto form = [](const QWidget* section) { return qobject_cast<const QFormLayout*>(section->layout()); };

    // Then no empty status line or conflict list keeps a row, so each section ends at its last button
    QVERIFY(!form(save)->isRowVisible(save->statusLabel()));
    QVERIFY(!form(panel.extendSection())->isRowVisible(panel.extendSection()->statusLabel()));
    QVERIFY(!form(panel.extendSection())->isRowVisible(panel.extendSection()->conflictList()));
    QVERIFY(!form(panel.datasetSection())->isRowVisible(panel.datasetSection()->statusLabel()));
    QVERIFY(!form(panel.datasetSection())->isRowVisible(panel.datasetSection()->statsLabel()));
    const auto gapBelow = [save](const QWidget* widget) {
        return save->contentsRect().bottom() - widget->geometry().bottom();
    };
    const int margin = form(save)->contentsMargins().bottom();
    QCOMPARE(gapBelow(save->saveButton()), margin);

    // When Save is clicked, its message gets a row of its own under the button
    QTemporaryDir tmp;
    type(save->outputField(), tmp.filePath("saved"));
    QTest::mouseClick(save->saveButton(), Qt::LeftButton);
    QVERIFY2(save->statusLabel()->text().startsWith(QStringLiteral("Saved ")), qPrintable(save->statusLabel()->text()));
    QVERIFY(form(save)->isRowVisible(save->statusLabel()));
    QTRY_COMPARE(gapBelow(save->statusLabel()), margin);
    QVERIFY(save->statusLabel()->geometry().top() > save->saveButton()->geometry().bottom());
}

void tst_ExportPanel::narrowPanelScrollsSidewaysInsteadOfCutting()
{
    // Given the panel at the width it asks for
    Session session;
    ExportPanel panel(&session);
    QVERIFY(showAtItsWidth(panel, 600));
    auto* scroll = panel.findChild<QScrollArea*>();
    QVERIFY(scroll);
    QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());

    // When a dock makes it narrower than its fields can shrink
    panel.resize(250, 600);

    // Then it scrolls sideways, and scrolled to the right the Save section's Browse button is in view, whole
    QTRY_VERIFY(scroll->horizontalScrollBar()->isVisible());
    scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
    const auto* browse = panel.saveSection()->outputField()->findChild<QToolButton*>();
    QVERIFY(browse);
    const QRect inViewport(browse->mapTo(scroll->viewport(), QPoint(0, 0)), browse->size());
    QVERIFY2(scroll->viewport()->rect().contains(inViewport),
             qPrintable(QStringLiteral("Browse at x %1..%2, viewport %3 wide")
                            .arg(inViewport.left())
                            .arg(inViewport.right())
                            .arg(scroll->viewport()->width())));
}

void tst_ExportPanel::screenshotFromTheCommandLine()
{
    if (codecbpe::test::studioPath().isEmpty())
        QSKIP("codecbpe-studio is not built");
    const QString png = codecbpe::test::widgetOutputDir() + QStringLiteral("/export-panel-cli.png");
    QCOMPARE(codecbpe::test::panelScreenshot(QStringLiteral("export"), png).exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() < 1000); // the panel, not the window
}

QTEST_MAIN(tst_ExportPanel)
#include "tst_exportpanel.moc"
