#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << "hocvuso-server: the server lands with the sync issue\n";
    return 2;
}
