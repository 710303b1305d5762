// CodecRegistry::instance() in a file of its own, so that a codec plugin, which links this module for add(), holds
// neither a registry singleton of its own nor the built-in codecs (tst_torchplugin checks its symbols).
#include "codecs/CodecRegistry.h"

#include "codecs/Codec2Codec.h"
#include "codecs/TorchScriptFamilies.h"

namespace codecbpe {

CodecRegistry& CodecRegistry::instance()
{
    static CodecRegistry registry;
    static const bool builtInsRegistered =
        (Codec2Codec::registerIn(registry), registerTorchScriptFamilies(registry), true);
    (void)builtInsRegistered;
    return registry;
}

} // namespace codecbpe
