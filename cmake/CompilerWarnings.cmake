# Warnings for every target of the project (not for third-party headers, which come in as -isystem).
function(codecbpe_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wcast-align -Woverloaded-virtual)
endfunction()
