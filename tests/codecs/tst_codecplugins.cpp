// Tests codec plugins (CodecPlugins, CodecRegistry::addFromPlugin) with codecbpe_fake_plugin.so: a family is matched
// without its plugin, the plugin is loaded once on the first creation and takes over, and every way a plugin can
// be missing or broken gives one line naming its file.
#include "TestSupport.h"
#include "codecs/CodecPlugins.h"
#include "codecs/CodecRegistry.h"
#include "common/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <dlfcn.h>

#include <filesystem>
#include <fstream>
#include <thread>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {

const std::string kPlugin = "codecbpe_fake_plugin";

fs::path pluginDir() { return FAKE_PLUGIN_DIR; }

bool isLoaded(const fs::path& file)
{
    void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_NOLOAD);
    if (handle != nullptr)
        dlclose(handle);
    return handle != nullptr;
}

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A registry whose "fake" family waits for the plugin, as CodecRegistry::instance() holds the torchscript one.
void addWaitingFamily(CodecRegistry& registry, const std::string& suffix = ".fake")
{
    registry.addFromPlugin(
        "fake", {"waiting" + suffix}, [suffix](const std::string& model) { return endsWith(model, suffix); }, kPlugin);
}

Error errorOf(CodecRegistry& registry, const std::string& model)
{
    try {
        registry.create(model);
    } catch (const Error& e) {
        return e;
    }
    return Error("no error");
}

} // namespace

class TstCodecPlugins : public QObject {
    Q_OBJECT

private slots:
    void init() { qputenv(kCodecPluginDirVariable, QByteArray::fromStdString(pluginDir().string())); }
    void cleanup() { qunsetenv(kCodecPluginDirVariable); }

    void pluginFileComesFromTheVariableElseTheBuildTree()
    {
        QCOMPARE(codecPluginFile("x"), pluginDir() / "x.so");
        qunsetenv(kCodecPluginDirVariable);
        // This test's folder holds no plugin, so the build tree's plugin folder is the answer.
        QCOMPARE(codecPluginFile("x"), fs::path(test::binaryDir().toStdString()) / "plugins" / "x.so");
        qputenv(kCodecPluginDirVariable, "");
        QCOMPARE(codecPluginFile("x"), fs::path(test::binaryDir().toStdString()) / "plugins" / "x.so");
    }

    // Runs first among the loading tests: nothing has loaded the plugin into this process yet.
    void matchingNeedsNoPluginAndCreatingLoadsIt()
    {
        const fs::path file = pluginDir() / (kPlugin + ".so");
        QVERIFY(fs::is_regular_file(file));
        CodecRegistry registry;
        addWaitingFamily(registry);
        QVERIFY(registry.canCreate("a.fake"));
        QVERIFY(!registry.canCreate("a.other"));
        QCOMPARE(registry.examples(), std::vector<std::string>{"waiting.fake"});
        QVERIFY(!isLoaded(file));

        const auto codec = registry.create("dir/a.fake");
        QVERIFY(isLoaded(file));
        QCOMPARE(codec->info().codecType, std::string("fake-plugin"));
        QCOMPARE(codec->info().codecModel, std::string("dir/a.fake"));
        QCOMPARE(codec->encode(std::vector<float>(3)).numFrames(), std::int64_t(3));
        // The plugin's family replaced the waiting one.
        QCOMPARE(registry.examples(), std::vector<std::string>{"plugin.fake"});
        QCOMPARE(registry.create("b.fake")->info().codecModel, std::string("b.fake"));
    }

    void concurrentCreationsLoadThePluginOnce()
    {
        CodecRegistry registry;
        addWaitingFamily(registry);
        std::vector<std::thread> threads;
        std::vector<std::string> types(4);
        for (std::size_t i = 0; i < types.size(); ++i)
            threads.emplace_back([&, i] { types[i] = registry.create(std::to_string(i) + ".fake")->info().codecType; });
        for (auto& t : threads)
            t.join();
        QCOMPARE(types, std::vector<std::string>(4, "fake-plugin"));
        // One call of the entry point: one "fake" family.
        QCOMPARE(registry.examples(), std::vector<std::string>{"plugin.fake"});
    }

    // The plugin's Error is its own hidden copy of the class; the program must still catch it as Error.
    void errorsThrownInThePluginAreCaughtAsError()
    {
        CodecRegistry registry;
        addWaitingFamily(registry);
        const Error e = errorOf(registry, "bad.fake");
        QCOMPARE(e.path(), std::string("bad.fake"));
        QCOMPARE(e.reason(), std::string("refused by the plugin"));
    }

    void aPluginWithoutTheFamilyLeavesTheModelUnknown()
    {
        CodecRegistry registry;
        addWaitingFamily(registry, ".other");
        const Error e = errorOf(registry, "a.other");
        QCOMPARE(QString::fromStdString(e.path()), QStringLiteral("a.other"));
        QVERIFY2(QString(e.what()).contains("unknown codec model (available: plugin.fake)"), e.what());
        QVERIFY(!registry.canCreate("a.other"));
    }

    void missingPluginNamesTheFileAndIsRetried()
    {
        QTemporaryDir empty;
        qputenv(kCodecPluginDirVariable, empty.path().toUtf8());
        CodecRegistry registry;
        addWaitingFamily(registry);
        const Error e = errorOf(registry, "a.fake");
        const std::string file = empty.path().toStdString() + "/" + kPlugin + ".so";
        QCOMPARE(e.path(), file);
        QCOMPARE(QString(e.what()), QString::fromStdString(
                                        file + ": cannot load the codec plugin: cannot open shared object file: "
                                               "No such file or directory"));
        QVERIFY(registry.canCreate("a.fake"));

        qputenv(kCodecPluginDirVariable, QByteArray::fromStdString(pluginDir().string()));
        QCOMPARE(registry.create("a.fake")->info().codecType, std::string("fake-plugin"));
    }

    void brokenPluginsNameTheFile_data()
    {
        QTest::addColumn<QString>("content");   // "text:..." writes the text, "link:..." links to the file
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a library") << "text:" + QString(100, 'x') << "cannot load the codec plugin: invalid ELF header";
        QTest::newRow("library without entry point")
            << "link:" + QString::fromStdString(fs::canonical("/lib/x86_64-linux-gnu/libz.so.1").string())
            << "not a codec plugin: it exports no codecbpe_register_codecs";
    }

    void brokenPluginsNameTheFile()
    {
        QFETCH(QString, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const std::string file = dir.filePath(QString::fromStdString(kPlugin + ".so")).toStdString();
        if (content.startsWith("text:"))
            std::ofstream(file) << content.mid(5).toStdString();
        else
            fs::create_symlink(content.mid(5).toStdString(), file);
        qputenv(kCodecPluginDirVariable, dir.path().toUtf8());
        CodecRegistry registry;
        addWaitingFamily(registry);
        const Error e = errorOf(registry, "a.fake");
        QCOMPARE(e.path(), file);
        QCOMPARE(QString::fromStdString(e.reason()), reason);
        QVERIFY(!QString(e.what()).contains('\n'));
    }
};

QTEST_GUILESS_MAIN(TstCodecPlugins)
#include "tst_codecplugins.moc"
