extension DemoCatalog {
    struct Supplier: Sendable {
        let name: String
        let country: String
        let leadTimeDays: Int
        /// Indexes into ``categories`` this supplier sources.
        let categories: [Int]
    }

    /// Far-away factories have long lead times, local distributors short ones, so reorder points differ.
    static let suppliers: [Supplier] = [
        Supplier(name: "Shenzhen Brightstar Electronics", country: "CN", leadTimeDays: 45, categories: [0]),
        Supplier(name: "Dongguan Kaiwei Technology", country: "CN", leadTimeDays: 52, categories: [0]),
        Supplier(name: "Seoul Digital Supply", country: "KR", leadTimeDays: 24, categories: [0]),
        Supplier(name: "Osaka Precision Devices", country: "JP", leadTimeDays: 21, categories: [0]),
        Supplier(name: "Pacific Rim Distribution", country: "US", leadTimeDays: 12, categories: [0, 3]),
        Supplier(name: "Ningbo Homeware Co.", country: "CN", leadTimeDays: 42, categories: [1]),
        Supplier(name: "Guangzhou Comfort Living", country: "CN", leadTimeDays: 46, categories: [1]),
        Supplier(name: "Porto Linen Mills", country: "PT", leadTimeDays: 18, categories: [1, 2]),
        Supplier(name: "Bavaria Küchentechnik", country: "DE", leadTimeDays: 12, categories: [1]),
        Supplier(name: "Midwest Home Supply", country: "US", leadTimeDays: 8, categories: [1]),
        Supplier(name: "Saigon Garment Works", country: "VN", leadTimeDays: 38, categories: [2]),
        Supplier(name: "Tiruppur Cotton Exports", country: "IN", leadTimeDays: 42, categories: [2]),
        Supplier(name: "Prato Tessuti", country: "IT", leadTimeDays: 14, categories: [2]),
        Supplier(name: "Lisbon Leatherworks", country: "PT", leadTimeDays: 16, categories: [2]),
        Supplier(name: "Xiamen Active Gear", country: "CN", leadTimeDays: 40, categories: [3]),
        Supplier(name: "Alpine Outdoor Supply", country: "AT", leadTimeDays: 10, categories: [3]),
        Supplier(name: "Colorado Trail Co.", country: "US", leadTimeDays: 9, categories: [3]),
        Supplier(name: "Busan Sports Manufacturing", country: "KR", leadTimeDays: 28, categories: [3]),
        Supplier(name: "Grasse Parfumerie Supply", country: "FR", leadTimeDays: 12, categories: [4]),
        Supplier(name: "Seoul Beauty Lab", country: "KR", leadTimeDays: 22, categories: [4]),
        Supplier(name: "Milano Cosmetici", country: "IT", leadTimeDays: 14, categories: [4]),
        Supplier(name: "New Jersey Personal Care", country: "US", leadTimeDays: 7, categories: [4]),
        Supplier(name: "Shantou Toy Factory", country: "CN", leadTimeDays: 50, categories: [5]),
        Supplier(name: "Nuremberg Spielwaren", country: "DE", leadTimeDays: 14, categories: [5]),
        Supplier(name: "Toronto Games Distribution", country: "CA", leadTimeDays: 10, categories: [5]),
        Supplier(name: "Meridian Book Distribution", country: "US", leadTimeDays: 6, categories: [6]),
        Supplier(name: "Eurobook Logistics", country: "NL", leadTimeDays: 8, categories: [6]),
        Supplier(name: "Leipzig Druckhaus", country: "DE", leadTimeDays: 10, categories: [6]),
        Supplier(name: "Andes Coffee Traders", country: "CO", leadTimeDays: 30, categories: [7]),
        Supplier(name: "Bellavita Foods", country: "IT", leadTimeDays: 12, categories: [7]),
        Supplier(name: "Maple Country Foods", country: "CA", leadTimeDays: 9, categories: [7]),
        Supplier(name: "Gourmet Iberia", country: "ES", leadTimeDays: 11, categories: [7]),
        Supplier(name: "São Paulo Commodities", country: "BR", leadTimeDays: 28, categories: [7]),
    ]

    struct Carrier: Sendable {
        let name: String
        /// Share of deliveries on or before the promised date, before seasonal strain.
        let onTimeRate: Double
        /// What a parcel costs the shop, in cents.
        let standardCost: Int
        let expressCost: Int
    }

