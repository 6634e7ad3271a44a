#pragma once

#include "core/Body.h"
#include "core/Id.h"
#include "core/ReviewRules.h"
#include "documents/ActivityReviewSource.h"
#include "documents/AttendanceReviewSource.h"
#include "report/DocumentFormat.h"

#include <QDate>
#include <QHash>
#include <QWidget>
#include <functional>
#include <memory>

class QPrintPreviewDialog;
class QTableView;

namespace Ui {
class AttendanceView;
}

namespace jalaseh::report {
class Document;
}

namespace jalaseh::session {
class ActivityTableModel;
class AttendanceAlertModel;
class AttendanceMatrixModel;
class DatabaseSession;
} // namespace jalaseh::session

namespace jalaseh::app {

class StaleReload;

class ActivityChartView;

// Attendance review, for the working-group leads: over a Jalali period, the members x meetings
// matrix of a body or a meeting series (rates, each meeting's head count, filtered by role), the
// activity of every body (a table and a chart of the meetings per season), and the alerts
// (members absent without excuse too often, bodies that have not met for too long, by the limits
// kept in the database). Each tab exports to PDF and CSV. Each meeting's attendance itself is
// recorded in the meeting editor; double-clicking a meeting here opens it there.
class AttendanceView : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save (a file dialog; tests put a path in). Empty: cancelled.
    using SaveFileChooser =
        std::function<QString(const QString& title, const QString& name, const QString& filter)>;
    enum class Subject
    {
        Body,
        Series
    };
    enum Tab
    {
        MatrixTab,
        ActivityTab
    };

    explicit AttendanceView(QWidget* parent = nullptr);
    ~AttendanceView() override;

    void setSession(session::DatabaseSession* session);
    void reload();

    // The period reviewed (both days included); shows it and reloads.
    void setPeriod(const QDate& from, const QDate& to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // Chooses the body or series shown in the matrix; false when there is no such one.
    bool showSubject(Subject kind, Id id);
    void showTab(Tab tab);
    // Chooses the person's row in the matrix (as following an alert does); false when the
    // matrix shown has no such row.
    bool showPerson(Id personId);
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // The day alerts and follow-up are reckoned on (today unless a test sets it).
    void setToday(const QDate& today) { m_today = today; }

    // Save what the current tab shows; the chooser gives the file.
    void exportPdf();
    void exportCsv();
    // Qt's print preview of what the current tab shows (the pages of its PDF), with page set-up
    // and printing; made, not shown (null when there is nothing to print). Print… opens it.
    std::unique_ptr<QPrintPreviewDialog> printPreview();
    void print();

    session::AttendanceMatrixModel* matrixModel() const { return m_matrix; }
    session::ActivityTableModel* activityModel() const { return m_activity; }
    session::AttendanceAlertModel* alertModel() const { return m_alerts; }
    ActivityChartView* chartView() const;
    QTableView* matrixTable() const;

signals:
    void openMeeting(jalaseh::Id meetingId);
    // A report was saved (for the status bar).
    void exported(const QString& path);

private:
    void fillSubjects();
    void fillPeriods();
    void choosePeriod();
    void takeTypedPeriod();
    void loadMatrix();
    void loadActivity();
    void showAlerts();
    void showChart();
    QList<Id> chartedBodies() const;
    std::optional<MembershipRole> chosenRole() const;
    void applyRole();
    void openMeetingAt(const QModelIndex& index);
    void followAlert(const QModelIndex& index);
    void showProblem(const QString& message);
    // A read failed; the window's message strip says what happened and what to do.
    void showReadFailed();
    QString subjectName() const;
    QString periodName() const;
    QString chooseFile(const QString& title, const QString& name, const QString& filter);
    void exportMatrix(report::DocumentFormat format);
    void exportActivity(report::DocumentFormat format);
    // Writes `document` in `format` to `path`; false after showing why it could not.
    bool write(const report::Document& document, report::DocumentFormat format,
               const QString& path);
    QDate today() const;

    std::unique_ptr<Ui::AttendanceView> m_ui;
    session::DatabaseSession* m_session = nullptr;
    session::AttendanceMatrixModel* m_matrix;
    session::ActivityTableModel* m_activity;
    session::AttendanceAlertModel* m_alerts;
    StaleReload* m_staleness;
    SaveFileChooser m_chooseFile;
    QList<Body> m_bodies;
    QHash<Id, QString> m_seriesNames;
    documents::AttendanceReview m_review;       // what the matrix shows, as exported
    documents::ActivityReview m_activityReview; // what the activity tab shows, as exported
    ReviewRules m_rules;
    QDate m_from;
    QDate m_to;
    QDate m_today;
    bool m_activityStale = true;
    bool m_filling = false;
};

} // namespace jalaseh::app
