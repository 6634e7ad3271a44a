#pragma once

#include "app/shell/MainWindow.h"
#include "core/Id.h"
#include "session/DatabaseSession.h"

#include <QHash>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace jalaseh::test {

// The people, bodies and memberships behind the seed meeting of 1402/01/21, without any meeting:
// what a secretary has entered before recording it. The steering committee (غزنوی lead, رقابی,
// فرجامی, عتیقه‌چیان, فاضل), the working groups and their leads on that day
// (two leads in اشتراک تجربیات; حسینی took ارزیابی over from یزدانی on 1402/01/01), the periodicals
// group merged into منابع الکترونیکی before it, and the leads' series. The guest حاجی
// زین‌العابدینی is not in it: he is created while recording. The main window is open
// on it, shown and active.
class SeedFixture
{
public:
    explicit SeedFixture(bool showWindow = true);
    ~SeedFixture();

    app::MainWindow& window() { return *m_window; }
    session::DatabaseSession& session() { return *m_window->session(); }
    storage::Database& database() { return session().database(); }

    // Ids by family name (people) and by name (bodies).
    Id person(const QString& familyName) const;
    Id body(const QString& name) const;
    Id series = 0;

    // The working-group leads on the seed's day, in the order the groups were created.
    static QStringList leadsOnTheDay();
    // The seed's attendee sentence, as its author typed it.
    static QString attendeeSentence();

private:
    QTemporaryDir m_folder;
    QHash<QString, Id> m_people;
    QHash<QString, Id> m_bodies;
    std::unique_ptr<app::MainWindow> m_window;
};

} // namespace jalaseh::test
