extension DemoCatalog {
    /// A kind of product with its street-price band, so a headlamp never costs more than a tent.
    struct ProductType: Sendable {
        let name: String
        /// Price band in cents; list prices are drawn towards the low end.
        let minPrice: Int
        let maxPrice: Int
        /// Model, size or colour suffixes; empty: the subcategory's generic ones.
        let variants: [String]

        /// `low` and `high` in whole dollars, for readability of the tables below.
        init(_ name: String, _ low: Int, _ high: Int, _ variants: [String] = []) {
            self.name = name
            minPrice = low * 100
            maxPrice = high * 100
            self.variants = variants
        }
    }

    /// How product names are composed.
    enum NameStyle: Sendable {
        /// "Brand Type Variant", e.g. "Voltix Wireless Earbuds Pro".
        case branded(types: [ProductType], variants: [String])
        /// Books: "Title Words (Format)"; the brand column holds the publisher, the format sets the price.
        case title(first: [String], second: [String], formats: [ProductType])
    }

    struct Subcategory: Sendable {
        let name: String
        /// Three letters used in SKUs.
        let code: String
        let style: NameStyle
        /// Unit cost as a share of list price (before per-product noise).
        let costRatio: Double
        /// Relative unit demand within the top-level category.
        let demand: Double
        /// Largest quantity a consumer puts on one line.
        let maxQuantity: Int
    }

    struct Category: Sendable {
        let name: String
        let code: String
        let brands: [String]
        /// Share of sold items that come back.
        let returnRate: Double
        /// Mean review rating of an average product.
        let ratingMean: Double
        /// Relative unit demand among top-level categories.
        let demand: Double
        /// Demand multiplier per month, January first.
        let season: [Double]
        /// Demand multiplier for 2023, 2024, 2025: categories grow at different speeds.
        let trend: [Double]
        /// Relative odds of each return reason, in ``returnReasons`` order.
        let reasonWeights: [Double]
        let subcategories: [Subcategory]
    }

    /// Return reasons as the contract spells them.
    static let returnReasons = ["damaged", "defective", "wrong_item", "not_as_described", "changed_mind", "late_delivery"]

    /// The 8 top-level categories of the contract, in category_id order (1…8).
    static let categories: [Category] = [electronics, home, fashion, sports, beauty, toys, books, grocery]

    private typealias T = ProductType

