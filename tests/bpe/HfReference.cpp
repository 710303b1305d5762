#include "HfReference.h"

#include "TestSupport.h"

namespace codecbpe::test {

bool HfReference::run(const QString& program, const QStringList& args, QByteArray* out)
{
    const ProcessResult r = runProcess(program, args, {}, 600000, m_dir);
    if (r.exitCode != 0) {
        m_error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(" failed (") +
                  QString::number(r.exitCode) + QStringLiteral("): ") + QString::fromUtf8(r.err.right(2000)) +
                  QString::fromUtf8(r.out.right(2000));
        return false;
    }
    if (out)
        *out = r.out;
    return true;
}

bool HfReference::generateCorpus(const QString& out, int chars, int seed, const QStringList& extra)
{
    return run(debianPython(), QStringList{m_dir + QStringLiteral("/gen_corpus.py"), out, QStringLiteral("--chars"),
                                           QString::number(chars), QStringLiteral("--seed"), QString::number(seed)} +
                                   extra);
}

bool HfReference::train(const QString& corpus, const QString& outDir, int vocabSize, const QStringList& options)
{
    return run(QStringLiteral("node"), QStringList{m_dir + QStringLiteral("/train.js"), corpus,
                                                   outDir + QStringLiteral("/tokenizer.json"),
                                                   QString::number(vocabSize)} +
                                           options);
}

bool HfReference::encode(const QString& tokenizerJson, const QString& textFile,
                         std::vector<std::vector<std::uint32_t>>& ids)
{
    QByteArray out;
    if (!run(QStringLiteral("node"), {m_dir + QStringLiteral("/encode.js"), tokenizerJson, textFile}, &out))
        return false;
    ids.clear();
    for (const QByteArray& line : out.split('\n')) {
        ids.emplace_back();
        for (const QByteArray& id : line.split(' '))
            if (!id.isEmpty())
                ids.back().push_back(id.toUInt());
    }
    ids.pop_back(); // after the last '\n'
    return true;
}

bool HfReference::resave(const QString& in, const QString& out)
{
    const QString script = QStringLiteral("const tk = require(process.argv[1] + '/node_modules/tokenizers');"
                                          "tk.Tokenizer.fromFile(process.argv[2]).save(process.argv[3], true);");
    return run(QStringLiteral("node"), {QStringLiteral("-e"), script, m_dir, in, out});
}

bool HfReference::compare(const QString& a, const QString& b)
{
    return run(QStringLiteral("node"), {m_dir + QStringLiteral("/compare.js"), a, b});
}

} // namespace codecbpe::test
