/// Resolves what a follow-up points at in the previous answer. A pointer to rows ("the first one",
/// "the lowest one", "that store", "her", "their") becomes the rows' records or values, so the
/// rest of the question reads as if the user had typed them; a pointer to the previous question as
/// a whole ("compare that with 2024", "the avg rating on those", "from there") says the question
/// continues it.
struct ReferenceResolver {
    let model: SemanticModel
    let navigator: SchemaNavigator
    let previous: QueryPlan
    let result: QueryResult?
    /// The period of the answer before the previous one: "how many orders did they place that
    /// year?" after a look-up of the top customer of 2025 (which had no period) means 2025.
    var earlierPeriod: QueryPlan.Period? = nil
    /// The question before the previous one: "which of the two" after Paris Rivoli, then Lyon.
    var earlier: QueryPlan? = nil
    /// The latest answer that showed several rows of a breakdown.
    var shown: QueryPlan? = nil
    var shownResult: QueryResult? = nil

    /// What the resolver found in a question.
    struct Outcome {
        /// Rows of the previous answer were named, and their spans now carry records or values.
        var pointsAtRows = false
        /// The question refers to the previous question as a whole ("that", "those", "there").
        var pointsAtQuestion = false
        /// "that month", "the same period": the previous period still applies.
        var keepsPeriod = false
        /// "that week" after the busiest week: the time bucket one row showed; the question stays
        /// on the same slice of the business.
        var namesShownBucket = false
        /// The breakdown whose every row a plural pointer named ("their loyalty tier" after the top
        /// customers): the question may ask for those rows' attributes.
        var allRowsOf: String?
        /// "which of them", "who among those": the field naming the rows the question picks from,
        /// so the answer ranks those rows, not something they contain.
        var picksAmong: String?
        /// "the biggest one", "the second one": one row of a breakdown, which stays in the slice of
        /// the business the breakdown was about (its filters).
        var picksRow = false
        /// The period of the ranking an ordinal or "all five" reached back to, past look-ups.
        var periodOfRows: QueryPlan.Period?
    }

    /// A thing of the previous answer a pointer can name: an entity's records or a field's values.
    struct Referent {
        var entity: String?
        var field: String?
        /// Fixed records or values (a filter or a looked-up record of the previous question).
        var fixed: [Meaning] = []
        /// The result columns with the record key and with the value.
        var idColumn: Int?
        var valueColumn: Int?
    }

    private static let singular: Set<String> = ["it", "its", "this", "that", "he", "she", "his", "her", "him"]
    private static let plural: Set<String> = ["they", "them", "their", "those", "these", "ones"]
    private static let persons: Set<String> = ["he", "she", "his", "her", "him"]
    private static let grains: Set<String> = ["month", "year", "quarter", "week", "day", "period", "time", "date"]

