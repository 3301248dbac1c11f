/// Other names of well-known places, so a question can say "US", "USA", "the States" or "United
/// States" whichever the data stores: countries (ISO codes, short names) and US states (postal
/// codes). Codes that stand for two places (CA: California and Canada) are left out.
enum PlaceAliases {
    /// Every name of one place, the first one its usual name.
    private static let places: [[String]] = [
        ["United States", "US", "USA", "U.S.", "U.S.A.", "America", "United States of America", "the States"],
        ["United Kingdom", "UK", "GB", "GBR", "Great Britain", "Britain", "England"],
        ["Germany", "DEU", "Deutschland"], ["France", "FR", "FRA"], ["Spain", "ES", "ESP", "España"], ["Italy", "IT", "ITA", "Italia"],
        ["Netherlands", "NL", "NLD", "Holland", "The Netherlands"], ["Japan", "JP", "JPN"], ["Australia", "AU", "AUS"],
        ["Brazil", "BR", "BRA", "Brasil"], ["Mexico", "MX", "MEX", "México"], ["Canada", "CAN"], ["South Korea", "KR", "KOR", "Korea"],
        ["China", "CN", "CHN"], ["India", "IND"], ["Ireland", "IE", "IRL"], ["Belgium", "BE", "BEL"], ["Switzerland", "CH", "CHE"],
        ["Austria", "AT", "AUT"], ["Sweden", "SE", "SWE"], ["Norway", "NO", "NOR"], ["Denmark", "DK", "DNK"], ["Finland", "FI", "FIN"],
        ["Poland", "PL", "POL", "Polska"], ["Portugal", "PT", "PRT"], ["Czech Republic", "CZ", "CZE", "Czechia"], ["Greece", "GR", "GRC"],
        ["New Zealand", "NZ", "NZL"], ["Singapore", "SG", "SGP"], ["Argentina", "AR", "ARG"], ["Chile", "CL", "CHL"],
        ["Colombia", "COL"], ["Peru", "PE", "PER"], ["South Africa", "ZA", "ZAF"], ["Russia", "RU", "RUS"], ["Turkey", "TR", "TUR"],
        ["United Arab Emirates", "AE", "ARE", "UAE", "Emirates"], ["Israel", "ISR"], ["Egypt", "EG", "EGY"], ["Nigeria", "NG", "NGA"],
        ["Hong Kong", "HK", "HKG"], ["Taiwan", "TW", "TWN"], ["Thailand", "TH", "THA"], ["Vietnam", "VN", "VNM"],
        ["Indonesia", "IDN"], ["Philippines", "PH", "PHL"], ["Malaysia", "MY", "MYS"], ["Hungary", "HU", "HUN"], ["Romania", "RO", "ROU"],
        ["Alabama", "AL"], ["Alaska", "AK"], ["Arizona", "AZ"], ["Arkansas"], ["California", "Calif"], ["Colorado"], ["Connecticut", "CT"],
        ["Delaware"], ["Florida", "FL"], ["Georgia"], ["Hawaii", "HI"], ["Idaho"], ["Illinois"], ["Indiana"], ["Iowa", "IA"],
        ["Kansas", "KS"], ["Kentucky", "KY"], ["Louisiana"], ["Maine"], ["Maryland"], ["Massachusetts"], ["Michigan", "MI"],
        ["Minnesota"], ["Mississippi"], ["Missouri"], ["Montana"], ["Nebraska"], ["Nevada", "NV"], ["New Hampshire", "NH"],
        ["New Jersey", "NJ"], ["New Mexico", "NM"], ["New York", "NY", "NYC", "New York State"], ["North Carolina"], ["North Dakota", "ND"],
        ["Ohio", "OH"], ["Oklahoma", "OK"], ["Oregon", "OR"], ["Pennsylvania"], ["Rhode Island", "RI"], ["South Carolina"],
        ["South Dakota"], ["Tennessee", "TN"], ["Texas", "TX"], ["Utah", "UT"], ["Vermont", "VT"], ["Virginia"], ["Washington", "WA"],
        ["West Virginia", "WV"], ["Wisconsin", "WI"], ["Wyoming", "WY"], ["District of Columbia", "DC", "Washington DC"],
        ["Quebec", "QC", "Québec"], ["Ontario"], ["British Columbia", "BC"], ["Alberta", "AB"],
        ["Manitoba", "MB"], ["Saskatchewan", "SK"], ["Nova Scotia", "NS"], ["New Brunswick", "NB"],
        ["Newfoundland and Labrador", "Newfoundland"], ["Prince Edward Island", "PEI"], ["Yukon", "YT"],
        ["New South Wales", "NSW"], ["Victoria", "VIC"], ["Queensland", "QLD"], ["South Australia", "SA"],
        ["Western Australia", "WA"], ["Tasmania", "TAS"], ["Australian Capital Territory", "ACT", "Canberra region"],
        ["Northern Territory", "NT"],
    ] + irishCounties.map { ["\($0)", "County \($0)", "Co. \($0)", "Co \($0)"] }

