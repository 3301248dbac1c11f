/// Which metrics a question asks for.
extension PlanBuilder {
    /// "did we sell", "have you sold": a verb whose subject is the shop, so the counted noun
    /// before it is its object.
    private func soldByUs(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        return ["we", "you", "i", "they"].contains(reading.words(index - 1).last ?? "")
    }

    /// The metrics asked for: metric words, and aggregates of fields or counts of entities after
    /// "how many", "total", "average", "maximum".
    mutating func chooseMetrics(head: Int?) {
        func aggregateCue(_ index: Int) -> GrammarRole? {
            reading.spans[index].roles.first { role in
                switch role { case .count, .total, .average, .extreme: true; default: false }
            }
        }
        // "the average, minimum and total amount": every cue of a list applies to the field after it.
        var sharedTargets = Set<Int>()
        var listEnds = Set<Int>()
        for index in reading.indices where !reading.isUsed(index) {
            guard let cue = aggregateCue(index) else { continue }
            var next = reading.nextContent(index)
            var skipped = false
            while let candidate = next, !reading.isUsed(candidate),
                  aggregateCue(candidate) != nil || reading.spans[candidate].roles == [.conjunction(and: true)] {
                next = reading.nextContent(candidate)
                skipped = skipped || aggregateCue(candidate) != nil
            }
            // "how many 2025 orders": a period before the counted noun dates it.
            if cue == .count, let candidate = next, reading.period(candidate) != nil, let noun = reading.nextContent(candidate),
               !reading.isUsed(noun), !reading.entities(noun).isEmpty || !reading.metrics(noun).isEmpty {
                next = noun
            }
            // "how much did we bring in from appointment fees": past the verb to what is summed.
            if cue == .total, reading.words(index) == ["how", "much"] {
                var look = next
                while let candidate = look, reading.metrics(candidate).isEmpty, reading.fields(candidate).isEmpty, reading.entities(candidate).isEmpty,
                      reading.values(candidate).isEmpty, reading.has(candidate, .linking) || ["from", "on", "in", "for"].contains(reading.spans[candidate].text.lowercased()) {
                    look = reading.nextContent(candidate)
                }
                if let found = look, numericField(found) != nil { next = found }
            }
            // "parcel count per carrier", "order count by month": the count said after its noun.
            if cue == .count, ["count", "counts", "tally"].contains(reading.words(index).joined(separator: " ")), index > 0,
               !reading.isUsed(index - 1), let entity = reading.entities(index - 1).first, navigator.countMetric(of: entity) != nil {
                next = index - 1
            }
            guard var target = next, !negated.contains(target),
                  !reading.isUsed(target) || sharedTargets.contains(target) else { continue }
            // "how many refunded returns": a value before the counted noun, though "refunded" also
            // names an amount; counting asks for the records.
            if cue == .count, reading.entities(target).isEmpty, !reading.values(target).isEmpty,
               !reading.metrics(target).contains(where: { model.metric(named: $0)?.format == .count }),
               let noun = reading.nextContent(target), noun == target + 1, reading.values(noun).isEmpty,
               let entity = reading.entities(noun).first, navigator.countMetric(of: entity) != nil {
                target = noun
            }
            // "how many in-store sales": the value describes the sales counted after it.
            if cue == .count, !reading.values(target).isEmpty, let noun = reading.nextContent(target), noun == target + 1,
               reading.values(noun).isEmpty, reading.entities(noun).isEmpty,
               reading.metrics(noun).contains(where: { model.metric(named: $0)?.format == .currency && recordCount(measuring: $0) != nil }) {
                target = noun
            }
            if skipped { sharedTargets.insert(target) }
            var metric: String?
            switch cue {
            case .count:
                if let entity = reading.entities(target).first, let count = navigator.countMetric(of: entity) {
                    metric = count
                    subjectEntity = entity
                    // "how many platinum members" (another table's value spelled like the noun was
                    // dropped before: `dropValuesSpelledLikeTheirNoun`).
                    if !reading.values(target).isEmpty { heads.insert(target) }
                } else if let name = reading.metrics(target).first {
                    metric = name
                    // "how many sales did the shop ring up": sales counted are the sales records, not
                    // their money.
                    if model.metric(named: name)?.format == .currency, let events = recordCount(measuring: name) {
                        metric = events
                        subjectEntity = navigator.countedEntity(of: events)
                    }
                } else if reading.fields(target).isEmpty, !reading.values(target).isEmpty,
                          closesCountOfValue(after: target),
                          let owner = Set(reading.values(target).compactMap { navigator.owner(of: $0.field) }).onlyElement,
                          model.entity(named: owner)?.time != nil, let count = navigator.countMetric(of: owner) {
                    // "how many no-shows in 2025": the records holding the value, counted — events
                    // with a date of their own, not a lookup table's rows ("how many products are
                    // there" is no count of catalogue levels named "Product").
                    metric = count
                    subjectEntity = owner
                    heads.insert(target)
                } else if let field = numericField(target), isSummedQuantity(field) {
                    // "how many loyalty points does she have", "how many seats": a quantity the
                    // model sums is added up, not counted as distinct values.
                    metric = model.aggregateMetric("sum", of: field)
                } else if let field = fieldChoice(target) {
                    metric = model.aggregateMetric("distinct", of: field)
                }
            case .total:
                if let name = reading.metrics(target).first {
                    metric = name
                    // "how much did we refund": an amount of records is their money, not their number.
                    if reading.words(index) == ["how", "much"], !reading.entities(target).isEmpty,
                       let counted = model.metric(named: name), counted.format == .count, let table = counted.table,
                       let money = theMoney(of: table) {
                        metric = money.name
                    }
                } else if let field = numericField(target) {
                    metric = model.aggregateMetric("sum", of: field)
                }
            case .average:
                if let field = numericField(target) ?? coordinatedField(target, shared: sharedTargets) {
                    metric = model.aggregateMetric("avg", of: field)
                } else if let entity = reading.entities(target).first, !reading.isPlural(target), let typical = averageDocument(entity) {
                    // "the average sale at the Bath shop": what one sale comes to, its average value.
                    metric = typical
                } else {
                    metric = reading.metrics(target).first
                }
            case .extreme(let highest):
                if let field = numericField(target) ?? coordinatedField(target, shared: sharedTargets) {
                    metric = model.aggregateMetric(highest ? "max" : "min", of: field)
                }
            default:
                break
            }
            guard let metric else { continue }
            reading.use(index)
            // "total # of orders": one count.
            if cue == .count, let before = reading.previousContent(index), reading.has(before, .total) { reading.use(before) }
            reading.use(target, as: .metric(metric))
            metricSpans[metric] = target
            if !plan.metrics.contains(metric) { plan.metrics.append(metric) }
            if metric != reading.metrics(target).first, opensWithAggregateWord(target) {
                listEnds.insert(target)
            }
        }
        // "…and total amount": the list's last aggregate is the metric phrase itself.
        for target in listEnds.sorted() {
            if let own = reading.metrics(target).first, !plan.metrics.contains(own) {
                plan.metrics.append(own)
                metricSpans[own] = target
            }
        }
        narrowCounts()
        let others = freeMetricSpans().filter { !isBareEntityNoun($0) }
        consumePopulation(measured: plan.metrics.first ?? others.first { reading.entities($0).isEmpty }.flatMap { reading.metrics($0).first })
        for index in others where !reading.isUsed(index) {
            // "by subcategory", "per store": a breakdown, not a count of subcategories or stores.
            // "top 5 cities by orders": with a ranking, records with no name to group by are the measure.
            // "break down the returns by reason": the verb's object is what is measured, the
            // groups come after "by".
            if let cue = reading.previousContent(index), reading.has(cue, .grouping), groupable(index),
               !(["break", "split"].contains(reading.words(cue).first ?? "") && reading.indices.contains { $0 > index && reading.has($0, .grouping) }) {
                continue
            }
            // The question's subject ("customers with more than 5 orders") is grouped by, not counted,
            // when another metric is there.
            // Not when the other one only dates them: "returns on 2024 orders by reason" counts returns.
            let measured = others.filter { $0 != index && !isDatingNoun($0) }
            if index == head, !reading.entities(index).isEmpty, plan.metrics.count + measured.count >= 1, plan.metrics.count + others.count > 1,
               !startsList(index), qualifiesHead(index) {
                continue
            }
            // "best customers": ranked records, by the model's main metric, not a count of them.
            if index == head, !reading.entities(index).isEmpty, plan.metrics.isEmpty, others.count == 1, ranksRecords { continue }
            // A number-comparison target is left for the comparison: "more than 65 orders", "50 or
            // more units on hand" (a number and a comparator just before it, in either order).
            if let previous = reading.previousContent(index), let first = reading.previousContent(previous),
               reading.number(previous) != nil && reading.comparator(first) != nil || reading.comparator(previous) != nil && reading.number(first) != nil {
                continue
            }
            // "who spent more than 10k? customers": the people asked about, not a count of them.
            if asksWho, reading.entities(index).contains(where: { model.entity(named: $0)?.person == true }) { continue }
            // "customers from which acquisition channel spent the most": people before "which" and
            // the verb that names the measure are who spent it, not a count of them.
            if reading.entities(index).contains(where: { model.entity(named: $0)?.person == true }), reading.isPlural(index),
               let which = reading.indices.first(where: { $0 > index && reading.question($0) == .which }),
               reading.indices.contains(where: { $0 > which && reading.has($0, .linking) && !reading.metrics($0).isEmpty }) {
                reading.use(index)
                continue
            }
            guard let name = reading.metrics(index).first else { continue }
            // "return counts by reason for Electronics items ordered in 2024": a count's participle
            // right before a period dates the measured rows by those records' date.
            if let measured = plan.metrics.first.flatMap(navigator.table(ofMetric:)), reading.spans[index].text.lowercased().hasSuffix("ed"),
               var next = reading.nextContent(index) {
                if ["in", "during", "on", "over", "since"].contains(reading.spans[next].text.lowercased()), let after = reading.nextContent(next) { next = after }
                if reading.period(next) != nil, let counted = navigator.countedEntity(of: name), let time = model.entity(named: counted)?.time,
                   let date = model.dimensions.first(where: { $0.fieldType == .date && $0.expressions.contains(time) }),
                   navigator.reaches(date.name, from: measured) {
                    plan.dateField = date.name
                    reading.use(index)
                    continue
                }
            }
            // "customers who signed up in 2025": the counted records' own date, not a second metric.
            if let counted = subjectEntity, let table = navigator.table(ofEntity: counted),
               reading.fields(index).contains(where: { field in
                   model.dimension(named: field).map { $0.fieldType == .date && $0.expressions.contains(model.entity(named: counted)?.time ?? "") } == true
                       && navigator.distance(field, from: table) == 0
               }) {
                reading.use(index)
                continue
            }
            // "how many customers bought something this year": the customers who have purchases.
            // "how much did those customers spend": with "how much" the money is the figure asked for.
            let totalAsked = reading.indices.contains { reading.has($0, .total) } && !countsSubject
            if let counted = subjectEntity, model.metric(named: name)?.counts != counted, !totalAsked, !datesOnly(index),
               countsSubject || follows(index, entity: counted) {
                // "how many orders did customers in Australia place": every order has its one
                // customer, so the customers are the orders' subject, not a condition on them.
                if let owner = navigator.countedEntity(of: name), let key = model.entity(named: owner)?.key,
                   let table = navigator.table(ofEntity: counted), navigator.reaches(key: key, from: table) {
                    reading.use(index)
                    continue
                }
                // "how many items did we sell": what we sold, counted, is the quantity sold, not
                // the number of different products that sold.
                if soldByUs(index), let sold = model.metric(named: name), sold.counts == nil, sold.format != .currency, sold.format != .percent,
                   navigator.metric(name, reaches: counted),
                   let count = navigator.countMetric(of: counted), let position = plan.metrics.firstIndex(of: count) {
                    plan.metrics[position] = name
                    metricSpans[name] = index
                    metricSpans[count] = nil
                    reading.use(index, as: .metric(name))
                    subjectEntity = nil
                    continue
                }
                var period: QueryPlan.Period?
                if let claimed = periods.firstIndex(where: { $0.index > index }) {
                    period = periods[claimed].period
                    periods.remove(at: claimed)
                }
                plan.related.append(RelatedCondition(entity: counted, through: name, exists: true, period: period))
                reading.use(index)
                continue
            }
            reading.use(index, as: .metric(name))
            metricSpans[name] = index
            if !plan.metrics.contains(name) { plan.metrics.append(name) }
        }
        countEventsForFrequency()
        // "how many units does each warehouse hold": a unit word gives way to the metric that says what is counted.
        if plan.metrics.count > 1 {
            let units = Set(model.dimensions.compactMap(\.unit))
            plan.metrics.removeAll { name in
                guard let index = metricSpans[name] else { return false }
                return reading.words(index).count == 1 && units.contains(reading.words(index).first ?? "")
            }
        }
    }

