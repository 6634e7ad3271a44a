# Fails when a translation file has an unfinished or missing message: both languages must be
# complete. Run as: cmake -DLRELEASE=... -DTS_FILE=... -DQM_FILE=... -P CheckTranslation.cmake
execute_process(COMMAND ${LRELEASE} ${TS_FILE} -qm ${QM_FILE}
    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lrelease failed on ${TS_FILE}:\n${output}")
endif()
if(NOT output MATCHES "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and 0 unfinished\\)")
    message(FATAL_ERROR "${TS_FILE} is incomplete:\n${output}")
endif()
if(NOT CMAKE_MATCH_1 EQUAL CMAKE_MATCH_2)
    message(FATAL_ERROR "${TS_FILE}: only ${CMAKE_MATCH_2} of ${CMAKE_MATCH_1} messages finished")
endif()
message(STATUS "${TS_FILE}: ${CMAKE_MATCH_1} messages, all translated")
