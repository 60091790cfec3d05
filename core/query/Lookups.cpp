#include "core/query/Lookups.h"

#include "core/store/Store.h"

#include <QSqlQuery>

namespace hocvuso {

namespace {
QVector<IdName> list(Store& store, const QString& sql, const QVariantList& binds = {})
{
    QVector<IdName> out;
    QSqlQuery q(store.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}
} // namespace

QVector<IdName> loadHamlets(Store& store)
{
    return list(store, QStringLiteral("SELECT id, name FROM hamlets WHERE deleted = 0 ORDER BY code, name"));
}

QVector<IdName> loadHouseholds(Store& store, const QString& hamletId)
{
    return list(store,
                QStringLiteral("SELECT id, coalesce(code, '') || ' - ' || coalesce(head_name, '') FROM households "
                               "WHERE deleted = 0 AND hamlet_id = ? ORDER BY code"),
                {hamletId});
}

QVector<IdName> loadSkills(Store& store)
{
    return list(store, QStringLiteral("SELECT code, name FROM skills WHERE deleted = 0 ORDER BY code"));
}

QString communeName(Store& store)
{
    if (auto commune = store.get(QStringLiteral("communes"), store.communeId()))
        return commune->value(QStringLiteral("name")).toString();
    return {};
}

} // namespace hocvuso
