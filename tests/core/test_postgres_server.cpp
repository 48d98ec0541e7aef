// The team-mode tests' PostgreSQL server (tests/support/postgres_server.sh, the CTest fixture "postgres"): Qt's QPSQL
// driver reaches it at the URL in DEMETRA_TEST_POSTGRES with the password from DEMETRA_TEST_POSTGRES_PASSWORD_FILE,
// may create and drop databases, and is refused with a wrong or missing password (scram-sha-256 is really on).
// Without DEMETRA_TEST_POSTGRES (the binary run alone, outside ctest) every case is skipped.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtTest>

#include <functional>

class TestPostgresServer : public QObject
{
    Q_OBJECT

private:
    QUrl m_url;
    QString m_password;
    int m_connections = 0;

    /// Opens a QPSQL connection to database db as m_url's user with password, runs body on it, and closes it.
    /// Returns the open error (an invalid QSqlError when it opened).
    QSqlError withConnection(const QString &db, const QString &password,
                             const std::function<void(QSqlDatabase &)> &body)
    {
        const QString name = QStringLiteral("pg_probe_%1").arg(++m_connections);
        QSqlError error;
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            conn.setHostName(m_url.host());
            conn.setPort(m_url.port(5432));
            conn.setUserName(m_url.userName());
            conn.setPassword(password);
            conn.setDatabaseName(db);
            conn.setConnectOptions(QStringLiteral("connect_timeout=10"));
            if (conn.open()) {
                body(conn);
                conn.close();
            } else {
                error = conn.lastError();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    QString defaultDatabase() const { return m_url.path().mid(1); }

    /// One value of a single-row query, failing the test when the query fails.
    static QVariant scalar(QSqlDatabase &conn, const QString &sql)
    {
        QSqlQuery q(conn);
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.value(0);
    }

private slots:
    void initTestCase()
    {
        const QByteArray url = qgetenv("DEMETRA_TEST_POSTGRES");
        if (url.isEmpty())
            QSKIP("DEMETRA_TEST_POSTGRES is not set: run through ctest (ctest -L postgres), whose fixture starts the "
                  "server");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "Qt's QPSQL driver is missing (Debian package libqt6sql6-psql): run ./setup.sh");
        m_url = QUrl(QString::fromUtf8(url), QUrl::StrictMode);
        QVERIFY2(m_url.isValid(), qPrintable(m_url.errorString()));
        QCOMPARE(m_url.scheme(), QStringLiteral("postgresql"));
        QVERIFY(!m_url.host().isEmpty());
        QVERIFY(m_url.port() > 0);
        QVERIFY(!m_url.userName().isEmpty());
        QVERIFY(!defaultDatabase().isEmpty());
        QVERIFY2(m_url.password().isEmpty(), "the URL must not carry the password: it comes from the file");

        const QString passwordFile = qEnvironmentVariable("DEMETRA_TEST_POSTGRES_PASSWORD_FILE");
        QVERIFY2(!passwordFile.isEmpty(), "DEMETRA_TEST_POSTGRES_PASSWORD_FILE is not set");
        QFile file(passwordFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(passwordFile + QStringLiteral(": ") + file.errorString()));
        m_password = QString::fromUtf8(file.readAll()).trimmed();
        QVERIFY2(m_password.size() >= 24, "the generated password is shorter than 24 characters");
    }

    void connectsAndReportsVersion()
    {
        QString version;
        const QSqlError error = withConnection(defaultDatabase(), m_password, [&](QSqlDatabase &conn) {
            version = scalar(conn, QStringLiteral("SELECT version()")).toString();
        });
        QVERIFY2(!error.isValid(), qPrintable(error.text()));
        QVERIFY2(version.startsWith(QStringLiteral("PostgreSQL ")), qPrintable(version));
    }

    void serverIsTheTestCluster()
    {
        // The fixture's settings: loopback only, scram everywhere in pg_hba.conf, room for concurrent writers.
        QString listen, encryption, maxConnections, fsync, user;
        QStringList methods;
        bool superuser = false;
        const QSqlError error = withConnection(defaultDatabase(), m_password, [&](QSqlDatabase &conn) {
            listen = scalar(conn, QStringLiteral("SHOW listen_addresses")).toString();
            encryption = scalar(conn, QStringLiteral("SHOW password_encryption")).toString();
            maxConnections = scalar(conn, QStringLiteral("SHOW max_connections")).toString();
            fsync = scalar(conn, QStringLiteral("SHOW fsync")).toString();
            user = scalar(conn, QStringLiteral("SELECT current_user")).toString();
            superuser =
                scalar(conn, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool();
            QSqlQuery q(conn);
            QVERIFY2(q.exec(QStringLiteral("SELECT DISTINCT auth_method FROM pg_hba_file_rules ORDER BY 1")),
                     qPrintable(q.lastError().text()));
            while (q.next())
                methods << q.value(0).toString();
        });
        QVERIFY2(!error.isValid(), qPrintable(error.text()));
        QCOMPARE(listen, QStringLiteral("127.0.0.1"));
        QCOMPARE(encryption, QStringLiteral("scram-sha-256"));
        QCOMPARE(maxConnections, QStringLiteral("200"));
        QCOMPARE(fsync, QStringLiteral("off"));
        QCOMPARE(user, m_url.userName());
        QVERIFY(superuser);
        QCOMPARE(methods, QStringList{QStringLiteral("scram-sha-256")});
    }

    void createsUsesAndDropsADatabase()
    {
        const QString db = QStringLiteral("demetra_probe_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        QSqlError error = withConnection(defaultDatabase(), m_password, [&](QSqlDatabase &conn) {
            QSqlQuery q(conn);
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(db)), qPrintable(q.lastError().text()));
        });
        QVERIFY2(!error.isValid(), qPrintable(error.text()));

