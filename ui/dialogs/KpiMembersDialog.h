#pragma once

#include "core/kpi/KpiEngine.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hocvuso {

class KpiMemberModel;

// The people (or households, mentors, hamlets) behind an indicator: who is
// counted and who is still missing, for the commune or one hamlet. Reads a
// page at a time on a worker thread as the list scrolls (KpiEngine::memberPage),
// shows the full count, and exports the whole list to CSV on a worker too.
class KpiMembersDialog final : public QDialog
{
    Q_OBJECT
public:
    // hamletId: a null QString = every hamlet; "" = records with no hamlet.
    KpiMembersDialog(const QString& storePath, const kpi::KpiTable& table, const QString& indicator,
                     kpi::MemberSet which, const QString& hamletId = {}, QWidget* parent = nullptr);

    // Rows read per page (the first one on opening, the next as the list scrolls).
    static constexpr int kPageSize = 200;

    KpiMemberModel* model() const { return m_model; }
    // The rows read so far, in list order; total() counts all of them.
    const QVector<kpi::KpiMember>& members() const { return m_members; }
    qint64 total() const;
    bool isLoading() const { return m_loading; }
    // Loads again for the current choice (Counted/Missing, hamlet).
    void reload();
    // Writes every member (name, hamlet) as CSV with a BOM on a worker
    // thread; `exportFinished` tells how it went.
    void exportCsv(const QString& path);
    bool isExporting() const { return m_exporting; }
    void setWhich(kpi::MemberSet which);

signals:
    // A page (the first one after reload(), or the next) has been read.
    void loaded();
    void exportFinished(bool ok, const QString& error);

private:
    void loadPage(int offset);
    QString hamletChoice() const;
    kpi::KpiOptions engineOptions() const;
    QString hamletName(const QString& hamletId) const;

    QString m_storePath;
    kpi::KpiTable m_table;
    QString m_indicator;
    QComboBox* m_which = nullptr;
    QComboBox* m_hamlet = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_export = nullptr;
    KpiMemberModel* m_model = nullptr;
    QVector<kpi::KpiMember> m_members;
    bool m_loading = false;
    bool m_exporting = false;
    int m_generation = 0; // a page read for an earlier choice is dropped
};

} // namespace hocvuso
