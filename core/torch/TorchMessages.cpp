#include "torch/TorchMessages.h"

#include <cctype>
#include <sstream>

namespace codecbpe {

namespace {

std::string trimmed(const std::string& line)
{
    const auto begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos)
        return {};
    return line.substr(begin, line.find_last_not_of(" \t\r") - begin + 1);
}

std::string firstLine(const std::string& message)
{
    std::istringstream lines(message);
    for (std::string line; std::getline(lines, line);) {
        if (auto text = trimmed(line); !text.empty())
            return text;
    }
    return "unknown error";
}

bool isOperatorNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '.';
}

} // namespace

std::string unknownOperatorIn(const std::string& message)
{
    static const std::string marker = "Unknown builtin op: ";
    const auto at = message.find(marker);
    if (at == std::string::npos)
        return {};
    auto end = at + marker.size();
    while (end < message.size() && isOperatorNameChar(message[end]))
        ++end;
    std::string name = message.substr(at + marker.size(), end - at - marker.size());
    // The message ends the sentence with a full stop right after the name.
    while (!name.empty() && name.back() == '.')
        name.pop_back();
    return name;
}

std::string describeLoadFailure(const std::string& message, const std::string& libtorchVersion)
{
    if (const std::string op = unknownOperatorIn(message); !op.empty())
        return op + " is not in this libtorch (" + libtorchVersion +
               "); re-export without it (see tools/export_codec.py --help and the README)";
    if (message.find("maximum supported version for reading") != std::string::npos)
        return "the archive's file format is newer than this libtorch (" + libtorchVersion +
               ") reads: " + firstLine(message);
    return "cannot load the TorchScript module: " + firstLine(message);
}

std::string summarizeTorchError(const std::string& message)
{
    static const std::string marker = "RuntimeError: ";
    if (const auto at = message.rfind(marker); at != std::string::npos)
        return firstLine(message.substr(at + marker.size()));
    return firstLine(message);
}

} // namespace codecbpe