    static let electronics = Category(
        name: "Electronics", code: "ELE",
        brands: ["Voltix", "Nexora", "Zentro", "Lumina", "Arcwave", "Kestrel", "Pixelon", "Orbis"],
        returnRate: 0.06, ratingMean: 4.0, demand: 0.17,
        season: [0.85, 0.8, 0.85, 0.85, 0.9, 0.9, 0.95, 0.95, 1.0, 1.0, 1.5, 1.55], trend: [1.0, 1.08, 1.15],
        reasonWeights: [12, 38, 8, 17, 20, 5],
        subcategories: [
            Subcategory(name: "Smartphones", code: "SPH", style: .branded(types: [
                T("Smartphone", 199, 899), T("5G Smartphone", 299, 1_099), T("Foldable Phone", 999, 1_799),
                T("Rugged Phone", 249, 599),
            ], variants: ["A14 128GB", "A14 256GB", "S9 256GB", "S9 Pro 512GB", "Lite 64GB", "Note 128GB", "Max 256GB",
                          "Mini 128GB"]), costRatio: 0.74, demand: 0.6, maxQuantity: 2),
            Subcategory(name: "Laptops", code: "LAP", style: .branded(types: [
                T("Laptop", 499, 1_299), T("Ultrabook", 899, 1_899), T("Gaming Laptop", 1_099, 2_499),
                T("2-in-1 Laptop", 599, 1_399), T("Chromebook", 249, 549),
            ], variants: ["14\" i5 16GB", "15.6\" i7 16GB", "13\" 8GB", "16\" Ryzen 7 32GB", "14\" Ryzen 5 8GB",
                          "17\" 32GB"]), costRatio: 0.78, demand: 0.3, maxQuantity: 1),
            Subcategory(name: "Audio", code: "AUD", style: .branded(types: [
                T("Wireless Earbuds", 29, 249), T("Noise-Cancelling Headphones", 99, 399), T("Bluetooth Speaker", 29, 199),
                T("Soundbar", 129, 699), T("Studio Headphones", 69, 299), T("Portable Speaker", 39, 249),
            ], variants: ["Pro", "Lite", "Max", "Sport", "2nd Gen", "Mini", "Black", "White"]),
                        costRatio: 0.55, demand: 1.3, maxQuantity: 2),
            Subcategory(name: "Cameras", code: "CAM", style: .branded(types: [
                T("Mirrorless Camera", 599, 2_199, ["Z50 Kit", "Body Only", "Pro Kit 18-55mm", "Vlog Kit"]),
                T("Action Camera", 149, 499, ["4K", "5.3K Ultra", "Mini", "Go 3"]),
                T("Instant Camera", 59, 149, ["Mini 12", "Square", "Wide"]), T("Dash Cam", 49, 199, ["1080p", "4K Dual"]),
                T("Compact Camera", 199, 899, ["X100", "Zoom 30x", "Travel"]),
            ], variants: []), costRatio: 0.74, demand: 0.25, maxQuantity: 1),
            Subcategory(name: "Tech Accessories", code: "ACC", style: .branded(types: [
                T("USB-C Charger", 15, 59, ["20W", "65W", "100W GaN"]), T("Wireless Mouse", 15, 99, ["Silent", "Ergonomic", "Travel"]),
                T("Mechanical Keyboard", 49, 179, ["TKL", "75%", "Full Size", "RGB"]),
                T("Power Bank", 19, 79, ["10000mAh", "20000mAh", "MagSafe"]), T("USB-C Hub", 25, 89, ["7-in-1", "4-Port"]),
                T("Phone Case", 9, 49, ["Clear", "Leather", "Rugged"]), T("Screen Protector", 7, 29, ["2-Pack", "Privacy"]),
                T("HDMI Cable", 7, 25, ["2m", "3m", "8K 1m"]),
            ], variants: []), costRatio: 0.42, demand: 2.2, maxQuantity: 4),
        ])

    static let home = Category(
        name: "Home & Kitchen", code: "HOM",
        brands: ["Maison Belle", "Hearthstone", "Cuisina", "Nordhaus", "Casa Verde", "Brightway Home", "Ferro & Co",
                 "Oakridge"],
        returnRate: 0.045, ratingMean: 4.2, demand: 0.15,
        season: [0.95, 0.85, 0.95, 1.0, 1.0, 0.95, 0.9, 0.9, 0.95, 1.0, 1.3, 1.4], trend: [1.0, 1.03, 1.06],
        reasonWeights: [30, 22, 8, 18, 18, 4],
        subcategories: [
            Subcategory(name: "Cookware", code: "CKW", style: .branded(types: [
                T("Non-Stick Frying Pan", 19, 79, ["24cm", "28cm", "Graphite"]), T("Cast Iron Skillet", 25, 99, ["26cm", "30cm"]),
                T("Stainless Steel Saucepan", 29, 119, ["16cm", "20cm"]), T("Dutch Oven", 49, 329, ["5.5 qt", "Red", "Sage"]),
                T("Knife Set", 39, 299, ["3-Piece", "6-Piece", "Block Set"]), T("Cookware Set", 99, 499, ["5-Piece", "10-Piece"]),
            ], variants: []), costRatio: 0.42, demand: 1.0, maxQuantity: 2),
            Subcategory(name: "Small Appliances", code: "SAP", style: .branded(types: [
                T("Espresso Machine", 149, 799), T("Air Fryer", 59, 199), T("Blender", 39, 299), T("Stand Mixer", 199, 599),
                T("Electric Kettle", 25, 99), T("Toaster", 25, 129), T("Robot Vacuum", 179, 799),
            ], variants: ["Pro", "XL", "Compact", "Smart", "Deluxe", "Classic"]), costRatio: 0.6, demand: 0.9, maxQuantity: 1),
            Subcategory(name: "Furniture", code: "FUR", style: .branded(types: [
                T("Office Chair", 129, 599, ["Ergonomic", "Mesh", "Executive"]), T("Bookshelf", 69, 299), T("Coffee Table", 89, 449),
                T("Standing Desk", 249, 899, ["120cm", "160cm", "Dual Motor"]), T("Bar Stool", 49, 179), T("TV Stand", 99, 399),
            ], variants: ["Oak", "Walnut", "Black", "White"]), costRatio: 0.5, demand: 0.35, maxQuantity: 2),
            Subcategory(name: "Bedding & Bath", code: "BED", style: .branded(types: [
                T("Duvet Cover Set", 39, 199), T("Bath Towel Set", 25, 99, ["4-Piece", "6-Piece"]), T("Memory Foam Pillow", 29, 89, []),
                T("Weighted Blanket", 59, 199, ["7kg", "9kg"]), T("Fitted Sheet", 19, 79), T("Bath Mat", 12, 49, ["Grey", "Sage", "White"]),
            ], variants: ["Queen", "King", "Double", "Linen", "Cotton 400TC"]), costRatio: 0.38, demand: 0.9, maxQuantity: 3),
        ])

