#include "ui/dialogs/KpiMembersDialog.h"

#include "core/io/CsvWriter.h"
#include "core/kpi/Indicators.h"
#include "ui/models/KpiTableModel.h"
#include "ui/models/KpiMemberModel.h"
#include "ui/widgets/BackgroundTask.h"
#include "ui/widgets/TaskProgressDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <QLocale>

#include <memory>

namespace hocvuso {

namespace {
QString subjectHeader(const QString& indicator)
{
    const kpi::IndicatorDef* def = kpi::Indicators::find(indicator);
    switch (def ? def->subject : kpi::Subject::Resident) {
    case kpi::Subject::Household:
        return KpiMembersDialog::tr("Household");
    case kpi::Subject::Mentor:
        return KpiMembersDialog::tr("Digital ambassador");
    case kpi::Subject::Hamlet:
        return KpiMembersDialog::tr("Hamlet");
    case kpi::Subject::Market:
        return KpiMembersDialog::tr("Market");
    case kpi::Subject::Cadence:
        return KpiMembersDialog::tr("Period");
    case kpi::Subject::Resident:
        break;
    }
    return KpiMembersDialog::tr("Resident");
}
} // namespace

KpiMembersDialog::KpiMembersDialog(const QString& storePath, const kpi::KpiTable& table, const QString& indicator,
                                   kpi::MemberSet which, const QString& hamletId, QWidget* parent)
    : QDialog(parent), m_storePath(storePath), m_table(table), m_indicator(indicator)
{
    setObjectName(QStringLiteral("kpiMembersDialog"));
    setWindowTitle(KpiTableModel::indicatorName(indicator, table.mentorMin));
    resize(640, 560);

    m_which = new QComboBox(this);
    m_which->setObjectName(QStringLiteral("memberSet"));
    m_which->addItem(tr("Counted"), int(kpi::MemberSet::Counted));
    m_which->addItem(tr("Still missing"), int(kpi::MemberSet::Missing));
    m_which->setCurrentIndex(which == kpi::MemberSet::Counted ? 0 : 1);
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("memberHamlet"));
    m_hamlet->addItem(tr("All hamlets"), QVariant());
    for (const kpi::HamletInfo& h : table.hamlets)
        m_hamlet->addItem(h.name, h.id);
    m_hamlet->addItem(tr("(no hamlet)"), QString(QLatin1String("")));
    if (!hamletId.isNull()) {
        for (int i = 1; i < m_hamlet->count(); ++i)
            if (m_hamlet->itemData(i).toString() == hamletId)
                m_hamlet->setCurrentIndex(i);
    }

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("memberCount"));
    m_count->setWordWrap(true);
    m_model = new KpiMemberModel({subjectHeader(indicator), tr("Hamlet")}, this);
    connect(m_model, &KpiMemberModel::moreWanted, this, &KpiMembersDialog::loadPage);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("membersView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 300);

    m_export = new QPushButton(tr("Export to CSV..."), this);
    m_export->setObjectName(QStringLiteral("exportMembers"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(m_which);
    top->addWidget(m_hamlet, 1);
    auto* layout = new QVBoxLayout(this);
    QString periodText = tr("Period: %1").arg(QLocale().language() == QLocale::Vietnamese ? table.period.labelVi()
                                                                                            : table.period.labelEn());
    if (const kpi::GroupDef* group = kpi::Groups::find(table.group))
        periodText += QStringLiteral(" · ") + tr("Group: %1").arg(kpi::Groups::name(*group));
    auto* period = new QLabel(periodText, this);
    period->setObjectName(QStringLiteral("memberPeriod"));
    layout->addWidget(period);
    layout->addLayout(top);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    const kpi::IndicatorDef* def = kpi::Indicators::find(indicator);
    if (def && def->denominator == kpi::DenominatorKind::Baseline) {
        auto* note = new QLabel(tr("\"Still missing\" lists only the people recorded in this application; the rest of "
                                   "the baseline is not known by name."),
                                this);
        note->setWordWrap(true);
        layout->insertWidget(3, note);
    }

    connect(m_which, &QComboBox::currentIndexChanged, this, &KpiMembersDialog::reload);
    connect(m_hamlet, &QComboBox::currentIndexChanged, this, &KpiMembersDialog::reload);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), QString(),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        exportCsv(path);
    });
    connect(this, &KpiMembersDialog::exportFinished, this, [this](bool ok, const QString& error) {
        if (!ok && error != QLatin1String("cancelled"))
            QMessageBox::warning(this, tr("Export the list"), tr("The list could not be written: %1").arg(error));
    });
    reload();
}

void KpiMembersDialog::setWhich(kpi::MemberSet which)
{
    m_which->setCurrentIndex(which == kpi::MemberSet::Counted ? 0 : 1);
}

QString KpiMembersDialog::hamletChoice() const
{
    // Null = every hamlet; empty but not null = the records with no hamlet.
    const QVariant data = m_hamlet->currentData();
    if (!data.isValid())
        return {};
    return data.toString().isNull() ? QStringLiteral("") : data.toString();
}