    /// Rewrites the pointers of `reading` in place.
    func resolve(_ reading: inout Reading) -> Outcome {
        var outcome = Outcome()
        let referents = self.referents()
        var consumed = Set<Int>()
        for index in reading.indices where !consumed.contains(index) {
            let word = reading.spans[index].text.lowercased()
            if reading.has(index, .reference) || word == "same", let next = nextWord(reading, after: index), Self.grains.contains(next.word) {
                // "that month" after the month that was highest: the month on the one row shown.
                if word != "same", let period = shownBucket(named: next.word) {
                    reading.replace(index, with: [.period(period)])
                    reading.use(next.index)
                    outcome.pointsAtRows = true
                    outcome.namesShownBucket = true
                    continue
                }
                // "that year" after an answer with no period: the period the conversation was in.
                if word != "same", previous.period == nil, let period = earlierPeriod {
                    reading.replace(index, with: [.period(period)])
                    reading.use(next.index)
                    outcome.pointsAtQuestion = true
                    continue
                }
                // "that month", "the same period": the previous period.
                reading.use(index)
                reading.use(next.index)
                outcome.keepsPeriod = true
                outcome.pointsAtQuestion = true
                continue
            }
            // "split that month by category": the pointer is inside the verb phrase ("split that").
            if reading.has(index, .grouping), word.hasSuffix(" that") || word.hasSuffix(" this"),
               let next = nextWord(reading, after: index), Self.grains.contains(next.word), let period = shownBucket(named: next.word) {
                reading.replace(next.index, with: [.period(period)])
                outcome.pointsAtRows = true
                outcome.namesShownBucket = true
                continue
            }
            // "which carriers was it using then?": "then" closing the question is the time just asked about.
            if word == "then", reading.nextContent(index) == nil, reading.previousContent(index) != nil {
                reading.use(index)
                outcome.keepsPeriod = true
                continue
            }
            // "split that channel's cancel rate by payment method": the pointer inside the verb
            // phrase names the one row shown.
            if reading.has(index, .grouping), word.hasSuffix(" that") || word.hasSuffix(" this"), let noun = nounAfter(reading, index),
               let referent = choose(referents, noun: nounMeaning(reading, noun), person: false, asked: []),
               let meanings = meanings(of: referent, rows: .single), !meanings.isEmpty {
                reading.replace(noun, with: meanings)
                consumed.insert(noun)
                outcome.pointsAtRows = true
                outcome.picksRow = true
                continue
            }
            if word == "there", reading.has(index, .reference) {
                // "how many low-stock lines are there?" after the warehouse with the least stock:
                // the place the one row shown names.
                if previous.dimensions.count == 1, previous.grain == nil, result?.rows.count == 1,
                   let referent = referents.first(where: { referent in
                       // A place shown as a plain value ("the United Kingdom") is somewhere too.
                       referent.field == previous.dimensions[0] && referent.fixed.isEmpty
                           && (referent.entity != nil || referent.field.flatMap(model.dimension(named:))?.group == "geography")
                   }),
                   let meanings = meanings(of: referent, rows: .single), !meanings.isEmpty {
                    reading.replace(index, with: meanings)
                    outcome.pointsAtRows = true
                    outcome.picksRow = true
                    continue
                }
                outcome.pointsAtQuestion = true
                continue
            }
            // "whose margin % was the highest?" after margin by category: which of the rows shown,
            // not which person.
            if reading.question(index) == .who, word == "whose", previous.grain == nil, let field = previous.dimensions.first,
               (result?.rows.count ?? 0) >= 2, reading.indices.contains(where: { reading.superlative($0) != nil }),
               !reading.indices.contains(where: { reading.values($0).isEmpty && !reading.entities($0).isEmpty }) {
                reading.replace(index, with: [.grammar(.question(.which))])
                reading.use(index)
                outcome.picksAmong = field
                continue
            }
            // "which of the two had the higher AOV?" after Paris Rivoli's revenue, then Lyon's: the
            // two records the last two questions named, one each.
            if let two = theTwoLookedUp(reading, at: index) {
                reading.replace(index, with: two.meanings)
                for other in two.consumed { reading.use(other) }
                outcome.pointsAtRows = true
                continue
            }
            if let values = theTwoNamed(reading, at: index) {
                reading.replace(index, with: values.meanings)
                outcome.pointsAtRows = true
                outcome.picksAmong = values.field
                continue
            }
            guard let pointer = pointer(at: index, in: reading) else { continue }
            // "the top one, what loyalty tier are they": a second pointer to the rows just named.
            if outcome.pointsAtRows, pointer.noun == nil, reading.has(index, .reference) {
                reading.use(index)
                continue
            }
            // "worst one?" on its own after a breakdown asks which row that is: the ranking, not
            // the row's record.
            if case .extreme = pointer.rows, !previous.dimensions.isEmpty, !reading.indices.contains(where: { other in
                other != pointer.span && !pointer.consumed.contains(other) && !reading.spans[other].isFunction && !reading.has(other, .filler)
                    && !reading.has(other, .followUp) && !reading.isConjunction(other)
            }) {
                continue
            }
            let asked = askedTables(reading, excluding: pointer.span)
            let askedFields = reading.indices.filter { $0 != pointer.span && reading.values($0).isEmpty }.flatMap { reading.fields($0) }
            let back = ranking(behind: pointer)
            let source = back ?? self
            let candidates = back?.referents() ?? referents
            let chosen = source.choose(candidates, noun: pointer.noun.flatMap { nounMeaning(reading, $0) },
                                       person: pointer.person, asked: asked, askedFields: askedFields, plural: pointer.rows == .all)
                ?? pointer.noun.flatMap { headNounReferent(candidates, word: reading.words($0).joined(separator: " ")) }
            // "just the damaged ones: which warehouse had the most of them?": "them" are the ones the
            // question names, not every row shown.
            if pointer.rows == .all, pointer.noun == nil, let field = chosen?.field,
               reading.indices.contains(where: { reading.values($0).contains { $0.field == field } }) {
                reading.use(index)
                outcome.pointsAtQuestion = true
                continue
            }
            // "its supplier?" after stock of one product by warehouse: no one row is "it", the
            // product the answer was narrowed to is.
            let fallback = pointer.rows == .single && pointer.noun == nil ? namedRecord(referents, reading, excluding: pointer.span) : nil
            guard let referent = chosen, let meanings = source.meanings(of: referent, rows: pointer.rows) ?? fallback.flatMap({ self.meanings(of: $0, rows: .single) }),
                  !meanings.isEmpty else {
                if pointer.noun == nil, pointer.rows == .single || pointer.rows == .all {
                    outcome.pointsAtQuestion = true
                }
                // "the discounts on those orders" after LOYAL10 revenue: the records the previous
                // figure was dated by, as the previous question chose them.
                if let noun = pointer.noun, pointer.rows == .all, datesPreviousFigure(reading.entities(noun)) {
                    reading.use(index)
                    reading.use(noun)
                    outcome.pointsAtQuestion = true
                    continue
                }
                // "top 3 of them by spend" after how many corporate customers were active: the
                // records counted, ranked among themselves.
                if pointer.rows == .all, Self.picksAmong(reading, before: pointer.span), let metric = previous.metrics.first,
                   let counted = navigator.countedEntity(of: metric), let field = navigator.displayField(of: counted) {
                    outcome.picksAmong = field
                    reading.use(index)
                }
                continue
            }
            reading.replace(pointer.span, with: meanings)
            for other in pointer.consumed { reading.use(other) }
            // "their totals", "their figures": the figure shown, per row — no field called total.
            if let next = reading.nextContent(pointer.span), next == pointer.span + 1, reading.has(next, .total) {
                reading.spans[next].meanings.removeAll { if case .field = $0 { true } else { false } }
            }
            consumed.formUnion(pointer.consumed)
            if let back { outcome.periodOfRows = back.previous.period }
            // "how much of it do we have on hand" about a product: how much there is of that record,
            // no share of a figure.
            if referent.entity != nil, pointer.span > 0, reading.has(pointer.span - 1, .share),
               reading.spans[pointer.span - 1].text.lowercased().hasPrefix("how much") {
                reading.replace(pointer.span - 1, with: [.grammar(.function)])
                reading.use(pointer.span - 1)
            }
            // "those three": the count of the rows pointed at.
            if pointer.rows == .all, let next = reading.nextContent(pointer.span), let number = reading.number(next),
               Int(number.value) == meanings.count {
                reading.use(next)
            }
            outcome.pointsAtRows = true
            switch pointer.rows {
            case .position, .extreme: outcome.picksRow = true
            case .single, .all: break
            }
            if pointer.rows == .all, Self.picksAmong(reading, before: pointer.span),
               let field = referent.field ?? referent.entity.flatMap(navigator.displayField(of:)) {
                // "which of their products": the products are picked among, theirs.
                let owned = nextWord(reading, after: pointer.span).flatMap { next in
                    reading.entities(next.index).first { $0 != referent.entity }.flatMap(navigator.displayField(of:))
                }
                outcome.picksAmong = owned ?? field
            }
            if pointer.rows == .all, referent.fixed.isEmpty, let field = referent.field,
               previous.dimensions.contains(field) || previous.kind == .distinct && previous.fields.contains(field) {
                outcome.allRowsOf = field
            }
        }
        // "of those", "for them": what is left points at the question.
        for index in reading.indices where reading.has(index, .reference) && !reading.isReplaced(index) {
            let word = reading.spans[index].text.lowercased()
            if Self.plural.contains(word) || Self.singular.contains(word) || word == "same" { outcome.pointsAtQuestion = true }
        }
        return outcome
    }

