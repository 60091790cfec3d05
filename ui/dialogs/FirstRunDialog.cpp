#include "ui/dialogs/FirstRunDialog.h"

#include "core/store/Store.h"
#include "ui/DemoLoader.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hocvuso {

FirstRunDialog::FirstRunDialog(Store& store, QWidget* parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Welcome"));
    auto* intro = new QLabel(tr("This computer has no data yet. Create your commune to start, or load a demo "
                                "commune to try the application."),
                             this);
    intro->setWordWrap(true);

    auto* own = new QGroupBox(tr("Create my commune"), this);
    auto* form = new QFormLayout(own);
    m_code = new QLineEdit(own);
    m_code->setObjectName(QStringLiteral("communeCode"));
    m_code->setPlaceholderText(tr("e.g. 10279"));
    m_name = new QLineEdit(own);
    m_name->setObjectName(QStringLiteral("communeName"));
    m_name->setPlaceholderText(tr("e.g. Xã Ứng Hòa"));
    m_province = new QLineEdit(own);
    m_province->setObjectName(QStringLiteral("provinceName"));
    m_province->setPlaceholderText(tr("e.g. Hà Nội"));
    form->addRow(tr("Commune code *"), m_code);
    form->addRow(tr("Commune name *"), m_name);
    form->addRow(tr("Province"), m_province);
    auto* create = new QPushButton(tr("Create my commune"), own);
    create->setObjectName(QStringLiteral("createCommuneButton"));
    create->setDefault(true);
    form->addRow(QString(), create);

    auto* demo = new QPushButton(tr("Load the demo commune"), this);
    demo->setObjectName(QStringLiteral("loadDemoButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(own);
    layout->addWidget(demo);
    layout->addWidget(m_error);
    setMinimumWidth(460);

    connect(create, &QPushButton::clicked, this, [this] {
        if (createCommune())
            accept();
    });
    connect(demo, &QPushButton::clicked, this, [this] {
        if (loadDemo())
            accept();
    });
}

bool FirstRunDialog::createCommune()
{
    StoreError error;
    if (m_code->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the commune code and name."));
        m_error->show();
        return false;
    }
    if (!m_store.createCommune(m_code->text(), m_name->text(), &error, {}, m_province->text())) {
        m_error->setText(tr("Not created: %1").arg(error.displayText()));
        m_error->show();
        return false;
    }
    return true;
}

bool FirstRunDialog::loadDemo()
{
    QString error;
    if (!loadDemoCommune(m_store, this, &error)) {
        m_error->setText(tr("The demo could not be loaded: %1").arg(error));
        m_error->show();
        return m_store.hasCommune();
    }
    return true;
}

} // namespace hocvuso