    /// "how many no-shows in 2025?", "how many no-shows": nothing but a period follows the value
    /// counted ("how many cold brews did we sell" asks for what was sold, "how many store managers
    /// do they look after" for whom each looks after).
    private func closesCountOfValue(after target: Int) -> Bool {
        // The very next word, not the next content word: "did we sell", "do they look after" say
        // what is asked about the value.
        guard target + 1 < reading.spans.count else { return true }
        let following = reading.spans[target + 1].text.lowercased()
        guard reading.period(target + 1) != nil || ["in", "during", "on", "since", "over", "for", "were", "was", "are", "is"].contains(following)
        else { return false }
        guard var next = reading.nextContent(target) else { return true }
        if ["in", "during", "on", "since", "over", "for", "were", "was", "are", "is"].contains(reading.spans[next].text.lowercased()) {
            guard let after = reading.nextContent(next) else { return reading.spans[next].text.lowercased() != "for" }
            next = after
        }
        return reading.period(next) != nil || reading.has(next, .reference) && reading.nextContent(next) == nil
    }

    /// The average value of one of an entity's records, when the model has it: an average over
    /// its own table in money that the model calls the average order (sale, basket) value.
    private func averageDocument(_ entity: String) -> String? {
        guard let table = navigator.table(ofEntity: entity) else { return nil }
        return model.metrics.first { metric in
            metric.table == table && metric.format == .currency && (metric.expression ?? "").hasPrefix("AVG(")
                && metric.synonyms.contains { ["aov", "average order value", "average sale value", "average transaction value"].contains($0) }
        }?.name ?? model.metrics.first { metric in
            // The demo's declared AOV is a ratio over the orders table.
            metric.synonyms.contains("aov") && navigator.table(ofMetric: metric.name) == table
        }?.name
    }

