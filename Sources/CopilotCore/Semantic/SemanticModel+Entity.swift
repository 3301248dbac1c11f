extension SemanticModel {
    public struct Entity: Sendable, Codable, Equatable {
        public var name: String
        public var synonyms: [String]
        /// The logical table holding the entity.
        public var table: String
        /// The key expression (`orders.order_id`).
        public var key: String
        /// What a look-up shows: expressions, optionally with `AS label`.
        public var columns: [String]
        /// The entity's lines ("what's in order 500"): rows of another table keyed by this entity.
        public var details: Details?
        /// How a record is named in answers (a product's name, a customer's full name); the key when nil.
        public var display: String?
        /// The record's own date ("customers who signed up in 2025", "orders placed last month").
        public var time: String?
        /// True for people ("who placed the most orders?").
        public var person: Bool?
        /// Conditions a row of `table` meets to be one of these records (subcategories are the
        /// categories that have a parent); lists of the entity apply them.
        public var filters: [String]?

        enum CodingKeys: String, CodingKey {
            case name, synonyms, table, key, columns, details, display, time, person, filters
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
            table = try container.decode(String.self, forKey: .table)
            key = try container.decode(String.self, forKey: .key)
            columns = try container.decodeIfPresent([String].self, forKey: .columns) ?? []
            details = try container.decodeIfPresent(Details.self, forKey: .details)
            display = try container.decodeIfPresent(String.self, forKey: .display)
            time = try container.decodeIfPresent(String.self, forKey: .time)
            person = try container.decodeIfPresent(Bool.self, forKey: .person)
            filters = try container.decodeIfPresent([String].self, forKey: .filters)
        }

        /// The expression naming a record in answers.
        public var displayExpression: String { display ?? key }

        public struct Details: Sendable, Codable, Equatable {
            public var table: String
            /// The column of `table` that holds this entity's key.
            public var key: String
            public var columns: [String]
        }

        public init(name: String, synonyms: [String], table: String, key: String, columns: [String], details: Details? = nil,
                    display: String? = nil, time: String? = nil, person: Bool? = nil) {
            self.name = name
            self.synonyms = synonyms
            self.table = table
            self.key = key
            self.columns = columns
            self.details = details
            self.display = display
            self.time = time
            self.person = person
        }
    }
}
