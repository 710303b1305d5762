// The one source of a precompiled-header host target (cmake/PrecompiledHeaders.cmake): the target exists to build
// the shared precompiled header, which needs a file to compile.
