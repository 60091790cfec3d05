#pragma once

#include "TempStore.h"

#include <QApplication>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace hocvuso {
class PagedRowModel;
}

namespace hocvuso::test {

// A commune with two hamlets, households and `residents` residents with
// Vietnamese names (the first two are "Nguyễn Văn An" and "Nguyễn Văn Bình").
struct SmallCommune
{
    QString hamlet1;
    QString hamlet2;
    QString household1;
    QString an;   // Nguyễn Văn An, CCCD 001085012345, male, 1985, household 1
    QString binh; // Nguyễn Văn Bình, household 1
};
SmallCommune fillCommune(Store& store, int residents);

// The number a one-value query such as "SELECT count(*) ..." gives.
int queryInt(Store& store, const QString& sql);

// Reads every page of a paged list; the ids in list order.
QStringList allIds(PagedRowModel* model);

// Types text key by key, any characters (a QR scanner "types" Vietnamese
// letters too; QTest::keyClicks only knows ASCII).
void typeText(QWidget* widget, const QString& text);

// Runs `action` on the next modal dialog that opens (QMessageBox, QDialog).
void onNextModal(std::function<void(QWidget*)> action);

} // namespace hocvuso::test
