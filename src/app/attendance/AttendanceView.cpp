#include "app/attendance/AttendanceView.h"

#include "app/attendance/ActivityChartView.h"
#include "app/common/Icons.h"
#include "app/common/PrintPreview.h"
#include "app/common/StaleReload.h"
#include "app/common/ViewSupport.h"
#include "core/EnumLabels.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "report/ActivityChart.h"
#include "report/AttendanceStyle.h"
#include "report/DocumentWriter.h"
#include "report/ReportError.h"
#include "session/DatabaseSession.h"
#include "session/models/ActivityTableModel.h"
#include "session/models/AttendanceAlertModel.h"
#include "session/models/AttendanceMatrixModel.h"
#include "storage/AttendanceReviewRepository.h"
#include "storage/BodyRepository.h"
#include "storage/DatabaseFiles.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/StorageError.h"
#include "ui_AttendanceView.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <algorithm>

namespace jalaseh::app {
namespace {

constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;
// Period choices other than a Jalali year (whose item data is the year).
constexpr int lastTwelveMonths = -2;
constexpr int customPeriod = -1;
constexpr int chartedBodiesAtMost = 7;

QDate firstDayOfYear(int jalaliYear)
{
    return persian::JalaliDate::fromYmd(jalaliYear, 1, 1).toGregorian();
}

QDate lastDayOfYear(int jalaliYear)
{
    return firstDayOfYear(jalaliYear + 1).addDays(-1);
}

int bodyRank(const Body& body)
{
    return body.kind == BodyKind::SteeringCommittee ? 0
           : body.kind == BodyKind::WorkingGroup    ? 1
                                                    : 2;
}

// A file name without the characters file systems refuse.
QString fileName(QString name)
{
    for (const QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(bad, QLatin1Char('-'));
    return name;
}

QString swatch(const QColor& colour)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%1;\">&nbsp;&nbsp;&nbsp;"
                          "&nbsp;</span>")
        .arg(colour.name());
}

} // namespace