    /// "on 2024 orders", "for orders placed in March": a noun after "on"/"for" with its period,
    /// which says which records' date the period is on.
    func isDatingNoun(_ index: Int) -> Bool {
        if datesOnly(index) { return true }
        guard let before = reading.previousContent(index), reading.period(before) != nil,
              let preposition = reading.previousContent(before) ?? (before > 0 ? before - 1 : nil) else { return false }
        return ["on", "for", "from", "of", "against"].contains(reading.spans[preposition].text.lowercased())
            || before > 0 && ["on", "for", "from", "of", "against"].contains(reading.spans[before - 1].text.lowercased())
    }

    /// "which store did he buy from most often", "how often did she order in 2024": how often is a
    /// number of the events (orders), not the amount the verb names (units bought).
    private mutating func countEventsForFrequency() {
        // "which store does she buy from most?", "which carrier do we ship with the most?": a
        // superlative closing the question right after the verb's preposition asks how often.
        let closingMost = reading.indices.last.flatMap { last -> Int? in
            guard reading.superlative(last)?.highest == true, ["most", "the most"].contains(reading.spans[last].text.lowercased()),
                  last > 0, ["from", "with", "at"].contains(reading.spans[last - 1].text.lowercased()) else { return nil }
            return last
        }
        let frequency = reading.indices.first { !reading.isUsed($0) && reading.has($0, .frequency) }
        guard let often = frequency ?? closingMost else { return }
        guard plan.metrics.count <= 1 else { return }
        // The closing superlative still ranks; only "most often" is spent on saying how often.
        if let name = plan.metrics.first, model.metric(named: name)?.counts != nil || navigator.countedEntity(of: name) != nil {
            if frequency != nil { reading.use(often) }
            return
        }
        guard let events = eventCount(measuring: plan.metrics.first) else { return }
        if frequency != nil { reading.use(often) }
        if let old = plan.metrics.first, let index = metricSpans.removeValue(forKey: old) { metricSpans[events] = index }
        plan.metrics = [events]
    }

