/// Documents whose lines alone are stored: counted by their number.
extension FieldDrafter {
    /// A table of lines keyed by a document number and a line number (`invoice_number`,
    /// `line_number`), with no table of the documents themselves: the documents are counted by
    /// their distinct numbers ("how many invoices"), and their average value is the lines' money
    /// over that count.
    mutating func addDocumentCount(_ profile: TableProfile) {
        let keyColumns = profile.columns.filter(\.column.isPrimaryKey)
        guard keyColumns.count >= 2, profile.key == nil else { return }
        let documentWords: Set<String> = ["number", "no", "num", "id", "code", "ref", "reference"]
        guard let document = keyColumns.first(where: { column in
            let words = column.phrase.split(separator: " ").map(String.init)
            return words.count >= 2 && documentWords.contains(words.last ?? "") && !words.contains("line")
                && !profile.table.foreignKeys.contains { $0.column == column.name }
        }) else { return }
        let noun = document.phrase.split(separator: " ").dropLast().joined(separator: " ")
        let plural = NameWords.plural(noun)
        var metric = SemanticModel.Metric(name: unique(plural.replacingOccurrences(of: " ", with: "_")), label: "number of \(plural)",
                                          synonyms: metricWords.claim([plural, "number of \(plural)", "\(noun) count", "count of \(plural)",
                                                                       "distinct \(plural)"]),
                                          format: .count, table: profile.name, expression: "COUNT(DISTINCT \(document.sql(on: profile.name)))",
                                          time: profile.time)
        metric.noun = true
        metrics.append(metric)
        documentCounts[profile.name] = (document.sql(on: profile.name), noun)
    }
}
