# Precompiled headers: Qt's and Catch2's headers are most of what each file compiles (a storage
# file or a test file took about 45% less CPU time with them), so each library precompiles the
# system headers its own files include, and the test programs reuse their Catch2 main's.
# Only headers a layer may include go into its list: QtSql for storage alone, widgets for the
# window alone (tests/layers checks the sources; these lists keep to the same table).
option(JALASEH_PRECOMPILED_HEADERS "Precompile Qt's and Catch2's headers" ON)
# ccache caches these builds too when its sloppiness allows pch_defines and time_macros.
if(JALASEH_PRECOMPILED_HEADERS)
    # A header the compiler cannot use (options that differ from the donor's) is said, not
    # silently parsed again.
    add_compile_options(-Winvalid-pch)
endif()

set(JALASEH_PCH_QTCORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QList> <QObject> <QRegularExpression> <QSet> <QString> <QStringList> <QVariant>
    <algorithm> <functional> <memory> <optional>)
set(JALASEH_PCH_QTSQL <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(JALASEH_PCH_QTGUI <QColor> <QFont> <QImage> <QPainter> <QTextDocument> <QTextLayout>)
set(JALASEH_PCH_MODELS <QAbstractTableModel> <QBrush> <QUndoCommand> <QUndoStack>)
set(JALASEH_PCH_WIDGETS
    <QApplication> <QDialog> <QFileDialog> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit>
    <QMessageBox> <QPushButton> <QSettings> <QTableView> <QWidget>)
set(JALASEH_PCH_CATCH <QTemporaryDir> <catch2/catch.hpp>)

# jalaseh_precompile_headers(TARGET HEADER...): TARGET's own precompiled header.
function(jalaseh_precompile_headers target)
    if(JALASEH_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# jalaseh_reuse_precompiled_headers(TARGET DONOR): TARGET compiles with DONOR's precompiled
# header instead of making its own (a test program of one or two files would spend longer
# precompiling than compiling). DONOR's compile options must match TARGET's.
function(jalaseh_reuse_precompiled_headers target donor)
    if(JALASEH_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${donor})
    endif()
endfunction()
