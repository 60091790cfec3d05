#include "ui/widgets/AttendanceSheet.h"

#include "core/id/CccdQr.h"
#include "core/query/AttendanceRecorder.h"
#include "core/query/ResidentIdentity.h"
#include "core/search/ResidentSearch.h"
#include "core/store/Store.h"
#include "core/text/VietnameseText.h"
#include "core/validation/Cccd.h"
#include "core/validation/Dates.h"
#include "ui/dialogs/ResidentDialog.h"
#include "ui/dialogs/UnsavedChanges.h"
#include "ui/models/AttendanceModel.h"
#include "ui/models/RowListModel.h"
#include "ui/widgets/RefusalText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
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
    m_attendanceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendanceView->setSelectionMode(QAbstractItemView::SingleSelection);
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
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAttendanceButton"));
    m_remove->setToolTip(tr("Take the selected person off this class's attendance (Delete)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_input, &QLineEdit::textChanged, this, &AttendanceSheet::updateMatches);
    connect(m_input, &QLineEdit::returnPressed, this, &AttendanceSheet::submit);
    connect(m_attendance, &AttendanceModel::written, this, &AttendanceSheet::written);
    connect(m_remove, &QPushButton::clicked, this, &AttendanceSheet::removeSelected);
    // Delete on the attendance list works like the button.
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_attendanceView);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &AttendanceSheet::removeSelected);
    connect(m_attendance, &QAbstractItemModel::modelReset, this,
            [this] { m_count->setText(tr("%Ln attended", nullptr, attendedCount())); });
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
        // Registered earlier without a CCCD? The card's CCCD goes on that record.
        ResidentIdentity identity(m_store);
        residentId = confirmSamePerson(identity.sameWithoutCccd(card.fullName, card.birthDate));
        if (!residentId.isEmpty()) {
            EditRefusal refusal;
            if (!identity.linkCccd(residentId, card.cccd, &refusal)) {
                showMessage(refusalText(refusal), true);
                m_input->clear();
                return;
            }
            emit written();
        }
    }
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

QString AttendanceSheet::confirmSamePerson(const QVector<ResidentIdentityRow>& candidates)
{
    for (const ResidentIdentityRow& c : candidates) {
        const QString born = c.birthDate.isValid() ? validation::formatDate(c.birthDate) : QString::number(c.birthYear);
        const QString question = c.hamletName.isEmpty() ? tr("Is this %1, born %2?").arg(c.fullName, born)
                                                        : tr("Is this %1, born %2, %3?").arg(c.fullName, born, c.hamletName);
        QMessageBox box(QMessageBox::Question, tr("Already registered?"), question, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("samePersonBox"));
        box.setInformativeText(tr("This resident has no CCCD yet. Yes stores the card's CCCD on them and marks "
                                  "them present; No registers a new resident."));
        QPushButton* yes = box.addButton(tr("&Yes, it is"), QMessageBox::YesRole);
        QPushButton* no = box.addButton(tr("&No, someone else"), QMessageBox::NoRole);
        yes->setObjectName(QStringLiteral("samePersonYes"));
        no->setObjectName(QStringLiteral("samePersonNo"));
        box.setDefaultButton(yes); // name and birth agree: Enter confirms
        box.setEscapeButton(no);
        box.exec();
        if (box.clickedButton() == yes)
            return c.id;
    }
    return {};
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
    EditRefusal refusal;
    const auto mark = AttendanceRecorder(m_store).markPresent(m_classId, residentId, &refusal);
    if (!mark) {
        showMessage(refusalText(refusal), true);
        return false;
    }
    if (*mark == AttendanceRecorder::Mark::AlreadyPresent) {
        showMessage(tr("%1 was already marked present.").arg(name), false);
        return true;
    }
    m_attendance->reload();
    showMessage(tr("%1 marked present.").arg(name), false);
    emit written();
    return true;
}

void AttendanceSheet::removeSelected()
{
    const QModelIndex current = m_attendanceView->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Select a person in the attendance list first."), true);
        m_attendanceView->setFocus();
        return;
    }
    removeAttendance(current.data(AttendanceModel::ResidentIdRole).toString());
}

bool AttendanceSheet::removeAttendance(const QString& residentId, bool ask)
{
    const int row = m_attendance->rowOfResident(residentId);
    if (m_classId.isEmpty() || row < 0)
        return false;
    const QString name = m_attendance->index(row, AttendanceModel::Name).data().toString();
    if (ask && !confirmDelete(this, tr("Remove from attendance"),
                              tr("Remove %1 from this class's attendance? You can undo this from the status bar.")
                                  .arg(name)))
        return false;
    EditRefusal refusal;
    const auto attendanceId = AttendanceRecorder(m_store).remove(m_classId, residentId, &refusal);
    if (!attendanceId) {
        showMessage(refusalText(refusal), true);
        return false;
    }
    m_attendance->reload();
    showMessage(tr("%1 removed from the attendance.").arg(name), false);
    emit written();
    // Keyboard first: the next person is selected, so Delete can go on; with nobody left, back to the box.
    const int left = m_attendance->rowCount();
    if (left > 0) {
        m_attendanceView->setCurrentIndex(m_attendance->index(std::min(row, left - 1), AttendanceModel::Name));
        m_attendanceView->setFocus();
    } else {
        m_input->setFocus();
    }
    const QString classId = m_classId;
    emit undoOffered(tr("Removed %1 from the attendance.").arg(name), [this, classId, id = *attendanceId, name] {
        EditRefusal undoRefusal;
        const bool ok = AttendanceRecorder(m_store).restore(id, &undoRefusal);
        if (m_classId == classId) {
            m_attendance->reload();
            showMessage(ok ? tr("%1 is marked present again.").arg(name) : refusalText(undoRefusal), !ok);
        }
        emit written();
        return ok;
    });
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
