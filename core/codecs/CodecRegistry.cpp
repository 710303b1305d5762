#include "codecs/CodecRegistry.h"

#include "codecs/Codec2Codec.h"
#include "common/Error.h"

namespace codecbpe {

CodecRegistry& CodecRegistry::instance()
{
    static CodecRegistry registry;
    static const bool builtInsRegistered = (Codec2Codec::registerIn(registry), true);
    (void)builtInsRegistered;
    return registry;
}

void CodecRegistry::add(std::string family, std::vector<std::string> examples, Matcher matches, Factory create)
{
    std::lock_guard lock(m_mutex);
    m_entries.insert(m_entries.begin(),
                     Entry{std::move(family), std::move(examples), std::move(matches), std::move(create)});
}

bool CodecRegistry::canCreate(const std::string& codecModel) const
{
    std::lock_guard lock(m_mutex);
    for (const auto& e : m_entries) {
        if (e.matches(codecModel))
            return true;
    }
    return false;
}

std::unique_ptr<Codec> CodecRegistry::create(const CodecOptions& options) const
{
    Factory factory;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& e : m_entries) {
            if (e.matches(options.codecModel)) {
                factory = e.create;
                break;
            }
        }
    }
    if (!factory) {
        std::string known;
        for (const auto& name : examples())
            known += (known.empty() ? "" : ", ") + name;
        throw Error(options.codecModel, "unknown codec model (available: " + known + ")");
    }
    return factory(options);
}

std::vector<std::string> CodecRegistry::examples() const
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> out;
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        out.insert(out.end(), it->examples.begin(), it->examples.end());
    return out;
}

} // namespace codecbpe
