#include "app/attendance/ActivityChartView.h"

#include "session/models/ActivityTableModel.h"

#include <QPainter>

namespace jalaseh::app {

ActivityChartView::ActivityChartView(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Meetings held per season"));
    setMinimumHeight(240);
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    setPalette(white);
}

void ActivityChartView::setChart(QList<JalaliQuarter> quarters, QList<report::ChartSeries> series)
{
    m_quarters = std::move(quarters);
    m_series = std::move(series);
    update();
}

QSize ActivityChartView::sizeHint() const
{
    return {640, 280};
}

void ActivityChartView::paintEvent(QPaintEvent*)
{
    report::ActivityChart chart(m_quarters, m_series, tr("Meetings held per season"));
    report::ActivityChart::Words words;
    words.seasons = session::ActivityTableModel::seasonNames();
    words.noMeetings = tr("No meetings were held in this period");
    chart.setWords(words);
    QPainter painter(this);
    chart.paint(painter, QRectF(rect()).adjusted(12, 10, -12, -8), 9);
}

} // namespace jalaseh::app
