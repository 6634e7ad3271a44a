#pragma once

#include "app/meetings/MeetingTab.h"

#include <functional>
#include <memory>

namespace Ui {
class MeetingDetailsTab;
}

namespace jalaseh::session {
class PersonListModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// The meeting's own fields: series and number, title, mode, venue and link, date and times, chair
// and secretary, status and closing summary. Each is saved when the user leaves it, as an
// undoable edit.
class MeetingDetailsTab : public MeetingTab
{
    Q_OBJECT
public:
    explicit MeetingDetailsTab(session::PersonListModel& people, QWidget* parent = nullptr);
    ~MeetingDetailsTab() override;

    // Fills the fields from the meeting given to setMeeting().
    void showDetails();
    // The name of the meeting's series, as the series field shows it.
    QString seriesName() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectFields();
    void fillSeriesCombo();
    void editMeeting(const QString& what, const std::function<void(Meeting&)>& change);
    void chooseSeries();
    void newSeries();

    std::unique_ptr<Ui::MeetingDetailsTab> m_ui;
    bool m_filling = false; // true while the fields are being filled from the database
};

} // namespace jalaseh::app
