#include "AttendanceDocument.h"

#include "AttendanceCsv.h"

namespace jalaseh::report {

AttendanceDocument::AttendanceDocument(AttendanceMatrix matrix, QList<Person> people,
                                       AttendanceExport about)
    : m_matrix(std::move(matrix))
    , m_people(std::move(people))
    , m_about(std::move(about))
{
}

QString AttendanceDocument::title() const
{
    return AttendancePdf::title(m_about);
}

QString AttendanceDocument::runningTitle() const
{
    return AttendancePdf::runningTitle(m_about);
}

int AttendanceDocument::paintPages(QPagedPaintDevice& device) const
{
    return AttendancePdf::paint(m_matrix, m_people, m_about, device);
}

int AttendanceDocument::printPages(QPagedPaintDevice& device) const
{
    return AttendancePdf::paint(m_matrix, m_people, m_about, device, PageChoice::Device);
}

QByteArray AttendanceDocument::csv() const
{
    return AttendanceCsv::write(m_matrix, m_people, m_about.role);
}

} // namespace jalaseh::report
