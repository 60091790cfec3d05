#include "core/io/ListImporter.h"

#include "core/domain/ClassFormat.h"
#include "core/domain/TargetGroup.h"
#include "core/io/CellFormat.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/ListColumns.h"
#include "core/io/ReferenceIndex.h"
#include "core/store/BulkWriter.h"
#include "core/store/Store.h"
#include "core/text/VietnameseText.h"
#include "core/validation/Cccd.h"
#include "core/validation/Dates.h"
#include "core/validation/Phone.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <array>

namespace hocvuso {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ListImporter", text);
}

using Severity = ImportIssue::Severity;

// A data row is rarely under 60 bytes: the file size over this is an upper
// bound on its rows.
constexpr qint64 kMinRowBytes = 60;
// Below this many rows keeping the indexes row by row costs too little to matter.
constexpr qint64 kRebuildIndexesFrom = 20000;
// SQLite's own checkpoints keep the WAL small after smaller writes.
constexpr qint64 kCheckpointFrom = 5000;
// The years a count (a baseline) may be for: the period selector's range.
constexpr qint64 kFirstYear = 2000;
constexpr qint64 kLastYear = 2100;

// Columns that identify a record of a list without an id or natural key,
// so a re-import updates it instead of adding it again.
QStringList matchColumns(const QString& list)
{
    if (list == u"classes")
        return {QStringLiteral("title"), QStringLiteral("starts_at")};
    if (list == u"teams" || list == u"markets")
        return {QStringLiteral("name"), QStringLiteral("hamlet_id")};
    if (list == u"visits")
        return {QStringLiteral("household_id"), QStringLiteral("visited_on"), QStringLiteral("team_id")};
    return {};
}

QString matchKey(const QVariantList& values)
{
    QStringList parts;
    for (const QVariant& v : values)
        parts << text::fold(v.toString());
    return parts.join(QLatin1Char('|'));
}

bool sameValue(const QVariant& stored, const QVariant& incoming)
{
    if (stored.isNull() || incoming.isNull())
        return stored.isNull() == incoming.isNull();
    return stored.toString() == incoming.toString();
}

class ImportRun
{
public:
    ImportRun(Store& store, const ListSpec& spec, const ImportOptions& options, ImportReport& report)
        : m_store(store), m_spec(spec), m_options(options), m_report(report), m_writer(store), m_refs(m_writer)
    {
    }

    void run(QFile& file);

private:
    struct Row
    {
        qint64 number = 0;
        QVariantList out;
        QString givenId;
        QString pendingHamlet;    // hamlet name to create
        QString pendingHousehold; // household code to create
        QString householdHead;    // the head's name this row tells
        QString cccdCell;
        QString foldedName;
        bool foldedNameSet = false;
        bool bad = false;
    };

    static QString notUtf8()
    {
        return tr("the file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8\"");
    }
    bool setup(const QStringList& header);
    bool worthRebuildingIndexes(qint64 expectedRows);
    void processRow(const CsvRow& csv);
    void readField(int f, const QString& cell, Row& row);
    void residentChecks(const CsvRow& csv, Row& row);
    bool resolvePending(Row& row);
    QString findExisting(Row& row);
    QString recordKey(Row& row);
    bool repeatsEarlierRow(const Row& row, const QString& nameKey);
    static qint64 seenMark(const Row& row) { return row.givenId.isEmpty() ? row.number : -row.number; }
    void write(Row& row, const QString& nameKey);
    void issue(const Row& row, int field, const QString& value, const QString& reason, Severity s = Severity::Error);
    QString headerOf(int field) const { return m_header.value(m_colOf.value(field, -1)); }
    int out(const QString& column) const { return int(m_outColumns.indexOf(column)); }
    QVariant outValue(const Row& row, const QString& column) const
    {
        const int i = out(column);
        return i >= 0 ? row.out.at(i) : QVariant();
    }
    // The columns every row asks for, looked up once (a per-row search of the
    // column names showed up in profiles).
    enum Col { FullName, BirthDate, BirthYear, Sex, Cccd, HamletId, HouseholdId, IsHead, HeadName, Code, Name, ColCount };
    QVariant outValue(const Row& row, Col c) const
    {
        const int i = m_col[c];
        return i >= 0 ? row.out.at(i) : QVariant();
    }
    void setOut(Row& row, Col c, const QVariant& v)
    {
        const int i = m_col[c];
        if (i >= 0)
            row.out[i] = v;
    }
    // The folded full name, computed once per row (once the name is read).
    const QString& foldedName(Row& row) const
    {
        if (!row.foldedNameSet) {
            row.foldedName = text::fold(outValue(row, FullName).toString());
            row.foldedNameSet = !row.foldedName.isEmpty();
        }
        return row.foldedName;
    }

    Store& m_store;
    const ListSpec& m_spec;
    const ImportOptions& m_options;
    ImportReport& m_report;
    BulkWriter m_writer;
    ReferenceIndex m_refs;
    const EntityDef* m_entity = nullptr;
    bool m_residents = false;

    QStringList m_header;
    QVector<int> m_colOf;      // field → file column, -1 when absent
    QVector<int> m_outOf;      // field → index in m_outColumns, -1 for id/labels
    QStringList m_outColumns;  // store columns this import writes
    QVector<ColumnType> m_outTypes;
    QSet<int> m_keptWhenEmpty; // columns an empty cell leaves as stored on update (a pair's status)
    QVector<QPair<QString, QVector<int>>> m_required; // column → its fields (alternatives)
    QVector<int> m_requiredOut;                       // m_required's columns in m_outColumns
    std::array<int, ColCount> m_col{};                // Col → index in m_outColumns, -1 when not written
    int m_fieldId = -1, m_fieldCccd = -1, m_fieldFullName = -1, m_fieldHamlet = -1, m_fieldHousehold = -1;
    int m_insert = -1;
    int m_householdInsert = -1;
    QDate m_today = QDate::currentDate();

