/// Reads a tagged question into a planner outcome: a plan that uses every content word, help, a
/// verified query — or a question asked back that names the words it could not place.
struct Interpreter: Sendable {
    let model: SemanticModel
    let navigator: SchemaNavigator
    let verified: [(words: ContentWords, query: SemanticModel.VerifiedQuery)]
    /// Every name of a metric or dimension, as bytes, with the display name it suggests.
    let suggestionNames: [(bytes: [UInt8], display: String)]

    init(model: SemanticModel) {
        self.model = model
        navigator = SchemaNavigator(model: model)
        suggestionNames = model.metrics.filter { !$0.name.contains(":") }.flatMap { metric in
            ([metric.displayName] + metric.synonyms).map { (Array($0.lowercased().utf8), metric.displayName) }
        } + model.dimensions.flatMap { dimension in
            ([dimension.displayName] + dimension.synonyms).map { (Array($0.lowercased().utf8), dimension.displayName) }
        }
        verified = model.verifiedQueries.map { (ContentWords(Lexer.lex($0.question).map(\.folded)), $0) }
    }

    func interpret(_ tagged: TaggedQuestion, context: PlanningContext) -> PlannerOutcome {
        var reading = Reading(tagged)
        readEchoes(&reading)
        readEchoes(&reading, previous: context.previousPlan)
        readHeadNouns(&reading, previous: context.previousPlan)
        // Amounts in another currency than the shop keeps: a conversion nothing here makes.
        if let currency = model.currency {
            for index in CurrencyWords.foreign(in: reading, currency: currency) { reading.require(index) }
        }
        readGenericPeople(&reading)
        readGenericThings(&reading)
        let content = reading.indices.filter { index in
            let span = reading.spans[index]
            return !span.isFunction && !(span.meanings.count == span.roles.count && span.roles.allSatisfy(Self.isChatRole))
        }
        if content.isEmpty {
            if reading.indices.contains(where: { reading.has($0, .help) }) { return .help(helpText()) }
            return vague(reading)
        }
        if let query = matchVerified(tagged.words) {
            var builder = PlanBuilder(model: model, navigator: navigator, reading: reading, context: context)
            let plan = builder.build().flatMap { builder.reading.unused.isEmpty ? $0 : nil }
            return .verified(query, reading: plan)
        }
        let schema = reading.indices.contains { reading.isSchema($0) }
        if reading.indices.contains(where: { reading.has($0, .help) }), !schema { return .help(helpText()) }
        if !reading.unknown.isEmpty {
            // Words nothing knows: ask about them instead of answering a question that was not asked.
            return unknownWords(reading)
        }
        // "By carrier." right after a question that was asked back refines what was never answered:
        // an older answer or the fragment read alone would answer something else.
        // "ok, then just the orders there" accepts the question asked back and goes back to the last answer.
        let acknowledges = tagged.words.first.map(Self.acknowledgements.contains) ?? false
        if context.previousAskedBack, !acknowledges, FollowUp.applies(to: reading, previous: context.previousPlan ?? QueryPlan())
            || reading.indices.contains(where: { index in
                // "the on-time rate at the top one": a row of an answer never given.
                reading.has(index, .reference) || reading.spans[index].roles.contains { if case .ordinal = $0 { true } else { false } }
            }) {
            return continuesUnanswered()
        }
        if let previous = context.previousPlan, var outcome = continuing(reading, previous: previous, context: context) {
            if case .plan(var plan, let notes) = outcome, reading.indices.contains(where: { reading.has($0, .reference) }) {
                keepCohort(of: previous, in: &plan)
                outcome = .plan(plan, notes: notes)
            }
            let counted = countingTheRecords(rankedAsBefore(outcome, reading: reading, previous: previous), reading: reading, previous: previous,
                                             context: context)
            return comparedAsTalkedAbout(undated(counted, reading: reading), reading: reading, context: context)
        }
        var builder = PlanBuilder(model: model, navigator: navigator, reading: reading, context: context)
        guard var plan = builder.build() else { return vague(builder.reading) }
        let unused = builder.reading.unused
        if !unused.isEmpty { return notPlaced(unused, reading: builder.reading) }
        if builder.droppedNegation { return notPlaced(builder.negations, reading: builder.reading) }
        let misread = builder.misread(plan)
        if !misread.isEmpty { return notPlaced(misread, reading: builder.reading) }
        // "over how many orders?" after what one customer spent in 2025: a question that goes on
        // from the previous answer's sentence is about the same records and period.
        if let previous = context.previousPlan, plan.kind == .metric, previous.kind == .metric,
           ["over", "across", "from", "out"].contains(tagged.words.first ?? ""), plan.filters.isEmpty, plan.entities.isEmpty,
           builder.periods.isEmpty, plan.metrics.allSatisfy({ metric in
               previous.filters.allSatisfy { filter in navigator.table(ofMetric: metric).map { navigator.reaches(filter.dimension, from: $0) } ?? false }
           }) {
            plan.filters = previous.filters
            plan.entities = previous.entities
            if plan.period == nil { plan.period = previous.period }
            return .plan(plan, notes: ["continued from the previous question"])
        }
        // Still about the previous question's metric: and its period, unless it names one.
        if let previous = context.previousPlan, plan.kind == .metric, builder.continuesMetric {
            plan.filters += previous.filters.filter { old in !plan.filters.contains { $0.dimension == old.dimension } }
        } else if let previous = context.previousPlan, plan.kind == .metric, previous.kind == .metric, !plan.metrics.isEmpty,
                  Set(plan.metrics).isSubset(of: Set(previous.metrics)), plan.filters.isEmpty, builder.periods.isEmpty,
                  !reading.indices.contains(where: { !reading.values($0).isEmpty }) {
            // "who spent the most?" after what New York's platinum customers spent: the same
            // figure, still about the same customers.
            plan.filters = previous.filters
        } else if let previous = context.previousPlan, plan.kind == .metric, previous.kind == .metric, plan.filters.isEmpty,
                  builder.periods.isEmpty, !reading.indices.contains(where: { !reading.values($0).isEmpty }),
                  let counted = previous.metrics.first.flatMap({ model.metric(named: $0)?.counts }),
                  plan.dimensions.contains(where: { navigator.entity(identifiedBy: $0) == counted }),
                  let table = plan.metrics.first.flatMap(navigator.table(ofMetric:)) {
            // "who spent the most?" after how many customers in Portugal bought something in 2025:
            // the customers counted, ranked; what they had done in which period dates the figure.
            plan.filters = previous.filters.filter { navigator.reaches($0.dimension, from: table) }
            if plan.period == nil {
                plan.period = previous.related.first { $0.entity == counted && $0.exists }?.period ?? previous.period
            }
        } else if let previous = context.previousPlan, plan.kind == .metric, previous.kind == .metric, plan.filters.isEmpty, plan.entities.isEmpty,
                  plan.dimensions.isEmpty, plan.grain == nil, builder.periods.isEmpty, !reading.indices.contains(where: { !reading.values($0).isEmpty }),
                  let table = plan.metrics.first.flatMap(navigator.table(ofMetric:)),
                  plan.metrics.allSatisfy({ navigator.table(ofMetric: $0) == table }),
                  previous.metrics.first.flatMap(navigator.table(ofMetric:)) == table, !previous.filters.isEmpty || !previous.entities.isEmpty,
                  previous.filters.allSatisfy({ navigator.reaches($0.dimension, from: table) }) {
            // "whats the average rating" after how many reviews fashion products got in 2025: another
            // figure of the same records, in the same slice.
            plan.filters = previous.filters
            plan.entities = previous.entities
            if plan.period == nil { plan.period = previous.period }
        }
        // "what share of total refunds is each?": one figure per row of the previous answer.
        if let previous = context.previousPlan, plan.kind == .metric, plan.dimensions.isEmpty, plan.grain == nil, Self.endsWithEach(reading) {
            plan.dimensions = previous.dimensions
            plan.grain = previous.grain
            // "avg shipping cost for each?" after parcels from one warehouse by carrier: each row
            // shown, still from that warehouse.
            if plan.filters.isEmpty, !reading.indices.contains(where: { !reading.values($0).isEmpty }),
               let table = plan.metrics.first.flatMap(navigator.table(ofMetric:)) {
                plan.filters = previous.filters.filter { navigator.reaches($0.dimension, from: table) }
            }
        }
        if let previous = context.previousPlan, plan.period == nil, builder.periods.isEmpty, plan.kind == .metric,
           plan.metrics.allSatisfy({ model.metric(named: $0)?.timeColumn != nil }) {
            if builder.continuesMetric {
                inheritPeriod(of: previous, into: &plan)
            } else if !Set(plan.metrics).isDisjoint(with: previous.metrics) || !Set(plan.dimensions).isDisjoint(with: previous.dimensions)
                        || ["break", "split"].contains(tagged.words.first ?? "")
                        || plan.filters.contains(where: { !$0.negated && previous.dimensions.contains($0.dimension) })
                        || plan.grain != nil && plan.grain == previous.grain {
                // "how many active customers did the corporate one have" after AOV by segment in
                // 2025: one of the groups just shown, in the same period.
                // "Which corporate customer spent the most?" after a question about 2025 revenue;
                // "which code has the biggest basket" after orders per promo code in 2025; "break
                // the signups down by channel" splits what was just asked about.
                inheritPeriod(of: previous, into: &plan)
            } else if let earlier = context.earlierPlan, !Set(plan.metrics).isDisjoint(with: earlier.metrics) {
                // The figure asked two questions ago, asked again: in that question's period.
                inheritPeriod(of: earlier, into: &plan)
            }
        }
        let ranked = context.previousPlan.map { rankedAsBefore(.plan(plan, notes: builder.notes), reading: reading, previous: $0) }
        return comparedAsTalkedAbout(ranked ?? .plan(plan, notes: builder.notes), reading: reading, context: context)
    }