    /// "which of them", "who among those", "which one of these": a pick among the rows pointed at.
    private static func picksAmong(_ reading: Reading, before span: Int) -> Bool {
        let words = reading.tagged.words
        guard let start = reading.spans[span].range.first, start >= 2, ["of", "among", "amongst"].contains(words[start - 1]) else { return false }
        let asker = words[start - 2] == "one" && start >= 3 ? words[start - 3] : words[start - 2]
        if ["which", "who", "what", "top", "bottom", "best", "worst"].contains(asker) { return true }
        // "the top 3 of them", "the 5 biggest of those".
        return start >= 3 && Double(asker) != nil && ["top", "bottom", "best", "worst", "first"].contains(words[start - 3])
            || start >= 3 && Double(words[start - 3]) != nil && Grammar.phrases[asker]?.contains(where: { if case .superlative = $0 { true } else { false } }) == true
    }

    /// The period of the one time bucket the previous answer showed, when `word` names its grain.
    private func shownBucket(named word: String) -> QueryPlan.Period? {
        guard let grain = previous.grain, grain.rawValue == word, let result, result.rows.count == 1,
              let column = result.columns.firstIndex(of: grain.rawValue), case .text(let label) = result.rows[0][column] else { return nil }
        return Periods.bucket(label, grain: grain)
    }