    // A file lists a household's (and a hamlet's) people one after the
    // other: the last cell found is answered again without folding and
    // hashing it. Only found ids are kept, and a found id never changes
    // during an import (nothing is deleted; a new record gets a new name).
    struct LastFound
    {
        QString cell;
        QString id;
    };
    LastFound m_lastHamlet, m_lastHousehold;

    // In-file keys → the row (negative when that row carried an id, see
    // repeatsEarlierRow); "id:" keys → the row that wrote that record.
    QHash<QString, qint64> m_seen;
    QHash<QString, qint64> m_seenCccd, m_seenName;
    QHash<QString, QString> m_existingByKey; // matchColumns key → id
    bool m_existingLoaded = false;
    QStringList m_matchColumns;
};

void ImportRun::issue(const Row& row, int field, const QString& value, const QString& reason, Severity s)
{
    m_report.issues.append({row.number, field >= 0 ? headerOf(field) : QString(), value, reason, s});
}

bool ImportRun::setup(const QStringList& header)
{
    m_header = header;
    m_entity = EntityCatalog::find(m_spec.table);
    m_residents = m_spec.name == u"residents";
    const HeaderMatcher matcher = m_spec.matcher();
    const HeaderMatcher::Mapping mapping = matcher.match(header);
    for (const QString& h : mapping.unknownHeaders)
        m_report.issues.append({1, h, {}, tr("column not recognised: ignored"), Severity::Warning});
    for (const QString& h : mapping.duplicates)
        m_report.issues.append({1, h, {}, tr("column appears twice: the first one is used"), Severity::Warning});

    m_colOf = mapping.columnForField;
    // A spreadsheet's title rows ("DANH SÁCH DÂN CƯ XÃ ...") above the header
    // name no column: say where the header must be, not that a column is missing.
    if (std::none_of(m_colOf.cbegin(), m_colOf.cend(), [](int c) { return c >= 0; })) {
        m_report.fatalError = tr("row 1 names none of the columns of this list: the column names must be in the "
                                 "first row (delete any title rows above them)");
        m_report.issues.append({1, {}, {}, m_report.fatalError, Severity::Error});
        return false;
    }
    m_outOf.fill(-1, m_spec.fields.size());
    for (int f = 0; f < m_spec.fields.size(); ++f) {
        const ListField& field = m_spec.fields.at(f);
        if (field.required && !field.column.isEmpty()) {
            auto it = std::find_if(m_required.begin(), m_required.end(),
                                   [&](const auto& p) { return p.first == field.column; });
            if (it == m_required.end())
                m_required.append({field.column, {f}});
            else
                it->second.append(f);
        }
        if (m_colOf.at(f) < 0 || field.column.isEmpty())
            continue;
        if (!m_outColumns.contains(field.column))
            m_outColumns << field.column;
        m_outOf[f] = out(field.column);
        if (field.kind == FieldKind::PairStatus)
            m_keptWhenEmpty.insert(out(field.column));
        if (field.kind == FieldKind::BirthDate && !m_outColumns.contains(QStringLiteral("birth_year")))
            m_outColumns << QStringLiteral("birth_year");
        // A resident without a hamlet cell lives in the hamlet of their household.
        if (field.kind == FieldKind::HouseholdRef && m_residents && !m_outColumns.contains(QStringLiteral("hamlet_id")))
            m_outColumns << QStringLiteral("hamlet_id");
    }
    for (int f = 0; f < m_spec.fields.size(); ++f)
        if (!m_spec.fields.at(f).column.isEmpty() && m_colOf.at(f) >= 0)
            m_outOf[f] = out(m_spec.fields.at(f).column);

    QStringList missing;
    for (const auto& [column, fields] : std::as_const(m_required)) {
        bool present = false;
        QStringList names;
        for (int f : fields) {
            present = present || m_colOf.at(f) >= 0;
            names << QStringLiteral("'%1'").arg(m_spec.fields.at(f).header);
        }
        if (!present) {
            const QString reason = tr("the file has no column %1, which is required").arg(names.join(tr(" or ")));
            m_report.issues.append({1, {}, {}, reason, Severity::Error});
            missing << reason;
        }
    }
    if (!missing.isEmpty()) {
        m_report.fatalError = missing.join(QStringLiteral("; "));
        return false;
    }
    for (const QString& c : m_outColumns)
        m_outTypes << m_entity->typeOf(c);
    StoreError error;
    m_insert = m_writer.prepareInsert(m_spec.table, m_outColumns, &error);
    if (m_insert < 0) {
        m_report.fatalError = error.text();
        return false;
    }
    m_matchColumns = matchColumns(m_spec.name);
    static const char* const colNames[ColCount] = {"full_name", "birth_date", "birth_year", "sex",  "cccd",     "hamlet_id",
                                                   "household_id", "is_head", "head_name", "code", "name"};
    for (int c = 0; c < ColCount; ++c)
        m_col[c] = out(QString::fromLatin1(colNames[c]));
    for (const auto& required : std::as_const(m_required))
        m_requiredOut << out(required.first);
    m_fieldId = m_spec.fieldIndex(QStringLiteral("id"));
    m_fieldCccd = m_spec.fieldIndex(QStringLiteral("cccd"));
    m_fieldFullName = m_spec.fieldIndex(QStringLiteral("full_name"));
    m_fieldHamlet = m_spec.fieldIndex(QStringLiteral("hamlet"));
    m_fieldHousehold = m_spec.fieldIndex(QStringLiteral("household"));
    return true;
}

