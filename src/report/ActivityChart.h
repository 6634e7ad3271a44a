#pragma once

#include "core/BodyActivity.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace jalaseh::report {

// One line or set of bars of the chart: a body (or all of them) and its count per quarter.
struct ChartSeries
{
    QString name;
    QList<int> values; // parallel to the chart's quarters
};

// Meetings held per Jalali quarter, drawn with QPainter onto any device (the widget on screen,
// a page of the PDF), right to left: the oldest quarter at the right, as Persian reads time.
// The value axis stands at the right too; seasons and years label the time axis, every number
// is in Persian digits, and a legend names the series when there are several. One series, or a
// few quarters, are drawn as bars; several series over many quarters as lines.
class ActivityChart
{
public:
    ActivityChart(QList<JalaliQuarter> quarters, QList<ChartSeries> series, QString title = {});

    // The words the chart writes: Persian in documents; the interface passes its translation.
    struct Words
    {
        QStringList seasons{QStringLiteral("بهار"), QStringLiteral("تابستان"),
                            QStringLiteral("پاییز"), QStringLiteral("زمستان")};
        QString noMeetings =
            QStringLiteral("در این دوره جلسه‌ای برگزار نشده است");
    };
    void setWords(Words words) { m_words = std::move(words); }

    // Paints into `area`; sizes scale with the device's resolution, text at `pointSize`.
    void paint(QPainter& painter, const QRectF& area, qreal pointSize = 8) const;

    bool drawsBars() const;
    // The colour of the series at `index`: a palette told apart by colour-blind readers too.
    static QColor colour(int index);
    // "بهار", "تابستان", "پاییز", "زمستان" (or the words set).
    QString seasonName(int quarter) const;
    // A round step for the value axis, so that `maximum` takes about five steps (1, 2, 5, 10...).
    static int tickStep(int maximum);

private:
    QList<JalaliQuarter> m_quarters;
    QList<ChartSeries> m_series;
    QString m_title;
    Words m_words;
};

} // namespace jalaseh::report
