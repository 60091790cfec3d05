#include "core/io/ListExporter.h"

#include "core/domain/ClassFormat.h"
#include "core/domain/TargetGroup.h"
#include "core/io/CellFormat.h"
#include "core/io/CsvWriter.h"
#include "core/io/ListColumns.h"
#include "core/io/ReferenceIndex.h"
#include "core/store/BulkWriter.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace hocvuso {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ListExporter", text);
}

QString cellFor(const ListField& field, const QVariantMap& row, ReferenceIndex& refs)
{
    const QVariant v = field.column.isEmpty() ? QVariant() : row.value(field.column);
    switch (field.kind) {
    case FieldKind::Id:
        return row.value(QStringLiteral("id")).toString();
    case FieldKind::Text:
    case FieldKind::Cccd:
    case FieldKind::Phone:
        return v.toString();
    case FieldKind::Integer:
        return v.isNull() ? QString() : QString::number(v.toLongLong());
    case FieldKind::Bool:
    case FieldKind::HeadMark:
        return cellformat::formatBool(v);
    case FieldKind::Date:
        return cellformat::formatDate(v);
    case FieldKind::BirthDate:
        return v.isNull() ? row.value(QStringLiteral("birth_year")).toString() : cellformat::formatDate(v);
    case FieldKind::DateTime:
        return cellformat::formatDateTime(v);
    case FieldKind::Sex:
        return cellformat::formatSex(v);
    case FieldKind::PairStatus:
        return cellformat::formatPairStatus(v);
    case FieldKind::ClassFormat:
        return v.isNull() ? QString() : class_format::vietnameseLabel(class_format::keyOf(v.toString()).value_or(v.toString()));
    case FieldKind::TargetGroup:
        return v.isNull() ? QString() : target_group::vietnameseLabel(v.toString());
    case FieldKind::HamletRef:
        return refs.hamletName(v.toString());
    case FieldKind::HouseholdRef:
        return refs.householdCode(v.toString());
    case FieldKind::ResidentId:
    case FieldKind::ClassId:
    case FieldKind::TeamId:
        return v.toString();
    case FieldKind::ResidentCccd:
        return refs.residentCccd(v.toString());
    case FieldKind::ClassTitle:
        return refs.classTitle(v.toString());
    case FieldKind::TeamName:
        return refs.teamName(v.toString());
    case FieldKind::Label: {
        // The readable name next to a resident reference: the column of the field before it.
        return QString();
    }
    }
    return QString();
}

} // namespace

bool ListExporter::exportList(Store& store, const QString& list, const QString& path, QString* error,
                              const Progress& progress, qint64* rows)
{
    const ListSpec* spec = ListColumns::find(list);
    if (!spec) {
        if (error)
            *error = tr("unknown list '%1' (known: %2)").arg(list, ListColumns::names().join(QStringLiteral(", ")));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    BulkWriter reader(store);
    ReferenceIndex refs(reader);
    const EntityDef& entity = EntityCatalog::get(spec->table);
    QStringList columns = {QStringLiteral("id")};
    columns += entity.columnNames();

    qint64 written = 0;
    bool cancelled = progress && !progress(0);
    {
        CsvWriter csv(&file);
        csv.writeRow(spec->headers());
        QString scanError;
        const bool ok = reader.scan(
            spec->table, columns, QStringLiteral("deleted = 0 ORDER BY rowid"),
            [&](const QVariantList& values) {
                // The scan cannot be stopped midway: once cancelled, the rest of the rows are passed by.
                if (cancelled)
                    return;
                QVariantMap row;
                for (int i = 0; i < columns.size(); ++i)
                    row.insert(columns.at(i), values.at(i));
                QStringList cells;
                QString lastResident;
                for (const ListField& f : spec->fields) {
                    if (f.kind == FieldKind::ResidentId || f.kind == FieldKind::ResidentCccd)
                        lastResident = row.value(f.column).toString();
                    cells << (f.kind == FieldKind::Label ? refs.residentName(lastResident) : cellFor(f, row, refs));
                }
                csv.writeRow(cells);
                if (progress && (++written % 4096) == 0 && !progress(written))
                    cancelled = true;
            },
            &scanError);
        written = csv.rowsWritten() - 1;
        if (cancelled) {
            if (error)
                *error = QStringLiteral("cancelled");
            file.cancelWriting();
            return false;
        }
        if (!ok || !csv.flush()) {
            if (error)
                *error = ok ? csv.error() : scanError;
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (progress)
        progress(written);
    if (rows)
        *rows = written;
    return true;
}

bool ListExporter::writeTemplate(const QString& list, const QString& path, QString* error)
{
    const ListSpec* spec = ListColumns::find(list);
    if (!spec) {
        if (error)
            *error = tr("unknown list '%1' (known: %2)").arg(list, ListColumns::names().join(QStringLiteral(", ")));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        CsvWriter csv(&file);
        csv.writeRow(spec->headers());
        for (const QStringList& example : spec->exampleRows())
            csv.writeRow(example);
        if (!csv.flush()) {
            if (error)
                *error = csv.error();
            file.cancelWriting();
            return false;
        }
    }
    return file.commit();
}

} // namespace hocvuso