        // The new database works: a table, a row with text and a number, read back; then the connection closes.
        error = withConnection(db, m_password, [&](QSqlDatabase &conn) {
            QSqlQuery q(conn);
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE probe (id bigserial PRIMARY KEY, name text NOT NULL, "
                                           "spend numeric(14,2) NOT NULL)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO probe (name, spend) VALUES (?, ?)")));
            q.addBindValue(QStringLiteral("Кампания «Весна»"));
            q.addBindValue(1234.56);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("SELECT name, spend FROM probe")), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Кампания «Весна»"));
            QCOMPARE(q.value(1).toDouble(), 1234.56);
        });
        QVERIFY2(!error.isValid(), qPrintable(error.text()));

        int left = -1;
        error = withConnection(defaultDatabase(), m_password, [&](QSqlDatabase &conn) {
            QSqlQuery q(conn);
            QVERIFY2(q.exec(QStringLiteral("DROP DATABASE %1").arg(db)), qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?")));
            q.addBindValue(db);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            left = q.value(0).toInt();
        });
        QVERIFY2(!error.isValid(), qPrintable(error.text()));
        QCOMPARE(left, 0);

        // Dropped means gone: connecting to it now fails.
        error = withConnection(db, m_password, [](QSqlDatabase &) {});
        QVERIFY(error.isValid());
        QVERIFY2(error.text().contains(QStringLiteral("does not exist")), qPrintable(error.text()));
    }

    void refusesAWrongPassword()
    {
        const QSqlError error = withConnection(defaultDatabase(), m_password + QStringLiteral("x"), [](QSqlDatabase &) {
            QFAIL("a wrong password was accepted: the server does not authenticate");
        });
        QVERIFY(error.isValid());
        QCOMPARE(error.type(), QSqlError::ConnectionError);
        QVERIFY2(error.text().contains(QStringLiteral("password authentication failed")), qPrintable(error.text()));
    }

    void refusesAMissingPassword()
    {
        // Over TCP no password is no way in (no "trust" rule; libpq has no password to answer scram's challenge).
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        const QSqlError error = withConnection(defaultDatabase(), QString(), [](QSqlDatabase &) {
            QFAIL("an empty password was accepted: the server does not authenticate");
        });
        QVERIFY(error.isValid());
        QCOMPARE(error.type(), QSqlError::ConnectionError);
        QVERIFY2(error.text().contains(QStringLiteral("no password supplied")) ||
                     error.text().contains(QStringLiteral("password authentication failed")),
                 qPrintable(error.text()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "test_postgres_server.moc"
