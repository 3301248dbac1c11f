extension DemoBuild {
    /// Orders with their items, shipments, returns and reviews (see ``OrderSimulator``).
    func generateOrders() throws {
        let simulator = try OrderSimulator(build: self)
        try simulator.run(totalOrders: max(Int((120_000 * scale).rounded()), 100))
        for inserter in [simulator.orders, simulator.items, simulator.shipments, simulator.returns, simulator.reviews] {
            record(inserter)
        }
        recentUnits = simulator.recentUnits
        openUnits = simulator.openUnits
    }
}
