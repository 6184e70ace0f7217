#include "AppIdentity.h"

#include <QCoreApplication>

namespace careu {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("careuniversity"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("careuniversity.org"));
    QCoreApplication::setApplicationName(QStringLiteral("CareU"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREU_VERSION));
}

} // namespace careu
