// bench_live ADDRESS [RUNS]: the time from a save in one session to its appearance in another's
// model, on a PostgreSQL database (a postgresql:// address; an empty database gets Jalaseh's
// tables, one that holds a Jalaseh database gets a series of its own). Two sessions, as two
// windows have: the second shows the meetings list (MeetingListModel, reloaded when the session
// reports meetings changed, as the list does); the first changes a meeting's title and commits,
// RUNS times (30 unless given). Prints the milliseconds from just before the commit to the
// moment the second's list shows the new title: the server's announcement, the session's pause
// that folds bursts (LiveUpdates::pauseMs) and the list's reload. Figures in docs/benchmarks.md.
#include "session/DatabaseSession.h"
#include "session/LiveUpdates.h"
#include "session/models/MeetingListModel.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace jalaseh;

namespace {

std::unique_ptr<session::DatabaseSession> openSession(const QString& address)
{
    storage::OpenOptions options;
    options.create = true;
    auto opened = storage::Database::open(address, options);
    if (!opened.database) {
        std::fprintf(stderr, "bench_live: %s\n", qPrintable(opened.message));
        std::exit(1);
    }
    auto session = std::make_unique<session::DatabaseSession>(std::move(opened.database));
    QSignalSpy listening(session->liveUpdates(), &session::LiveUpdates::listening);
    if (!listening.wait(15000)) {
        std::fprintf(stderr, "bench_live: the session did not start listening\n");
        std::exit(1);
    }
    return session;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 2 || !arguments.at(1).startsWith(QLatin1String("postgres"))) {
        std::fprintf(stderr, "usage: bench_live postgresql://ADDRESS [RUNS]\n");
        return 2;
    }
    const int runs = arguments.size() > 2 ? arguments.at(2).toInt() : 30;
    auto saving = openSession(arguments.at(1));
    auto watching = openSession(arguments.at(1));

    Meeting meeting;
    {
        storage::Transaction transaction(saving->database());
        MeetingSeries series;
        series.name = QStringLiteral("سنجش به‌روزرسانی زنده %1")
                          .arg(QDateTime::currentMSecsSinceEpoch());
        meeting.seriesId = storage::MeetingSeriesRepository(saving->database()).insert(series);
        meeting.number = 1;
        meeting.date = QDate(2025, 3, 1);
        meeting.title = QStringLiteral("عنوان");
        meeting.id = storage::MeetingRepository(saving->database()).insert(meeting);
        transaction.commit();
    }

    session::MeetingListModel list;
    list.reload(watching->database());
    QElapsedTimer clock;
    QString expected;
    QEventLoop loop;
    qint64 shownAfter = -1;
    QObject::connect(watching.get(), &session::DatabaseSession::changed, watching.get(),
                     [&](session::Change what) {
                         if (what != session::Change::Meetings)
                             return;
                         list.reload(watching->database());
                         for (int row = 0; row < list.rowCount(); ++row)
                             if (list.meetingAt(row).title == expected) {
                                 shownAfter = clock.nsecsElapsed() / 1000;
                                 loop.quit();
                             }
                     });
    // Let the first announcement (the series and meeting made above) pass.
    QTimer::singleShot(500, &loop, &QEventLoop::quit);
    loop.exec();

    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        expected = QStringLiteral("عنوان %1").arg(run + 1);
        meeting.title = expected;
        shownAfter = -1;
        clock.start();
        {
            storage::Transaction transaction(saving->database());
            storage::MeetingRepository(saving->database()).update(meeting);
            transaction.commit();
        }
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(5000);
        loop.exec();
        if (shownAfter < 0) {
            std::fprintf(stderr, "bench_live: run %d not seen within 5 s\n", run + 1);
            return 1;
        }
        times.append(shownAfter / 1000.0);
        // Apart, as saves are: each one is its own burst.
        QTimer::singleShot(150, &loop, &QEventLoop::quit);
        loop.exec();
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double share) {
        return times.at(int(share * (times.size() - 1)));
    };
    std::printf("save -> shown in another session's list, %d runs (ms): min %.1f  median %.1f  "
                "p90 %.1f  max %.1f  (of which the pause folding bursts: %d)\n",
                runs, times.first(), at(0.5), at(0.9), times.last(), session::LiveUpdates::pauseMs);
    return 0;
}
