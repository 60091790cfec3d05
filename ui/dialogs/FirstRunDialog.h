#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace hocvuso {

class Store;

// Shown when the store records no commune yet: create the officer's own
// commune, or load the demo commune to look around first.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(Store& store, QWidget* parent = nullptr);
    bool createCommune(); // from the fields; false with the reason shown
    bool loadDemo();

private:
    Store& m_store;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_province = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace hocvuso
