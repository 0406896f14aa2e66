import ArgumentParser

/// The `textbi` command: migrate the database, ask questions, print SQL.
@main
struct TextBI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "textbi",
        abstract: "Ask questions about your data in Chinese or English; get the Cube query, SQL, table, chart and analysis.",
        subcommands: [Serve.self, Migrate.self, Refresh.self, Ask.self, SQL.self, Vocabulary.self],
        defaultSubcommand: Ask.self
    )
}

/// Options every subcommand shares.
struct CommonOptions: ParsableArguments {
    @Option(help: "SQLite database file (created by `textbi migrate`) or postgres://user@host:port/database; default $DATABASE_URL, else data/textbi.sqlite.")
    var database: String?

    @Option(help: "Directory of Cube-format YAML model files.")
    var model: String = "SampleData/model"

    @Option(help: "Time limit for a whole answer in milliseconds: queue wait, SQL, formatting and analysis.")
    var timeoutMs: Int = 5_000

    @Option(help: "Pretend today is this date (YYYY-MM-DD); relative periods like 'last year' use it.")
    var today: String?

    /// Set by `serve --step-delay-ms`; not a command-line option of its own.
    var stepDelayMs = 0

    enum CodingKeys: CodingKey { case database, model, timeoutMs, today }

    /// --database, else $DATABASE_URL, else the sample SQLite file.
    var databaseLocation: String { Paths.database(database) }

    func validate() throws {
        guard (1...600_000).contains(timeoutMs) else { throw ValidationError("--timeout-ms must be between 1 and 600000") }
    }
}