    /// First words that accept a question asked back and move on.
    static let acknowledgements: Set<String> = ["ok", "okay", "fine", "alright", "right", "sure", "understood", "nevermind", "nvm",
                                                "never", "forget", "then", "no", "oh", "ah", "thanks", "np"]

    /// A question read in the light of the previous one: pointers to its rows resolved, then read
    /// as changes to it ("and platinum?", "split that by channel") or as a new question about
    /// the rows it pointed at ("who supplies the first one?"). Nil when it reads as a question of
    /// its own.
    private func continuing(_ original: Reading, previous: QueryPlan, context: PlanningContext) -> PlannerOutcome? {
        var reading = original
        rankByShownMoney(&reading, previous: previous, result: context.previousResult)
        let references = ReferenceResolver(model: model, navigator: navigator, previous: previous, result: context.previousResult,
                                           earlierPeriod: context.lastPeriod ?? context.earlierPlan?.period,
                                           earlier: context.earlierPlan, shown: context.shownPlan, shownResult: context.shownResult)
            .resolve(&reading)
        // "how did that store do in Q2 2024?" after looking the store up: the figure the
        // conversation was about, for that record.
        if previous.kind == .lookup || previous.kind == .records, let earlier = context.earlierPlan, earlier.kind == .metric,
           !earlier.metrics.isEmpty, !previous.entities.isEmpty, asksHowItWent(reading) {
            var plan = QueryPlan(kind: .metric, metrics: earlier.metrics)
            plan.entities = previous.entities
            plan.period = reading.indices.lazy.compactMap(reading.period).first ?? earlier.period
            return .plan(plan, notes: ["continued from the previous question"])
        }
        if references.pointsAtQuestion, !references.pointsAtRows, let listed = countedRowsListed(reading, previous: previous, context: context) {
            return listed
        }
        // A question about the rows pointed at reads first as a question of its own ("the top one,
        // what loyalty tier are they"); one that only changes the previous question does not.
        if let field = references.allRowsOf, let plan = attributes(of: field, in: reading, previous: previous, result: context.previousResult) {
            return .plan(plan, notes: ["continued from the previous question"])
        }
        if references.pointsAtRows, let outcome = fresh(reading, previous: previous, context: context, rowsOf: references.allRowsOf,
                                                        picksAmong: references.picksAmong, picksRow: references.picksRow,
                                                        keepsFilters: references.keepsPeriod || references.namesShownBucket) {
            // "for the second one show it by month": a new breakdown of the previous figures for
            // the row pointed at, not that row's record.
            if case .plan(let plan, _) = outcome, plan.kind != .metric, previous.kind == .metric, regroups(reading),
               case .plan(var merged, let notes)? = followUp(reading, previous: previous, context: context) {
                if let field = references.allRowsOf { keepEachRow(of: field, in: &merged) }
                return .plan(merged, notes: notes)
            }
            // "break that week down by sales channel": the figure asked before, split; a count the
            // new question never named (stores, from "sales channel") is not what it asks.
            if case .plan(let plan, _) = outcome, plan.kind == .metric, previous.kind == .metric, regroups(reading),
               !reading.indices.contains(where: { reading.metrics($0).contains(where: plan.metrics.contains) }),
               case .plan(var merged, let notes)? = followUp(reading, previous: previous, context: context) {
                // One week of the weeks shown: no longer a breakdown by week.
                if references.namesShownBucket, !merged.dimensions.isEmpty { merged.grain = nil }
                if let field = references.allRowsOf { keepEachRow(of: field, in: &merged) }
                return .plan(merged, notes: notes)
            }
            // "what did all five spend combined?" after a look-up of one of them: in the ranking's period.
            if case .plan(var plan, let notes) = outcome, plan.period == nil, let period = references.periodOfRows,
               plan.kind == .metric, !plan.metrics.isEmpty, plan.metrics.allSatisfy({ model.metric(named: $0)?.timeColumn != nil }) {
                plan.period = period
                return .plan(plan, notes: notes)
            }
            return outcome
        }
        // "top 3 of them by spend" after a count of customers: those customers, ranked.
        if let among = references.picksAmong, !references.pointsAtRows,
           let outcome = fresh(reading, previous: previous, context: context, picksAmong: among, keepsFilters: true) {
            return outcome
        }
        let applies = FollowUp.applies(to: reading, previous: previous)
        // "which store had the most cancelled orders that year": a question of its own, asked of
        // the same period; "that year" does not make it a change to the previous one.
        let ownQuestion = references.keepsPeriod && !applies && !references.pointsAtRows
        if !ownQuestion, references.pointsAtQuestion || applies, let merged = followUp(reading, previous: previous, context: context) {
            guard case .plan(var plan, let notes) = merged else { return merged }
            // "which carrier took most of those?" after the warehouse that sent the most express
            // parcels: those are the winner's parcels, ranked by another field.
            let words = reading.tagged.words
            if zip(words, words.dropFirst()).contains(where: { $0 == "of" && ["those", "them", "these"].contains($1) }),
               plan.kind == .metric, plan.entities.isEmpty, let winner = Self.winner(of: previous, result: context.previousResult, navigator: navigator),
               !plan.dimensions.contains(where: { navigator.entity(identifiedBy: $0) == winner.entity }), !plan.dimensions.isEmpty,
               plan.metrics.allSatisfy({ navigator.metric($0, reaches: winner.entity) }) {
                plan.entities = [winner]
                return .plan(plan, notes: notes)
            }
            // "split that by carrier" after the warehouse with the weakest on-time rate: the one
            // row found, broken down; no longer a ranking of every warehouse.
            if let pinned = pinnedWinner(of: previous, in: plan, reading: reading, result: context.previousResult) {
                plan = pinned
                return .plan(plan, notes: notes)
            }
            guard let field = references.allRowsOf else { return .plan(plan, notes: notes) }
            dropWholeAnswerFilter(on: field, of: &plan, previous: previous, context: context)
            return .plan(plan, notes: notes)
        }
        // "how many have we got in stock?": a count with no noun of its own counts what was just
        // talked about, in the same slice of the business.
        guard references.keepsPeriod || countsWithoutNoun(reading) else { return nil }
        // "what was the revenue that week?": the same slice of the business, in the week just named.
        let outcome = fresh(reading, previous: previous, context: context, keepsFilters: true)
        // "how many did we sell in 2025?" after the product we hold most of: the one record the
        // ranking found is what the count with no noun is about.
        guard !references.keepsPeriod, case .plan(var plan, let notes)? = outcome, plan.kind == .metric, plan.entities.isEmpty,
              let winner = Self.winner(of: previous, result: context.previousResult, navigator: navigator),
              !plan.dimensions.contains(where: { navigator.entity(identifiedBy: $0) == winner.entity }),
              plan.metrics.allSatisfy({ navigator.metric($0, reaches: winner.entity) }) else { return outcome }
        plan.entities = [winner]
        return .plan(plan, notes: notes)
    }

