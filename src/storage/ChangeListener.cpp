#include "ChangeListener.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QtDebug>
#include <algorithm>
#include <atomic>

namespace jalaseh::storage {

struct ListenerSettings
{
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString databaseName;
    QString options;
    int firstDelayMs = 1000;
    int mostDelayMs = 10000;
};

// Lives in the listener's thread: the connection, its checks and the waits between attempts.
class ListenerWorker : public QObject
{
public:
    ListenerWorker(ChangeListener* owner, ListenerSettings settings)
        : m_owner(owner)
        , m_settings(std::move(settings))
        , m_delayMs(m_settings.firstDelayMs)
    {
    }
    ~ListenerWorker() override { drop(); }

    void setRetryDelaysBeforeStart(int firstMs, int mostMs)
    {
        m_settings.firstDelayMs = firstMs;
        m_settings.mostDelayMs = mostMs;
        m_delayMs = firstMs;
    }

    void start()
    {
        m_check = new QTimer(this);
        m_check->setInterval(500);
        connect(m_check, &QTimer::timeout, this, [this] { check(); });
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, [this] { connectNow(); });
        connectNow();
    }

private:
    void connectNow()
    {
        static std::atomic<int> connections{0};
        m_name = QStringLiteral("jalaseh-listen-%1").arg(++connections);
        QString why;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            connection.setHostName(m_settings.host);
            connection.setPort(m_settings.port);
            connection.setUserName(m_settings.user);
            connection.setPassword(m_settings.password);
            connection.setDatabaseName(m_settings.databaseName);
            // Later settings win in libpq: a short connect timeout (this thread waits, not the
            // window, yet a quick answer means a quick reconnection), and keepalives so that a
            // network that drops the connection without a word is noticed.
            QStringList options{m_settings.options,
                                QStringLiteral("connect_timeout=5"),
                                QStringLiteral("keepalives=1"),
                                QStringLiteral("keepalives_idle=10"),
                                QStringLiteral("keepalives_interval=3"),
                                QStringLiteral("keepalives_count=3"),
                                QStringLiteral("application_name=jalaseh-listen")};
            options.removeAll(QString());
            connection.setConnectOptions(options.join(QLatin1Char(';')));
            if (!connection.open()) {
                why = connection.lastError().text();
            } else if (!connection.driver()->subscribeToNotification(ChangeListener::channel())) {
                why = connection.driver()->lastError().text();
            } else {
                connect(connection.driver(),
                        qOverload<const QString&, QSqlDriver::NotificationSource, const QVariant&>(
                            &QSqlDriver::notification),
                        this,
                        [this](const QString&, QSqlDriver::NotificationSource,
                               const QVariant& payload) {
                            emit m_owner->announced(payload.toString());
                        });
            }
        }
        if (!why.isEmpty()) {
            lose(why);
            return;
        }
        m_delayMs = m_settings.firstDelayMs;
        m_ticks = 0;
        m_check->start();
        if (m_lost) {
            m_lost = false;
            emit m_owner->connectionRestored();
        }
        emit m_owner->listening();
    }

    void check()
    {
        QString why;
        {
            QSqlDatabase connection = QSqlDatabase::database(m_name, false);
            if (!connection.isOpen()) {
                why = QStringLiteral("the server closed the connection");
            } else if (++m_ticks % 20 == 0) {
                QSqlQuery query(connection);
                if (!query.exec(QStringLiteral("SELECT 1")))
                    why = query.lastError().text();
            }
        }
        if (!why.isEmpty())
            lose(why);
    }

    void lose(const QString& why)
    {
        m_check->stop();
        drop();
        if (!m_lost) {
            m_lost = true;
            qWarning("jalaseh storage: lost the server: %s", qPrintable(why.simplified()));
            emit m_owner->connectionLost(why);
        }
        m_retry->start(m_delayMs);
        m_delayMs = std::min(m_delayMs * 2, m_settings.mostDelayMs);
    }

    void drop()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase connection = QSqlDatabase::database(m_name, false);
            connection.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

    ChangeListener* m_owner;
    ListenerSettings m_settings;
    QString m_name;
    QTimer* m_check = nullptr;
    QTimer* m_retry = nullptr;
    int m_delayMs;
    int m_ticks = 0;
    bool m_lost = false;
};

ChangeListener::ChangeListener(const Database& database, QObject* parent)
    : QObject(parent)
{
    const QSqlDatabase connection = database.connection();
    ListenerSettings settings;
    settings.host = connection.hostName();
    settings.port = connection.port();
    settings.user = connection.userName();
    settings.password = connection.password();
    settings.databaseName = connection.databaseName();
    settings.options = connection.connectOptions();
    m_worker = new ListenerWorker(this, std::move(settings));
    m_worker->moveToThread(&m_thread);
    // Its connection is closed in its own thread, as Qt's SQL connections must be.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("jalaseh-listen"));
}

ChangeListener::~ChangeListener()
{
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        delete m_worker; // never started: no connection, no event of its thread pending
        return;
    }
    m_thread.quit();
    m_thread.wait();
}

QString ChangeListener::channel()
{
    return QStringLiteral("jalaseh_changes");
}

void ChangeListener::announceAllAtCommit(Database& database)
{
    if (database.engine() != Engine::Postgres)
        return;
    Statement(database, QStringLiteral("SET LOCAL jalaseh.quiet = 'on'")).exec();
    Statement(database, QStringLiteral("SELECT pg_notify(?, json_build_object('pid', "
                                       "pg_backend_pid(), 'table', '*', 'meetings', NULL)::text)"))
        .bind(channel())
        .exec();
}

void ChangeListener::setRetryDelays(int firstMs, int mostMs)
{
    // Not yet started: the worker's thread does not run, so this is no race.
    m_worker->setRetryDelaysBeforeStart(firstMs, mostMs);
}

void ChangeListener::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->start(); });
}

} // namespace jalaseh::storage
