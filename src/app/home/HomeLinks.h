#pragma once

#include "core/Id.h"

#include <QDate>
#include <QString>
#include <optional>

namespace jalaseh::app {

class MainWindow;

// The links of the home view, each naming where an item or a number leads, and following them
// in the window:
//   meeting:ID                          the meeting in the editor
//   calendar:DAY                        the calendar on that day (the next meetings)
//   approval                            the meetings list, held ones only
//   overdue[:PERSON]                    the follow-up board, overdue ones (of one person)
//   due:DAY[:PERSON]                    the follow-up board, open ones due by that day
//   decision:ID, action:ID              that row of the follow-up board
//   activity:FROM:TO                    attendance review, each body's activity over the period
//   attendance:BODY:FROM:TO[:PERSON]    attendance review of the body, with the person's row
// Days are ISO dates.
namespace HomeLinks {

QString date(const QDate& day);
QString meeting(Id id);
QString calendar(const QDate& day);
QString approval();
QString overdue(std::optional<Id> person = {});
QString due(const QDate& until, std::optional<Id> person = {});
QString decision(Id id);
QString actionItem(Id id);
QString activity(const QDate& from, const QDate& to);
QString attendance(Id body, const QDate& from, const QDate& to, Id person = 0);

// Shows what `link` names in `window`; false for a link it does not know.
bool follow(MainWindow& window, const QString& link);

} // namespace HomeLinks

} // namespace jalaseh::app