    /// The one record a "which … the most" answer found: its breakdown's one row, by key.
    static func winner(of previous: QueryPlan, result: QueryResult?, navigator: SchemaNavigator) -> QueryPlan.EntityFilter? {
        guard previous.kind == .metric, previous.limit == 1, previous.grain == nil, previous.dimensions.count == 1,
              let result, result.rows.count == 1, let entity = navigator.entity(identifiedBy: previous.dimensions[0]),
              let key = result.columns.firstIndex(of: SQLExpression.alias(previous.dimensions[0]) + "_id"), !result.rows[0][key].isNull else { return nil }
        let name = result.columns.firstIndex(of: SQLExpression.alias(previous.dimensions[0])).flatMap { column -> String? in
            if case .text(let text) = result.rows[0][column] { text } else { nil }
        }
        return QueryPlan.EntityFilter(entity: entity, id: result.rows[0][key].description, name: name)
    }

    /// "how many have we got …", "how much do we have …": a count cue right before its verb.
    private func countsWithoutNoun(_ reading: Reading) -> Bool {
        guard let first = reading.indices.first(where: { !reading.spans[$0].roles.allSatisfy { $0 == .filler } }),
              reading.has(first, .count) || reading.words(first) == ["how", "much"],
              let next = reading.indices.first(where: { $0 > first }) else { return false }
        let opensClause = ["have", "do", "did", "are", "is", "were", "was"].contains(reading.words(next).first ?? "")
        return opensClause && reading.metrics(next).isEmpty && reading.entities(next).isEmpty && reading.values(next).isEmpty
    }

