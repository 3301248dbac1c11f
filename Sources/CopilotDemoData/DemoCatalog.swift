/// Static reference data of the demo shop: where it sells, from where it ships, who carries parcels.
///
/// Everything is an array (never a dictionary or set) because generation iterates over it, and Swift
/// randomizes hash order per process; array order is what keeps the output reproducible.
enum DemoCatalog {
    /// Region names, exactly as the contract spells them; region_id = index + 1.
    static let regions = ["North America", "Europe", "Asia Pacific", "Latin America"]

    struct Country: Sendable {
        let code: String
        let name: String
        /// Index into ``regions``.
        let region: Int
        /// Relative share of customers (0: a sourcing country only, used by suppliers).
        let customerWeight: Double
        /// Sales tax / VAT added to orders, in basis points.
        let taxBasisPoints: Int
        /// Largest first: the first city is drawn more often.
        let cities: [String]
        let names: [NamePool]
    }

    static let countries: [Country] = [
        Country(code: "US", name: "United States", region: 0, customerWeight: 300, taxBasisPoints: 725,
                cities: ["New York", "Los Angeles", "Chicago", "Houston", "San Francisco", "Seattle", "Boston",
                         "Atlanta", "Miami", "Denver", "Austin", "Phoenix"], names: [.english]),
        Country(code: "CA", name: "Canada", region: 0, customerWeight: 60, taxBasisPoints: 1300,
                cities: ["Toronto", "Montreal", "Vancouver", "Calgary", "Ottawa"], names: [.english, .english, .french]),
        Country(code: "FR", name: "France", region: 1, customerWeight: 100, taxBasisPoints: 2000,
                cities: ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Nice"], names: [.french]),
        Country(code: "DE", name: "Germany", region: 1, customerWeight: 90, taxBasisPoints: 1900,
                cities: ["Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt", "Stuttgart"], names: [.german]),
        Country(code: "GB", name: "United Kingdom", region: 1, customerWeight: 80, taxBasisPoints: 2000,
                cities: ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"], names: [.english]),
        Country(code: "ES", name: "Spain", region: 1, customerWeight: 40, taxBasisPoints: 2100,
                cities: ["Madrid", "Barcelona", "Valencia", "Seville", "Bilbao"], names: [.spanish]),
        Country(code: "IT", name: "Italy", region: 1, customerWeight: 40, taxBasisPoints: 2200,
                cities: ["Milan", "Rome", "Turin", "Naples", "Bologna", "Florence"], names: [.italian]),
        Country(code: "NL", name: "Netherlands", region: 1, customerWeight: 30, taxBasisPoints: 2100,
                cities: ["Amsterdam", "Rotterdam", "Utrecht", "The Hague", "Eindhoven"], names: [.dutch]),
        Country(code: "BE", name: "Belgium", region: 1, customerWeight: 15, taxBasisPoints: 2100,
                cities: ["Brussels", "Antwerp", "Ghent", "Liège"], names: [.dutch, .french]),
        Country(code: "AT", name: "Austria", region: 1, customerWeight: 10, taxBasisPoints: 2000,
                cities: ["Vienna", "Graz", "Salzburg"], names: [.german]),
        Country(code: "SE", name: "Sweden", region: 1, customerWeight: 10, taxBasisPoints: 2500,
                cities: ["Stockholm", "Gothenburg", "Malmö"], names: [.swedish]),
        Country(code: "PL", name: "Poland", region: 1, customerWeight: 12, taxBasisPoints: 2300,
                cities: ["Warsaw", "Kraków", "Wrocław", "Gdańsk"], names: [.polish]),
        Country(code: "PT", name: "Portugal", region: 1, customerWeight: 6, taxBasisPoints: 2300,
                cities: ["Lisbon", "Porto", "Braga"], names: [.portuguese]),
        Country(code: "JP", name: "Japan", region: 2, customerWeight: 45, taxBasisPoints: 1000,
                cities: ["Tokyo", "Osaka", "Yokohama", "Nagoya", "Fukuoka", "Sapporo"], names: [.japanese]),
        Country(code: "AU", name: "Australia", region: 2, customerWeight: 40, taxBasisPoints: 1000,
                cities: ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"], names: [.english]),
        Country(code: "NZ", name: "New Zealand", region: 2, customerWeight: 8, taxBasisPoints: 1500,
                cities: ["Auckland", "Wellington", "Christchurch"], names: [.english]),
        Country(code: "SG", name: "Singapore", region: 2, customerWeight: 8, taxBasisPoints: 900,
                cities: ["Singapore"], names: [.english]),
        Country(code: "KR", name: "South Korea", region: 2, customerWeight: 10, taxBasisPoints: 1000,
                cities: ["Seoul", "Busan", "Incheon"], names: [.korean]),
        Country(code: "CN", name: "China", region: 2, customerWeight: 0, taxBasisPoints: 1300,
                cities: ["Shenzhen", "Shanghai", "Guangzhou", "Ningbo"], names: [.english]),
        Country(code: "VN", name: "Vietnam", region: 2, customerWeight: 0, taxBasisPoints: 1000,
                cities: ["Ho Chi Minh City", "Hanoi"], names: [.english]),
        Country(code: "IN", name: "India", region: 2, customerWeight: 0, taxBasisPoints: 1800,
                cities: ["Mumbai", "Bengaluru", "Tiruppur"], names: [.english]),
        Country(code: "MX", name: "Mexico", region: 3, customerWeight: 40, taxBasisPoints: 1600,
                cities: ["Mexico City", "Guadalajara", "Monterrey", "Puebla"], names: [.spanish]),
        Country(code: "BR", name: "Brazil", region: 3, customerWeight: 45, taxBasisPoints: 1700,
                cities: ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Brasília", "Curitiba"], names: [.portuguese]),
        Country(code: "AR", name: "Argentina", region: 3, customerWeight: 10, taxBasisPoints: 2100,
                cities: ["Buenos Aires", "Córdoba", "Rosario"], names: [.spanish]),
        Country(code: "CL", name: "Chile", region: 3, customerWeight: 10, taxBasisPoints: 1900,
                cities: ["Santiago", "Valparaíso"], names: [.spanish]),
        Country(code: "CO", name: "Colombia", region: 3, customerWeight: 10, taxBasisPoints: 1900,
                cities: ["Bogotá", "Medellín", "Cali"], names: [.spanish]),
    ]

    enum Channel: String, Sendable {
        case online, retail, marketplace
    }

    struct Store: Sendable {
        let name: String
        let channel: Channel
        let marketplace: String?
        let city: String
        let country: String
        let opened: (year: Int, month: Int, day: Int)
        /// Pull relative to the other stores serving the same customer.
        let weight: Double
        /// Customer countries this store sells to (a retail store: its own country).
        let serves: [String]
        /// Refurbished-goods marketplaces only list electronics.
        var electronicsOnly: Bool { marketplace == "BackMarket" || marketplace == "Refurbed" }
    }

    static let euOnline = ["FR", "DE", "ES", "IT", "NL", "BE", "AT", "SE", "PL", "PT"]

    /// Three shops open during the order window (Milan, Los Angeles, São Paulo) and four marketplace
    /// listings start during it, so store-level trends have visible step changes.
    static let stores: [Store] = [
        Store(name: "Online Store US", channel: .online, marketplace: nil, city: "Seattle", country: "US",
              opened: (2012, 3, 1), weight: 1.0, serves: ["US"]),
        Store(name: "Online Store Canada", channel: .online, marketplace: nil, city: "Toronto", country: "CA",
              opened: (2015, 6, 1), weight: 1.0, serves: ["CA"]),
        Store(name: "Online Store UK", channel: .online, marketplace: nil, city: "London", country: "GB",
              opened: (2014, 4, 1), weight: 1.0, serves: ["GB"]),
        Store(name: "Online Store Europe", channel: .online, marketplace: nil, city: "Amsterdam", country: "NL",
              opened: (2014, 9, 1), weight: 1.0, serves: euOnline),
        Store(name: "Online Store Japan", channel: .online, marketplace: nil, city: "Tokyo", country: "JP",
              opened: (2018, 2, 1), weight: 1.0, serves: ["JP", "KR"]),
        Store(name: "Online Store Australia", channel: .online, marketplace: nil, city: "Sydney", country: "AU",
              opened: (2017, 8, 1), weight: 1.0, serves: ["AU", "NZ"]),
        Store(name: "Online Store Asia", channel: .online, marketplace: nil, city: "Singapore", country: "SG",
              opened: (2020, 5, 1), weight: 1.0, serves: ["SG", "KR"]),
        Store(name: "Online Store Mexico", channel: .online, marketplace: nil, city: "Mexico City", country: "MX",
              opened: (2019, 3, 1), weight: 1.0, serves: ["MX", "AR", "CL", "CO"]),
        Store(name: "Online Store Brazil", channel: .online, marketplace: nil, city: "São Paulo", country: "BR",
              opened: (2019, 9, 1), weight: 1.0, serves: ["BR"]),
        Store(name: "New York Fifth Avenue", channel: .retail, marketplace: nil, city: "New York", country: "US",
              opened: (2014, 11, 15), weight: 0.10, serves: ["US"]),
        Store(name: "Chicago Michigan Avenue", channel: .retail, marketplace: nil, city: "Chicago", country: "US",
              opened: (2016, 5, 20), weight: 0.10, serves: ["US"]),
        Store(name: "San Francisco Union Square", channel: .retail, marketplace: nil, city: "San Francisco",
              country: "US", opened: (2018, 9, 8), weight: 0.10, serves: ["US"]),
        Store(name: "Los Angeles The Grove", channel: .retail, marketplace: nil, city: "Los Angeles", country: "US",
              opened: (2024, 4, 12), weight: 0.10, serves: ["US"]),
        Store(name: "Toronto Eaton Centre", channel: .retail, marketplace: nil, city: "Toronto", country: "CA",
              opened: (2017, 10, 2), weight: 0.12, serves: ["CA"]),
        Store(name: "Paris Rivoli", channel: .retail, marketplace: nil, city: "Paris", country: "FR",
              opened: (2015, 3, 14), weight: 0.12, serves: ["FR"]),
        Store(name: "Lyon Part-Dieu", channel: .retail, marketplace: nil, city: "Lyon", country: "FR",
              opened: (2019, 6, 1), weight: 0.10, serves: ["FR"]),
        Store(name: "Berlin Kurfürstendamm", channel: .retail, marketplace: nil, city: "Berlin", country: "DE",
              opened: (2016, 4, 9), weight: 0.12, serves: ["DE"]),
        Store(name: "London Oxford Street", channel: .retail, marketplace: nil, city: "London", country: "GB",
              opened: (2013, 10, 5), weight: 0.12, serves: ["GB"]),
        Store(name: "Madrid Gran Vía", channel: .retail, marketplace: nil, city: "Madrid", country: "ES",
              opened: (2018, 3, 17), weight: 0.12, serves: ["ES"]),
        Store(name: "Milan Corso Buenos Aires", channel: .retail, marketplace: nil, city: "Milan", country: "IT",
              opened: (2023, 9, 16), weight: 0.14, serves: ["IT"]),
        Store(name: "Amsterdam Kalverstraat", channel: .retail, marketplace: nil, city: "Amsterdam", country: "NL",
              opened: (2019, 11, 23), weight: 0.12, serves: ["NL"]),
        Store(name: "Tokyo Shibuya", channel: .retail, marketplace: nil, city: "Tokyo", country: "JP",
              opened: (2020, 7, 4), weight: 0.12, serves: ["JP"]),
        Store(name: "Sydney Pitt Street", channel: .retail, marketplace: nil, city: "Sydney", country: "AU",
              opened: (2021, 2, 27), weight: 0.12, serves: ["AU"]),
        Store(name: "Mexico City Polanco", channel: .retail, marketplace: nil, city: "Mexico City", country: "MX",
              opened: (2022, 5, 14), weight: 0.12, serves: ["MX"]),
        Store(name: "São Paulo Paulista", channel: .retail, marketplace: nil, city: "São Paulo", country: "BR",
              opened: (2025, 3, 8), weight: 0.14, serves: ["BR"]),
        Store(name: "Amazon US", channel: .marketplace, marketplace: "Amazon", city: "Seattle", country: "US",
              opened: (2016, 1, 15), weight: 0.40, serves: ["US", "CA"]),
        Store(name: "Amazon Europe", channel: .marketplace, marketplace: "Amazon", city: "Munich", country: "DE",
              opened: (2017, 3, 1), weight: 0.35, serves: ["DE", "AT", "FR", "IT", "ES", "NL", "BE", "SE", "PL", "GB"]),
        Store(name: "Amazon Japan", channel: .marketplace, marketplace: "Amazon", city: "Tokyo", country: "JP",
              opened: (2021, 4, 1), weight: 0.45, serves: ["JP"]),
        Store(name: "eBay US", channel: .marketplace, marketplace: "eBay", city: "San Jose", country: "US",
              opened: (2016, 8, 1), weight: 0.12, serves: ["US"]),
        Store(name: "eBay UK", channel: .marketplace, marketplace: "eBay", city: "London", country: "GB",
              opened: (2018, 5, 1), weight: 0.15, serves: ["GB"]),
        Store(name: "eBay Australia", channel: .marketplace, marketplace: "eBay", city: "Sydney", country: "AU",
              opened: (2021, 10, 1), weight: 0.18, serves: ["AU", "NZ"]),
        Store(name: "CDiscount", channel: .marketplace, marketplace: "CDiscount", city: "Bordeaux", country: "FR",
              opened: (2019, 2, 1), weight: 0.22, serves: ["FR", "BE"]),
        Store(name: "BackMarket France", channel: .marketplace, marketplace: "BackMarket", city: "Paris",
              country: "FR", opened: (2023, 6, 1), weight: 0.10, serves: ["FR", "BE", "ES", "IT", "DE"]),
        Store(name: "BackMarket US", channel: .marketplace, marketplace: "BackMarket", city: "New York",
              country: "US", opened: (2024, 2, 1), weight: 0.05, serves: ["US"]),
        Store(name: "Refurbed", channel: .marketplace, marketplace: "Refurbed", city: "Vienna", country: "AT",
              opened: (2024, 1, 15), weight: 0.10, serves: ["AT", "DE", "NL", "PL", "SE"]),
        Store(name: "Mirakl Marketplace Iberia", channel: .marketplace, marketplace: "Mirakl", city: "Madrid",
              country: "ES", opened: (2022, 10, 1), weight: 0.20, serves: ["ES", "PT"]),
        Store(name: "Mirakl Marketplace LatAm", channel: .marketplace, marketplace: "Mirakl", city: "Mexico City",
              country: "MX", opened: (2024, 9, 1), weight: 0.20, serves: ["MX", "BR", "AR", "CL", "CO"]),
    ]

    struct Warehouse: Sendable {
        let name: String
        let city: String
        let country: String
        /// Customer countries shipped from here, with a weight when several warehouses share one.
        let serves: [(country: String, weight: Double)]
    }

    static let warehouses: [Warehouse] = [
        Warehouse(name: "Columbus Fulfillment Center", city: "Columbus", country: "US", serves: [("US", 0.55)]),
        Warehouse(name: "Reno Fulfillment Center", city: "Reno", country: "US", serves: [("US", 0.45)]),
        Warehouse(name: "Mississauga Distribution Center", city: "Mississauga", country: "CA", serves: [("CA", 1)]),
        Warehouse(name: "Lyon Logistics Hub", city: "Lyon", country: "FR",
                  serves: [("FR", 1), ("BE", 1), ("IT", 0.6)]),
        Warehouse(name: "Duisburg European Hub", city: "Duisburg", country: "DE",
                  serves: [("DE", 1), ("AT", 1), ("NL", 1), ("PL", 1), ("SE", 1), ("IT", 0.4)]),
        Warehouse(name: "Northampton Distribution Center", city: "Northampton", country: "GB", serves: [("GB", 1)]),
        Warehouse(name: "Getafe Distribution Center", city: "Getafe", country: "ES", serves: [("ES", 1), ("PT", 1)]),
        Warehouse(name: "Chiba Logistics Center", city: "Chiba", country: "JP", serves: [("JP", 1), ("KR", 1)]),
        Warehouse(name: "Sydney Distribution Center", city: "Sydney", country: "AU", serves: [("AU", 1), ("NZ", 1)]),
        Warehouse(name: "Singapore Fulfillment Center", city: "Singapore", country: "SG", serves: [("SG", 1)]),
        Warehouse(name: "Monterrey Distribution Center", city: "Monterrey", country: "MX",
                  serves: [("MX", 1), ("AR", 1), ("CL", 1), ("CO", 1)]),
        Warehouse(name: "Cajamar Fulfillment Center", city: "Cajamar", country: "BR", serves: [("BR", 1)]),
    ]
}
