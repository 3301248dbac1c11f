/// The state schema's history. Append new steps at the end with the next version; never change or
/// renumber a step that has shipped.
enum StateMigrations {
    static let all: [Migration] = [
        // Release e61064b and earlier created these tables on every start, without a version table;
        // such a database passes this step unchanged.
        Migration(version: 1, name: "state tables", changes: StateSchema.tables.map(SchemaChange.createTable)),
        // Files from before turns recorded language-model usage.
        Migration(version: 2, name: "turn usage columns", changes: [.addColumns(StateSchema.usageColumns, to: StateSchema.turns)]),
        // SQLite files ordered an action's history by rowid; PostgreSQL always had `seq`.
        Migration(version: 3, name: "action history sequence", changes: [.addSequenceKey(to: StateSchema.actionEvents)]),
    ]
}