    /// "how did it do", "how did that store perform in 2024": the outcome asked for, no measure named.
    private func asksHowItWent(_ reading: Reading) -> Bool {
        let words = reading.tagged.words
        guard words.contains("how"), words.contains(where: ["do", "did", "doing", "perform", "performed", "go", "went", "fare", "fared"].contains)
        else { return false }
        return !reading.indices.contains { index in
            !reading.isUsed(index) && (!reading.metrics(index).isEmpty || !reading.fields(index).isEmpty && reading.values(index).isEmpty)
        }
    }

    /// The previous plan changed by `reading`, when every content word found its place.
    private func followUp(_ reading: Reading, previous: QueryPlan, context: PlanningContext) -> PlannerOutcome? {
        var merger = FollowUp(model: model, navigator: navigator, reading: reading, context: context, previous: previous)
        guard let plan = merger.merge(), merger.unusedContent().isEmpty else { return nil }
        return .plan(plan, notes: ["continued from the previous question"] + merger.builder.notes)
    }

    /// Whether the question asks for a breakdown ("by month", "split by channel", "monthly").
    func regroups(_ reading: Reading) -> Bool {
        reading.indices.contains { reading.has($0, .grouping) || reading.grain($0) != nil && !reading.isUsed($0) }
    }

    /// "what about their loyalty tier" after the top customers: the same rows, with the fields of
    /// the records they are shown next to them. Nil unless the question asks only such fields.
    private func attributes(of field: String, in reading: Reading, previous: QueryPlan, result: QueryResult?) -> QueryPlan? {
        guard previous.kind == .metric, let entity = navigator.entity(identifiedBy: field), let table = navigator.table(ofEntity: entity) else {
            return nil
        }
        var reading = reading
        var asked: [String] = []
        for index in reading.indices where !reading.isUsed(index) && !reading.isReplaced(index) {
            // Their own fields first, then one a record has through its parent ("their subcategories").
            let fields = reading.fields(index)
            guard reading.values(index).isEmpty,
                  let name = fields.first(where: { navigator.distance($0, from: table) == 0 }) ?? fields.first(where: { navigator.reaches($0, from: table) }) else {
                continue
            }
            // "what country are they in" after suppliers: the suppliers' country, of a field many
            // records have.
            let own = "\(entity).\(name)"
            let shared = (model.dimension(named: name)?.expressions.count ?? 0) > 1
            asked.append(shared && model.dimension(named: own) != nil ? own : name)
            reading.use(index)
        }
        // "where are they based": the nearest place field the records have, the finest first.
        if let place = reading.indices.first(where: { !reading.isUsed($0) && reading.question($0) == .whereQuestion }) {
            let places = model.dimensions.reversed().filter { $0.group == "geography" }
                .compactMap { dimension in navigator.distance(dimension.name, from: table).map { (dimension.name, $0) } }
            if let nearest = places.min(by: { $0.1 < $1.1 }) {
                let own = "\(entity).\(nearest.0)"
                let name = model.dimension(named: own) != nil ? own : nearest.0
                if !asked.contains(name) { asked.insert(name, at: 0) }
                reading.use(place)
            }
        }
        // "show me their subcategories too": the asking words around the fields; "and" and
        // "what's" between two of them.
        for index in reading.indices where !reading.isUsed(index) && !asked.isEmpty && (reading.has(index, .list) || reading.has(index, .followUp)
            || reading.isConjunction(index) || reading.question(index) == .what || reading.has(index, .possessive)) {
            reading.use(index)
        }
        let replaced = reading.indices.filter(reading.isReplaced)
        guard !asked.isEmpty, reading.unused.allSatisfy(replaced.contains) else { return nil }
        // The one record a ranking found: its record, not the ranking again with more columns.
        if let winner = Self.winner(of: previous, result: result, navigator: navigator), winner.entity == entity {
            return QueryPlan(kind: .records, entities: [winner], subject: entity, fields: asked)
        }
        var plan = previous
        plan.dimensions += asked.filter { !plan.dimensions.contains($0) }
        return plan
    }

