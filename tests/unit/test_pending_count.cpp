// The pending-changes count the window and the dashboard show: counted once,
// then extended by what was logged since; it must stay exact through writes
// on another connection, an acknowledgement from the server and a rollback.
#include "TempStore.h"

#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace hocvuso;
using namespace hocvuso::test;

namespace {

qint64 scanned(Store& s)
{
    QSqlQuery q(s.db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE seq > coalesce("
                                  "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'pushed_seq'), 0)")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void addHamlet(Store& s, const QString& name)
{
    StoreError e;
    REQUIRE(s.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), name}}, &e));
}

} // namespace

TEST_CASE("the pending count follows writes, other connections, acknowledgements and rollbacks", "[store][pending]")
{
    TempStore t;
    Store& s = t.store();
    CHECK(s.pendingChanges() == scanned(s));
    addHamlet(s, QStringLiteral("Thôn 1"));
    addHamlet(s, QStringLiteral("Thôn 2"));
    CHECK(s.pendingChanges() == scanned(s));
    const qint64 afterTwo = s.pendingChanges();

    // Another connection (the sync worker, an import thread) writes.
    QString error;
    auto other = Store::open(t.path(), &error);
    REQUIRE(other);
    addHamlet(*other, QStringLiteral("Thôn 3"));
    CHECK(s.pendingChanges() == afterTwo + 1);
    CHECK(s.pendingChanges() == scanned(s));

    other.reset();

    // The server acknowledged everything up to some seq.
    QSqlQuery maxSeq(s.db());
    REQUIRE(maxSeq.exec(QStringLiteral("SELECT max(seq) FROM change_log")));
    REQUIRE(maxSeq.next());
    const qint64 newest = maxSeq.value(0).toLongLong();
    maxSeq.finish(); // an open statement would hold an old read snapshot
    REQUIRE(s.setMeta(QStringLiteral("pushed_seq"), QString::number(newest - 1)));
    CHECK(s.pendingChanges() == 1);
    CHECK(s.pendingChanges() == scanned(s));

    // Counted inside a transaction that is then rolled back.
    {
        StoreTransaction tx(s);
        addHamlet(s, QStringLiteral("Thôn 4"));
        CHECK(s.pendingChanges() == 2);
    }
    CHECK(s.pendingChanges() == 1);
    addHamlet(s, QStringLiteral("Thôn 5"));
    CHECK(s.pendingChanges() == 2);
    CHECK(s.pendingChanges() == scanned(s));
}