    static let fashion = Category(
        name: "Fashion", code: "FAS",
        brands: ["Atelier Nove", "Urban Thread", "Lune & Co", "Northpeak Apparel", "Velvetine", "Riviera Line",
                 "Denim District", "Solstice"],
        returnRate: 0.15, ratingMean: 3.9, demand: 0.20,
        season: [1.1, 0.8, 0.95, 1.0, 1.0, 1.05, 1.15, 0.9, 1.0, 1.0, 1.25, 1.35], trend: [1.0, 1.05, 1.09],
        reasonWeights: [4, 5, 10, 30, 48, 3],
        subcategories: [
            Subcategory(name: "Women's Clothing", code: "WCL", style: .branded(types: [
                T("Wrap Dress", 39, 159), T("Linen Blouse", 29, 99), T("High-Rise Jeans", 39, 149), T("Wool Coat", 129, 399),
                T("Knit Sweater", 39, 149), T("Midi Skirt", 29, 119),
            ], variants: ["Black, S", "Black, M", "Navy, M", "Ivory, L", "Olive, S", "Red, M", "Camel, L"]),
                        costRatio: 0.35, demand: 1.2, maxQuantity: 3),
            Subcategory(name: "Men's Clothing", code: "MCL", style: .branded(types: [
                T("Oxford Shirt", 29, 99), T("Slim Chinos", 35, 119), T("Puffer Jacket", 89, 299), T("Merino Crew Sweater", 59, 179),
                T("Denim Jacket", 59, 169), T("Polo Shirt", 25, 89),
            ], variants: ["Navy, M", "White, L", "Black, XL", "Grey, M", "Khaki, L", "Blue, L"]),
                        costRatio: 0.35, demand: 1.0, maxQuantity: 3),
            Subcategory(name: "Shoes", code: "SHO", style: .branded(types: [
                T("Running Sneakers", 59, 189), T("Leather Boots", 99, 299), T("Canvas Trainers", 39, 99), T("Loafers", 69, 219),
                T("Sandals", 25, 99), T("Chelsea Boots", 89, 259),
            ], variants: ["Size 38", "Size 40", "Size 42", "Size 44", "White", "Black", "Tan"]),
                        costRatio: 0.4, demand: 0.9, maxQuantity: 2),
            Subcategory(name: "Bags & Accessories", code: "BAG", style: .branded(types: [
                T("Leather Tote", 89, 399), T("Backpack", 39, 179), T("Crossbody Bag", 49, 249), T("Wallet", 25, 119),
                T("Belt", 19, 89), T("Sunglasses", 29, 199, ["Aviator", "Round", "Polarized"]), T("Scarf", 19, 99, ["Wool", "Silk"]),
            ], variants: ["Cognac", "Black", "Taupe", "Classic", "Mini", "Large"]), costRatio: 0.33, demand: 0.8, maxQuantity: 2),
        ])

