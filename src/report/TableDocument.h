#pragma once

#include "Document.h"
#include "PageRenderer.h"
#include "ReportTable.h"

#include <QList>
#include <QString>

namespace jalaseh::report {

// A list as a view shows it (the follow-up board, filtered as the user left it), on landscape A4
// pages: a title, a line saying what the list holds, and the rows under a header repeated on every
// page, right to left like the other reports, with the organisation and the title at the top of
// each page and "صفحه ۱ از ۲" at the foot. Printed and written as PDF.
class TableDocument : public Document
{
public:
    struct Column
    {
        QString header;
        qreal share = 1; // of the page's width, against the other columns' shares
    };

    TableDocument(QString organisation, QString title, QString about, QList<Column> columns,
                  QList<QList<ReportCell>> rows);

    QList<DocumentFormat> formats() const override { return {DocumentFormat::Pdf}; }
    QString title() const override { return m_title; }
    QString organisationName() const override { return m_organisation; }
    QString runningTitle() const override { return m_title; }
    int paintPages(QPagedPaintDevice& device) const override;
    QPageLayout::Orientation orientation() const override { return QPageLayout::Landscape; }
    int printPages(QPagedPaintDevice& device) const override;

    int rowCount() const { return int(m_rows.size()); }

private:
    int paint(QPagedPaintDevice& device, PageChoice page) const;

    QString m_organisation;
    QString m_title;
    QString m_about;
    QList<Column> m_columns;
    QList<QList<ReportCell>> m_rows;
};

} // namespace jalaseh::report
