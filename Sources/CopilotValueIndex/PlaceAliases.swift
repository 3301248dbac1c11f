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
    ]

    private static let byName: [String: [String]] = {
        var table: [String: [String]] = [:]
        for names in places {
            for name in names { table[name.lowercased(), default: []] += names.filter { $0.lowercased() != name.lowercased() } }
        }
        return table
    }()

    /// The other names of `value`, when it is a place this table knows.
    static func aliases(of value: String) -> [String] {
        byName[value.lowercased()] ?? []
    }
}
