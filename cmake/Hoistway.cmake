# Helpers shared by every module's CMakeLists.txt.

set(HOISTWAY_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)

function(hoistway_apply_common target)
  target_compile_options(${target} PRIVATE ${HOISTWAY_WARNINGS})
  if(HOISTWAY_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# hoistway_precompile(TARGET <header>...): the heaviest third-party headers
# (CLI11, nlohmann/json, GoogleTest: seconds each per file, more under the
# sanitizers) parsed once per target instead of once per file. Build time
# only: every file still includes what it uses.
function(hoistway_precompile target)
  if(HOISTWAY_PCH)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()

# hoistway_module(NAME SOURCES a.cc b.cc DEPS other libs)
# Defines the static library hoistway_NAME with src/ as its include root.
function(hoistway_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(hoistway_${name} STATIC ${ARG_SOURCES})
  target_include_directories(hoistway_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(hoistway_${name} PUBLIC ${ARG_DEPS})
  hoistway_apply_common(hoistway_${name})
  if(HOISTWAY_SANITIZE)
    target_link_options(hoistway_${name} INTERFACE -fsanitize=address,undefined)
  endif()
  if("nlohmann_json::nlohmann_json" IN_LIST ARG_DEPS)
    hoistway_precompile(hoistway_${name} <nlohmann/json.hpp>)
  endif()
endfunction()

# hoistway_module_tests(NAME SOURCES a_test.cc DEPS ...)
# One test binary per module (NAME_tests), registered with CTest; test data
# paths are resolved relative to HOISTWAY_SOURCE_DIR, given to the binary.
function(hoistway_module_tests name)
  if(NOT HOISTWAY_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name}_tests ${ARG_SOURCES})
  target_link_libraries(${name}_tests PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name}_tests PRIVATE HOISTWAY_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  target_include_directories(${name}_tests PRIVATE ${PROJECT_SOURCE_DIR})
  hoistway_apply_common(${name}_tests)
  hoistway_precompile(${name}_tests <gtest/gtest.h>)
  add_test(NAME ${name}_tests COMMAND ${name}_tests --gtest_brief=1)
  set_tests_properties(${name}_tests PROPERTIES LABELS unit)
endfunction()
