import GRDB
import GRDBSQLite

/// A query's time limit as a moment SQLite checks itself: a progress handler, called every few thousand virtual
/// machine steps, interrupts the statement once the moment has passed. No timer task runs beside the query.
final class SQLiteDeadline: Sendable {
    let moment: ContinuousClock.Instant

    init(_ moment: ContinuousClock.Instant) {
        self.moment = moment
    }

    var passed: Bool { ContinuousClock.now >= moment }

    /// Runs `body` on `db` with the handler installed, and takes it away afterwards (the connection goes back to
    /// the pool). A statement interrupted by it fails with SQLITE_INTERRUPT; the caller asks `passed` to tell a
    /// time-out from a cancellation.
    func enforce<T>(on db: Database, _ body: () throws -> T) rethrows -> T {
        let connection = db.sqliteConnection
        sqlite3_progress_handler(connection, 4_000, { context in
            guard let context else { return 0 }
            return Unmanaged<SQLiteDeadline>.fromOpaque(context).takeUnretainedValue().passed ? 1 : 0
        }, Unmanaged.passUnretained(self).toOpaque())
        defer { sqlite3_progress_handler(connection, 0, nil, nil) }
        return try withExtendedLifetime(self) { try body() }
    }
}
