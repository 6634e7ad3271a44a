#include "app/shell/AboutText.h"

#include "jalaseh/Version.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace jalaseh::app {

QString aboutText(const QString& databasePath)
{
    const QString database = databasePath.isEmpty()
                                 ? QCoreApplication::translate("AboutText", "none")
                                 : databasePath.toHtmlEscaped();
    return QCoreApplication::translate(
               "AboutText",
               "<h3>Jalaseh %1</h3><p>Minutes of meetings, Persian first: record who came, what "
               "was said, proposed and decided, and issue the minutes as PDF, ODT, HTML or "
               "text.</p><p>Database: %2</p>")
               .arg(QString::fromLatin1(version), database) +
           QCoreApplication::translate(
               "AboutText",
               "<p>Jalaseh is free software: you may share and change it under the GNU General "
               "Public License, version 3 or (at your option) any later version. It comes with no "
               "warranty. Its text is at "
               "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org</a>.</p>") +
           QCoreApplication::translate(
               "AboutText",
               "<p><b>Included in Jalaseh</b></p><ul>"
               "<li>The fonts Noto Sans and Noto Sans Arabic (built into the program for the "
               "window and the documents), under the SIL Open Font License 1.1.</li>"
               "<li>The template library kainjow/mustache, under the Boost Software License "
               "1.0.</li></ul>"
               "<p><b>Libraries Jalaseh uses</b></p><ul>"
               "<li>Qt %1, under the GNU Lesser General Public License 3.</li>"
               "<li>ICU (calendars, collation), under the Unicode licence.</li>"
               "<li>qpdf (the text layer of PDFs), under the Apache License 2.0.</li>"
               "<li>SQLite (database files), in the public domain; libpq (PostgreSQL servers), "
               "under the PostgreSQL licence; both through Qt's database drivers.</li></ul>"
               "<p>Their notices come with Jalaseh (on Debian in "
               "/usr/share/doc/jalaseh/copyright).</p>")
               .arg(QString::fromLatin1(qVersion()));
}

} // namespace jalaseh::app