    /// "how many deliveries … arrived later than promised": a plain count of records beside a
    /// narrower count of the same records is that narrower count, one figure.
    mutating func keepNarrowerCount() {
        guard plan.metrics.count == 2, reading.indices.contains(where: { reading.has($0, .count) }),
              let plain = plan.metrics.first(where: { name in
                  guard let metric = model.metric(named: name), let counted = metric.counts else { return false }
                  return metric.format == .count && (metric.filters ?? []).isEmpty && navigator.countMetric(of: counted) == name
              }),
              let narrow = plan.metrics.first(where: { $0 != plain }), let metric = model.metric(named: narrow), metric.format == .count,
              metric.table != nil, metric.table == model.metric(named: plain)?.table,
              // "shipments and late deliveries": two figures asked for.
              let first = metricSpans[plain], let second = metricSpans[narrow],
              !(min(first, second)...max(first, second)).contains(where: { reading.isConjunction($0) }) else { return }
        plan.metrics = [narrow]
        if let index = metricSpans.removeValue(forKey: plain) { reading.use(index) }
    }

    /// "how many refunds", "how many sales": the records an amount adds up, counted — its own rows
    /// under its own filters when they are dated records themselves (refunded returns), else the
    /// documents its lines belong to (orders for revenue over order lines).
    func recordCount(measuring name: String) -> String? {
        guard let metric = model.metric(named: name), let table = metric.table, metric.expression != nil else { return eventCount(measuring: name) }
        let ownDate = model.entities.contains { entity in
            entity.table == table && entity.time.map { navigator.tables(in: $0) == [table] } == true
        }
        if ownDate, !(metric.filters ?? []).isEmpty { return "rows:\(name)" }
        return eventCount(measuring: name)
    }

