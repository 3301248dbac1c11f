extension DemoBuild {
    func generateCustomers() throws {
        var random = random(.customers)
        let count = max(Int((20_000 * scale).rounded()), 50)
        let countries = DemoCatalog.countries
        let countryPicker = WeightedPicker(weights: countries.map(\.customerWeight))

        // About 38 % signed up before the window (2019–2022, accelerating); the rest join during it,
        // following the same seasonal, growing curve as orders. Customer 0 always predates the window
        // so the first day of orders has someone to sell to.
        let historyStart = DemoCalendar.day(year: 2019, month: 1, day: 1)
        let history = DemoTimeline.firstDay - historyStart
        let windowDays = WeightedPicker(weights: timeline.dayWeights)
        var signups: [Int] = []
        signups.reserveCapacity(count)
        for index in 0..<count {
            if index == 0 || random.chance(0.38) {
                // sqrt(u) has a linearly rising density: more signups as the shop grew.
                signups.append(historyStart + min(history - 1, Int(Double(history) * random.uniform().squareRoot())))
            } else {
                signups.append(DemoTimeline.firstDay + windowDays.pick(using: &random))
            }
        }
        signups.sort()

        let rows = try inserter("customers", ["customer_id", "first_name", "last_name", "email", "city",
                                              "country_code", "segment", "loyalty_tier", "signup_date",
                                              "acquisition_channel"])
        var table = CustomerTable()
        var weights: [Double] = []
        var emails = Set<String>()
        let lateSignup = DemoTimeline.lastDay - 60
        for (index, signupDay) in signups.enumerated() {
            let countryIndex = countryPicker.pick(using: &random)
            let country = countries[countryIndex]
            let city = random.pickIndex(weights: SeededRandom.zipfWeights(count: country.cities.count, offset: 0.6))
            let pool = random.pick(country.names)
            let firstName = random.pick(pool.firstNames)
            let lastName = random.pick(pool.lastNames)
            let email = uniqueEmail(first: firstName, last: lastName, id: index + 1, random: &random, used: &emails)
            let segment = random.pickIndex(weights: DemoCatalog.segmentWeights)

            // Buying frequency and churn: one-off shoppers churn, the loyal core does not.
            var weight: Double
            var churnOdds: Double
            switch segment {
            case 0:
                let kind = random.uniform()
                if kind < 0.66 {
                    (weight, churnOdds) = (1, 0.55)
                } else if kind < 0.92 {
                    (weight, churnOdds) = (random.uniform(2.5, 5), 0.25)
                } else {
                    (weight, churnOdds) = (random.uniform(8, 20), 0.05)
                }
            case 1: (weight, churnOdds) = (random.uniform(2, 7), 0.2)
            default: (weight, churnOdds) = (random.uniform(3, 12), 0.1)
            }
            let churnDay = random.chance(churnOdds) ? signupDay + 60 + random.int(below: 900) : Int.max

            // Tiers follow how much a customer buys, with some noise; brand-new members start at none.
            var tier: Int
            let draw = random.uniform()
            if weight >= 12 {
                tier = draw < 0.6 ? 3 : 2
            } else if weight >= 6 {
                tier = draw < 0.5 ? 2 : (draw < 0.9 ? 1 : 0)
            } else if weight >= 2.5 {
                tier = draw < 0.45 ? 1 : 0
            } else {
                tier = draw < 0.08 ? 1 : 0
            }
            if signupDay > lateSignup { tier = 0 }

            // Social and paid acquisition gained share over the years.
            let years = Double(DemoCalendar.civil(signupDay).year - 2019)
            let channelWeights = [38 - 2.5 * years, 20 + 1.5 * years, 8 + 3 * years, 12, 12 - years, 8]
            let channel = random.pickIndex(weights: channelWeights)

            try rows.insert(.int(index + 1), .text(firstName), .text(lastName), .text(email),
                            .text(country.cities[city]), .text(country.code), .text(DemoCatalog.segments[segment]),
                            .text(DemoCatalog.loyaltyTiers[tier]), .date(signupDay),
                            .text(DemoCatalog.acquisitionChannels[channel]))
            table.country.append(countryIndex)
            table.city.append(city)
            table.signupDay.append(signupDay)
            table.churnDay.append(churnDay)
            table.segment.append(segment)
            table.tier.append(tier)
            weights.append(weight)
        }
        table.picker = WeightedPicker(weights: weights)
        table.orderCount = Array(repeating: 0, count: count)
        customers = table
        record(rows)
    }

    /// first.last@…, then with a number, then initial+last with a number; the id as a last resort
    /// guarantees uniqueness.
    private func uniqueEmail(first: String, last: String, id: Int, random: inout SeededRandom,
                             used: inout Set<String>) -> String {
        let given = DemoCatalog.emailSlug(first)
        let family = DemoCatalog.emailSlug(last)
        let domain = random.pick(DemoCatalog.emailDomains)
        let candidates = [
            "\(given).\(family)",
            "\(given).\(family)\(random.int(in: 1...99))",
            "\(given.prefix(1))\(family)\(random.int(in: 1...999))",
            "\(given)_\(family)\(random.int(in: 1...9999))",
        ]
        for local in candidates where used.insert("\(local)@\(domain)").inserted {
            return "\(local)@\(domain)"
        }
        let fallback = "\(given).\(family).\(id)@\(domain)"
        used.insert(fallback)
        return fallback
    }
}
