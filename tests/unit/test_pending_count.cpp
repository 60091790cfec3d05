// The pending-changes count the window and the dashboard show: the newest
// log seq less the acknowledged one. It must stay exact (equal to a scan of
// the log) through writes on another connection, an acknowledgement from the
// server, a rollback and refused writes, none of which may leave a hole.
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

TEST_CASE("refused writes and rolled-back transactions leave no hole in the pending count", "[store][pending]")
{
    TempStore t;
    Store& s = t.store();
    addHamlet(s, QStringLiteral("Thôn 1"));
    const qint64 before = s.pendingChanges();
    REQUIRE(before == scanned(s));

    // A write the store refuses (a hamlet without its required name) after
    // a logged one in the same transaction, which then cannot commit.
    {
        StoreTransaction tx(s);
        addHamlet(s, QStringLiteral("Thôn 2"));
        StoreError e;
        CHECK_FALSE(s.insert(QStringLiteral("hamlets"), {{QStringLiteral("code"), QStringLiteral("T9")}}, &e));
        tx.commit();
    }
    CHECK(s.pendingChanges() == scanned(s));
    CHECK(s.pendingChanges() == before);

    // Many entries logged, then rolled back, then one more write.
    {
        StoreTransaction tx(s);
        for (int i = 0; i < 50; ++i)
            addHamlet(s, QStringLiteral("Thôn tạm %1").arg(i));
    }
    addHamlet(s, QStringLiteral("Thôn 3"));
    CHECK(s.pendingChanges() == scanned(s));

    QSqlQuery holes(s.db());
    REQUIRE(holes.exec(QStringLiteral("SELECT max(seq) - min(seq) + 1 = count(*) FROM change_log")));
    REQUIRE(holes.next());
    CHECK(holes.value(0).toBool());
}