void ImportRun::readField(int f, const QString& raw, Row& row)
{
    const ListField& field = m_spec.fields.at(f);
    // Exports guard cells a spreadsheet would run as formulas ("'=x"): the
    // apostrophe is not part of the value.
    const QString cell = CsvWriter::unguardFormula(raw.trimmed());
    const int o = m_outOf.at(f);
    auto set = [&](const QVariant& v) {
        if (o >= 0)
            row.out[o] = v;
    };
    auto fail = [&](const QString& reason) {
        issue(row, f, raw, reason);
        row.bad = true;
    };
    if (cell.contains(QChar(0)))
        return fail(tr("contains a NUL character: the file may be damaged or not a text file"));
    if (cell.size() > kMaxTextLength)
        return fail(tr("is %1 characters long: a field holds at most %2 (a missing closing quote can run a cell on "
                       "over the rows below it)")
                        .arg(cell.size())
                        .arg(kMaxTextLength));
    // Alternatives (id or CCCD of a resident): the first one given wins.
    const bool alreadySet = o >= 0 && !row.out.at(o).isNull();
    switch (field.kind) {
    case FieldKind::Id:
        if (!cell.isEmpty()) {
            if (QUuid::fromString(cell).isNull())
                fail(tr("'%1' is not an id exported by this program").arg(cell));
            else
                row.givenId = cell.toLower();
        }
        return;
    case FieldKind::Label:
        return;
    case FieldKind::Text:
        set(cell.isEmpty() ? QVariant() : QVariant(text::toNfc(cell)));
        return;
    case FieldKind::Integer: {
        if (cell.isEmpty())
            return set(QVariant());
        const auto v = cellformat::parseInteger(cell);
        if (!v)
            return fail(tr("'%1' is not a whole number").arg(cell));
        // Every whole-number column is a count, or the year it counts for.
        if (*v < 0)
            return fail(tr("'%1' is below zero: a count cannot be negative").arg(cell));
        if (field.column == u"year" && (*v < kFirstYear || *v > kLastYear))
            return fail(tr("'%1' is not a year from %2 to %3: write the year in full").arg(cell).arg(kFirstYear).arg(kLastYear));
        return set(*v);
    }
    case FieldKind::Bool: {
        const auto v = cellformat::parseBool(cell);
        if (!v)
            return fail(tr("'%1' is not yes or no: write x for yes, leave it empty for no").arg(cell));
        return set(*v ? 1 : 0);
    }
    case FieldKind::Date:
    case FieldKind::BirthDate: {
        if (cell.isEmpty()) {
            set(QVariant());
            if (field.kind == FieldKind::BirthDate)
                setOut(row, BirthYear, QVariant());
            return;
        }
        validation::ParsedDate d;
        if (const auto quick = cellformat::quickDate(cell)) {
            d.date = quick;
            d.year = quick->year();
        } else {
            d = validation::parseDate(cell);
        }
        if (!d.ok())
            return fail(d.error);
        if (field.kind == FieldKind::Date) {
            if (!d.date)
                return fail(tr("'%1' is only a year; a full date (dd/mm/yyyy) is needed").arg(cell));
            // The range the resident and class dialogs accept (a birth date
            // in the wrong column is the usual slip).
            QString why;
            if (!validation::plausibleEventDate(*d.date, m_today, &why))
                return fail(why);
            return set(cellformat::isoDate(*d.date));
        }
        QString why;
        if (!validation::plausibleBirth(d, m_today, &why))
            return fail(why);
        set(d.date ? QVariant(cellformat::isoDate(*d.date)) : QVariant());
        setOut(row, BirthYear, d.year ? QVariant(qlonglong(*d.year)) : QVariant());
        return;
    }
    case FieldKind::DateTime: {
        QString why;
        const QString v = cellformat::parseDateTime(cell, &why);
        if (why.isEmpty() && !v.isEmpty())
            validation::plausibleEventDate(QDate::fromString(v.left(10), Qt::ISODate), m_today, &why);
        if (!why.isEmpty())
            return fail(why);
        return set(v.isEmpty() ? QVariant() : QVariant(v));
    }
    case FieldKind::Sex: {
        const auto v = cellformat::parseSex(cell);
        if (!v)
            return fail(tr("'%1' is not Nam or Nữ").arg(cell));
        return set(v->isEmpty() ? QVariant() : QVariant(*v));
    }
    case FieldKind::PairStatus: {
        // Empty: not stated. A new pair gets the column's default (active);
        // a stored pair keeps its status (a list re-imported with the
        // column left blank must not reopen finished pairs).
        if (cell.trimmed().isEmpty())
            return set(QVariant());
        const auto v = cellformat::parsePairStatus(cell);
        if (!v)
            return fail(tr("'%1' is not a pair status: write Đang kèm cặp, Hoàn thành or Kết thúc").arg(cell));
        return set(*v);
    }
    case FieldKind::ClassFormat: {
        if (cell.isEmpty())
            return set(QVariant());
        const auto key = class_format::keyOf(cell);
        if (!key)
            return fail(tr("'%1' is not a class format: write Trực tiếp, Trực tuyến, Kết hợp or Lưu động").arg(cell));
        return set(*key);
    }
    case FieldKind::TargetGroup: {
        // A group we do not list ("Nông dân") is the commune's own word:
        // kept as written, never a reason to refuse the row.
        const auto keys = target_group::keyOf(cell);
        if (!keys) {
            issue(row, f, raw, tr("'%1' is not one of the listed target groups: kept as written").arg(cell),
                  Severity::Warning);
            return set(text::toNfc(cell));
        }
        return set(keys->isEmpty() ? QVariant() : QVariant(*keys));
    }
    case FieldKind::Cccd:
        row.cccdCell = raw; // checked with the sex and birth year, once all are read
        return;
    case FieldKind::Phone: {
        if (cell.isEmpty())
            return set(QVariant());
        const validation::PhoneCheck p = validation::checkPhone(cell);
        if (!p.ok)
            return fail(p.error);
        for (const QString& w : p.warnings)
            issue(row, f, raw, w, Severity::Warning);
        return set(p.normalized);
    }
    case FieldKind::HamletRef: {
        if (cell.isEmpty())
            return set(QVariant());
        if (cell == m_lastHamlet.cell)
            return set(m_lastHamlet.id);
        bool ambiguous = false;
        const QString id = m_refs.hamlet(cell, &ambiguous);
        if (ambiguous)
            return fail(tr("two hamlets are called '%1': write the hamlet code instead").arg(cell));
        if (!id.isEmpty()) {
            m_lastHamlet = {cell, id};
            return set(id);
        }
        if (!m_spec.createsHamlets)
            return fail(tr("no hamlet is called '%1' (import the hamlets first)").arg(cell));
        row.pendingHamlet = text::toNfc(cell);
        return;
    }
    case FieldKind::HouseholdRef: {
        if (cell.isEmpty())
            return set(QVariant());
        if (cell == m_lastHousehold.cell)
            return set(m_lastHousehold.id);
        if (const ReferenceIndex::Household* h = m_refs.household(cell)) {
            m_lastHousehold = {cell, h->id};
            return set(h->id);
        }
        if (!m_spec.createsHouseholds)
            return fail(tr("no household has the code '%1'").arg(cell));
        row.pendingHousehold = text::toNfc(cell);
        return;
    }
    case FieldKind::HeadMark: {
        const auto mark = cellformat::parseBool(cell);
        if (mark)
            return set(*mark ? 1 : 0);
        // Not a mark: the cell names the head of the household.
        const bool isHead = text::fold(cell) == foldedName(row);
        row.householdHead = text::toNfc(cell);
        return set(isHead ? 1 : 0);
    }
    case FieldKind::ResidentId:
    case FieldKind::ClassId:
    case FieldKind::TeamId: {
        if (cell.isEmpty() || alreadySet)
            return;
        const QString table = field.kind == FieldKind::ResidentId ? QStringLiteral("residents")
                              : field.kind == FieldKind::ClassId  ? QStringLiteral("classes")
                                                                  : QStringLiteral("teams");
        if (!m_refs.exists(table, cell.toLower()))
            return fail(tr("no record has the id '%1'").arg(cell));
        return set(cell.toLower());
    }
    case FieldKind::ResidentCccd: {
        if (cell.isEmpty() || alreadySet)
            return;
        const validation::CccdCheck check = validation::checkCccd(cell);
        const QString id = m_refs.residentByCccd(check.cccd);
        if (!id.isEmpty() && !m_refs.residentDeleted(id))
            return set(id);
        // A number that cannot be a CCCD says why (the spreadsheet dropped
        // its leading 0, showed it in scientific notation, ...), not only
        // that nobody has it.
        if (!check.error.isEmpty())
            return fail(check.error);
        return fail(tr("no resident has the CCCD '%1'").arg(cell));
    }
    case FieldKind::ClassTitle:
    case FieldKind::TeamName: {
        if (cell.isEmpty() || alreadySet)
            return;
        bool ambiguous = false;
        const bool isClass = field.kind == FieldKind::ClassTitle;
        const QString id = isClass ? m_refs.classByTitle(cell, &ambiguous) : m_refs.teamByName(cell, &ambiguous);
        if (ambiguous)
            return fail(isClass ? tr("two classes are called '%1': write the class id (Mã lớp) instead").arg(cell)
                                : tr("two teams are called '%1': write the team id (Mã tổ) instead").arg(cell));
        if (id.isEmpty())
            return fail(isClass ? tr("no class is called '%1'").arg(cell) : tr("no team is called '%1'").arg(cell));
        return set(id);
    }
    }
}

