import CopilotSQLite

/// The state of one generation run: the connection, the random streams, and the in-memory tables
/// (customers, products, stores) that later phases draw from. Extensions in the `DemoBuild+…` files
/// fill one group of tables each; ``insertAll()`` runs them in a fixed order.
final class DemoBuild {
    let connection: Connection
    let seed: UInt64
    let scale: Double
    let timeline: DemoTimeline
    /// Filled as each table is written.
    private(set) var rowCounts: [String: Int] = [:]

    /// Random streams, one per phase (see ``SeededRandom/init(seed:stream:)``).
    enum Stream: UInt64 {
        case timeline = 1, products, customers, orders, fulfilment, inventory
    }

    // Filled by the phases, read by later ones.
    var products = ProductTable()
    var customers = CustomerTable()
    /// Per customer country: the stores that sell there, and the warehouses that ship there.
    var storesByCountry: [[Int]] = []
    var warehousesByCountry: [(warehouses: [Int], weights: [Double])] = []
    /// Per warehouse: carrier weights for standard and express parcels.
    var carrierWeights: [(standard: [Double], express: [Double])] = []
    /// Units per (product, warehouse) sold in the last 90 days and still waiting to ship.
    var recentUnits: [Int] = []
    var openUnits: [Int] = []

    init(connection: Connection, seed: UInt64, scale: Double) {
        self.connection = connection
        self.seed = seed
        self.scale = scale
        var random = SeededRandom(seed: seed, stream: Stream.timeline.rawValue)
        timeline = DemoTimeline(random: &random)
    }

    func random(_ stream: Stream) -> SeededRandom {
        SeededRandom(seed: seed, stream: stream.rawValue)
    }

    func createSchema() throws {
        for table in DemoSchema.tables { try connection.execute(table.sql) }
    }

    /// Every table, parents first. The order is part of the output: it fixes row ids and page layout.
    func insertAll() throws {
        try insertDatasetInfo()
        try insertGeography()
        try insertStores()
        try insertCategoriesAndSuppliers()
        try insertWarehouses()
        try generateProducts()
        try generateCustomers()
        try generateOrders()
        try generateInventory()
    }

    func record(_ inserter: RowInserter) {
        rowCounts[inserter.table] = inserter.count
    }

    func inserter(_ table: String, _ columns: [String]) throws -> RowInserter {
        try RowInserter(connection, table: table, columns: columns)
    }

    static let countryIndex: [String: Int] = {
        var index: [String: Int] = [:]
        for (offset, country) in DemoCatalog.countries.enumerated() { index[country.code] = offset }
        return index
    }()

    static func country(_ code: String) -> Int {
        guard let index = countryIndex[code] else { preconditionFailure("unknown country \(code) in the catalog") }
        return index
    }

    // MARK: Reference tables

    private func insertDatasetInfo() throws {
        let rows = try inserter("dataset_info", ["key", "value"])
        let entries: [(String, String)] = [
            ("as_of", DemoTimeline.asOf),
            ("seed", String(seed)),
            ("scale", String(scale)),
            ("generator_version", DemoGenerator.generatorVersion),
            ("currency", "USD"),
            ("orders_from", "2023-01-01 00:00:00"),
            ("orders_to", "2025-12-31 23:59:59"),
        ]
        for (key, value) in entries { try rows.insert(.text(key), .text(value)) }
        record(rows)
    }

    private func insertGeography() throws {
        let regions = try inserter("regions", ["region_id", "name"])
        for (index, name) in DemoCatalog.regions.enumerated() { try regions.insert(.int(index + 1), .text(name)) }
        record(regions)
        let countries = try inserter("countries", ["country_code", "name", "region_id"])
        for country in DemoCatalog.countries {
            try countries.insert(.text(country.code), .text(country.name), .int(country.region + 1))
        }
        record(countries)
    }

    private func insertStores() throws {
        let rows = try inserter("stores", ["store_id", "name", "channel", "marketplace", "city", "country_code",
                                           "opened_on"])
        storesByCountry = Array(repeating: [], count: DemoCatalog.countries.count)
        for (index, store) in DemoCatalog.stores.enumerated() {
            let opened = DemoCalendar.day(year: store.opened.year, month: store.opened.month, day: store.opened.day)
            try rows.insert(.int(index + 1), .text(store.name), .text(store.channel.rawValue),
                            store.marketplace.map { .text($0) } ?? .null, .text(store.city), .text(store.country),
                            .date(opened))
            for code in store.serves { storesByCountry[DemoBuild.country(code)].append(index) }
        }
        record(rows)
    }

    private func insertCategoriesAndSuppliers() throws {
        let rows = try inserter("categories", ["category_id", "name", "parent_id"])
        for (index, category) in DemoCatalog.categories.enumerated() {
            try rows.insert(.int(index + 1), .text(category.name), .null)
        }
        // Subcategories follow the 8 parents, numbered in catalog order.
        var nextId = DemoCatalog.categories.count + 1
        for (index, category) in DemoCatalog.categories.enumerated() {
            for subcategory in category.subcategories {
                try rows.insert(.int(nextId), .text(subcategory.name), .int(index + 1))
                nextId += 1
            }
        }
        record(rows)
        let suppliers = try inserter("suppliers", ["supplier_id", "name", "country_code", "lead_time_days"])
        for (index, supplier) in DemoCatalog.suppliers.enumerated() {
            try suppliers.insert(.int(index + 1), .text(supplier.name), .text(supplier.country),
                                 .int(supplier.leadTimeDays))
        }
        record(suppliers)
    }

    private func insertWarehouses() throws {
        let rows = try inserter("warehouses", ["warehouse_id", "name", "city", "country_code"])
        warehousesByCountry = Array(repeating: ([], []), count: DemoCatalog.countries.count)
        carrierWeights = []
        for (index, warehouse) in DemoCatalog.warehouses.enumerated() {
            try rows.insert(.int(index + 1), .text(warehouse.name), .text(warehouse.city), .text(warehouse.country))
            for served in warehouse.serves {
                let country = DemoBuild.country(served.country)
                warehousesByCountry[country].warehouses.append(index)
                warehousesByCountry[country].weights.append(served.weight)
            }
            carrierWeights.append((DemoCatalog.carrierWeights(warehouseCountry: warehouse.country, express: false),
                                   DemoCatalog.carrierWeights(warehouseCountry: warehouse.country, express: true)))
        }
        record(rows)
    }
}
