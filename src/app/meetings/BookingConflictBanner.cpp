#include "app/meetings/BookingConflictBanner.h"

#include "app/common/StaleReload.h"
#include "session/DatabaseSession.h"
#include "session/text/CalendarColors.h"
#include "session/text/ClashText.h"
#include "storage/CalendarRepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace jalaseh::app {

BookingConflictBanner::BookingConflictBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_staleness = new StaleReload(
        parent ? parent : this, [this] { refresh(); }, this);
    setObjectName(QStringLiteral("bookingConflictBanner"));
    setAccessibleName(tr("Booking clashes"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("bookingConflictText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void BookingConflictBanner::setSession(session::DatabaseSession* session)
{
    if (m_session)
        disconnect(m_session.data(), nullptr, this, nullptr);
    m_session = session;
    m_meetingId = 0;
    refresh();
    if (!session)
        return;
    connect(session, &session::DatabaseSession::changed, this, [this](session::Change what) {
        // Another meeting moving onto this one's hour, or its people changing, matters as much
        // as this meeting's own date, time, room and attendees.
        if (what == session::Change::Meetings || what == session::Change::MeetingRows ||
            what == session::Change::People || what == session::Change::Series)
            m_staleness->markStale();
    });
}

void BookingConflictBanner::showMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    refresh();
}

void BookingConflictBanner::refresh()
{
    m_staleness->markFresh();
    m_sentences.clear();
    bool certain = false;
    if (m_session && m_meetingId) {
        // The editor reports a database that fails; the banner then just has nothing.
        const bool read = m_session->read([&] {
            storage::Database& database = m_session->database();
            const storage::CalendarPeriod day =
                storage::CalendarRepository(database).dayOf(m_meetingId);
            const QHash<Id, Person> people = session::peopleOf(database, day.clashes);
            for (const BookingClash& clash : day.clashes) {
                if (clash.meetingId != m_meetingId)
                    continue;
                for (const storage::CalendarEntry& other : day.meetings)
                    if (other.meeting.id == clash.otherMeetingId)
                        m_sentences.append(session::clashSentence(clash, other, people));
                certain = certain || clash.certainty == ClashCertainty::Certain;
            }
        });
        if (!read)
            m_sentences.clear();
    }
    if (m_sentences.isEmpty()) {
        hide();
        return;
    }
    QPalette colours = palette();
    colours.setColor(QPalette::Window, session::calendarColors::clashFill(certain));
    colours.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    setPalette(colours);
    QString html = session::htmlParagraph(
        QStringLiteral("<b style=\"color:%1\">%2</b>")
            .arg(session::calendarColors::clashAccent(certain).name(),
                 certain ? tr("Booked twice at the same time:")
                         : tr("Possibly booked twice (a time is missing):")));
    for (const QString& sentence : m_sentences)
        html += session::htmlParagraph(QStringLiteral("• %1").arg(sentence.toHtmlEscaped()));
    m_text->setText(html);
    setAccessibleDescription(m_sentences.join(QLatin1Char('\n')));
    show();
}

} // namespace jalaseh::app
