#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;

namespace hocvuso {

class AttendanceModel;
class ResidentSearch;
class RowListModel;
class Store;

// Taking attendance fast. One box with the focus takes either a name typed
// without diacritics (the matches update per keystroke; Enter marks the
// selected or top match present) or what a USB QR scanner "types" from a
// chip ID card (the whole QR text, then Enter): a known CCCD is marked
// present, an unknown card opens the registration form pre-filled from the
// card. Attendance is written by natural key (class + resident): marking
// twice changes nothing.
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
    int attendedCount() const;
    // What the last Enter did ("Marked ... present", or why nothing was).
    QString lastMessage() const;

    // Marks a resident present; false (with the reason shown) when refused.
    bool markPresent(const QString& residentId);

signals:
    void written();

private:
    void updateMatches();
    void submit();
    void submitQr(const QString& text);
    QString residentByCccd(const QString& cccd);
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
};

} // namespace hocvuso