void ImportRun::residentChecks(const CsvRow& csv, Row& row)
{
    Q_UNUSED(csv)
    const int cccdField = m_fieldCccd;
    const QString cell = row.cccdCell.trimmed();
    if (!cell.isEmpty()) {
        const QString sex = outValue(row, Sex).toString();
        const QVariant year = outValue(row, BirthYear);
        const validation::CccdCheck c =
            validation::checkCccd(cell, sex.isEmpty() ? std::nullopt : std::optional<QChar>(sex.at(0)),
                                  year.isNull() ? std::nullopt : std::optional<int>(year.toInt()));
        if (!c.ok) {
            issue(row, cccdField, row.cccdCell, c.error);
            row.bad = true;
        } else {
            for (const QString& w : c.warnings)
                issue(row, cccdField, row.cccdCell, w, Severity::Warning);
            setOut(row, Cccd, c.cccd);
        }
    } else {
        setOut(row, Cccd, QVariant());
    }
    // The head mark may have been read before the name: compare again.
    if (!row.householdHead.isEmpty())
        setOut(row, IsHead, text::fold(row.householdHead) == foldedName(row) ? 1 : 0);
    if (outValue(row, IsHead).toInt() == 1 && row.householdHead.isEmpty())
        row.householdHead = outValue(row, FullName).toString();
    if (outValue(row, HamletId).isNull() && row.pendingHamlet.isEmpty()) {
        const QVariant household = outValue(row, HouseholdId);
        if (!household.isNull()) {
            if (const auto* h = m_refs.household(m_refs.householdCode(household.toString())))
                setOut(row, HamletId, h->hamletId.isEmpty() ? QVariant() : QVariant(h->hamletId));
        }
    }
}

