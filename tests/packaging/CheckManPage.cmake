# cmake -DSOURCE_DIR=<repo> -DVERSION=<x.y.z> -P CheckManPage.cmake
# docs/cli.md is where the commands are described; the manual page and the bash completion
# (packaging/) repeat them by hand. Fails naming each command or option of docs/cli.md missing
# from either, and an AppStream metainfo whose newest release is not the project's version.
cmake_minimum_required(VERSION 3.25)
file(READ ${SOURCE_DIR}/docs/cli.md cli)
file(READ ${SOURCE_DIR}/packaging/jalaseh.1.in man)
file(READ ${SOURCE_DIR}/packaging/jalaseh.bash-completion completion)
set(problems "")

# The commands: the headings "## `export minutes`: ...".
string(REGEX MATCHALL "\n## `[a-z ]+`" headings "${cli}")
if(NOT headings)
    message(FATAL_ERROR "docs/cli.md has no command headings (## `command`: ...)")
endif()
foreach(heading IN LISTS headings)
    string(REGEX REPLACE "\n## `([a-z ]+)`" "\\1" command "${heading}")
    if(NOT man MATCHES "\n\\.SS \"?${command}\"?\n")
        list(APPEND problems "the manual page has no section (.SS) for `${command}`")
    endif()
    string(REPLACE " " ";" words "${command}")
    foreach(word IN LISTS words)
        if(NOT completion MATCHES "[ '\"]${word}[ '\"*)]")
            list(APPEND problems "the bash completion does not offer `${word}` (of `${command}`)")
        endif()
    endforeach()
endforeach()

# The options: every --name in the usage lines (indented lines of jalaseh and their
# continuations).
string(REGEX MATCHALL "\n    ( +|jalaseh)[^\n]*" usages "${cli}")
set(options "")
foreach(line IN LISTS usages)
    string(REGEX MATCHALL "--[a-z][a-z-]*" found "${line}")
    list(APPEND options ${found})
endforeach()
list(REMOVE_DUPLICATES options)
foreach(option IN LISTS options)
    string(REPLACE "-" "\\\\-" escaped "${option}")
    if(NOT man MATCHES "${escaped}")
        list(APPEND problems "the manual page does not mention ${option}")
    endif()
    if(NOT completion MATCHES "${option}" AND NOT option STREQUAL "--db=")
        list(APPEND problems "the bash completion does not offer ${option}")
    endif()
endforeach()

file(READ ${SOURCE_DIR}/packaging/ir.jalaseh.Jalaseh.metainfo.xml metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    list(APPEND problems "the newest release in the metainfo is ${CMAKE_MATCH_1}, the project's "
        "version ${VERSION} (CMakeLists.txt): add a <release> for it")
endif()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "packaging/ is out of step with docs/cli.md:\n  ${text}")
endif()
list(LENGTH headings commands)
list(LENGTH options count)
message(STATUS "${commands} commands and ${count} options of docs/cli.md are in the manual page")
