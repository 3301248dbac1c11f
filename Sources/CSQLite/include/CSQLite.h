#ifndef CSQLITE_H
#define CSQLITE_H

#include <sqlite3.h>

/// Non-variadic wrappers: Swift cannot call C variadic functions such as sqlite3_db_config.

/// Sets an integer-valued database configuration option (SQLITE_DBCONFIG_DEFENSIVE,
/// SQLITE_DBCONFIG_TRUSTED_SCHEMA, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, ...).
int csqlite_db_config_int(sqlite3 *db, int op, int value);

/// SQLITE_TRANSIENT cannot be imported (it is a cast macro); binding text/blobs needs it.
sqlite3_destructor_type csqlite_transient(void);

#endif