void ImportRun::processRow(const CsvRow& csv)
{
    Row row;
    row.number = csv.recordNumber;
    row.out = QVariantList(m_outColumns.size());
    if (csv.hasFieldCountMismatch() && csv.fieldCount() > csv.expectedFieldCount)
        m_report.issues.append({row.number, {}, {},
                                tr("the row has %1 cells but the header only %2: the extra cells are ignored")
                                    .arg(csv.fieldCount())
                                    .arg(csv.expectedFieldCount),
                                Severity::Warning});
    for (int f = 0; f < m_spec.fields.size(); ++f)
        if (m_colOf.at(f) >= 0)
            readField(f, csv.value(m_colOf.at(f)), row);
    if (m_residents)
        residentChecks(csv, row);

    for (int r = 0; r < m_required.size(); ++r) {
        const auto& [column, fields] = m_required.at(r);
        const int o = m_requiredOut.at(r);
        if (o < 0 || !row.out.at(o).isNull())
            continue;
        if (column == u"hamlet_id" && !row.pendingHamlet.isEmpty())
            continue;
        if (column == u"household_id" && !row.pendingHousehold.isEmpty())
            continue;
        // Already reported (e.g. an unknown CCCD)? Then do not add "required".
        bool reported = false;
        for (int f : fields)
            reported = reported || (m_colOf.at(f) >= 0 && !csv.value(m_colOf.at(f)).trimmed().isEmpty());
        if (reported)
            continue;
        int first = fields.first();
        for (int f : fields)
            if (m_colOf.at(f) >= 0) {
                first = f;
                break;
            }
        issue(row, first, {}, tr("is required"));
        row.bad = true;
    }

    // The same record twice in one file: the later row is refused.
    if (!row.bad) {
        // The reason is translated only for a duplicate, not for every row.
        auto duplicateOf = [&](QHash<QString, qint64>& seen, const QString& key, int field, const char* reason) {
            if (key.isEmpty())
                return;
            auto it = seen.constFind(key);
            if (it != seen.constEnd()) {
                issue(row, field, field >= 0 ? csv.value(m_colOf.value(field, -1)) : QString(), QCoreApplication::translate("ListImporter", reason).arg(*it));
                row.bad = true;
            }
        };
        if (!row.givenId.isEmpty())
            duplicateOf(m_seen, QStringLiteral("id:") + row.givenId, m_fieldId, QT_TR_NOOP("the same id as row %1"));
        if (m_residents) {
            const QString cccd = outValue(row, Cccd).toString();
            duplicateOf(m_seenCccd, cccd, m_fieldCccd, QT_TR_NOOP("the same CCCD as row %1"));
        }
    }
    if (row.bad) {
        ++m_report.rejected;
        return;
    }
    const QString key = recordKey(row);
    if (repeatsEarlierRow(row, key) || !resolvePending(row)) {
        ++m_report.rejected;
        return;
    }
    write(row, key);
}

bool ImportRun::resolvePending(Row& row)
{
    StoreError error;
    if (!row.pendingHamlet.isEmpty()) {
        QString id = m_refs.hamlet(row.pendingHamlet);
        if (id.isEmpty()) {
            auto made = m_writer.insert(QStringLiteral("hamlets"), {{QStringLiteral("name"), row.pendingHamlet}}, &error);
            if (!made) {
                issue(row, m_fieldHamlet, row.pendingHamlet,
                      tr("the hamlet could not be created: %1").arg(error.displayText()));
                return false;
            }
            id = *made;
            m_refs.addHamlet(id, row.pendingHamlet, {});
        }
        setOut(row, HamletId, id);
    }
    const QString hamletId = outValue(row, HamletId).toString();
    if (!row.pendingHousehold.isEmpty()) {
        ReferenceIndex::Household* h = m_refs.household(row.pendingHousehold);
        if (!h) {
            // One household per few residents: its statement is prepared once.
            if (m_householdInsert < 0)
                m_householdInsert = m_writer.prepareInsert(
                    QStringLiteral("households"),
                    {QStringLiteral("code"), QStringLiteral("hamlet_id"), QStringLiteral("head_name")}, &error);
            auto made = m_householdInsert < 0
                            ? std::nullopt
                            : m_writer.insertNormalised(m_householdInsert,
                                              {row.pendingHousehold, hamletId.isEmpty() ? QVariant() : QVariant(hamletId),
                                               row.householdHead.isEmpty() ? QVariant() : QVariant(row.householdHead)},
                                              &error);
            if (!made) {
                issue(row, m_fieldHousehold, row.pendingHousehold,
                      tr("the household could not be created: %1").arg(error.displayText()));
                return false;
            }
            m_refs.addHousehold({*made, row.pendingHousehold, hamletId, row.householdHead});
            h = m_refs.household(row.pendingHousehold);
        }
        setOut(row, HouseholdId, h->id);
    } else if (m_residents && !row.householdHead.isEmpty()) {
        // An existing household learns its head's name if it had none.
        const QVariant household = outValue(row, HouseholdId);
        ReferenceIndex::Household* h =
            household.isNull() ? nullptr : m_refs.household(m_refs.householdCode(household.toString()));
        if (h && h->headName.isEmpty()) {
            if (m_writer.update(QStringLiteral("households"), h->id, {{QStringLiteral("head_name"), row.householdHead}},
                                &error))
                h->headName = row.householdHead;
        }
    }
    return true;
}