    /// Ireland's counties, said with or without "County" / "Co.".
    private static let irishCounties = [
        "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare", "Kilkenny", "Laois", "Leitrim",
        "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly", "Roscommon", "Sligo", "Tipperary", "Waterford",
        "Westmeath", "Wexford", "Wicklow", "Antrim", "Armagh", "Down", "Fermanagh", "Derry", "Tyrone",
    ]

    private static let byName: [String: [String]] = {
        var table: [String: [String]] = [:]
        for names in places {
            for name in names { table[name.lowercased(), default: []] += names.filter { $0.lowercased() != name.lowercased() } }
        }
        return table
    }()

    /// The other names of `value`, when it is a place this table knows. `column` is every value of
    /// the value's column: a code that stands for two places (DE: Germany or Delaware, MT: Montana
    /// or Malta) is read as a state in a column of state codes and as a country in one of
    /// country codes, and not at all when the column does not say.
    static func aliases(of value: String, column kind: ColumnKind = .unknown) -> [String] {
        var names = byName[value.lowercased()] ?? []
        let code = value.uppercased()
        switch kind {
        case .stateCodes: if let state = ambiguousStates[code] { names.append(state) }
        case .countryCodes: if let country = ambiguousCountries[code] { names.append(country) }
        case .unknown: break
        }
        return names
    }

    /// What a column of codes holds, judged by its unambiguous codes.
    enum ColumnKind: Sendable { case stateCodes, countryCodes, unknown }

    static func kind(of values: [String]) -> ColumnKind {
        let codes = values.filter { $0.count == 2 && $0 == $0.uppercased() }
        guard codes.count >= 2, codes.count * 2 >= values.count else { return .unknown }
        let states = codes.filter { stateCodes.contains($0) && !countryCodes.contains($0) }.count
        let countries = codes.filter { countryCodes.contains($0) && !stateCodes.contains($0) }.count
        if states > countries { return .stateCodes }
        if countries > states { return .countryCodes }
        return .unknown
    }

    /// Two-letter codes that name a US state and another country.
    private static let ambiguousStates: [String: String] = [
        "AR": "Arkansas", "CA": "California", "CO": "Colorado", "DE": "Delaware", "GA": "Georgia", "ID": "Idaho", "IL": "Illinois",
        "IN": "Indiana", "LA": "Louisiana", "MA": "Massachusetts", "MD": "Maryland", "ME": "Maine", "MN": "Minnesota",
        "MO": "Missouri", "MS": "Mississippi", "MT": "Montana", "NC": "North Carolina", "NE": "Nebraska", "PA": "Pennsylvania",
        "SC": "South Carolina", "SD": "South Dakota", "VA": "Virginia", "AL": "Alabama", "AZ": "Arizona", "CT": "Connecticut",
        "FL": "Florida", "KY": "Kentucky", "MI": "Michigan", "NM": "New Mexico", "TN": "Tennessee", "UT": "Utah",
    ]

    /// Two-letter codes that name a country and a US state (or another place).
    private static let ambiguousCountries: [String: String] = [
        "DE": "Germany", "CA": "Canada", "CO": "Colombia", "ID": "Indonesia", "IN": "India", "IL": "Israel", "AR": "Argentina",
        "GA": "Gabon", "MA": "Morocco", "MD": "Moldova", "ME": "Montenegro", "MN": "Mongolia", "MT": "Malta", "NE": "Niger",
        "PA": "Panama", "SC": "Seychelles", "SD": "Sudan", "VA": "Vatican City", "LA": "Laos", "MS": "Montserrat",
        "AL": "Albania", "AZ": "Azerbaijan", "CT": "Connecticut", "FL": "Florida", "KY": "Cayman Islands", "MI": "Michigan",
        "NM": "New Mexico", "TN": "Tunisia", "UT": "Utah",
    ].filter { !["CT", "FL", "MI", "NM", "UT"].contains($0.key) }

    private static let stateCodes: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
        "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN",
        "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
    ]

    private static let countryCodes: Set<String> = [
        "US", "GB", "UK", "DE", "FR", "ES", "IT", "NL", "JP", "AU", "BR", "MX", "CA", "KR", "CN", "IN", "IE", "BE", "CH", "AT", "SE",
        "NO", "DK", "FI", "PL", "PT", "CZ", "GR", "NZ", "SG", "AR", "CL", "CO", "PE", "ZA", "RU", "TR", "AE", "IL", "EG", "NG", "HK",
        "TW", "TH", "VN", "ID", "PH", "MY", "HU", "RO", "LU", "IS", "EE", "LV", "LT", "SK", "SI", "HR", "BG", "UA",
    ]
}
