// CreatedFolders: the folders a job makes for its output go again when it does not finish, and only those.
#include "common/CreatedFolders.h"
#include "common/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace codecbpe;
namespace fs = std::filesystem;

class TestCreatedFolders : public QObject {
    Q_OBJECT
private slots:
    void removesWhatItMadeUnlessKept()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        const fs::path deep = root / "a" / "b" / "c";
        {
            CreatedFolders made(deep);
            QVERIFY(fs::is_directory(deep));
        }
        QVERIFY(!fs::exists(root / "a"));
        QVERIFY(fs::is_directory(root)); // it was there before: never removed
        {
            CreatedFolders made(deep);
            made.keep();
        }
        QVERIFY(fs::is_directory(deep));
    }

    void leavesFoldersThatExistedOrGainedFiles()
    {
        QTemporaryDir dir;
        const fs::path root = dir.path().toStdString();
        fs::create_directories(root / "old");
        {
            CreatedFolders made(root / "old" / "new" / "inner");
            std::ofstream(root / "old" / "new" / "kept.txt") << "someone else's file";
        }
        QVERIFY(!fs::exists(root / "old" / "new" / "inner"));    // empty: removed
        QVERIFY(fs::exists(root / "old" / "new" / "kept.txt"));  // not empty: stays, with what holds it
        {
            CreatedFolders made(root / "old");
        }
        QVERIFY(fs::is_directory(root / "old"));
    }

    void failureNamesTheFolder()
    {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "file";
        std::ofstream(file) << "a file where a folder must go";
        const fs::path impossible = file / "sub";
        try {
            CreatedFolders made(impossible);
            QFAIL("expected an Error");
        } catch (const Error& e) {
            QCOMPARE(QString::fromStdString(e.path()), QString::fromStdString(impossible.string()));
            QVERIFY(e.reason().find("cannot create the folder") != std::string::npos);
        }
        QVERIFY(fs::is_regular_file(file));
    }
};

QTEST_GUILESS_MAIN(TestCreatedFolders)
#include "tst_createdfolders.moc"
