#pragma once

#include "report/ActivityChart.h"

#include <QWidget>

namespace jalaseh::app {

// Shows the activity chart (report::ActivityChart), the same drawing as in the PDF.
class ActivityChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChartView(QWidget* parent = nullptr);

    void setChart(QList<JalaliQuarter> quarters, QList<report::ChartSeries> series);
    const QList<report::ChartSeries>& series() const { return m_series; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<JalaliQuarter> m_quarters;
    QList<report::ChartSeries> m_series;
};

} // namespace jalaseh::app