kpi::KpiOptions KpiMembersDialog::engineOptions() const
{
    kpi::KpiOptions options;
    options.asOf = m_table.asOf;
    options.planCode = m_table.plan ? m_table.plan->code : QString();
    options.group = m_table.group; // the drill-down lists the dashboard's group only
    return options;
}

QString KpiMembersDialog::hamletName(const QString& hamletId) const
{
    return hamletId.isEmpty() ? tr("(no hamlet)") : m_table.hamletName(hamletId);
}

qint64 KpiMembersDialog::total() const
{
    return m_model->total();
}

void KpiMembersDialog::reload()
{
    ++m_generation;
    m_members.clear();
    m_model->setFirstPage({}, 0);
    m_export->setEnabled(false);
    m_count->setText(tr("Loading..."));
    loadPage(0);
}

void KpiMembersDialog::loadPage(int offset)
{
    m_loading = true;
    m_model->setLoading(true);
    const auto which = kpi::MemberSet(m_which->currentData().toInt());
    const QString hamletId = hamletChoice();
    const kpi::KpiOptions options = engineOptions();
    const kpi::Period period = m_table.period;
    const QString indicator = m_indicator;
    const int generation = m_generation;
    // Filled on the worker, read here after `finished` (the thread has ended by then).
    auto result = std::make_shared<kpi::KpiMemberPage>();
    auto* task = BackgroundTask::start(
        m_storePath,
        [indicator, period, which, hamletId, options, offset, result](Store& store, TaskControl&, QString* error) {
            kpi::KpiEngine engine(store);
            *result = engine.memberPage(indicator, period, which, hamletId, options, offset, kPageSize);
            if (!engine.lastError().isEmpty())
                *error = engine.lastError();
            return QVariant();
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result, generation](const QVariant&, const QString& error, bool) {
        if (generation != m_generation)
            return; // the choice changed meanwhile: its own page is on the way
        m_loading = false;
        if (!error.isEmpty()) {
            m_model->setLoading(false);
            m_count->setText(tr("The list could not be loaded: %1").arg(error));
            emit loaded();
            return;
        }
        QVector<RowListModel::Row> rows;
        rows.reserve(result->rows.size());
        for (const kpi::KpiMember& m : std::as_const(result->rows))
            rows.append({m.id, {m.name, hamletName(m.hamletId)}});
        if (m_members.isEmpty())
            m_model->setFirstPage(std::move(rows), result->total);
        else
            m_model->appendPage(std::move(rows));
        m_members += result->rows;
        m_model->setLoading(false); // only now: the rows above are in, so the next page starts after them
        const int total = int(m_model->total());
        m_count->setText(tr("%Ln in all.", nullptr, total));
        m_export->setEnabled(total > 0 && !m_exporting);
        emit loaded();
    });
}

void KpiMembersDialog::exportCsv(const QString& path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_export->setEnabled(false);
    const auto which = kpi::MemberSet(m_which->currentData().toInt());
    const QString hamletId = hamletChoice();
    const kpi::KpiOptions options = engineOptions();
    const kpi::Period period = m_table.period;
    const QString indicator = m_indicator;
    const QString header = m_model->headerData(0, Qt::Horizontal).toString(), hamletHeader = tr("Hamlet");
    const kpi::KpiTable table = m_table;
    const QString noHamlet = tr("(no hamlet)");
    auto* task = BackgroundTask::start(
        m_storePath,
        [=](Store& store, TaskControl& control, QString* error) {
            kpi::KpiEngine engine(store);
            const QVector<kpi::KpiMember> members = engine.members(indicator, period, which, hamletId, options);
            if (!engine.lastError().isEmpty()) {
                *error = engine.lastError();
                return QVariant(false);
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                *error = file.errorString();
                return QVariant(false);
            }
            CsvWriter csv(&file);
            csv.writeRow({header, hamletHeader});
            qint64 written = 0;
            for (const kpi::KpiMember& m : members) {
                if ((++written % 4096) == 0) {
                    if (control.cancelled()) {
                        file.cancelWriting();
                        *error = QStringLiteral("cancelled");
                        return QVariant(false);
                    }
                    control.progress(written, members.size());
                }
                csv.writeRow({m.name, m.hamletId.isEmpty() ? noHamlet : table.hamletName(m.hamletId)});
            }
            if (!csv.flush()) {
                *error = csv.error();
                file.cancelWriting();
                return QVariant(false);
            }
            if (!file.commit()) {
                *error = file.errorString();
                return QVariant(false);
            }
            return QVariant(true);
        },
        this);
    new TaskProgressDialog(task, tr("Writing the list..."), this);
    connect(task, &BackgroundTask::finished, this, [this](const QVariant& result, const QString& error, bool cancelled) {
        m_exporting = false;
        m_export->setEnabled(m_model->total() > 0);
        const bool ok = result.toBool() && error.isEmpty();
        emit exportFinished(ok, ok ? QString() : (cancelled ? QStringLiteral("cancelled") : error));
    });
}

} // namespace hocvuso