    /// The count of the dated records a metric's rows belong to: orders for units sold over order
    /// lines; the model's first dated entity with a count when no metric is named.
    func eventCount(measuring metric: String?) -> String? {
        // Records dated by a column of their own (orders), not through another table (order lines).
        let dated = model.entities.filter { entity in entity.time.map { navigator.tables(in: $0) == [entity.table] } ?? false }
        guard let table = metric.flatMap(navigator.table(ofMetric:)) else {
            return dated.lazy.compactMap { navigator.countMetric(of: $0.name) }.first
        }
        // The records whose date dates the metric (orders date units sold).
        let timeTables = metric.flatMap { model.metric(named: $0)?.timeColumn }.map(navigator.tables(in:)) ?? [table]
        guard let events = dated.first(where: { timeTables.contains($0.table) && navigator.graph.canReach($0.table, from: table) })
        else { return nil }
        return navigator.countMetric(of: events.name)
    }

    /// "how many shipments were delivered late", "customers who signed up last month": a count of
    /// the same records that is narrower replaces the plain count.
    private mutating func narrowCounts() {
        guard let counted = subjectEntity, let count = navigator.countMetric(of: counted), plan.metrics.contains(count) else { return }
        for index in reading.indices where !reading.isUsed(index) && !negated.contains(index) {
            guard let name = reading.metrics(index).first(where: { name in
                guard name != count, let metric = model.metric(named: name) else { return false }
                // Only another count of the same rows ("new customers"), not a sum over them ("units on hand").
                return metric.format == .count && metric.table == navigator.table(ofEntity: counted) && navigator.countedEntity(of: name) == counted
            }) else { continue }
            plan.metrics = plan.metrics.map { $0 == count ? name : $0 }
            metricSpans[name] = index
            reading.use(index, as: .metric(name))
            return
        }
    }

