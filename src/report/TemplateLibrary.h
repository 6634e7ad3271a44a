#pragma once

#include <QString>
#include <QStringList>
#include <kainjow/mustache.hpp>

namespace jalaseh::report {

// The templates the documents are rendered from: mustache files, one per document and output
// ("narrative.html", "narrative.txt", "formal.html", ... and the shared "style.css"). The built-in
// ones are Qt resources; a user's folder overrides any of them by holding a file of the same name.
// Parsed templates are cached for the life of the program (a user's file is parsed again when it
// changes), so rendering many documents parses each template once.
class TemplateLibrary
{
public:
    // With an empty folder, only the built-in templates are used.
    explicit TemplateLibrary(QString userFolder = {});

    // Where the application looks for a user's templates: <app data>/templates.
    static QString defaultUserFolder();
    static QStringList builtInNames();
    // Copies the built-in templates into `folder` so the user can edit them, leaving files that
    // are already there alone; returns the files written. Throws ReportError if it cannot write.
    static QStringList copyBuiltIns(const QString& folder);

    const QString& userFolder() const { return m_userFolder; }
    // The file a template comes from: the user's copy if there is one, else ":/templates/NAME".
    QString sourceOf(const QString& name) const;
    // Renders template `name` with `context`. ".html" templates escape every {{value}} for HTML;
    // ".txt" ones print values as they are. The stylesheet is available as the partial
    // {{> stylesheet}}. Throws ReportError when the template is missing or has a mistake.
    QString render(const QString& name, kainjow::mustache::data& context) const;

private:
    QString m_userFolder;
};

} // namespace jalaseh::report
