// Tests of the Train panel's option fields: a codes folder fills the codec fields from codec_info.json, the
// defaults are the CLI's, and typed values are checked with the trainer's messages (vocab_size too small names
// the minimum). PNG grabs go to test-output/widgets.
#include "widgets/TrainOptionsForm.h"

#include "StudioTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace codecbpe;
using namespace codecbpe::widgets;

namespace {
void typeInto(QSpinBox* box, const QString& text)
{
    box->selectAll();
    QTest::keyClicks(box, text);
}
} // namespace

class tst_TrainForm : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { codecbpe::test::isolateStudioSettings(); }
    void codesFolderFillsTheCodecAndFieldsAreChecked();
};

void tst_TrainForm::codesFolderFillsTheCodecAndFieldsAreChecked()
{
    // Given the form with no folder chosen: it asks for one
    TrainOptionsForm form;
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(form.problem(), QStringLiteral("Choose a folder of codes."));
    QCOMPARE(form.vocabSizeBox()->value(), 30000);
    QCOMPARE(form.minFrequencyBox()->value(), 2);
    QVERIFY(!form.options().maxTokenCodebookNgrams);
    QVERIFY(!form.options().chunkSizeSecs);

    // When the demo codes folder is chosen
    QSignalSpy validity(&form, &TrainOptionsForm::validityChanged);
    form.setCodesFolder(codecbpe::test::sourceDir() + QStringLiteral("/resources/demo/codes"));
    // Then its codec_info.json fills K, the codebook size and the framerate, and the form asks for a pad token
    // (no default, as in the CLI)
    QCOMPARE(form.numCodebooksBox()->value(), 4);
    QCOMPARE(form.codebookSizeBox()->value(), 512);
    QCOMPARE(form.framerateBox()->value(), 25.0);
    QVERIFY2(form.problem().startsWith(QStringLiteral("Either pad_token or eos_token should be set")),
             qPrintable(form.problem()));

    // When the user types a pad token, the defaults are valid
    QTest::keyClicks(form.padTokenEdit(), QStringLiteral("<pad>"));
    QCOMPARE(form.problem(), QString());
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toString(), QString());

    // When the user types a vocabulary smaller than the base alphabet (4 x 512 codes) plus the pad token
    typeInto(form.vocabSizeBox(), QStringLiteral("100"));
    // Then the form says the minimum, as the trainer does
    QVERIFY2(form.problem().contains(QStringLiteral("must be at least 2049")), qPrintable(form.problem()));
    QVERIFY(form.problemLabel()->isVisible());
    form.resize(560, form.heightForWidth(560));
    QVERIFY(form.grab().save(codecbpe::test::widgetOutputDir() + QStringLiteral("/train-form.png")));

    // When the user fixes it and limits tokens to 2 codebook n-grams and 30 s chunks
    typeInto(form.vocabSizeBox(), QStringLiteral("2200"));
    typeInto(form.ngramsBox(), QStringLiteral("2"));
    form.chunkSecondsBox()->setValue(30.0);
    // Then the options are those typed, and valid
    QCOMPARE(form.problem(), QString());
    QVERIFY(!form.problemLabel()->isVisible());
    const TrainerOptions options = form.options();
    QCOMPARE(options.vocabSize, std::int64_t(2200));
    QCOMPARE(options.padToken, std::optional<std::string>("<pad>"));
    QCOMPARE(options.maxTokenCodebookNgrams, std::optional<int>(2));
    QCOMPARE(options.chunkSizeSecs, std::optional<double>(30.0));
    QCOMPARE(options.codecFramerate, std::optional<double>(25.0));

    // And a folder that does not exist is refused
    form.folderEdit()->setText(QStringLiteral("/nonexistent/codes"));
    QCOMPARE(form.problem(), QStringLiteral("Choose a folder of codes."));
}

QTEST_MAIN(tst_TrainForm)
#include "tst_trainform.moc"