    /// "what's their on-time rate?" after shipments by carrier, "just those in Germany" after AOV by
    /// channel: every row of a whole answer is the rows the previous question chose, not a list of
    /// their names. The list is dropped for the previous question's own filters when those narrow
    /// the new plan's records the same way.
    private func dropWholeAnswerFilter(on field: String, of plan: inout QueryPlan, previous: QueryPlan, context: PlanningContext) {
        guard previous.limit == nil, let result = context.previousResult, !result.truncated,
              let index = plan.filters.firstIndex(where: { $0.dimension == field && !$0.negated && $0.values.count == result.rows.count }),
              let table = plan.metrics.first.flatMap(navigator.table(ofMetric:)) ?? plan.subject.flatMap(navigator.table(ofEntity:)),
              previous.filters.allSatisfy({ navigator.reaches($0.dimension, from: table) }) else { return }
        plan.filters.remove(at: index)
        for filter in previous.filters where !plan.filters.contains(where: { $0.dimension == filter.dimension }) {
            plan.filters.append(filter)
        }
    }

    /// `reading` planned on its own, in the previous question's period when it names none ("how
    /// many orders did that store have?" after a question about 2025).
    private func fresh(_ reading: Reading, previous: QueryPlan, context: PlanningContext, rowsOf field: String? = nil,
                       picksAmong: String? = nil, picksRow: Bool = false, keepsFilters: Bool = false) -> PlannerOutcome? {
        var builder = PlanBuilder(model: model, navigator: navigator, reading: reading, context: context)
        guard var plan = builder.build(), builder.reading.unused.isEmpty else { return nil }
        // "what share of all physical shop revenue that quarter is that?": the figure before is the
        // part; what the question names is the whole.
        if FollowUp.sharePartIsPointer(reading.tagged.words), plan.kind == .metric, plan.dimensions.isEmpty, plan.grain == nil,
           !plan.shareFilters.isEmpty || plan.share {
            _ = Self.sharePinnedFigure(of: previous, in: &plan, whole: plan.shareFilters + plan.filters, navigator: navigator)
        }
        // "which of them had the most units sold" after a list of suppliers: the suppliers, ranked.
        if let among = picksAmong, plan.kind == .metric, plan.grain == nil, plan.dimensions.count <= 1, !plan.dimensions.contains(among),
           plan.metrics.allSatisfy({ metric in navigator.table(ofMetric: metric).map { navigator.reaches(among, from: $0) } ?? false }) {
            plan.dimensions = [among]
        }
        // "top 3 products in it" after the best-selling subcategory: the products ranked by the
        // figure talked about, not by a count of themselves.
        if plan.kind == .metric, plan.limit != nil, plan.dimensions.isEmpty, plan.grain == nil, plan.metrics.count == 1,
           let ranked = navigator.countedEntity(of: plan.metrics[0]), let display = navigator.displayField(of: ranked),
           let talked = previous.metrics.first, talked != plan.metrics[0], navigator.metric(talked, reaches: ranked) {
            plan.metrics = [talked]
            plan.dimensions = [display]
        }
        // "their review scores" after the top products: one figure per product pointed at.
        // "how many products do they supply in total": one figure for them all.
        // "what share … do those 3 make up?": the rows together are the part, one figure.
        let sharedOut = plan.shareFilters.contains { $0.dimension == field && $0.values.count > 1 }
        if let field, plan.kind == .metric, plan.dimensions.isEmpty, plan.grain == nil, !sharedOut, !PlanBuilder.asksOneTotal(reading) {
            plan.dimensions = [field]
        }
        if let field, !plan.dimensions.isEmpty { keepEachRow(of: field, in: &plan) }
        if let field { dropWholeAnswerFilter(on: field, of: &plan, previous: previous, context: context) }
        // "how many of those arrived late" after express on-time rates by carrier: those rows were
        // the express ones; what narrowed them still narrows a metric over the same records.
        let table = plan.metrics.first.flatMap(navigator.table(ofMetric:))
        // After the values of a field were listed ("which carriers did it use"), the records that
        // have that field are the ones the previous question narrowed.
        let previousTable = previous.kind == .distinct ? previous.fields.first.flatMap(model.dimension(named:))?.expressions.first
            .flatMap { navigator.tables(in: $0).first } : previous.metrics.first.flatMap(navigator.table(ofMetric:))
        let sameRecords = plan.kind == .metric && table != nil && table == previousTable
        // "the best seller in the biggest one" after Voltix units by subcategory: still Voltix.
        if (field != nil || picksRow) && sameRecords || keepsFilters && plan.kind == .metric, let table {
            // "and what revenue did that week bring in?" after its cancelled orders: revenue never
            // counts them, so the week's revenue, not the cancelled orders' none.
            for filter in previous.filters where !plan.filters.contains(where: { $0.dimension == filter.dimension })
                && navigator.reaches(filter.dimension, from: table) && !plan.metrics.contains(where: { navigator.contradicts(filter, metric: $0) }) {
                plan.filters.append(filter)
            }
            // The record whose values were listed: "how many parcels with each of them" stays its parcels.
            if previous.kind == .distinct, plan.entities.isEmpty {
                plan.entities = previous.entities.filter { navigator.displayField(of: $0.entity).map { navigator.reaches($0, from: table) } ?? false }
            }
        }
        // Records keep the period only when it dated those records: "list them" after orders in
        // 2024; "what's her email?" after her orders in 2024 is not about when she signed up.
        let recordsTable = previous.kind == .records ? previous.subject.flatMap(navigator.table(ofEntity:))
            : previous.metrics.first.flatMap(navigator.table(ofMetric:))
        // A figure with no date ("how many products are in it": the catalogue now) takes no period.
        // "that year" said again keeps the period for whatever figure is dated.
        let dated = plan.metrics.allSatisfy { model.metric(named: $0)?.timeColumn != nil }
            || keepsFilters && plan.metrics.contains { model.metric(named: $0)?.timeColumn != nil }
        let timed = plan.kind == .metric && dated || plan.kind == .distinct && keepsFilters || plan.kind == .records && plan.subject.flatMap { model.entity(named: $0)?.time } != nil
            && !plan.entities.contains { $0.entity == plan.subject } && plan.subject.flatMap(navigator.table(ofEntity:)) == recordsTable
        if plan.period == nil, timed, previous.period != nil, builder.periods.isEmpty {
            plan.period = previous.period
            // The previous period on the same date: "2025 orders" stays the orders' 2025.
            if sameRecords, let field = previous.dateField {
                plan.dateField = field
            }
        } else if sameRecords, plan.dateField == nil, builder.periods.isEmpty || keepsFilters, let field = previous.dateField {
            // "break that week down by carrier" after shipments sent out per week: the week the
            // answer showed is on the same date the weeks were counted by.
            plan.dateField = field
        }
        return .plan(plan, notes: builder.notes)
    }

