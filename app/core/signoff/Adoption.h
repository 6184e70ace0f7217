#pragma once

#include <QCoreApplication>
#include <optional>

namespace careu {

class Services;
struct Person;

// A database made before records were signed (by a version before signatures, or written since
// by people nobody endorsed) has a chain no rule can hold record by record, and no organization
// root. The first admin to sign in adopts it, in one transaction: their own Join (whose key becomes
// the organization's root), an Adoption record vouching for every record before it (it counts them
// and names the head they saw), then what makes the chain agree with the people table: a Join for
// each person it never recorded joining (with their mentor and key, endorsed), and the roles, keys,
// coaches and departures where the chain says otherwise. From then on check holds every record to
// the rules and names the records before it as adopted.
class Adoption
{
    Q_DECLARE_TR_FUNCTIONS(Adoption)

public:
    // Whether the database waits for an admin to adopt it: it has people but no root.
    static bool needed(const Services& services, QString* error);

    // Adopts the database as admin (signed in: their key open) when it needs it and they are an
    // active admin: the number of records vouched for. 0 when there is nothing to adopt or it is not
    // theirs to do; nothing, with why, when it could not be done (then nothing was written).
    static std::optional<qint64> adoptIfNeeded(Services& services, const Person& admin, QString* error);
    // What the admin is told once it is done, in words.
    static QString note(qint64 vouched);
};

} // namespace careu
