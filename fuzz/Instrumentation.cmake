# Instruments every target of a fuzzing build (CODECBPE_BUILD_FUZZERS=ON) for libFuzzer's coverage feedback and
# with AddressSanitizer + UndefinedBehaviorSanitizer, so the harnesses in fuzz/ see into the core libraries.
# Included from the top-level CMakeLists.txt before any target is defined.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "CODECBPE_BUILD_FUZZERS needs clang (libFuzzer): configure with the 'fuzz' preset "
                      "or -DCMAKE_CXX_COMPILER=clang++")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)
