# cmake -DBINARY_DIR=<build> -DWORK_DIR=<scratch> -DVERSION=<x.y.z> -P CheckInstall.cmake
# Installs the build into WORK_DIR/root and runs the installed program from WORK_DIR/elsewhere,
# a folder with nothing of the source or build trees, with a home of its own.
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${WORK_DIR})
set(root ${WORK_DIR}/root)
set(elsewhere ${WORK_DIR}/elsewhere)
file(MAKE_DIRECTORY ${elsewhere}/home)
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${root}
    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(id ir.jalaseh.Jalaseh)
foreach(file
        bin/jalaseh
        share/applications/${id}.desktop
        share/metainfo/${id}.metainfo.xml
        share/mime/packages/${id}.xml
        share/icons/hicolor/scalable/apps/${id}.svg
        share/icons/hicolor/48x48/apps/${id}.png
        share/icons/hicolor/256x256/apps/${id}.png
        share/man/man1/jalaseh.1.gz
        share/bash-completion/completions/jalaseh
        share/doc/jalaseh/copyright)
    if(NOT EXISTS ${root}/${file})
        message(FATAL_ERROR "cmake --install did not install ${file}")
    endif()
endforeach()

# Runs the installed program with `ARGN` in `elsewhere`; sets out, err and code in the caller.
function(run_installed)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env HOME=${elsewhere}/home
            XDG_DATA_HOME=${elsewhere}/home/data XDG_CONFIG_HOME=${elsewhere}/home/config
            LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
            ${root}/bin/jalaseh ${ARGN}
        WORKING_DIRECTORY ${elsewhere}
        OUTPUT_VARIABLE o ERROR_VARIABLE e RESULT_VARIABLE c)
    if(NOT c EQUAL 0)
        message(FATAL_ERROR "jalaseh ${ARGN} (installed) exited with ${c}:\n${o}\n${e}")
    endif()
    set(out "${o}" PARENT_SCOPE)
endfunction()

run_installed(--version)
if(NOT out STREQUAL "jalaseh ${VERSION}\n")
    message(FATAL_ERROR "jalaseh --version said \"${out}\", not \"jalaseh ${VERSION}\"")
endif()
run_installed(--help)
if(NOT out MATCHES "export minutes" OR NOT out MATCHES "Usage: jalaseh")
    message(FATAL_ERROR "jalaseh --help lists no commands:\n${out}")
endif()
run_installed(export minutes --help)
if(NOT out MATCHES "--style")
    message(FATAL_ERROR "jalaseh export minutes --help does not show --style:\n${out}")
endif()
run_installed(--db demo.jalaseh init --demo)
run_installed(--db demo.jalaseh export minutes 1 --style formal --format txt)
# The formal minutes need the built-in templates; their title is صورتجلسه.
if(NOT out MATCHES "صورتجلسه")
    message(FATAL_ERROR "the installed program wrote no formal minutes:\n${out}")
endif()
run_installed(--db demo.jalaseh export minutes 1 -o minutes.pdf)
file(SIZE ${elsewhere}/minutes.pdf size)
if(size LESS 10000)
    message(FATAL_ERROR "the installed program wrote a PDF of ${size} bytes")
endif()
message(STATUS "installed into ${root}; it runs from ${elsewhere}")
