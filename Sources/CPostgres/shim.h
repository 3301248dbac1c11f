#ifndef CPOSTGRES_SHIM_H
#define CPOSTGRES_SHIM_H

// libpq, PostgreSQL's client library. pkg-config (libpq) supplies the include path
// (/usr/include/postgresql on Debian); the module map links -lpq.
#include <libpq-fe.h>

#endif