    // MARK: Pointers

    enum Rows: Equatable {
        case position(Int)
        /// "the worst one", "the second worst": the row `rank` places from one end of the figures.
        case extreme(highest: Bool, quality: Bool, rank: Int = 1)
        case single
        case all
    }

    struct Pointer {
        var span: Int
        var consumed: [Int]
        var rows: Rows
        var noun: Int?
        var person = false
        /// "all five": how many rows the pointer names.
        var count: Int?
    }

    /// A pointer starting at `index`: an ordinal ("the second one", "the first product"), a
    /// superlative with "one" ("the lowest one"), a demonstrative with a noun ("that store"), or a
    /// pronoun.
    private func pointer(at index: Int, in reading: Reading) -> Pointer? {
        for case .ordinal(let position) in reading.spans[index].roles {
            // "the second worst one": counted from the end the superlative names, not down the rows.
            if position > 1, let next = nextWord(reading, after: index), next.index == index + 1, let superlative = reading.superlative(next.index) {
                var consumed = [next.index]
                if let one = nextWord(reading, after: next.index), one.word == "one" { consumed.append(one.index) }
                return Pointer(span: index, consumed: consumed,
                               rows: .extreme(highest: superlative.highest, quality: superlative.quality, rank: position))
            }
            var pointer = Pointer(span: index, consumed: [], rows: .position(position))
            // "the top one sign up": "one" stands for the noun, what follows is the question's own.
            let text = reading.spans[index].text.lowercased()
            if let next = nextWord(reading, after: index), next.word == "one" {
                pointer.consumed.append(next.index)
            } else if !text.hasSuffix(" one"), let noun = nounAfter(reading, index) {
                pointer.noun = noun
                pointer.consumed.append(noun)
            }
            return pointer
        }
        // "the biggest of them", "the top one of those": the extreme row of the answer.
        // "which warehouse had the most of them": the most of those records, ranked by warehouse.
        if let superlative = reading.superlative(index), let next = nextWord(reading, after: index), next.word == "of",
           let pointer = nextWord(reading, after: next.index), Self.plural.contains(pointer.word), reading.has(pointer.index, .reference),
           !(["most", "the most", "least", "the least", "fewest", "the fewest"].contains(reading.spans[index].text.lowercased())
             && asksForOtherGroup(reading, before: index)) {
            return Pointer(span: index, consumed: [next.index, pointer.index], rows: .extreme(highest: superlative.highest, quality: superlative.quality))
        }
        // "the weaker of the two", "the bigger of both": the extreme of the rows just shown, counted.
        if let superlative = reading.superlative(index), let next = nextWord(reading, after: index), next.word == "of",
           let rows = result?.rows.count, rows > 1, let counted = rowsCounted(reading, after: next.index), counted.count == rows {
            return Pointer(span: index, consumed: [next.index] + counted.spans,
                           rows: .extreme(highest: superlative.highest, quality: superlative.quality))
        }
        if let superlative = reading.superlative(index), let next = nextWord(reading, after: index), next.word == "one" || next.word == "ones" {
            return Pointer(span: index, consumed: [next.index], rows: .extreme(highest: superlative.highest, quality: superlative.quality))
        }
        // "the AOV in the one with the fewest buying customers": the row of the answer before
        // that is the extreme of a figure it showed.
        if reading.spans[index].text.lowercased() == "one", index > 0, reading.words(index - 1).last == "the",
           let with = nextWord(reading, after: index), with.word == "with",
           let extreme = nextWord(reading, after: with.index), let superlative = reading.superlative(extreme.index),
           let measure = nextWord(reading, after: extreme.index), reading.metrics(measure.index).contains(where: previous.metrics.contains),
           (result?.rows.count ?? 0) > 1 {
            return Pointer(span: index, consumed: [with.index, extreme.index, measure.index],
                           rows: .extreme(highest: superlative.highest, quality: superlative.quality))
        }
        // "who's the customer?" after one order: the record that row names.
        if (result?.rows.count ?? 0) == 1, index > 0, reading.spans[index - 1].text.lowercased() == "the", reading.values(index).isEmpty,
           let entity = reading.entities(index).first, entity != previous.subject,
           result?.columns.contains(SQLExpression.alias(entity) + "_id") == true {
            return Pointer(span: index, consumed: [], rows: .single, noun: index)
        }
        let word = reading.spans[index].text.lowercased()
        // "what did all five spend combined?": the rows shown, by their number.
        if ["all", "the", "those", "these"].contains(word), let next = nextWord(reading, after: index), let number = reading.number(next.index),
           number.unit == .plain, number.value == number.value.rounded(), number.value >= 2,
           [result?.rows.count, shownResult?.rows.count].contains(Int(number.value)) {
            return Pointer(span: index, consumed: [next.index], rows: .all, count: Int(number.value))
        }
        // "the same code", "for the same reason": the record the previous answer was about.
        if word == "same", index > 0, reading.spans[index - 1].text.lowercased() == "the", let noun = nounAfter(reading, index) {
            return Pointer(span: index, consumed: [noun], rows: .single, noun: noun)
        }
        guard reading.has(index, .reference) else { return nil }
        if ["that", "this"].contains(word), let next = nextWord(reading, after: index), next.word == "one" {
            return Pointer(span: index, consumed: [next.index], rows: .single)  // "when did that one open?"
        }
        // "what city is that person in?": the one person the previous answer showed, whatever a
        // name spelled like "person" would match.
        if ["that", "this"].contains(word), let next = nextWord(reading, after: index), Self.personNouns.contains(next.word) {
            return Pointer(span: index, consumed: [next.index], rows: .single, person: true)
        }
        if ["that", "this", "those", "these"].contains(word), let noun = nounAfter(reading, index) {
            // "products that sold…": "that" after a noun starts a clause, it does not point.
            if let before = reading.previousContent(index), reading.isSchema(before), before == index - 1 { return nil }
            return Pointer(span: index, consumed: [noun], rows: word == "those" || word == "these" ? .all : .single, noun: noun)
        }
        // "how many cancelled orders is that" after the marketplace with the highest cancel rate:
        // the one row shown, said as the question's last word.
        if word == "that", index > 0, ["is", "was"].contains(reading.spans[index - 1].text.lowercased()), reading.nextContent(index) == nil,
           result?.rows.count == 1, !previous.dimensions.isEmpty {
            return Pointer(span: index, consumed: [], rows: .single)
        }
        if Self.singular.contains(word) && word != "that" && word != "this" {
            return Pointer(span: index, consumed: [], rows: .single, person: Self.persons.contains(word))
        }
        // "the cancelled ones", "only the european ones": a value's records, not the rows just shown.
        if word == "ones", index > 0, !reading.values(index - 1).isEmpty { return nil }
        // "how many orders that week had a promo code on them": "them" is the orders just named.
        if word == "them", index > 1, ["on", "in", "with", "inside"].contains(reading.spans[index - 1].text.lowercased()),
           (0..<(index - 1)).contains(where: { !reading.entities($0).isEmpty && reading.isPlural($0) && reading.values($0).isEmpty }) {
            return nil
        }
        if Self.plural.contains(word) {
            // "rank them by revenue instead": the same question ranked another way, not these rows.
            if reading.tagged.words.contains(where: Self.reordering.contains) { return nil }
            return Pointer(span: index, consumed: [], rows: .all)
        }
        return nil
    }

