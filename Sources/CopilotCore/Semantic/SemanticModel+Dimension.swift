extension SemanticModel {
    public struct Dimension: Sendable, Codable, Equatable {
        public var name: String
        public var label: String?
        public var synonyms: [String]
        /// SQL expressions, in order of preference; the first whose table is reachable from the
        /// metric's table is used (customer country for orders, warehouse country for stock).
        public var expressions: [String]
        /// An expression to group by together with the label (ids, so equal names stay apart).
        public var key: String?
        /// Known values: listed here, or `auto` to read the distinct values from the database.
        public var values: [String]?
        public var autoValues: Bool?
        /// Other ways users name a value: canonical value → synonyms.
        public var valueSynonyms: [String: [String]]?
        /// Whether the value index should ignore this dimension's values unless the dimension is named
        /// (values that are common words, such as a loyalty tier called "none").
        public var valuesNeedDimensionWord: Bool?
        /// Dimensions in one group (geography, product) replace each other's filters in follow-ups
        /// such as "what about Europe?" after "in France".
        public var group: String?
        /// PostgreSQL spellings of `expressions`/`key` when the portable text does not run there.
        public var postgres: DialectOverride?
        /// What the field holds (default text): numbers and dates can be compared ("priced above 100").
        public var type: FieldType?
        /// How numbers of this field read (currency, days…).
        public var format: Format?
        /// The unit people put after a number of this field ("10 days", "4 stars"), so "under 10 days"
        /// finds the field even when it is not named.
        public var unit: String?
        /// Words that rank by this field: `high` ("expensive") and `low` ("cheap") — "the 10 most
        /// expensive products".
        public var adjectives: Adjectives?

        enum CodingKeys: String, CodingKey {
            case name, label, synonyms, expressions, expression, key, values, group, postgres, type, format, unit, adjectives
            case valueSynonyms = "value_synonyms"
            case valuesNeedDimensionWord = "values_need_dimension_word"
        }

        /// Words for more and for less of a field.
        public struct Adjectives: Sendable, Codable, Equatable {
            public var high: [String]
            public var low: [String]

            public init(high: [String] = [], low: [String] = []) {
                self.high = high
                self.low = low
            }

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                high = try container.decodeIfPresent([String].self, forKey: .high) ?? []
                low = try container.decodeIfPresent([String].self, forKey: .low) ?? []
            }
        }

        /// The field's type, text when not declared.
        public var fieldType: FieldType { type ?? .text }

        public init(name: String, label: String? = nil, synonyms: [String], expressions: [String], key: String? = nil,
                    values: [String]? = nil, autoValues: Bool? = nil, valueSynonyms: [String: [String]]? = nil) {
            self.name = name
            self.label = label
            self.synonyms = synonyms
            self.expressions = expressions
            self.key = key
            self.values = values
            self.autoValues = autoValues
            self.valueSynonyms = valueSynonyms
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            label = try container.decodeIfPresent(String.self, forKey: .label)
            synonyms = try container.decodeIfPresent([String].self, forKey: .synonyms) ?? []
            if let list = try container.decodeIfPresent([String].self, forKey: .expressions) {
                expressions = list
            } else {
                expressions = [try container.decode(String.self, forKey: .expression)]
            }
            key = try container.decodeIfPresent(String.self, forKey: .key)
            if let text = try? container.decodeIfPresent(String.self, forKey: .values), text == "auto" {
                autoValues = true
                values = nil
            } else {
                values = try container.decodeIfPresent([String].self, forKey: .values)
            }
            valueSynonyms = try container.decodeIfPresent([String: [String]].self, forKey: .valueSynonyms)
            valuesNeedDimensionWord = try container.decodeIfPresent(Bool.self, forKey: .valuesNeedDimensionWord)
            group = try container.decodeIfPresent(String.self, forKey: .group)
            postgres = try container.decodeIfPresent(DialectOverride.self, forKey: .postgres)
            type = try container.decodeIfPresent(FieldType.self, forKey: .type)
            format = try container.decodeIfPresent(Format.self, forKey: .format)
            unit = try container.decodeIfPresent(String.self, forKey: .unit)
            adjectives = try container.decodeIfPresent(Adjectives.self, forKey: .adjectives)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(label, forKey: .label)
            try container.encode(synonyms, forKey: .synonyms)
            if expressions.count == 1 {
                try container.encode(expressions[0], forKey: .expression)
            } else {
                try container.encode(expressions, forKey: .expressions)
            }
            try container.encodeIfPresent(key, forKey: .key)
            if autoValues == true {
                try container.encode("auto", forKey: .values)
            } else {
                try container.encodeIfPresent(values, forKey: .values)
            }
            try container.encodeIfPresent(valueSynonyms, forKey: .valueSynonyms)
            try container.encodeIfPresent(valuesNeedDimensionWord, forKey: .valuesNeedDimensionWord)
            try container.encodeIfPresent(group, forKey: .group)
            try container.encodeIfPresent(postgres, forKey: .postgres)
            try container.encodeIfPresent(type, forKey: .type)
            try container.encodeIfPresent(format, forKey: .format)
            try container.encodeIfPresent(unit, forKey: .unit)
            try container.encodeIfPresent(adjectives, forKey: .adjectives)
        }

        public var displayName: String { label ?? name.replacingOccurrences(of: "_", with: " ") }
    }

    /// What a field holds.
    public enum FieldType: String, Sendable, Codable, Equatable {
        case text, number, date
        /// Yes/no (stored 0/1 or true/false).
        case flag
        /// Codes and ids: matched exactly, never summed or compared by size.
        case identifier
    }
}
