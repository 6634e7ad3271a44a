#include "ActivityDocument.h"

#include "ActivityCsv.h"
#include "ActivityPdf.h"

namespace jalaseh::report {

ActivityDocument::ActivityDocument(ActivityReport activity, QList<Body> bodies,
                                   ActivityExport about)
    : m_activity(std::move(activity))
    , m_bodies(std::move(bodies))
    , m_about(std::move(about))
{
}

QString ActivityDocument::title() const
{
    return ActivityPdf::title();
}

QString ActivityDocument::runningTitle() const
{
    return ActivityPdf::runningTitle(m_about);
}

int ActivityDocument::paintPages(QPagedPaintDevice& device) const
{
    return ActivityPdf::paint(m_activity, m_bodies, m_about, device);
}

int ActivityDocument::printPages(QPagedPaintDevice& device) const
{
    return ActivityPdf::paint(m_activity, m_bodies, m_about, device, PageChoice::Device);
}

QByteArray ActivityDocument::csv() const
{
    return ActivityCsv::write(m_activity, m_bodies);
}

} // namespace jalaseh::report
