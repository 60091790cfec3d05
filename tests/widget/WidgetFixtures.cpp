#include "WidgetFixtures.h"

#include <catch2/catch.hpp>

#include "ui/models/PagedRowModel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QSqlQuery>

#include <stdexcept>

namespace hocvuso::test {

int queryInt(Store& store, const QString& sql)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QStringList allIds(PagedRowModel* model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList ids;
    for (int i = 0; i < model->rowCount(); ++i)
        ids << model->idAt(i);
    return ids;
}

SmallCommune fillCommune(Store& store, int residents)
{
    SmallCommune c;
    StoreError error;
    auto must = [&](std::optional<QString> id) {
        if (!id)
            throw std::runtime_error(error.text().toStdString());
        return *id;
    };
    StoreTransaction tx(store);
    c.hamlet1 = must(store.insert(QStringLiteral("hamlets"), {{"code", "T1"}, {"name", "Thôn Đông"}}, &error));
    c.hamlet2 = must(store.insert(QStringLiteral("hamlets"), {{"code", "T2"}, {"name", "Thôn Đoài"}}, &error));
    c.household1 = must(store.insert(QStringLiteral("households"),
                                     {{"hamlet_id", c.hamlet1}, {"code", "HGD-001"}, {"head_name", "Nguyễn Văn An"}},
                                     &error));
    c.an = must(store.insert(QStringLiteral("residents"),
                             {{"full_name", "Nguyễn Văn An"}, {"birth_date", "1985-03-15"}, {"birth_year", 1985},
                              {"sex", "M"}, {"cccd", "001085012345"}, {"hamlet_id", c.hamlet1},
                              {"household_id", c.household1}, {"is_head", true}},
                             &error));
    c.binh = must(store.insert(QStringLiteral("residents"),
                               {{"full_name", "Nguyễn Văn Bình"}, {"birth_year", 1990}, {"sex", "M"},
                                {"hamlet_id", c.hamlet1}, {"household_id", c.household1}},
                               &error));
    const QStringList family = {"Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"};
    const QStringList middle = {"Thị", "Minh", "Đức", "Thu", "Quốc"};
    const QStringList given = {"Hoa", "Lan", "Hùng", "Dũng", "Mai", "Tuấn", "Hương", "Long", "Yến"};
    for (int i = 2; i < residents; ++i) {
        const QString name = family[i % family.size()] + QLatin1Char(' ') + middle[(i / 8) % middle.size()] +
                             QLatin1Char(' ') + given[(i / 40) % given.size()];
        must(store.insert(QStringLiteral("residents"),
                          {{"full_name", name},
                           {"birth_year", 1940 + i % 70},
                           {"hamlet_id", i % 2 ? c.hamlet1 : c.hamlet2},
                           {"has_smartphone", i % 3 == 0}},
                          &error));
    }
    if (!tx.commit())
        throw std::runtime_error("commit failed");
    return c;
}

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        const QString one(ch);
        if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n'))
            continue; // the scanner's Enter: the test sends Return itself
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, one);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, one);
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

void onNextModal(std::function<void(QWidget*)> action)
{
    // Polls: the dialog opens inside exec(), after this returns.
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    auto deadline = std::make_shared<int>(250); // 5 s
    QObject::connect(timer, &QTimer::timeout, [timer, action, deadline] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        } else if (--*deadline <= 0) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace hocvuso::test
