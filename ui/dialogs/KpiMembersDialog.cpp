#include "ui/dialogs/KpiMembersDialog.h"

#include "core/io/CsvWriter.h"
#include "core/kpi/Indicators.h"
#include "ui/models/KpiTableModel.h"
#include "ui/models/RowListModel.h"
#include "ui/widgets/BackgroundTask.h"

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
    m_model = new RowListModel({subjectHeader(indicator), tr("Hamlet")}, this);
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
    auto* period = new QLabel(tr("Period: %1").arg(QLocale().language() == QLocale::Vietnamese ? table.period.labelVi()
                                                                                                 : table.period.labelEn()),
                              this);
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
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export the list"), tr("The list could not be written: %1").arg(error));
    });
    reload();
}

void KpiMembersDialog::setWhich(kpi::MemberSet which)
{
    m_which->setCurrentIndex(which == kpi::MemberSet::Counted ? 0 : 1);
}

void KpiMembersDialog::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_export->setEnabled(false);
    m_count->setText(tr("Loading..."));
    const auto which = kpi::MemberSet(m_which->currentData().toInt());
    const QVariant hamletData = m_hamlet->currentData();
    // Null = every hamlet; empty but not null = the records with no hamlet.
    QString hamletId;
    if (hamletData.isValid())
        hamletId = hamletData.toString().isNull() ? QStringLiteral("") : hamletData.toString();
    kpi::KpiOptions options;
    options.asOf = m_table.asOf;
    options.planCode = m_table.plan ? m_table.plan->code : QString();
    const kpi::Period period = m_table.period;
    const QString indicator = m_indicator;
    // Filled on the worker, read here after `finished` (the thread has ended by then).
    auto result = std::make_shared<QVector<kpi::KpiMember>>();
    auto* task = BackgroundTask::start(
        m_storePath,
        [indicator, period, which, hamletId, options, result](Store& store, TaskControl&, QString* error) {
            kpi::KpiEngine engine(store);
            *result = engine.members(indicator, period, which, hamletId, options);
            if (!engine.lastError().isEmpty())
                *error = engine.lastError();
            return QVariant();
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, result](const QVariant&, const QString& error, bool) {
        m_loading = false;
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        m_members = error.isEmpty() ? *result : QVector<kpi::KpiMember>();
        showMembers();
        if (!error.isEmpty())
            m_count->setText(tr("The list could not be loaded: %1").arg(error));
        emit loaded();
    });
}

void KpiMembersDialog::showMembers()
{
    QVector<RowListModel::Row> rows;
    const qsizetype shown = std::min<qsizetype>(m_members.size(), kShownRows);
    rows.reserve(shown);
    for (qsizetype i = 0; i < shown; ++i) {
        const kpi::KpiMember& m = m_members[i];
        rows.append({m.id, {m.name, m.hamletId.isEmpty() ? tr("(no hamlet)") : m_table.hamletName(m.hamletId)}});
    }
    m_model->setRows(std::move(rows));
    const int total = int(m_members.size());
    m_count->setText(total > kShownRows ? tr("%1 in all; the first %2 are shown. Export to see them all.")
                                              .arg(QLocale().toString(total), QLocale().toString(kShownRows))
                                        : tr("%n in all.", nullptr, total));
    m_export->setEnabled(total > 0);
}

bool KpiMembersDialog::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        CsvWriter csv(&file);
        csv.writeRow({m_model->headerData(0, Qt::Horizontal).toString(), tr("Hamlet")});
        for (const kpi::KpiMember& m : m_members)
            csv.writeRow({m.name, m.hamletId.isEmpty() ? tr("(no hamlet)") : m_table.hamletName(m.hamletId)});
        if (!csv.flush()) {
            if (error)
                *error = csv.error();
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace hocvuso
