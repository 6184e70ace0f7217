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

    // How many records admin would vouch for by adopting the database now: 0 when there is nothing
    // to adopt or it is not theirs to do (it takes an active admin who may also manage people and
    // assign mentors, since they sign the team's records).
    static std::optional<qint64> waiting(const Services& services, const Person& admin, QString* error);

    // Adopts the database as admin (signed in: their key open) when waiting() says so: the number of
    // records vouched for, 0 when there was nothing to do. Refused, with why and nothing written,
    // when the file shows signs of a change outside the app (a signature that does not verify, a
    // backup's head no longer held): an adoption must not vouch for a forgery.
    static std::optional<qint64> adoptIfNeeded(Services& services, const Person& admin, QString* error);
    // What the admin is told once it is done, in words.
    static QString note(qint64 vouched);
};

} // namespace careu