    /// Whether "which …"/"who" before `index` asks for a group the previous answer was not broken
    /// down by ("which warehouse" after returns by reason).
    private func asksForOtherGroup(_ reading: Reading, before index: Int) -> Bool {
        (0..<index).contains { look in
            guard reading.question(look) == .which || reading.question(look) == .who, let noun = reading.nextContent(look), noun < index else { return false }
            let named = reading.fields(noun) + reading.entities(noun).compactMap(navigator.displayField(of:))
            return !named.isEmpty && !named.contains(where: previous.dimensions.contains)
        }
    }

    /// Nouns for anyone at all: "that person", "this guy".
    private static let personNouns: Set<String> = ["person", "guy", "lady", "man", "woman", "individual", "gentleman", "chap"]

    /// Words that re-rank or re-sort the previous answer rather than ask about its rows.
    private static let reordering: Set<String> = ["instead", "rank", "re-rank", "rerank", "sort", "resort", "re-sort", "reorder"]

    func nextWord(_ reading: Reading, after index: Int) -> (index: Int, word: String)? {
        let next = index + 1
        guard reading.spans.indices.contains(next) else { return nil }
        // The words as corrected ("that yaer" is "that year").
        return (next, reading.words(next).joined(separator: " "))
    }

    /// The noun right after a pointer word that names an entity or a field ("that store").
    private func nounAfter(_ reading: Reading, _ index: Int) -> Int? {
        let next = index + 1
        guard reading.spans.indices.contains(next), reading.values(next).isEmpty,
              !reading.entities(next).isEmpty || !reading.fields(next).isEmpty else { return nil }
        return next
    }