QString ImportRun::findExisting(Row& row)
{
    if (!row.givenId.isEmpty() && m_refs.exists(m_spec.table, row.givenId, true))
        return row.givenId;
    if (!m_entity->naturalKey.isEmpty()) {
        const QString id = Store::naturalId(*m_entity, [&] {
            QVariantMap m;
            for (const QString& k : m_entity->naturalKey)
                m.insert(k, outValue(row, k));
            return m;
        }());
        return m_refs.exists(m_spec.table, id, true) ? id : QString();
    }
    if (m_residents) {
        const QString cccd = outValue(row, Cccd).toString();
        if (!cccd.isEmpty()) {
            const QString id = m_refs.residentByCccd(cccd);
            if (!id.isEmpty())
                return id;
        }
        return QString(); // by name: see write(), which needs the household code
    }
    if (m_spec.name == u"hamlets") {
        const QString code = outValue(row, Code).toString();
        QString id = code.isEmpty() ? QString() : m_refs.hamlet(code);
        if (id.isEmpty())
            id = m_refs.hamlet(outValue(row, Name).toString());
        return id;
    }
    if (m_spec.name == u"households") {
        const auto* h = m_refs.household(outValue(row, Code).toString());
        return h ? h->id : QString();
    }
    if (m_matchColumns.isEmpty())
        return QString();
    if (!m_existingLoaded) {
        m_existingLoaded = true;
        m_writer.scan(m_spec.table, QStringList{QStringLiteral("id")} + m_matchColumns, QStringLiteral("deleted = 0"),
                      [this](const QVariantList& r) { m_existingByKey.insert(matchKey(r.mid(1)), r[0].toString()); });
    }
    QVariantList key;
    for (const QString& c : m_matchColumns)
        key << Store::normalise(m_entity->typeOf(c), outValue(row, c));
    return m_existingByKey.value(matchKey(key));
}

// The key that makes two rows of the file the same record. Read before the
// row's new hamlet or household is made (a household not made yet is
// named by its code), so a repeated row creates nothing.
QString ImportRun::recordKey(Row& row)
{
    QString nameKey;
    if (m_residents) {
        const QVariant birthDate = outValue(row, BirthDate);
        const QString birth = birthDate.isNull() ? outValue(row, BirthYear).toString() : birthDate.toString();
        const QString household = row.pendingHousehold.isEmpty()
                                      ? m_refs.householdCode(outValue(row, HouseholdId).toString())
                                      : row.pendingHousehold;
        nameKey = ReferenceIndex::residentNameKeyFolded(foldedName(row), birth, household);
    } else if (m_entity->naturalKey.isEmpty() && !m_matchColumns.isEmpty()) {
        QVariantList key;
        for (const QString& c : m_matchColumns)
            key << Store::normalise(m_entity->typeOf(c), outValue(row, c));
        nameKey = matchKey(key);
    } else if (!m_entity->naturalKey.isEmpty()) {
        QStringList parts;
        for (const QString& k : m_entity->naturalKey)
            parts << outValue(row, k).toString();
        nameKey = parts.join(QLatin1Char('|'));
    } else {
        nameKey = text::fold(outValue(row, Code).toString()) + QLatin1Char('|') +
                  (m_spec.name == u"hamlets" ? text::fold(outValue(row, Name).toString()) : QString());
    }
    return nameKey;
}

// True (and reported) when an earlier row of the file had the same key.
// Two rows that both carry an id (an export's) are two records that look
// alike (two visits on one day, namesakes): their ids tell them apart, and
// a repeated id is refused on its own.
bool ImportRun::repeatsEarlierRow(const Row& row, const QString& nameKey)
{
    if (m_residents) {
        auto it = nameKey.isEmpty() ? m_seenName.constEnd() : m_seenName.constFind(nameKey);
        if (it == m_seenName.constEnd() || (*it < 0 && !row.givenId.isEmpty()))
            return false;
        issue(row, m_fieldFullName, outValue(row, FullName).toString(),
              tr("the same name, birth date and household as row %1").arg(qAbs(*it)));
        return true;
    }
    auto it = m_seen.constFind(nameKey);
    if (it == m_seen.constEnd() || (*it < 0 && !row.givenId.isEmpty()))
        return false;
    issue(row, -1, {}, tr("the same record as row %1").arg(qAbs(*it)));
    return true;
}

