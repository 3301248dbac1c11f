/// Word lists the guard consults. Kept in one place so the rules are easy to audit.
enum SQLVocabulary {
    /// Words that may appear in a read-only SELECT as grammar (never as a table or column).
    static let grammar: Set<String> = [
        "select", "distinct", "all", "from", "where", "group", "by", "having", "order", "asc", "desc",
        "limit", "offset", "join", "inner", "left", "right", "full", "outer", "cross", "natural", "on",
        "using", "as", "and", "or", "not", "in", "is", "isnull", "notnull", "null", "like", "ilike", "glob",
        "between", "case", "when", "then", "else", "end", "exists", "union", "intersect", "except", "with",
        "recursive", "materialized", "cast", "over", "partition", "rows", "range", "groups", "unbounded",
        "preceding", "following", "current", "row", "filter", "nulls", "first", "last", "escape", "collate",
        "nocase", "binary", "true", "false", "window", "exclude", "ties", "others", "no", "values", "any",
        "some", "array", "lateral", "within", "only", "fetch", "next", "similar", "to", "at", "zone", "time",
        "without", "varying", "interval", "both", "leading", "trailing", "for", "ordinality", "indexed",
        "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
        // type names (CAST targets, PostgreSQL `::` casts)
        "integer", "int", "int4", "int8", "bigint", "smallint", "real", "double", "precision", "float",
        "numeric", "decimal", "text", "varchar", "char", "character", "boolean", "bool", "date", "timestamp",
        "timestamptz", "blob", "int2", "float4", "float8",
        // date fields (EXTRACT, date_trunc units as words, interval units)
        "year", "years", "month", "months", "day", "days", "hour", "hours", "minute", "minutes", "second",
        "seconds", "week", "weeks", "quarter", "dow", "isodow", "doy", "epoch", "century", "decade",
    ]

    /// Types a PostgreSQL cast (`::type`, `CAST(x AS type)`) may name: numbers, text, dates and times.
    static let castTypes: Set<String> = [
        "integer", "int", "int2", "int4", "int8", "bigint", "smallint", "real", "double", "float", "float4", "float8",
        "numeric", "decimal", "text", "varchar", "char", "character", "boolean", "bool", "date", "timestamp",
        "timestamptz", "time", "interval",
    ]

    /// Statement verbs that change data or schema; refused wherever they appear.
    static let writeWords: Set<String> = [
        "insert", "update", "delete", "merge", "upsert", "drop", "create", "alter", "truncate", "rename",
        "grant", "revoke", "vacuum", "reindex", "analyze", "copy", "into", "lock", "notify", "listen",
        "unlisten", "execute", "exec", "call", "do", "load", "declare", "prepare", "deallocate", "returning",
        "set", "reset", "checkpoint", "cluster", "discard", "refresh", "explain", "import", "security",
        "owner", "conflict",
    ]

    /// Transaction control, refused anywhere in a statement.
    static let transactionWords: Set<String> = ["begin", "commit", "rollback", "savepoint"]

    /// Words that only start a statement (never a read): refused as the first word.
    static let statementOnlyWords: Set<String> = ["release", "abort", "start", "end", "show", "use"]

    static let attachWords: Set<String> = ["attach", "detach"]

    /// Words that open a parenthesis without being a function call.
    static let parenthesisWords: Set<String> = [
        "in", "exists", "as", "over", "filter", "using", "values", "any", "all", "some", "array", "lateral",
        "not", "and", "or", "when", "then", "else", "on", "from", "join", "select", "where", "having", "by",
        "within", "is", "like", "between", "union", "intersect", "except", "with", "materialized", "case",
        "distinct", "window", "partition", "limit", "offset", "interval", "group",
    ]

    /// Functions a reporting query may call on SQLite.
    static let sqliteFunctions: Set<String> = [
        "count", "sum", "avg", "min", "max", "total", "group_concat", "string_agg",
        "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
        "first_value", "last_value", "nth_value",
        "abs", "round", "coalesce", "ifnull", "nullif", "iif", "length", "octet_length", "lower", "upper",
        "trim", "ltrim", "rtrim", "substr", "substring", "replace", "instr", "char",
        "unicode", "hex", "quote", "typeof", "sign", "random", "cast", "like", "glob",
        "date", "time", "datetime", "julianday", "strftime", "unixepoch",
        "ceil", "ceiling", "floor", "trunc", "power", "pow", "sqrt", "exp", "ln", "log", "log10", "log2",
        "mod", "pi",
    ]

    /// Functions a reporting query may call on PostgreSQL.
    static let postgresFunctions: Set<String> = [
        "count", "sum", "avg", "min", "max", "string_agg", "array_agg", "bool_and", "bool_or", "stddev",
        "stddev_pop", "stddev_samp", "variance", "percentile_cont", "percentile_disc", "mode", "every",
        "row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "ntile", "lag", "lead",
        "first_value", "last_value", "nth_value",
        "abs", "round", "ceil", "ceiling", "floor", "trunc", "power", "sqrt", "exp", "ln", "log", "mod",
        "sign", "div", "greatest", "least", "coalesce", "nullif", "cast",
        "length", "char_length", "character_length", "lower", "upper", "trim", "btrim", "ltrim", "rtrim",
        "substr", "substring", "replace", "position", "strpos", "concat", "concat_ws", "left", "right",
        "split_part", "initcap", "to_char", "to_date", "to_timestamp", "to_number", "date_trunc",
        "date_part", "extract", "make_date", "age", "now", "justify_days", "random",
    ]

    /// Functions worth a specific refusal message: file access, extension loading, sleeping, signalling
    /// other sessions, reading settings, or memory blow-ups.
    static let dangerousFunctions: Set<String> = [
        "load_extension", "readfile", "writefile", "edit", "fts3_tokenizer", "randomblob", "zeroblob",
        "sqlite_version", "sqlite_source_id", "sqlite_compileoption_used", "sqlite_compileoption_get",
        "sqlite_offset", "unhex", "pg_sleep", "pg_sleep_for", "pg_sleep_until", "pg_read_file",
        "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "set_config", "current_setting",
        "pg_terminate_backend", "pg_cancel_backend", "pg_notify", "pg_reload_conf", "pg_rotate_logfile",
        "repeat", "lpad", "rpad", "generate_series", "query_to_xml", "dblink", "version", "printf", "format",
        "query_to_xml_and_xmlschema", "table_to_xml", "cursor_to_xml", "schema_to_xml", "database_to_xml", "xpath",
        "nextval", "setval", "currval", "lastval", "inet_server_addr", "inet_server_port", "inet_client_addr",
        "current_database", "current_schema", "has_table_privilege", "has_column_privilege",
    ]

    /// Prefixes of function families that reach past the reporting tables: large objects, other
    /// servers, advisory locks, transaction ids, catalog look-ups, and every `pg_` administration
    /// function (sleep, files, signals, logical decoding, WAL, snapshots).
    static let dangerousPrefixes = ["lo_", "dblink", "pg_advisory", "pg_try_advisory", "pg_", "sqlite_", "txid_", "to_reg", "xml"]
}