AttendanceView::AttendanceView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttendanceView>())
    , m_matrix(new session::AttendanceMatrixModel(this))
    , m_activity(new session::ActivityTableModel(this))
    , m_alerts(new session::AttendanceAlertModel(this))
    , m_staleness(new StaleReload(this, [this] { reload(); }))
{
    m_ui->setupUi(this);
    // What the tab shows goes out from beside its tabs, where there is room; the period's row
    // keeps its width for the dates.
    auto* outputs = new QWidget(this);
    auto* outputRow = new QHBoxLayout(outputs);
    outputRow->setContentsMargins(0, 0, 0, 2);
    for (QWidget* button :
         {static_cast<QWidget*>(m_ui->printButton), static_cast<QWidget*>(m_ui->exportPdfButton),
          static_cast<QWidget*>(m_ui->exportCsvButton)})
        outputRow->addWidget(button);
    m_ui->reviewTabs->setCornerWidget(outputs, Qt::TopRightCorner);
    m_ui->fromEdit->setAccessibleName(tr("First day of the period"));
    m_ui->toEdit->setAccessibleName(tr("Last day of the period"));
    m_ui->matrixTable->setModel(m_matrix);
    m_ui->activityTable->setModel(m_activity);
    m_ui->alertsList->setModel(m_alerts);
    // The matrix and the chart get the room; the alerts a few lines, more when dragged open.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    m_ui->splitter->setSizes({760, 90});
    m_ui->activitySplitter->setSizes({190, 410});
    m_ui->alertsList->setMinimumHeight(44);

    QHeaderView* across = m_ui->matrixTable->horizontalHeader();
    across->setSectionResizeMode(QHeaderView::Fixed);
    across->setDefaultSectionSize(86);
    across->setDefaultAlignment(Qt::AlignCenter);
    across->setToolTip(tr("Double-click a meeting to open it"));
    m_ui->matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->activityTable->verticalHeader()->hide();
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(
        session::ActivityTableModel::BodyColumn, QHeaderView::Stretch);

    m_ui->roleCombo->addItem(tr("All roles"), -1);
    for (const MembershipRole role : allValues<MembershipRole>())
        m_ui->roleCombo->addItem(label(role), int(role));

    const QList<std::pair<AttendanceCell, QString>> legend{
        {{.expected = true, .status = AttendanceStatus::Present}, tr("present")},
        {{.expected = true, .status = AttendanceStatus::Late}, tr("late (minutes)")},
        {{.expected = true, .status = AttendanceStatus::LeftEarly}, tr("left early")},
        {{.expected = true, .status = AttendanceStatus::Excused}, tr("excused absence")},
        {{.expected = true, .status = AttendanceStatus::Absent}, tr("absent without excuse")},
        {{.expected = true}, tr("? nothing recorded")},
        {{}, tr("not a member")}};
    QStringList items;
    for (const auto& [cell, text] : legend)
        items.append(swatch(report::AttendanceStyle::background(cell)) + QStringLiteral("&nbsp;") +
                     text.toHtmlEscaped());
    m_ui->legendLabel->setText(items.join(QStringLiteral(" &nbsp;&nbsp; ")));

    connect(m_ui->periodCombo, &QComboBox::activated, this, &AttendanceView::choosePeriod);
    connect(m_ui->fromEdit, &JalaliDateEdit::dateEdited, this, &AttendanceView::takeTypedPeriod);
    connect(m_ui->toEdit, &JalaliDateEdit::dateEdited, this, &AttendanceView::takeTypedPeriod);
    connect(m_ui->mergedCheck, &QCheckBox::toggled, this, [this] {
        m_activityStale = true;
        reload();
    });
    connect(m_ui->subjectCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadMatrix();
    });
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &AttendanceView::applyRole);
    connect(m_ui->reviewTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ActivityTab && m_activityStale)
            loadActivity();
    });
    connect(m_ui->matrixTable, &QTableView::doubleClicked, this, &AttendanceView::openMeetingAt);
    connect(m_ui->matrixTable, &QTableView::activated, this, &AttendanceView::openMeetingAt);
    connect(across, &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        if (const Id meeting = m_matrix->meetingAt(section))
            emit openMeeting(meeting);
    });
    connect(m_ui->activityTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttendanceView::showChart);
    connect(m_ui->alertsList, &QListView::activated, this, &AttendanceView::followAlert);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &AttendanceView::exportPdf);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &AttendanceView::exportCsv);
    connect(m_ui->printButton, &QPushButton::clicked, this, &AttendanceView::print);
    m_ui->printButton->setIcon(icons::named(QStringLiteral("document-print-preview")));
    setFocusProxy(m_ui->matrixTable);
}

AttendanceView::~AttendanceView() = default;

ActivityChartView* AttendanceView::chartView() const
{
    return m_ui->chartView;
}

QTableView* AttendanceView::matrixTable() const
{
    return m_ui->matrixTable;
}

QDate AttendanceView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void AttendanceView::setSession(session::DatabaseSession* session)
{
    m_session = session;
    m_from = {};
    m_to = {};
    m_activityStale = true;
    m_staleness->markStale();
    if (session)
        connect(session, &session::DatabaseSession::changed, this, [this] {
            m_activityStale = true;
            m_staleness->markStale();
        });
}

void AttendanceView::showProblem(const QString& message)
{
    views::markAsProblem(m_ui->summaryLabel);
    m_ui->summaryLabel->setText(message);
}

void AttendanceView::showReadFailed()
{
    showProblem(tr("The review could not be read from the database; the message at the top of "
                   "the window says why and what to do."));
}

void AttendanceView::reload()
{
    m_staleness->markFresh();
    if (!m_session) {
        m_matrix->clear();
        m_activity->setReport({}, {});
        m_alerts->setAlerts({});
        return;
    }
    if (!m_session->read([&] {
            m_rules = storage::SettingsRepository(m_session->database()).reviewRules();
            m_bodies = storage::BodyRepository(m_session->database()).all();
            fillSubjects();
            fillPeriods();
        })) {
        m_staleness->retryWhenShown();
        showReadFailed();
        return;
    }
    loadMatrix();
    m_activityStale = true;
    if (m_ui->reviewTabs->currentIndex() == ActivityTab)
        loadActivity();
}