void ImportRun::write(Row& row, const QString& nameKey)
{
    QString existing = findExisting(row);
    if (existing.isEmpty() && m_residents && !nameKey.isEmpty())
        existing = m_refs.residentByNameKey(nameKey);
    // A row with its own id never lands on a record an earlier row of the
    // file already wrote under another id: they are two records alike.
    if (!row.givenId.isEmpty() && !existing.isEmpty() && existing != row.givenId &&
        m_seen.contains(QStringLiteral("id:") + existing))
        existing.clear();
    // A row matched by its id may carry the CCCD of another living resident:
    // one person, one record (as the resident dialog refuses it).
    if (m_residents) {
        const QString cccd = outValue(row, Cccd).toString();
        const QString holder = cccd.isEmpty() ? QString() : m_refs.residentByCccd(cccd);
        if (!holder.isEmpty() && holder != existing && !m_refs.residentDeleted(holder)) {
            issue(row, m_fieldCccd, row.cccdCell,
                  tr("this CCCD already belongs to another resident, %1").arg(m_refs.residentName(holder)));
            ++m_report.rejected;
            return;
        }
    }

    StoreError error;
    const bool inserted = existing.isEmpty();
    if (inserted) {
        auto id = m_writer.insertNormalised(m_insert, row.out, &error, row.givenId,
                                            m_residents ? foldedName(row) : QString());
        if (!id) {
            issue(row, -1, {}, tr("could not be stored: %1").arg(error.displayText()));
            ++m_report.rejected;
            return;
        }
        existing = *id;
        ++m_report.inserted;
    } else {
        const auto current = m_writer.fetch(m_spec.table, existing);
        QVariantMap changes;
        for (int i = 0; i < m_outColumns.size(); ++i) {
            const QVariant incoming = Store::normalise(m_outTypes.at(i), row.out.at(i));
            if (incoming.isNull() && m_keptWhenEmpty.contains(i))
                continue;
            if (!current || !sameValue(current->value(m_outColumns.at(i)), incoming))
                changes.insert(m_outColumns.at(i), incoming);
        }
        if (current && current->value(QStringLiteral("deleted")).toLongLong() != 0)
            changes.insert(QStringLiteral("deleted"), 0);
        if (changes.isEmpty()) {
            ++m_report.unchanged;
        } else if (m_writer.update(m_spec.table, existing, changes, &error)) {
            ++m_report.updated;
            if (m_residents && current)
                m_refs.forgetResidentKeys(current->value(QStringLiteral("cccd")).toString(), QString());
        } else {
            issue(row, -1, {}, tr("could not be stored: %1").arg(error.displayText()));
            ++m_report.rejected;
            return;
        }
    }
    if (m_residents) {
        const QString cccd = outValue(row, Cccd).toString();
        // A later row with this CCCD or name key is refused by m_seenCccd /
        // m_seenName before it looks for a stored resident: only a changed
        // resident's keys need telling the index.
        if (!inserted)
            m_refs.addResident(existing, cccd, nameKey);
        if (!cccd.isEmpty())
            m_seenCccd.insert(cccd, row.number);
        if (!nameKey.isEmpty())
            m_seenName.insert(nameKey, seenMark(row));
    } else {
        m_seen.insert(nameKey, seenMark(row));
        if (m_spec.name == u"hamlets")
            m_refs.addHamlet(existing, outValue(row, Name).toString(), outValue(row, Code).toString());
        else if (m_spec.name == u"households")
            m_refs.addHousehold({existing, outValue(row, Code).toString(), outValue(row, HamletId).toString(),
                                 outValue(row, HeadName).toString()});
        else if (!m_matchColumns.isEmpty())
            m_existingByKey.insert(nameKey, existing);
    }
    if (!row.givenId.isEmpty()) {
        m_seen.insert(QStringLiteral("id:") + row.givenId, row.number);
        if (existing != row.givenId) // matched by its key: that record is this row's too
            m_seen.insert(QStringLiteral("id:") + existing, row.number);
    }
}

// Rebuilding a table's secondary indexes by one sort each beats keeping
// them up to date row by row when the import brings many rows, and at least
// as many as the table holds (the rebuild also sorts the rows already there).
bool ImportRun::worthRebuildingIndexes(qint64 expectedRows)
{
    if (expectedRows < kRebuildIndexesFrom)
        return false;
    qint64 existing = 0;
    m_writer.scan(m_spec.table, {QStringLiteral("count(*)")}, {},
                  [&](const QVariantList& row) { existing = row.value(0).toLongLong(); });
    return expectedRows >= existing;
}

