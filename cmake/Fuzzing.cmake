# The fuzz targets (tests/fuzz) and the CTest tests that replay their regression inputs. With DEMETRA_FUZZ the targets
# are libFuzzer binaries; otherwise each is built with a small replay main() so every tree replays the regressions.
add_subdirectory(${PROJECT_SOURCE_DIR}/tests/fuzz ${PROJECT_BINARY_DIR}/tests/fuzz)

# demetra_sanitizer_suite: core, the CLI and the core and CLI test executables (what the asan preset builds and runs).
set(_demetra_suite demetra-cli)
foreach(_dir tests/core tests/cli)
    get_property(_tests DIRECTORY ${PROJECT_SOURCE_DIR}/${_dir} PROPERTY TESTS)
    foreach(_t ${_tests})
        if(NOT TARGET ${_t})
            continue()
        endif()
        # Only what needs core and the CLI: a test that needs the desktop app or the UI (test_package) is left out.
        get_target_property(_links ${_t} LINK_LIBRARIES)
        get_target_property(_deps ${_t} MANUALLY_ADDED_DEPENDENCIES)
        if(NOT "demetra" IN_LIST _deps AND NOT "demetra_ui" IN_LIST _links AND NOT "demetra_ui" IN_LIST _deps)
            list(APPEND _demetra_suite ${_t})
        endif()
    endforeach()
endforeach()
add_custom_target(demetra_sanitizer_suite DEPENDS ${_demetra_suite})
