#include "CSQLite.h"

int csqlite_db_config_int(sqlite3 *db, int op, int value) {
    int current = 0;
    return sqlite3_db_config(db, op, value, &current);
}

sqlite3_destructor_type csqlite_transient(void) {
    return SQLITE_TRANSIENT;
}
