#pragma once

#include "AttendancePdf.h"
#include "Document.h"

namespace jalaseh::report {

// An attendance review as a document: the matrix of a body or a meeting series over a period,
// the people it names, and what the report says about it (AttendanceExport). Its pages are
// AttendancePdf's, its CSV AttendanceCsv's; both show the rows of `about.role` only.
class AttendanceDocument : public Document
{
public:
    AttendanceDocument(AttendanceMatrix matrix, QList<Person> people, AttendanceExport about);

    // CSV and PDF.
    QList<DocumentFormat> formats() const override { return reviewFormats(); }
    QString title() const override;
    QString organisationName() const override { return m_about.organisation; }
    QString runningTitle() const override;
    int paintPages(QPagedPaintDevice& device) const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Landscape; }
    int printPages(QPagedPaintDevice& device) const override;
    QByteArray csv() const override;

    const AttendanceMatrix& matrix() const { return m_matrix; }
    const QList<Person>& people() const { return m_people; }
    const AttendanceExport& about() const { return m_about; }

private:
    AttendanceMatrix m_matrix;
    QList<Person> m_people;
    AttendanceExport m_about;
};

} // namespace jalaseh::report
