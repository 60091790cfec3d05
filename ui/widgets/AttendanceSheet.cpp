#include "ui/widgets/AttendanceSheet.h"

#include "core/id/CccdQr.h"
#include "core/store/Store.h"
#include "core/text/VietnameseText.h"
#include "core/validation/Cccd.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/models/AttendanceModel.h"
#include "core/search/ResidentSearch.h"
#include "ui/models/RowListModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace hocvuso {

namespace {
constexpr int kMaxMatches = 20;
}

AttendanceSheet::AttendanceSheet(Store& store, QWidget* parent)
    : QWidget(parent), m_store(store), m_search(std::make_unique<ResidentSearch>(store))
{
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("attendanceInput"));
    m_input->setPlaceholderText(tr("Type a name without diacritics, or scan the ID card's QR code, then Enter"));
    m_matches = new RowListModel({tr("Full name"), tr("Born"), tr("Hamlet"), tr("CCCD")}, this);
    m_matchView = new QTableView(this);
    m_matchView->setObjectName(QStringLiteral("matchesView"));
    m_matchView->setModel(m_matches);
    m_matchView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matchView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matchView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matchView->verticalHeader()->hide();
    m_matchView->horizontalHeader()->setStretchLastSection(true);
    m_matchView->setColumnWidth(0, 200);
    m_matchView->setMaximumHeight(170);
    m_matchView->setFocusPolicy(Qt::NoFocus); // the box keeps the focus; arrows move the selection

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attendanceMessage"));
    m_message->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("attendanceCount"));

    m_attendance = new AttendanceModel(store, this);
    m_attendanceView = new QTableView(this);
    m_attendanceView->setObjectName(QStringLiteral("attendanceView"));
    m_attendanceView->setModel(m_attendance);
    m_attendanceView->verticalHeader()->hide();
    m_attendanceView->horizontalHeader()->setStretchLastSection(true);
    m_attendanceView->setColumnWidth(0, 200);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    layout->addWidget(m_matchView);
    layout->addWidget(m_message);
    layout->addWidget(m_count);
    layout->addWidget(m_attendanceView, 1);

    connect(m_input, &QLineEdit::textChanged, this, &AttendanceSheet::updateMatches);
    connect(m_input, &QLineEdit::returnPressed, this, &AttendanceSheet::submit);
    connect(m_attendance, &AttendanceModel::written, this, &AttendanceSheet::written);
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%n attended", nullptr, attendedCount())); });
    // Up/Down in the box move through the matches without leaving it.
    m_input->installEventFilter(this);
    setEnabled(false);
}

AttendanceSheet::~AttendanceSheet() = default;

void AttendanceSheet::setClass(const QString& classId)
{
    if (classId == m_classId && !classId.isEmpty()) {
        m_attendance->reload(); // same class: keep what is typed and the last message
        return;
    }
    m_classId = classId;
    setEnabled(!classId.isEmpty());
    m_attendance->setClass(classId);
    m_input->clear();
    m_message->clear();
}

int AttendanceSheet::attendedCount() const
{
    return m_attendance->rowCount();
}

QString AttendanceSheet::lastMessage() const
{
    return m_message->text();
}

void AttendanceSheet::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020") : QStringLiteral("color: #1b5e20"));
}

void AttendanceSheet::updateMatches()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty() || id::looksLikeQr(text)) {
        m_matches->setRows({});
        return;
    }
    QVector<RowListModel::Row> rows;
    for (const ResidentHit& hit : m_search->search(text, kMaxMatches))
        rows.push_back({hit.id,
                        {hit.fullName, hit.birthYear > 0 ? QString::number(hit.birthYear) : QString(), hit.hamletName,
                         ResidentSearch::maskCccd(hit.cccd)}});
    m_matches->setRows(rows);
    if (!rows.isEmpty())
        m_matchView->selectRow(0);
}

void AttendanceSheet::submit()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty())
        return;
    if (id::looksLikeQr(text)) {
        submitQr(text);
        return;
    }
    // Twelve digits typed by hand: a CCCD.
    const validation::CccdCheck typed = validation::checkCccd(text);
    if (typed.ok && text::looksLikeDigits(text)) {
        const QString residentId = residentByCccd(typed.cccd);
        if (residentId.isEmpty())
            showMessage(tr("No resident has CCCD %1.").arg(typed.cccd), true);
        else if (markPresent(residentId))
            m_input->clear();
        return;
    }
    const QModelIndex current = m_matchView->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    const QString residentId = m_matches->idAt(row);
    if (residentId.isEmpty()) {
        showMessage(tr("Nobody matches \"%1\".").arg(text.trimmed()), true);
        return;
    }
    if (markPresent(residentId))
        m_input->clear();
}

void AttendanceSheet::submitQr(const QString& text)
{
    const id::CccdQr card = id::parseCccdQr(text);
    if (!card.ok) {
        showMessage(tr("The card could not be read: %1").arg(card.error), true);
        m_input->clear();
        return;
    }
    QString residentId = residentByCccd(card.cccd);
    if (residentId.isEmpty()) {
        // Not registered yet: the form opens filled from the card.
        ResidentDialog dialog(m_store, {}, this);
        dialog.setWindowTitle(tr("Register a new resident from the ID card"));
        dialog.prefill({{QStringLiteral("full_name"), text::capitalizeName(card.fullName)},
                        {QStringLiteral("birth_date"), card.birthDate},
                        {QStringLiteral("sex"), QString(card.sex)},
                        {QStringLiteral("cccd"), card.cccd},
                        {QStringLiteral("notes"), tr("Address on the ID card: %1").arg(card.address)}});
        if (dialog.exec() != QDialog::Accepted) {
            showMessage(tr("Registration cancelled; nobody was marked present."), true);
            m_input->clear();
            return;
        }
        residentId = dialog.savedId();
        emit written();
    }
    if (markPresent(residentId))
        m_input->clear();
}

QString AttendanceSheet::residentByCccd(const QString& cccd)
{
    const auto hit = m_search->findByCccd(cccd);
    return hit ? hit->id : QString();
}

bool AttendanceSheet::markPresent(const QString& residentId)
{
    if (m_classId.isEmpty())
        return false;
    const auto resident = m_store.get(QStringLiteral("residents"), residentId);
    if (!resident)
        return false;
    const QString name = resident->value(QStringLiteral("full_name")).toString();
    const bool already = m_attendance->rowOfResident(residentId) >= 0;
    StoreError error;
    if (!m_store.insert(QStringLiteral("attendance"),
                        {{QStringLiteral("class_id"), m_classId},
                         {QStringLiteral("resident_id"), residentId},
                         {QStringLiteral("present"), true}},
                        &error)) {
        showMessage(tr("Not marked: %1").arg(error.displayText()), true);
        return false;
    }
    m_attendance->reload();
    showMessage(already ? tr("%1 was already marked present.").arg(name) : tr("%1 marked present.").arg(name), false);
    emit written();
    return true;
}

bool AttendanceSheet::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_matches->rowCount();
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && rows > 0) {
            const int current = m_matchView->currentIndex().isValid() ? m_matchView->currentIndex().row() : -1;
            const int next = std::clamp(current + (key->key() == Qt::Key_Down ? 1 : -1), 0, rows - 1);
            m_matchView->selectRow(next);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hocvuso