void AttendanceView::fillSubjects()
{
    const QVariant kind = m_ui->subjectCombo->currentData(kindRole);
    const QVariant id = m_ui->subjectCombo->currentData(idRole);
    m_filling = true;
    m_ui->subjectCombo->clear();
    QList<Body> bodies = m_bodies; // in Persian order
    std::stable_sort(bodies.begin(), bodies.end(),
                     [](const Body& a, const Body& b) { return bodyRank(a) < bodyRank(b); });
    for (const Body& body : std::as_const(bodies)) {
        QString text = body.name;
        if (body.mergedIntoId) {
            const auto into = std::find_if(m_bodies.cbegin(), m_bodies.cend(), [&](const Body& b) {
                return b.id == *body.mergedIntoId;
            });
            if (into != m_bodies.cend())
                text = tr("%1 (merged into %2)").arg(body.name, into->name);
        }
        m_ui->subjectCombo->addItem(text);
        const int row = m_ui->subjectCombo->count() - 1;
        m_ui->subjectCombo->setItemData(row, int(Subject::Body), kindRole);
        m_ui->subjectCombo->setItemData(row, body.id, idRole);
    }
    const QList<MeetingSeries> series =
        storage::MeetingSeriesRepository(m_session->database()).all();
    if (!series.isEmpty() && m_ui->subjectCombo->count() > 0)
        m_ui->subjectCombo->insertSeparator(m_ui->subjectCombo->count());
    m_seriesNames.clear();
    for (const MeetingSeries& one : series) {
        m_seriesNames.insert(one.id, one.name);
        m_ui->subjectCombo->addItem(tr("Series: %1").arg(one.name));
        const int row = m_ui->subjectCombo->count() - 1;
        m_ui->subjectCombo->setItemData(row, int(Subject::Series), kindRole);
        m_ui->subjectCombo->setItemData(row, one.id, idRole);
    }
    int keep = 0;
    for (int row = 0; row < m_ui->subjectCombo->count(); ++row) {
        if (kind.isValid() && m_ui->subjectCombo->itemData(row, kindRole) == kind &&
            m_ui->subjectCombo->itemData(row, idRole) == id)
            keep = row;
    }
    m_ui->subjectCombo->setCurrentIndex(keep);
    m_filling = false;
}

void AttendanceView::fillPeriods()
{
    const int thisYear = persian::JalaliDate::fromGregorian(today()).year();
    const auto [first, last] = storage::MeetingRepository(m_session->database()).heldPeriod();
    const int firstYear = first.isValid() ? persian::JalaliDate::fromGregorian(first).year() : 0;
    const int lastYear = last.isValid() ? persian::JalaliDate::fromGregorian(last).year() : 0;

    m_filling = true;
    m_ui->periodCombo->clear();
    m_ui->periodCombo->addItem(tr("This Jalali year (%1)").arg(persian::formatNumber(thisYear)),
                               thisYear);
    m_ui->periodCombo->addItem(tr("Last 12 months"), lastTwelveMonths);
    for (int year = std::max(lastYear, thisYear - 1); firstYear && year >= firstYear; --year) {
        if (year != thisYear)
            m_ui->periodCombo->addItem(tr("Jalali year %1").arg(persian::formatNumber(year)), year);
    }
    m_ui->periodCombo->addItem(tr("Custom period"), customPeriod);
    m_filling = false;

    if (!m_from.isValid()) {
        // First look: the latest year that has meetings, so that an archive does not open empty.
        const int year = lastYear && lastYear < thisYear ? lastYear : thisYear;
        m_from = firstDayOfYear(year);
        m_to = lastDayOfYear(year);
    }
    int choice = m_ui->periodCombo->findData(customPeriod);
    const int year = persian::JalaliDate::fromGregorian(m_from).year();
    if (m_from == firstDayOfYear(year) && m_to == lastDayOfYear(year) &&
        m_ui->periodCombo->findData(year) >= 0)
        choice = m_ui->periodCombo->findData(year);
    m_ui->periodCombo->setCurrentIndex(choice);
    m_ui->fromEdit->setDate(m_from);
    m_ui->toEdit->setDate(m_to);
}

