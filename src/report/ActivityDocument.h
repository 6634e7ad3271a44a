#pragma once

#include "ActivityExport.h"
#include "Document.h"

namespace jalaseh::report {

// An activity review as a document: the activity of every body over a period (ActivityReport),
// the bodies it names, and what the report says about it (ActivityExport). Its pages are
// ActivityPdf's, its CSV ActivityCsv's.
class ActivityDocument : public Document
{
public:
    ActivityDocument(ActivityReport activity, QList<Body> bodies, ActivityExport about);

    // CSV and PDF.
    QList<DocumentFormat> formats() const override { return reviewFormats(); }
    QString title() const override;
    QString organisationName() const override { return m_about.organisation; }
    QString runningTitle() const override;
    int paintPages(QPagedPaintDevice& device) const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Landscape; }
    int printPages(QPagedPaintDevice& device) const override;
    QByteArray csv() const override;

    const ActivityReport& activity() const { return m_activity; }
    const QList<Body>& bodies() const { return m_bodies; }
    const ActivityExport& about() const { return m_about; }

private:
    ActivityReport m_activity;
    QList<Body> m_bodies;
    ActivityExport m_about;
};

} // namespace jalaseh::report
