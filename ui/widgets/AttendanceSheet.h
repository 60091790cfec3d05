#pragma once

#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace hocvuso {

class AttendanceModel;
class ResidentSearch;
class RowListModel;
class Store;
struct ResidentIdentityRow;

// Taking attendance fast. One box with the focus takes either a name typed
// without diacritics (the matches update per keystroke; Enter marks the
// selected or top match present) or what a USB QR scanner "types" from a
// chip ID card (the whole QR text, then Enter): a known CCCD is marked
// present, an unknown card opens the registration form pre-filled from the
// card, unless someone registered without a CCCD has the card's name and
// birth: then it asks whether that is them. Attendance is written by natural
// key (class + resident): marking twice changes nothing. A wrong mark is
// taken back with Remove (or Delete on the list), undoable from the status
// bar.
class AttendanceSheet final : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceSheet(Store& store, QWidget* parent = nullptr);
    ~AttendanceSheet() override;
    void setClass(const QString& classId);

    QLineEdit* input() const { return m_input; }
    RowListModel* matches() const { return m_matches; }
    AttendanceModel* attendance() const { return m_attendance; }
    QTableView* attendanceView() const { return m_attendanceView; }
    int attendedCount() const;
    // What the last Enter did ("Marked ... present", or why nothing was).
    QString lastMessage() const;

    // Marks a resident present; false (with the reason shown) when refused.
    bool markPresent(const QString& residentId);
    // Takes a mark back, asking first when `ask`; the Undo is offered.
    bool removeAttendance(const QString& residentId, bool ask = true);

signals:
    void written();
    // A removal the user can take back from the status bar (Page::undoOffered).
    void undoOffered(const QString& text, const std::function<bool()>& undo);

private:
    void updateMatches();
    void submit();
    void submitQr(const QString& text);
    QString residentByCccd(const QString& cccd);
    // The resident registered without a CCCD the card's holder says they
    // are (asked one by one); empty when none or every answer was No.
    QString confirmSamePerson(const QVector<ResidentIdentityRow>& candidates);
    void removeSelected();
    void showMessage(const QString& text, bool isError);
    bool eventFilter(QObject* watched, QEvent* event) override;

    Store& m_store;
    std::unique_ptr<ResidentSearch> m_search;
    QString m_classId;
    QLineEdit* m_input = nullptr;
    QTableView* m_matchView = nullptr;
    QTableView* m_attendanceView = nullptr;
    RowListModel* m_matches = nullptr;
    AttendanceModel* m_attendance = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace hocvuso