    private func nounMeaning(_ reading: Reading, _ index: Int) -> (entities: [String], fields: [String]) {
        (reading.entities(index), reading.fields(index))
    }

    /// Tables that own the fields and metrics the question asks about ("whats their lead time":
    /// suppliers), to tell which referent a pronoun means.
    private func askedTables(_ reading: Reading, excluding: Int) -> Set<String> {
        var tables = Set<String>()
        for index in reading.indices where index != excluding {
            for field in reading.fields(index) {
                if let expression = model.dimension(named: field)?.expressions.first { tables.formUnion(navigator.tables(in: expression)) }
            }
        }
        return tables
    }

    /// The one record the previous question was narrowed to whose table reaches every field the
    /// question asks for.
    private func namedRecord(_ referents: [Referent], _ reading: Reading, excluding: Int) -> Referent? {
        let fields = reading.indices.filter { $0 != excluding && reading.values($0).isEmpty }.flatMap { reading.fields($0) }
        guard !fields.isEmpty else { return nil }
        let candidates = referents.filter { referent in
            guard referent.fixed.count == 1, let table = referent.entity.flatMap(navigator.table(ofEntity:)) else { return false }
            return fields.allSatisfy { navigator.reaches($0, from: table) }
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    // MARK: Referents

    /// What the previous answer shows rows of, most specific first: the fields it was asked for,
    /// its breakdowns, its records, then the records and values it was narrowed to.
    func referents() -> [Referent] {
        var found: [Referent] = []
        let columns = result?.columns ?? []
        func column(_ name: String) -> Int? { columns.firstIndex(of: SQLExpression.alias(name)) }
        for field in previous.fields {
            guard let entity = navigator.entity(identifiedBy: field) else {
                // "how many parcels with each of them?" after the carriers a warehouse used: the values listed.
                if previous.kind == .distinct { found.append(Referent(entity: nil, field: field, idColumn: nil, valueColumn: column(field))) }
                continue
            }
            found.append(Referent(entity: entity, field: field, idColumn: nil, valueColumn: column(field)))
        }
        for dimension in previous.dimensions {
            let entity = navigator.entity(identifiedBy: dimension)
            found.append(Referent(entity: entity, field: dimension, idColumn: column(dimension + "_id"), valueColumn: column(dimension)))
        }
        if let subject = previous.subject {
            found.append(Referent(entity: subject, field: navigator.displayField(of: subject), idColumn: column(subject + "_id"),
                                  valueColumn: navigator.displayField(of: subject).flatMap(column)))
        }
        // Records of one kind named together are one referent: "them" after eight suppliers.
        for (entity, filters) in Dictionary(grouping: previous.entities, by: \.entity).sorted(by: { $0.key < $1.key }) {
            found.append(Referent(entity: entity, field: nil, fixed: filters.map { .record(entity: entity, id: $0.id, name: $0.name) }))
        }
        // The records a one-row answer links to ("the customer" of an order).
        if result?.rows.count == 1 {
            for entity in model.entities where !found.contains(where: { $0.entity == entity.name }) {
                if let id = column(entity.name + "_id") { found.append(Referent(entity: entity.name, field: nil, idColumn: id)) }
            }
        }
        // "that code", "the same reason": the one value the previous question was narrowed to,
        // a record's or a plain field's.
        for filter in previous.filters where !filter.negated && filter.values.count == 1 {
            found.append(Referent(entity: navigator.entity(identifiedBy: filter.dimension), field: filter.dimension,
                                  fixed: [.value(field: filter.dimension, value: filter.values[0])]))
        }
        return found
    }

    private func choose(_ referents: [Referent], noun: (entities: [String], fields: [String])?, person: Bool, asked: Set<String>,
                        askedFields: [String] = [], plural: Bool = false) -> Referent? {
        if let noun {
            return referents.first { referent in
                referent.entity.map(noun.entities.contains) == true || referent.field.map(noun.fields.contains) == true
            }
        }
        // A plain field's value is pointed at only by its name ("that code"): "it" is no promo code.
        let referents = referents.filter { $0.entity != nil || $0.fixed.isEmpty }
        if person { return referents.first { $0.entity.flatMap(model.entity(named:))?.person == true } }
        // "which of them" after a figure for several named records: those records.
        if plural, previous.dimensions.isEmpty, let named = referents.first(where: { $0.fixed.count > 1 }) { return named }
        // "whats their lead time": the referent whose own table has the asked field.
        if let owner = referents.first(where: { referent in
            referent.entity.flatMap(navigator.table(ofEntity:)).map(asked.contains) == true
        }) { return owner }
        // "who supplies it?" after the return reasons of one product: a reason has no supplier, the
        // product does.
        if let first = referents.first, first.entity == nil, !askedFields.isEmpty, let holder = referents.first(where: { referent in
            referent.entity.flatMap(navigator.table(ofEntity:)).map { table in askedFields.allSatisfy { navigator.reaches($0, from: table) } } == true
        }) { return holder }
        return referents.first
    }

    /// The records or values of the pointed rows; nil when the rows cannot be told.
    private func meanings(of referent: Referent, rows: Rows) -> [Meaning]? {
        if !referent.fixed.isEmpty {
            // "list them" after a count at one warehouse: the counted rows, not the one warehouse.
            if case .position = rows { return nil }
            if rows == .all, referent.fixed.count == 1 { return nil }
            return referent.fixed
        }
        guard let result, !result.rows.isEmpty else { return nil }
        let picked: [[DatabaseValue]]
        switch rows {
        case .position(let position):
            let index = position < 0 ? result.rows.count + position : position - 1
            guard result.rows.indices.contains(index) else { return nil }
            picked = [result.rows[index]]
        case .extreme(let highest, let quality, let rank):
            guard let metric = previous.metrics.first, let column = result.columns.firstIndex(of: SQLExpression.alias(metric)) else { return nil }
            let worseIsHigher = model.metric(named: metric)?.higherIsWorse == true
            let wantsHigh = quality ? highest != worseIsHigher : highest
            let ranked = result.rows.filter { $0[column].doubleValue != nil }
                .sorted { wantsHigh ? $0[column].doubleValue! > $1[column].doubleValue! : $0[column].doubleValue! < $1[column].doubleValue! }
            // A tie at the place asked for names no one row; a row cut off by the limit is not shown.
            guard ranked.indices.contains(rank - 1), !result.truncated,
                  !ranked.indices.contains(rank) || ranked[rank][column].doubleValue != ranked[rank - 1][column].doubleValue,
                  rank == 1 || ranked[rank - 2][column].doubleValue != ranked[rank - 1][column].doubleValue else { return nil }
            picked = [ranked[rank - 1]]
        case .single:
            // "it", "that store": the answer's one row.
            guard result.rows.count == 1 else { return nil }
            picked = result.rows
        case .all:
            // "their loyalty tiers": the rows shown, when the answer shows them all.
            guard !result.truncated, result.rows.count <= 50, previous.limit != nil || result.rows.count <= 20 else { return nil }
            picked = result.rows
        }
        var seen = Set<String>()
        return picked.compactMap { row -> Meaning? in
            // Rows of a wider breakdown (warehouse by carrier) name each record once.
            if let column = referent.idColumn, let entity = referent.entity, !row[column].isNull {
                let name = referent.valueColumn.flatMap { if case .text(let text) = row[$0] { text } else { nil } }
                guard seen.insert("id:" + row[column].description).inserted else { return nil }
                return .record(entity: entity, id: row[column].description, name: name)
            }
            if let column = referent.valueColumn, let field = referent.field, case .text(let text) = row[column] {
                guard seen.insert("value:" + text).inserted else { return nil }
                return .value(field: field, value: text)
            }
            return nil
        }
    }
}