    /// "customers with more than 5 orders", "top 10 products by revenue": the head is what another
    /// metric is measured for, so it is grouped by, not counted — unless a breakdown of it follows
    /// ("shipments by carrier for last month's orders" counts the shipments).
    private func qualifiesHead(_ index: Int) -> Bool {
        guard let next = reading.nextContent(index), reading.has(next, .grouping), let target = reading.nextContent(next) else { return true }
        let breakdown = (!reading.fields(target).isEmpty || !reading.entities(target).isEmpty) && reading.metrics(target).isEmpty
        return !breakdown
    }

    /// "orders, revenue and aov": the head noun starts a list of metrics.
    private func startsList(_ index: Int) -> Bool {
        var look = index
        var joined = false
        while let next = reading.nextContent(look) {
            if reading.has(next, .conjunction(and: true)) {
                joined = true
            } else if reading.metrics(next).isEmpty || !reading.entities(next).isEmpty {
                break
            }
            look = next
        }
        return joined && look != index && !reading.metrics(look).isEmpty
    }

    /// Whether `index` comes right after the counted entity's noun ("customers who bought…",
    /// "members that ordered…"), with only structure words between.
    private func follows(_ index: Int, entity: String) -> Bool {
        var look = index - 1
        while look >= 0 {
            if reading.entities(look).contains(entity) || reading.metrics(look).contains(where: { model.metric(named: $0)?.counts == entity }) { return true }
            let span = reading.spans[look]
            // "customers from Germany ordered …": the noun's own values and prepositions may stand between.
            let modifier = !reading.values(look).isEmpty && reading.metrics(look).isEmpty
                || ["from", "in", "at", "of", "with", "based in"].contains(span.text.lowercased())
                    && look + 1 < reading.spans.count && !reading.values(look + 1).isEmpty
            // "customers in that tier bought …": the pointer's noun, read with the value it points at.
            let pointerNoun = reading.isUsed(look) && look > 0 && reading.isReplaced(look - 1)
            guard span.isFunction || modifier || pointerNoun || reading.question(look) != nil || reading.has(look, .reference) else { return false }
            look -= 1
        }
        return false
    }

    /// "best customers", "fastest growing products": records ranked by how they did, which is the
    /// model's main metric when none is named.
    var ranksRecords: Bool {
        reading.indices.contains { index in
            reading.superlative(index)?.quality == true
                || !reading.isUsed(index) && reading.spans[index].roles.contains { if case .movement = $0 { return true }; return false }
        }
    }

    /// "what did …", "what has …": the question asks for the things a verb acted on.
    var asksWhatDid: Bool {
        let words = reading.tagged.words
        return zip(words, words.dropFirst()).contains { $0 == "what" && ["did", "do", "does", "has", "have", "had"].contains($1) }
    }

    /// "who placed…", "who spent…": the question asks for people.
    var asksWho: Bool { reading.indices.contains { reading.question($0) == .who } }

    /// A number field the model already sums as a measure (points, seats, units), not a price or
    /// a rating that is only averaged.
    /// "all stores and channels together", "every region and channel combined": a list of things
    /// summed over, no breakdown and no count of them.
    private mutating func consumeEverythingTogether() {
        for start in reading.indices where ["all", "every"].contains(reading.spans[start].text.lowercased()) {
            var items: [Int] = []
            var look = reading.nextContent(start)
            while let item = look, !reading.isUsed(item), reading.values(item).isEmpty,
                  !reading.entities(item).isEmpty || !reading.fields(item).isEmpty {
                items.append(item)
                guard let joiner = reading.nextContent(item), reading.isConjunction(joiner) else { look = reading.nextContent(item); break }
                look = reading.nextContent(joiner)
            }
            guard items.count >= 2, let end = look, reading.has(end, .total) else { continue }
            for item in items { reading.use(item) }
            for joiner in items.first!..<items.last! where reading.isConjunction(joiner) { reading.use(joiner) }
            reading.use(end)
        }
    }