    /// Carriers as the contract spells them; the per-country weight tables below follow this order.
    static let carriers: [Carrier] = [
        Carrier(name: "Colissimo", onTimeRate: 0.85, standardCost: 590, expressCost: 0),
        Carrier(name: "Chronopost", onTimeRate: 0.94, standardCost: 0, expressCost: 1_290),
        Carrier(name: "DPD", onTimeRate: 0.88, standardCost: 610, expressCost: 1_150),
        Carrier(name: "Colis Privé", onTimeRate: 0.76, standardCost: 420, expressCost: 0),
        Carrier(name: "UPS", onTimeRate: 0.92, standardCost: 850, expressCost: 1_890),
        Carrier(name: "FedEx", onTimeRate: 0.90, standardCost: 890, expressCost: 1_990),
    ]

    /// Carrier mix for parcels leaving a warehouse in `country`: the French networks only from France.
    static func carrierWeights(warehouseCountry country: String, express: Bool) -> [Double] {
        switch (country, express) {
        case ("FR", false): [35, 0, 15, 25, 17, 8]
        case ("FR", true): [0, 70, 0, 0, 20, 10]
        case ("ES", false): [0, 0, 40, 0, 35, 25]
        case ("ES", true): [0, 25, 15, 0, 35, 25]
        case ("DE", false), ("GB", false): [0, 0, 45, 0, 33, 22]
        case ("DE", true), ("GB", true): [0, 0, 20, 0, 50, 30]
        default: [0, 0, 0, 0, 55, 45]
        }
    }

    struct Promotion: Sendable {
        enum Window: Sendable {
            /// A customer's first order only.
            case firstOrder
            /// Gold and platinum members, any day.
            case loyalty
            /// Any day.
            case always
            /// The same calendar window every year (inclusive).
            case yearly(from: (month: Int, day: Int), to: (month: Int, day: Int))
            /// Black Friday through Cyber Monday.
            case blackFriday
        }

        let code: String
        /// Percentage off every line.
        let percent: Int
        let freeShipping: Bool
        let window: Window
        /// Share of eligible orders that use it.
        let uptake: Double
    }

    /// Checked in order; the first one that applies and is taken wins.
    static let promotions: [Promotion] = [
        Promotion(code: "BLACKFRIDAY", percent: 20, freeShipping: false, window: .blackFriday, uptake: 0.38),
        Promotion(code: "WELCOME10", percent: 10, freeShipping: false, window: .firstOrder, uptake: 0.35),
        Promotion(code: "XMAS15", percent: 15, freeShipping: false, window: .yearly(from: (12, 1), to: (12, 20)),
                  uptake: 0.12),
        Promotion(code: "NEWYEAR10", percent: 10, freeShipping: false, window: .yearly(from: (1, 1), to: (1, 15)),
                  uptake: 0.07),
        Promotion(code: "SPRING15", percent: 15, freeShipping: false, window: .yearly(from: (3, 15), to: (4, 30)),
                  uptake: 0.07),
        Promotion(code: "SUMMER20", percent: 20, freeShipping: false, window: .yearly(from: (7, 1), to: (7, 31)),
                  uptake: 0.08),
        Promotion(code: "SCHOOL10", percent: 10, freeShipping: false, window: .yearly(from: (8, 15), to: (9, 10)),
                  uptake: 0.06),
        Promotion(code: "LOYAL10", percent: 10, freeShipping: false, window: .loyalty, uptake: 0.05),
        Promotion(code: "FREESHIP", percent: 0, freeShipping: true, window: .always, uptake: 0.025),
    ]

    static let paymentMethods = ["card", "paypal", "bank_transfer", "gift_card", "cash"]

    /// Payment mix by channel; Latin American web shoppers also pay cash at convenience stores.
    static func paymentWeights(channel: Channel, cashMarket: Bool) -> [Double] {
        switch channel {
        case .online: cashMarket ? [52, 22, 6, 4, 16] : [58, 25, 8, 5, 0]
        case .retail: [68, 0, 0, 9, 23]
        case .marketplace: [76, 20, 0, 4, 0]
        }
    }

    static let segments = ["consumer", "small_business", "corporate"]
    static let segmentWeights: [Double] = [86, 10, 4]
    static let loyaltyTiers = ["none", "silver", "gold", "platinum"]
    static let acquisitionChannels = ["organic", "paid_search", "social", "email", "referral", "affiliate"]
}