void AttendanceView::choosePeriod()
{
    const int choice = m_ui->periodCombo->currentData().toInt();
    if (choice == customPeriod) {
        m_ui->fromEdit->setFocus();
        return;
    }
    if (choice == lastTwelveMonths) {
        m_to = today();
        m_from = m_to.addYears(-1).addDays(1);
    } else {
        m_from = firstDayOfYear(choice);
        m_to = lastDayOfYear(choice);
    }
    m_ui->fromEdit->setDate(m_from);
    m_ui->toEdit->setDate(m_to);
    m_activityStale = true;
    reload();
}

void AttendanceView::takeTypedPeriod()
{
    const QDate from = m_ui->fromEdit->date();
    const QDate to = m_ui->toEdit->date();
    if (!from.isValid() || !to.isValid())
        return;
    if (from > to) {
        showProblem(tr("The period starts (%1) after it ends (%2); correct one of the dates.")
                        .arg(persian::formatDate(from), persian::formatDate(to)));
        return;
    }
    setPeriod(from, to);
}

void AttendanceView::setPeriod(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    m_activityStale = true;
    reload();
}

bool AttendanceView::showSubject(Subject kind, Id id)
{
    for (int row = 0; row < m_ui->subjectCombo->count(); ++row) {
        if (m_ui->subjectCombo->itemData(row, kindRole) == int(kind) &&
            m_ui->subjectCombo->itemData(row, idRole).toLongLong() == id) {
            m_ui->subjectCombo->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

void AttendanceView::showTab(Tab tab)
{
    m_ui->reviewTabs->setCurrentIndex(tab);
}

QString AttendanceView::subjectName() const
{
    const Id id = m_ui->subjectCombo->currentData(idRole).toLongLong();
    if (Subject(m_ui->subjectCombo->currentData(kindRole).toInt()) == Subject::Body) {
        for (const Body& body : m_bodies)
            if (body.id == id)
                return body.name;
        return {};
    }
    return m_seriesNames.value(id);
}

QString AttendanceView::periodName() const
{
    const int year = persian::JalaliDate::fromGregorian(m_from).year();
    if (m_from == firstDayOfYear(year) && m_to == lastDayOfYear(year))
        return persian::formatNumber(year);
    return tr("%1 to %2").arg(persian::formatDate(m_from), persian::formatDate(m_to));
}

void AttendanceView::loadMatrix()
{
    m_ui->summaryLabel->setStyleSheet({});
    m_review = {};
    if (!m_session || m_ui->subjectCombo->currentIndex() < 0 || !m_from.isValid()) {
        m_matrix->clear();
        showAlerts();
        return;
    }
    const auto kind = Subject(m_ui->subjectCombo->currentData(kindRole).toInt());
    const documents::AttendanceReviewRequest request{
        .subject = {.kind = kind == Subject::Body ? documents::AttendanceSubject::Kind::Body
                                                  : documents::AttendanceSubject::Kind::Series,
                    .id = m_ui->subjectCombo->currentData(idRole).toLongLong()},
        .from = m_from,
        .to = m_to,
        .role = chosenRole(),
        .withMergedBodies = m_ui->mergedCheck->isChecked()};
    if (!m_session->read([&] {
            m_review = documents::AttendanceReviewSource::load(m_session->database(), request);
        })) {
        m_matrix->clear();
        showReadFailed();
        return;
    }
    QHash<Id, QString> names;
    for (const Body& body : std::as_const(m_bodies))
        names.insert(body.id, body.name);
    m_matrix->setMatrix(m_review.matrix, m_review.people, names);
    m_ui->matrixTable->resizeRowsToContents();
    m_ui->matrixTable->horizontalHeader()->resizeSection(session::AttendanceMatrixModel::RoleColumn,
                                                         70);

    const AttendanceMatrix& matrix = m_matrix->matrix();
    QString summary;
    if (matrix.meetings().isEmpty()) {
        summary = tr("No meetings of %1 from %2 to %3. Choose another period or body.")
                      .arg(subjectName(), persian::formatDate(m_from), persian::formatDate(m_to));
    } else {
        summary = tr("%1 meetings and %2 members from %3 to %4")
                      .arg(persian::formatNumber(matrix.meetings().size()),
                           persian::formatNumber(m_matrix->memberCount()),
                           persian::formatDate(m_from), persian::formatDate(m_to));
        if (const auto rate = matrix.overallRate())
            summary +=
                tr("; the members' overall attendance rate: %1").arg(persian::formatPercent(*rate));
        const QStringList& merged = m_review.about.mergedBodies;
        if (!merged.isEmpty())
            summary += QLatin1Char('\n') +
                       tr("With the meetings of %1, merged into it.").arg(merged.join(tr(", ")));
    }
    m_ui->summaryLabel->setText(summary);
    showAlerts();
}

std::optional<MembershipRole> AttendanceView::chosenRole() const
{
    const int role = m_ui->roleCombo->currentData().toInt();
    return role < 0 ? std::nullopt : std::optional(MembershipRole(role));
}

void AttendanceView::applyRole()
{
    m_review.about.role = chosenRole();
    m_matrix->setRole(chosenRole());
    m_ui->matrixTable->resizeRowsToContents();
    showAlerts();
}

void AttendanceView::showAlerts()
{
    using Alert = session::AttendanceAlertModel::Alert;
    QList<Alert> alerts;
    const AttendanceMatrix& matrix = m_matrix->matrix();
    QHash<Id, const MatrixMeeting*> meetingOf;
    for (const MatrixMeeting& meeting : matrix.meetings())
        meetingOf.insert(meeting.id, &meeting);
    // In the order of the rows shown, and only theirs.
    QList<AbsenceAlert> absences = matrix.absenceAlerts(m_rules.absenceThresholds());
    absences.removeIf(
        [&](const AbsenceAlert& alert) { return m_matrix->rowOfPerson(alert.personId) < 0; });
    std::stable_sort(
        absences.begin(), absences.end(), [&](const AbsenceAlert& a, const AbsenceAlert& b) {
            return m_matrix->rowOfPerson(a.personId) < m_matrix->rowOfPerson(b.personId);
        });
    for (const AbsenceAlert& absence : std::as_const(absences)) {
        QStringList dates;
        for (const Id meeting : absence.meetingIds)
            if (const MatrixMeeting* held = meetingOf.value(meeting))
                dates.append(persian::formatDate(held->date));
        Alert alert;
        alert.personId = absence.personId;
        const QString name = m_matrix->isolatedName(absence.personId);
        alert.text = absence.kind == AbsenceAlert::Kind::Consecutive
                         ? tr("%1: %2 absences without excuse in a row, from %3 to %4")
                               .arg(name, persian::formatNumber(absence.count), dates.value(0),
                                    dates.value(dates.size() - 1))
                         : tr("%1: %2 absences without excuse in the Jalali year %3")
                               .arg(name, persian::formatNumber(absence.count),
                                    persian::formatNumber(absence.jalaliYear));
        alert.details = tr("Meetings missed without excuse: %1. Double-click to find the row.")
                            .arg(dates.join(tr(", ")));
        alerts.append(alert);
    }

    if (m_session) {
        const bool read = m_session->read([&] {
            QList<BodyLastMeeting> watched;
            QHash<Id, QDate> lastOf;
            const QList<BodyLastMeeting> last =
                storage::AttendanceReviewRepository(m_session->database()).lastMeetings(today());
            for (const BodyLastMeeting& body : last)
                lastOf.insert(body.bodyId, body.lastMeeting);
            for (const Body& body : std::as_const(m_bodies))
                if (body.isActive())
                    watched.append({body.id, lastOf.value(body.id)});
            for (const Id quiet : bodiesWithoutMeetings(watched, today(), m_rules.quietMonths)) {
                const auto body = std::find_if(m_bodies.cbegin(), m_bodies.cend(),
                                               [&](const Body& b) { return b.id == quiet; });
                Alert alert;
                alert.kind = Alert::Kind::QuietBody;
                alert.bodyId = quiet;
                const QDate lastMeeting = lastOf.value(quiet);
                alert.text =
                    lastMeeting.isValid()
                        ? tr("%1: no meeting in the last %2 months; the last was on %3")
                              .arg(views::isolated(body->name),
                                   persian::formatNumber(m_rules.quietMonths),
                                   persian::formatDate(lastMeeting))
                        : tr("%1: no meeting recorded yet").arg(views::isolated(body->name));
                alert.details = tr("Double-click to show its attendance.");
                alerts.append(alert);
            }
        });
        if (!read)
            showReadFailed();
    }
    m_alerts->setAlerts(alerts);
    m_ui->alertsBox->setTitle(tr("Alerts (%1)").arg(persian::formatNumber(m_alerts->rowCount())));
    m_ui->rulesLabel->setText(
        tr("Alerts at %1 absences without excuse in a row or %2 in one Jalali year, and for "
           "bodies with no meeting in %3 months. Change these limits in File → Settings.")
            .arg(persian::formatNumber(m_rules.consecutiveAbsences),
                 persian::formatNumber(m_rules.absencesInOneYear),
                 persian::formatNumber(m_rules.quietMonths)));
}

void AttendanceView::loadActivity()
{
    if (!m_session || !m_from.isValid())
        return;
    m_activityStale = false;
    if (!m_session->read([&] {
            m_activityReview = documents::ActivityReviewSource::load(
                m_session->database(), {.from = m_from,
                                        .to = m_to,
                                        .today = today(),
                                        .foldMerged = m_ui->mergedCheck->isChecked()});
            m_activity->setReport(m_activityReview.activity, m_activityReview.bodies);
        })) {
        m_activityStale = true;
        m_ui->activityLabel->setText(
            tr("The activity could not be read from the database; the message at the top of "
               "the window says why and what to do."));
        return;
    }
    m_ui->activityTable->resizeColumnsToContents();
    m_ui->activityTable->horizontalHeader()->setSectionResizeMode(
        session::ActivityTableModel::BodyColumn, QHeaderView::Stretch);
    const BodyActivity& total = m_activity->report().total();
    m_ui->activityLabel->setText(
        tr("From %1 to %2: %3 meetings, %4 proposals and %5 decisions. Follow-up of the "
           "decisions on %6: %7 open, %8 done, %9 overdue.")
            .arg(persian::formatDate(m_from), persian::formatDate(m_to),
                 persian::formatNumber(total.meetings), persian::formatNumber(total.proposals),
                 persian::formatNumber(total.decisions), persian::formatDate(today()),
                 persian::formatNumber(total.open), persian::formatNumber(total.done),
                 persian::formatNumber(total.overdue)));
    showChart();
}

QList<Id> AttendanceView::chartedBodies() const
{
    QModelIndexList selected = m_ui->activityTable->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<Id> charted;
    for (const QModelIndex& index : std::as_const(selected)) {
        const Id body = m_activity->bodyAt(index.row());
        if (body && charted.size() < chartedBodiesAtMost)
            charted.append(body);
    }
    return charted;
}

void AttendanceView::showChart()
{
    const QList<Id> charted = chartedBodies();
    QList<report::ChartSeries> series;
    const ActivityReport& report = m_activity->report();
    for (const Id body : std::as_const(charted))
        series.append({m_activity->bodyName(body),
                       report.bodies().at(report.rowOf(body)).meetingsPerQuarter});
    if (series.isEmpty())
        series.append({tr("All bodies"), report.total().meetingsPerQuarter});
    m_ui->chartView->setChart(report.quarters(), series);
}

void AttendanceView::openMeetingAt(const QModelIndex& index)
{
    const QVariant meeting = index.data(session::AttendanceMatrixModel::MeetingIdRole);
    if (meeting.isValid())
        emit openMeeting(meeting.toLongLong());
}

void AttendanceView::followAlert(const QModelIndex& index)
{
    const auto& alert = m_alerts->alertAt(index.row());
    if (alert.kind == session::AttendanceAlertModel::Alert::Kind::QuietBody) {
        showTab(MatrixTab);
        showSubject(Subject::Body, alert.bodyId);
        return;
    }
    showPerson(alert.personId);
}

bool AttendanceView::showPerson(Id personId)
{
    const int row = m_matrix->rowOfPerson(personId);
    if (row < 0)
        return false;
    showTab(MatrixTab);
    m_ui->matrixTable->setCurrentIndex(
        m_matrix->index(row, session::AttendanceMatrixModel::RoleColumn));
    m_ui->matrixTable->scrollTo(m_matrix->index(row, session::AttendanceMatrixModel::RoleColumn));
    m_ui->matrixTable->setFocus();
    return true;
}

QString AttendanceView::chooseFile(const QString& title, const QString& name, const QString& filter)
{
    if (m_chooseFile)
        return m_chooseFile(title, name, filter);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, title, QDir(folder).filePath(name), filter);
}

void AttendanceView::exportPdf()
{
    if (m_ui->reviewTabs->currentIndex() == ActivityTab)
        exportActivity(report::DocumentFormat::Pdf);
    else
        exportMatrix(report::DocumentFormat::Pdf);
}

void AttendanceView::exportCsv()
{
    if (m_ui->reviewTabs->currentIndex() == ActivityTab)
        exportActivity(report::DocumentFormat::Csv);
    else
        exportMatrix(report::DocumentFormat::Csv);
}

std::unique_ptr<QPrintPreviewDialog> AttendanceView::printPreview()
{
    if (!m_session)
        return nullptr;
    std::shared_ptr<const report::Document> document;
    if (m_ui->reviewTabs->currentIndex() == ActivityTab) {
        if (m_activityStale)
            loadActivity();
        documents::ActivityReview shown = m_activityReview;
        shown.about.chartedBodies = chartedBodies();
        document = std::make_shared<report::ActivityDocument>(shown.document());
    } else {
        if (m_ui->subjectCombo->currentIndex() < 0)
            return nullptr;
        document = std::make_shared<report::AttendanceDocument>(m_review.document());
    }
    return PrintPreview::make(document, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Print"), message);
    });
}

void AttendanceView::print()
{
    if (auto preview = printPreview())
        preview->exec();
}

void AttendanceView::exportMatrix(report::DocumentFormat format)
{
    if (!m_session || m_ui->subjectCombo->currentIndex() < 0)
        return;
    const QString name = fileName(tr("Attendance of %1, %2").arg(subjectName(), periodName()));
    const QString path =
        format == report::DocumentFormat::Pdf
            ? chooseFile(tr("Export the attendance as PDF"), name + QStringLiteral(".pdf"),
                         tr("PDF documents (*.pdf)"))
            : chooseFile(tr("Export the attendance as CSV"), name + QStringLiteral(".csv"),
                         tr("CSV files for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (write(m_review.document(), format, path))
        emit exported(path);
}

void AttendanceView::exportActivity(report::DocumentFormat format)
{
    if (!m_session)
        return;
    if (m_activityStale)
        loadActivity();
    const QString name = fileName(tr("Activity of the bodies, %1").arg(periodName()));
    const QString path =
        format == report::DocumentFormat::Pdf
            ? chooseFile(tr("Export the activity as PDF"), name + QStringLiteral(".pdf"),
                         tr("PDF documents (*.pdf)"))
            : chooseFile(tr("Export the activity as CSV"), name + QStringLiteral(".csv"),
                         tr("CSV files for spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    documents::ActivityReview shown = m_activityReview;
    shown.about.chartedBodies = chartedBodies();
    if (write(shown.document(), format, path))
        emit exported(path);
}

bool AttendanceView::write(const report::Document& document, report::DocumentFormat format,
                           const QString& path)
{
    if (m_session && storage::isDatabaseOrSideFile(path, m_session->path())) {
        QMessageBox::warning(this, tr("Export"), storage::databaseAsOutputMessage(path));
        return false;
    }
    try {
        report::DocumentWriter::forFormat(format)->writeFile(document, path);
    } catch (const report::ReportError& error) {
        QMessageBox::warning(this, tr("Export"), error.userMessage());
        return false;
    }
    return true;
}

} // namespace jalaseh::app