void ImportRun::run(QFile& file)
{
    CsvReader reader(&file);
    if (!reader.readHeader()) {
        m_report.fatalError = reader.errorKind() == CsvReader::ErrorKind::EmptyFile ? tr("the file is empty")
                                                                                     : reader.error();
        return;
    }
    // A file in another encoding garbles the headers first: say so, rather
    // than that the required columns are missing.
    if (reader.sawInvalidUtf8()) {
        m_report.fatalError = notUtf8();
        return;
    }
    if (std::any_of(reader.header().cbegin(), reader.header().cend(),
                    [](const QString& h) { return h.contains(QChar(0)); })) {
        m_report.fatalError = tr("the file is not UTF-8 text (it looks like UTF-16 without a byte order mark, or "
                                 "not a text file): save it from the spreadsheet as \"CSV UTF-8\"");
        return;
    }
    if (!setup(reader.header()))
        return;
    if (!m_store.begin()) {
        m_report.fatalError = tr("cannot start a transaction on the store");
        return;
    }
    // Log and index the new rows in one statement each at the end: with the
    // per-row triggers SQLite spends most of an import in them (FTS5 flushes
    // at every statement). Without the triggers (an old store) rows are
    // logged as usual.
    // Households made by a residents import are logged the same way, first:
    // a resident's entry never comes before its household's.
    const bool householdsDeferred = m_spec.createsHouseholds && m_spec.table != u"households" &&
                                    m_writer.deferInsertLogging(QStringLiteral("households"), nullptr);
    const bool deferring = m_writer.deferInsertLogging(m_spec.table, nullptr);
    if (householdsDeferred && !deferring)
        m_writer.finishDeferred(nullptr); // both or neither: nothing is written yet, the triggers come back
    const qint64 total = file.size();
    if (deferring && !m_options.dryRun && worthRebuildingIndexes(total / kMinRowBytes))
        m_writer.deferIndexes(nullptr); // kept row by row when it cannot: only slower
    if (m_residents) {
        // Room for all of them up front.
        const qsizetype expected = qsizetype(std::min<qint64>(total / kMinRowBytes, 2'000'000));
        m_refs.reserveResidents(expected);
        m_seenCccd.reserve(expected);
        m_seenName.reserve(expected);
    }
    CsvRow row;
    while (reader.next(row)) {
        if (row.isBlank())
            continue;
        ++m_report.rowsRead;
        processRow(row);
        if ((m_report.rowsRead & 1023) == 0) {
            if (m_options.progress)
                m_options.progress(m_report.rowsRead, file.pos(), total);
            if (m_options.cancel && m_options.cancel->load()) {
                m_report.cancelled = true;
                break;
            }
        }
    }
    if (!m_report.cancelled && m_options.cancel && m_options.cancel->load())
        m_report.cancelled = true;
    if (reader.hasError())
        m_report.fatalError = tr("line %1: %2").arg(reader.lineNumber()).arg(reader.error());
    else if (reader.sawInvalidUtf8())
        m_report.fatalError = notUtf8();
    else if (m_report.cancelled)
        m_report.fatalError = tr("the import was cancelled: nothing was stored");

    bool keep = m_report.fatalError.isEmpty() && !m_options.dryRun &&
                      (m_options.onlyValid || m_report.errorCount() == 0);
    StoreError logError;
    if (keep && !m_writer.finishDeferred(&logError)) {
        m_report.fatalError = tr("the store refused the import: %1").arg(logError.displayText());
        keep = false;
    }
    if (keep) {
        m_report.committed = m_store.commit();
        if (!m_report.committed)
            m_report.fatalError = tr("the store refused the import: %1").arg(m_store.db().lastError().text());
        else if (m_report.inserted + m_report.updated >= kCheckpointFrom)
            // Copy the pages into the main file now and truncate the WAL: a
            // large transaction otherwise leaves a WAL of its whole size on
            // disk. Best effort: a busy checkpoint only leaves it for later.
            QSqlQuery(m_store.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } else {
        m_store.rollback();
    }
    if (m_options.progress)
        m_options.progress(m_report.rowsRead, total, total);
}

} // namespace

QString ImportIssue::text() const
{
    const QString where = column.isEmpty() ? tr("row %1").arg(row) : tr("row %1, %2").arg(row).arg(column);
    if (value.isEmpty())
        return QStringLiteral("%1: %2").arg(where, reason);
    return QStringLiteral("%1: '%2' — %3").arg(where, value, reason);
}

QJsonObject ImportIssue::toJson() const
{
    return {{QStringLiteral("row"), row},
            {QStringLiteral("column"), column},
            {QStringLiteral("value"), value},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("severity"), severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")}};
}

int ImportReport::errorCount() const
{
    return int(std::count_if(issues.begin(), issues.end(), [](const ImportIssue& i) { return i.severity == Severity::Error; }));
}

int ImportReport::warningCount() const
{
    return int(issues.size()) - errorCount();
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const ImportIssue& i : issues)
        list.append(i.toJson());
    return {{QStringLiteral("list"), this->list},
            {QStringLiteral("rows_read"), rowsRead},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("errors"), errorCount()},
            {QStringLiteral("warnings"), warningCount()},
            {QStringLiteral("committed"), committed},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("fatal_error"), fatalError},
            {QStringLiteral("issues"), list}};
}

QString ImportReport::summary() const
{
    if (!fatalError.isEmpty())
        return tr("Nothing imported: %1").arg(fatalError);
    const QString counts = tr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected")
                               .arg(rowsRead)
                               .arg(inserted)
                               .arg(updated)
                               .arg(unchanged)
                               .arg(rejected);
    if (committed)
        return tr("Imported %1. %2").arg(list, counts);
    if (dryRun)
        return tr("Checked %1 (dry run, nothing stored). %2").arg(list, counts);
    if (errorCount() > 0)
        return tr("Nothing imported (all or nothing): %1 row(s) have errors. %2").arg(rejected).arg(counts);
    return tr("Checked %1 (dry run, nothing stored). %2").arg(list, counts);
}

ImportReport ListImporter::import(Store& store, const QString& list, const QString& path, const ImportOptions& options)
{
    ImportReport report;
    report.list = list;
    report.dryRun = options.dryRun;
    const ListSpec* spec = ListColumns::find(list);
    if (!spec) {
        report.fatalError = tr("unknown list '%1' (known: %2)").arg(list, ListColumns::names().join(QStringLiteral(", ")));
        return report;
    }
    if (!store.hasCommune()) {
        report.fatalError = tr("the store has no commune yet (run init first)");
        return report;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatalError = tr("cannot open %1: %2").arg(path, file.errorString());
        return report;
    }
    ImportRun run(store, *spec, options, report);
    run.run(file);
    return report;
}

} // namespace hocvuso
