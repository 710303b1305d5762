# Warnings for every target of the project (not for third-party headers, which come in as -isystem).
function(codecbpe_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wcast-align -Woverloaded-virtual)
  # Qt Test's QSKIP(message) leaves its variadic part empty, which clang's -Wpedantic reports at every use.
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
  endif()
endfunction()
