import ArgumentParser

@main
struct Copilot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copilot",
        abstract: "Retail Copilot: ask your shop's data questions in plain language.",
        subcommands: []
    )
}
