#include "codecs/CodecRegistry.h"

#include "codecs/CodecPlugins.h"
#include "common/Error.h"

#include <algorithm>

namespace codecbpe {

void CodecRegistry::add(std::string family, std::vector<std::string> examples, Matcher matches, Factory create)
{
    std::lock_guard lock(m_mutex);
    m_entries.insert(m_entries.begin(),
                     Entry{std::move(family), std::move(examples), std::move(matches), std::move(create), {}});
}

void CodecRegistry::addFromPlugin(std::string family, std::vector<std::string> examples, Matcher matches,
                                  std::string plugin)
{
    std::lock_guard lock(m_mutex);
    m_entries.insert(m_entries.begin(),
                     Entry{std::move(family), std::move(examples), std::move(matches), {}, std::move(plugin)});
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

std::unique_ptr<Codec> CodecRegistry::create(const CodecOptions& options)
{
    // Each round either finds a factory or loads a plugin, which drops the families waiting for it: this ends.
    for (;;) {
        Factory factory;
        std::string plugin;
        {
            std::lock_guard lock(m_mutex);
            const auto match = std::find_if(m_entries.begin(), m_entries.end(),
                                            [&](const Entry& e) { return e.matches(options.codecModel); });
            if (match != m_entries.end()) {
                factory = match->create;
                plugin = match->plugin;
            }
        }
        if (factory)
            return factory(options);
        if (plugin.empty())
            break;
        loadPlugin(plugin);
    }
    std::string known;
    for (const auto& name : examples())
        known += (known.empty() ? "" : ", ") + name;
    throw Error(options.codecModel, "unknown codec model (available: " + known + ")");
}

void CodecRegistry::loadPlugin(const std::string& plugin)
{
    std::lock_guard loading(m_pluginMutex);
    const auto waitsForPlugin = [&](const Entry& e) { return e.plugin == plugin; };
    {
        std::lock_guard lock(m_mutex);
        if (std::none_of(m_entries.begin(), m_entries.end(), waitsForPlugin))
            return;
    }
    // The entry point calls add(), which takes m_mutex: it must not be held here.
    loadCodecPlugin(codecPluginFile(plugin), *this);
    std::lock_guard lock(m_mutex);
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(), waitsForPlugin), m_entries.end());
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
