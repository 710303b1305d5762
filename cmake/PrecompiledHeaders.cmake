# Precompiled headers for the heavy third-party headers most files include. Qt's umbrella headers, CLI11 and
# nlohmann/json take 3-9 s each to parse, more than the code of most of our files, so without this every test
# and every CLI command re-parses them; precompiled, they are parsed once per build.
#
# Targets share a header precompiled once by a small host target (REUSE_FROM). A precompiled header is only valid
# where every macro it was built with is defined the same way, and clang fails the build when one differs (gcc
# warns and parses the headers instead). So each host links exactly the Qt modules whose QT_*_LIB
# macros all of its users also get, and defines nothing else; users may define more (the tests' own paths), since
# those macros do not appear in the shared headers. Targets that take other flags (libtorch's _GLIBCXX_USE_CXX11_ABI)
# stay out.
#
# -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON turns them off: for clang-tidy over a gcc build (it cannot read gcc's .gch
# files) or to check that every file includes what it uses.

# codecbpe_add_precompiled_header_host(host HEADERS <h> ... LIBS lib ...)
function(codecbpe_add_precompiled_header_host host)
  cmake_parse_arguments(ARG "" "" "HEADERS;LIBS" ${ARGN})
  add_library(${host} OBJECT EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/cmake/pch/Host.cpp)
  target_link_libraries(${host} PRIVATE ${ARG_LIBS})
  target_precompile_headers(${host} PRIVATE ${ARG_HEADERS})
  codecbpe_set_warnings(${host})
endfunction()

# codecbpe_use_precompiled_headers(target host): target's files start from host's precompiled headers.
# gcc warns when it cannot use them (clang stops with an error).
function(codecbpe_use_precompiled_headers target host)
  target_precompile_headers(${target} REUSE_FROM ${host})
  target_compile_options(${target} PRIVATE $<$<CXX_COMPILER_ID:GNU>:-Winvalid-pch>)
endfunction()

set(codecbpe_std_headers <algorithm> <cmath> <cstdint> <filesystem> <fstream> <functional> <memory> <optional>
                         <string> <utility> <vector>)

if(CODECBPE_BUILD_TESTS)
  # Every test suite: QtCore (which <QtTest> includes whole) and nlohmann/json. Not <QtTest> itself: it reads the
  # QT_TESTCASE_BUILDDIR/SOURCEDIR macros, which differ from one test folder to the next.
  codecbpe_add_precompiled_header_host(codecbpe_pch_qtcore
    HEADERS <QtCore/QtCore> <nlohmann/json.hpp> <random> ${codecbpe_std_headers}
    LIBS Qt6::Core nlohmann_json::nlohmann_json)
endif()

if(CODECBPE_BUILD_STUDIO)
  # The studio's views and their tests: QtCore and the QtGui / QtWidgets classes most of them use.
  codecbpe_add_precompiled_header_host(codecbpe_pch_qtwidgets
    HEADERS <QtCore/QtCore> <QtConcurrent/QtConcurrent> <QtGui/QPainter> <QtGui/QMouseEvent>
            <QtWidgets/QApplication> <QtWidgets/QWidget> <QtWidgets/QLabel> <QtWidgets/QBoxLayout>
            <QtWidgets/QFormLayout> <QtWidgets/QPushButton> <QtWidgets/QLineEdit> <QtWidgets/QSpinBox>
            <QtWidgets/QComboBox> <QtWidgets/QCheckBox> <QtWidgets/QProgressBar> <QtWidgets/QGroupBox>
            <QtWidgets/QFileDialog> ${codecbpe_std_headers}
    LIBS Qt6::Widgets Qt6::Concurrent)
endif()