    /// Whether the question ends on a grouping word with nothing to group by ("… is each?",
    /// "how much did each make"): the groups are the previous answer's.
    static func endsWithEach(_ reading: Reading) -> Bool {
        guard let last = reading.indices.last(where: { !reading.spans[$0].isFunction && !reading.has($0, .filler) }) else { return false }
        // "… in each?", "for each one?": the grouping word closes the span.
        let words = reading.words(last)
        return reading.has(last, .grouping) && (["each", "every", "per"].contains(words.last ?? "")
            || words.count >= 2 && words.suffix(2).elementsEqual(["each", "one"]))
    }

    private static func isChatRole(_ role: GrammarRole) -> Bool {
        switch role {
        case .question, .followUp, .conjunction, .possessive, .reference, .help: true
        default: false
        }
    }

    /// The stemmed words that carry meaning, for comparing phrasings with verified questions, and
    /// which of them were said in the plural: "which supplier has the longest lead time" asks for
    /// one supplier, "which suppliers have the longest lead times" for a ranking.
    struct ContentWords: Sendable {
        var stems: Set<String> = []
        var plural: Set<String> = []

        init(_ words: [String]) {
            for word in words {
                let roles = Grammar.phrases[word]
                if let roles, roles.contains(.function) || roles.contains(.filler) { continue }
                let stem = WordStem.light(word)
                stems.insert(stem)
                // Structure words ("whats") have no number.
                if stem != word && roles == nil { plural.insert(stem) }
            }
        }

        /// Both say the shared words in the same number.
        func agrees(with other: ContentWords) -> Bool {
            let shared = stems.intersection(other.stems)
            return plural.intersection(shared) == other.plural.intersection(shared)
        }
    }

    /// A verified question whose meaningful words match the question's almost exactly.
    private func matchVerified(_ words: [String]) -> SemanticModel.VerifiedQuery? {
        let question = ContentWords(words)
        guard !question.stems.isEmpty else { return nil }
        var best: (Double, SemanticModel.VerifiedQuery)?
        for (candidate, query) in verified where !candidate.stems.isEmpty {
            // Every word the question adds would be dropped ("… by carrier in 2025" is not the
            // verified "… by carrier"): the question may only leave words out.
            guard question.stems.isSubset(of: candidate.stems), question.agrees(with: candidate) else { continue }
            let similarity = Double(question.stems.count) / Double(candidate.stems.count)
            if similarity >= 0.8, similarity > (best?.0 ?? 0) { best = (similarity, query) }
        }
        return best?.1
    }
}