    static let sports = Category(
        name: "Sports & Outdoors", code: "SPO",
        brands: ["Trailforge", "Summit Gear", "Velocita", "Aquaris", "Ironpeak", "Stride Athletics", "Pinecrest Outdoor"],
        returnRate: 0.05, ratingMean: 4.2, demand: 0.10,
        season: [1.15, 1.0, 1.05, 1.1, 1.2, 1.25, 1.2, 1.05, 0.9, 0.85, 1.0, 1.1], trend: [1.0, 1.12, 1.2],
        reasonWeights: [18, 20, 8, 22, 28, 4],
        subcategories: [
            Subcategory(name: "Fitness", code: "FIT", style: .branded(types: [
                T("Yoga Mat", 19, 89, ["4mm", "6mm", "Cork"]), T("Adjustable Dumbbells", 99, 449, ["2x24kg", "2x40kg"]),
                T("Resistance Bands Set", 15, 49), T("Kettlebell", 25, 99, ["8kg", "12kg", "16kg", "24kg"]),
                T("Foam Roller", 15, 49), T("Jump Rope", 9, 35, ["Speed", "Weighted"]),
                T("Exercise Bike", 299, 1_299, ["Magnetic", "Smart", "Folding"]),
            ], variants: ["Pro", "Essential", "Compact"]), costRatio: 0.45, demand: 1.2, maxQuantity: 3),
            Subcategory(name: "Cycling", code: "CYC", style: .branded(types: [
                T("Bike Helmet", 39, 199, ["Aero, M", "Urban, L", "MIPS, M"]), T("Bike Light Set", 19, 89, ["USB Rechargeable", "800 Lumen"]),
                T("Road Bike", 799, 2_999, ["Aluminium 105", "Carbon", "Endurance"]),
                T("Mountain Bike", 599, 2_499, ["Trail 29\"", "Hardtail 27.5\"", "Full Suspension"]),
                T("Cycling Jersey", 39, 129, ["M", "L", "XL"]), T("Bike Lock", 19, 99, ["U-Lock", "Folding", "Chain"]),
            ], variants: []), costRatio: 0.62, demand: 0.45, maxQuantity: 2),
            Subcategory(name: "Camping & Hiking", code: "CMP", style: .branded(types: [
                T("2-Person Tent", 99, 449), T("Sleeping Bag", 49, 299, ["-5°C", "3-Season", "Summer"]),
                T("Hiking Backpack 40L", 79, 249), T("Trekking Poles", 29, 149, ["Carbon", "Aluminium"]),
                T("Camping Stove", 29, 149), T("Headlamp", 15, 79, ["300 Lumen", "Rechargeable"]),
            ], variants: ["Ultralight", "Pro", "Compact", "XL"]), costRatio: 0.48, demand: 0.8, maxQuantity: 2),
            Subcategory(name: "Team Sports", code: "TSP", style: .branded(types: [
                T("Football", 15, 149, ["Size 4", "Size 5", "Pro Match"]), T("Basketball", 19, 99, ["Size 6", "Size 7"]),
                T("Tennis Racket", 39, 249, ["Pro Tour", "Junior 25\"", "Lite"]), T("Shin Guards", 12, 49, ["M", "L"]),
                T("Goalkeeper Gloves", 19, 119, ["Size 9", "Size 10"]), T("Volleyball", 15, 79, ["Indoor", "Beach"]),
            ], variants: []), costRatio: 0.45, demand: 0.7, maxQuantity: 3),
        ])
}

extension DemoCatalog.Subcategory {
    /// Lowest price point of any product type in the subcategory.
    var cheapest: Int {
        switch style {
        case .branded(let types, _): types.map(\.minPrice).min() ?? 100
        case .title(_, _, let formats): formats.map(\.minPrice).min() ?? 100
        }
    }
}