    private func isSummedQuantity(_ field: String) -> Bool {
        guard let expression = model.dimension(named: field)?.expressions.first else { return false }
        return model.metrics.contains { $0.expression == "SUM(\(expression))" }
    }

    private func numericField(_ index: Int) -> String? {
        reading.fields(index).first { model.dimension(named: $0)?.fieldType == .number }
    }

    /// "the average price of all products", "revenue across all manufacturers": the records an
    /// aggregate runs over (its own table) are neither counted nor broken down by.
    private mutating func consumePopulation(measured: String?) {
        guard let measured, let table = navigator.table(ofMetric: measured) else { return }
        // "how much stock in total across the US warehouses": a total asked for is one figure.
        let totalAsked = reading.indices.contains { index in
            reading.has(index, .total) && ["in total", "total", "overall", "altogether", "combined", "in all"].contains(reading.words(index).joined(separator: " "))
        }
        consumeEverythingTogether()
        for index in reading.indices where !reading.isUsed(index) && index >= 1 && reading.values(index).isEmpty {
            var look = index - 1
            // "across the US warehouses", "across the Amazon stores": the records the values narrow,
            // summed over; the values are read as filters.
            while look >= 1, !reading.values(look).isEmpty { look -= 1 }
            let valued = look < index - 1
            // The words as read, typos mended ("accross every channel").
            let quantifier = reading.words(look).joined(separator: " ")
            if ["all", "every", "the", "our"].contains(quantifier), look >= 1 { look -= 1 }
            let word = reading.words(look).joined(separator: " ")
            // "across all stores", "over all warehouses": every one of the records the metric
            // reaches, summed over — a scope, not a breakdown.
            let everyOne = ["all", "every"].contains(quantifier) && ["across", "over", "in", "for", "at"].contains(word)
                || ["across all", "over all"].contains(word)
                || (totalAsked || valued) && ["across", "over"].contains(word)
                // "all carriers together", "all stores combined".
                || quantifier == "all" && reading.nextContent(index).map { reading.has($0, .total) } == true
            if valued && !everyOne { continue }
            let reached = reading.entities(index).contains { entity in
                navigator.table(ofEntity: entity) == table || everyOne && navigator.displayField(of: entity).map { navigator.reaches($0, from: table) } == true
            } || everyOne && reading.fields(index).contains { navigator.reaches($0, from: table) }
            guard reached, ["of", "across", "among", "over", "of all", "across all", "of the"].contains(word) || everyOne else { continue }
            reading.use(index)
        }
    }

    /// "average and total amount", "average, min and max amount": the field under the aggregate the
    /// list ends with, when the cue is one of a list (the metric phrase starts with its own cue).
    private func coordinatedField(_ target: Int, shared: Set<Int>) -> String? {
        guard shared.contains(target) || opensWithAggregateWord(target) else { return nil }
        return aggregatedField(target)
    }

    /// "total transaction amount": a metric phrase that names its own aggregate.
    private func opensWithAggregateWord(_ index: Int) -> Bool {
        reading.words(index).first.map(Self.aggregateWords.contains) ?? false
    }

    private static let aggregateWords: Set<String> = ["total", "sum", "average", "avg", "mean", "maximum", "max", "minimum", "min",
                                                      "highest", "lowest", "largest", "smallest"]

    /// The number field a metric aggregates ("total transaction amount" → transaction amount),
    /// for a list of aggregates over one field ("the average and total transaction amount"): the
    /// field whose sum, average, minimum or maximum is that metric.
    private func aggregatedField(_ index: Int) -> String? {
        guard let name = reading.metrics(index).first else { return nil }
        return model.dimensions.first { dimension in
            dimension.fieldType == .number && ["sum", "avg", "min", "max"].contains { model.aggregateMetric($0, of: dimension.name) == name }
        }?.name
    }
}
