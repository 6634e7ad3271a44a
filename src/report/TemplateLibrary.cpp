#include "TemplateLibrary.h"

#include "ReportError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <memory>

namespace jalaseh::report {
namespace {

using Template = kainjow::mustache::mustache;

const QString builtInFolder = QStringLiteral(":/templates");
const QString stylesheetName = QStringLiteral("style.css");

struct CachedTemplate
{
    QDateTime modified; // of a user's file; null for a built-in one
    std::shared_ptr<Template> parsed;
};

// One cache for the program: templates are immutable once parsed. The mutex also serialises
// rendering, since a parsed mustache template is not documented as safe to share across threads.
QMutex& cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, CachedTemplate>& cache()
{
    static QHash<QString, CachedTemplate> templates;
    return templates;
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ReportError(QCoreApplication::translate(
                              "Report", "The template file %1 cannot be read (%2). Check that it "
                                        "exists and that you may read it.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                          file.errorString());
    return QString::fromUtf8(file.readAll());
}

std::string identity(const std::string& text)
{
    return text;
}

// Parses the template at `path`, or returns the cached one. Called with the mutex held.
std::shared_ptr<Template> parsedTemplate(const QString& path)
{
    const bool builtIn = path.startsWith(QLatin1Char(':'));
    const QDateTime modified = builtIn ? QDateTime() : QFileInfo(path).lastModified();
    auto found = cache().constFind(path);
    if (found != cache().cend() && found->modified == modified)
        return found->parsed;

    auto parsed = std::make_shared<Template>(readText(path).toStdString());
    if (!parsed->is_valid())
        throw ReportError(QCoreApplication::translate(
                              "Report", "The template %1 has a mistake: %2. Correct it, or "
                                        "delete it to use the built-in template.")
                              .arg(QDir::toNativeSeparators(path),
                                   QString::fromStdString(parsed->error_message())),
                          QString::fromStdString(parsed->error_message()));
    if (path.endsWith(QLatin1String(".txt")))
        parsed->set_custom_escape(identity);
    cache().insert(path, {modified, parsed});
    return parsed;
}

} // namespace

TemplateLibrary::TemplateLibrary(QString userFolder)
    : m_userFolder(std::move(userFolder))
{
}

QString TemplateLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/templates");
}

QStringList TemplateLibrary::builtInNames()
{
    return QDir(builtInFolder).entryList(QDir::Files, QDir::Name);
}

QStringList TemplateLibrary::copyBuiltIns(const QString& folder)
{
    if (!QDir().mkpath(folder))
        throw ReportError(QCoreApplication::translate(
                              "Report", "The folder %1 cannot be created. Choose a folder you may "
                                        "write to.")
                              .arg(QDir::toNativeSeparators(folder)));
    QStringList written;
    for (const QString& name : builtInNames()) {
        const QString target = QDir(folder).filePath(name);
        if (QFileInfo::exists(target))
            continue;
        if (!QFile::copy(builtInFolder + QLatin1Char('/') + name, target))
            throw ReportError(QCoreApplication::translate(
                                  "Report", "The template %1 cannot be written. Check that the "
                                            "folder is writable and the disk is not full.")
                                  .arg(QDir::toNativeSeparators(target)));
        // Resource files are read-only; the copy is meant to be edited.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner);
        written.append(target);
    }
    return written;
}

QString TemplateLibrary::sourceOf(const QString& name) const
{
    if (!m_userFolder.isEmpty()) {
        const QString own = QDir(m_userFolder).filePath(name);
        if (QFileInfo(own).isFile())
            return own;
    }
    const QString builtIn = builtInFolder + QLatin1Char('/') + name;
    if (!QFileInfo::exists(builtIn))
        throw ReportError(QCoreApplication::translate(
                              "Report", "There is no template named %1. The templates are: %2.")
                              .arg(name, builtInNames().join(QStringLiteral(", "))));
    return builtIn;
}

QString TemplateLibrary::render(const QString& name, kainjow::mustache::data& context) const
{
    const QString path = sourceOf(name);
    const QString stylesheetPath = sourceOf(stylesheetName);
    QMutexLocker lock(&cacheMutex());
    auto parsed = parsedTemplate(path);
    context.set("stylesheet", readText(stylesheetPath).toStdString());
    const std::string output = parsed->render(context);
    if (!parsed->is_valid())
        throw ReportError(
            QCoreApplication::translate("Report", "The template %1 could not be filled in: %2.")
                .arg(QDir::toNativeSeparators(path),
                     QString::fromStdString(parsed->error_message())),
            QString::fromStdString(parsed->error_message()));
    return QString::fromStdString(output);
}

} // namespace jalaseh::report
