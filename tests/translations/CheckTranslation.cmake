# Fails when a translation file misses a message of today's sources or leaves one unfinished:
# both languages must be complete. lupdate runs over a copy, so the checked-in file is not touched.
# Run as: cmake -DLUPDATE=... -DLRELEASE=... -DSOURCE_DIR=... -DTS_FILE=... -DWORK_DIR=...
#         -P CheckTranslation.cmake
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${name})
file(COPY_FILE ${TS_FILE} ${copy})
execute_process(COMMAND ${LUPDATE} -silent ${SOURCE_DIR}/src ${SOURCE_DIR}/ui -ts ${copy}
    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on a copy of ${TS_FILE}:\n${output}")
endif()
execute_process(COMMAND ${LRELEASE} ${copy} -qm ${WORK_DIR}/check.qm
    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${copy}:\n${output}")
endif()
if(NOT output MATCHES "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and ([0-9]+) unfinished\\)")
    message(FATAL_ERROR "${TS_FILE}: lrelease said:\n${output}")
endif()
set(untranslated 0)
if(output MATCHES "Ignored ([0-9]+) untranslated")
    set(untranslated ${CMAKE_MATCH_1})
endif()
string(REGEX MATCH "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and ([0-9]+) unfinished\\)" _ "${output}")
if(NOT untranslated EQUAL 0 OR NOT CMAKE_MATCH_3 EQUAL 0 OR NOT CMAKE_MATCH_1 EQUAL CMAKE_MATCH_2)
    message(FATAL_ERROR "${TS_FILE} is incomplete: ${untranslated} of today's messages have no "
        "translation (see the entries marked unfinished in ${copy}).\n"
        "Run: lupdate src ui -ts translations/jalaseh_fa.ts translations/jalaseh_en.ts, "
        "then translate them.")
endif()
message(STATUS "${TS_FILE}: ${CMAKE_MATCH_1} messages, all translated")
