# Sanitizer build (issue 9): DEMETRA_SANITIZE=ON compiles and links everything with AddressSanitizer and
# UndefinedBehaviorSanitizer; DEMETRA_FUZZ=ON (clang only) also instruments the code for libFuzzer and builds the fuzz
# targets in tests/fuzz. The `asan` preset in CMakePresets.json turns both on in build-asan/.
option(DEMETRA_SANITIZE "Build with -fsanitize=address,undefined" OFF)
option(DEMETRA_FUZZ "Instrument for libFuzzer and build the fuzz targets (clang)" OFF)

if(DEMETRA_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "DEMETRA_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

if(DEMETRA_SANITIZE)
    # halt on the first undefined behaviour instead of printing and carrying on; frame pointers for readable stacks.
    set(DEMETRA_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # clang names some GCC-only warnings (-Wshadow=local) unknown; the GCC tree is the one checking them.
        list(APPEND DEMETRA_SANITIZER_FLAGS -Wno-unknown-warning-option)
    endif()
    add_compile_options(${DEMETRA_SANITIZER_FLAGS})
    add_link_options(-fsanitize=address,undefined)
    if(DEMETRA_FUZZ)
        # Coverage instrumentation without libFuzzer's main(): the tests keep their own main, the fuzz targets add
        # -fsanitize=fuzzer at link time.
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
    message(STATUS "Demetra: sanitizers on (${DEMETRA_SANITIZER_FLAGS}), fuzzing ${DEMETRA_FUZZ}")
endif()
