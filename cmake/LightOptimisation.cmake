# Code that only drives the engine — the CLI's commands and the test suites — spends its run time inside the
# engine's libraries, which keep the build type's -O3. Its own bulk is inline code from headers (CLI11, Qt Test,
# nlohmann/json) that -O3 optimises in every file for nothing: at -O1 a CLI command compiles in 7.6 s instead of
# 13.3 s and a widget test in 9.6 s instead of 13.9 s (gcc 12). The precompiled headers these targets share with
# -O3 targets stay valid (both define __OPTIMIZE__; gcc's -Winvalid-pch would say otherwise).
function(codecbpe_optimise_lightly target)
  target_compile_options(${target} PRIVATE $<$<CONFIG:Release>:-O1>)
endfunction()
