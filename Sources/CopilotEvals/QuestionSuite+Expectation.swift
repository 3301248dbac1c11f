extension QuestionSuite {
    /// What a turn should get back. Suites written by different hands spell "ask back" several ways
    /// (`clarify`, `clarification`); all read the same, and an unknown word is a decoding error
    /// rather than a silent "answer".
    public enum Expectation: String, Sendable, Codable {
        /// A data answer whose rows match the reference SQL's.
        case answer
        /// A question asked back (or an answer with no SQL): the question cannot be answered as put.
        case clarification
        /// The help text.
        case help
        /// An answer from the knowledge documents, citing `source` when given.
        case knowledge

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let word = try container.decode(String.self).lowercased()
            switch word {
            case "answer", "data": self = .answer
            case "clarification", "clarify", "ask", "ask back": self = .clarification
            case "help": self = .help
            case "knowledge", "policy": self = .knowledge
            default:
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "unknown expectation “\(word)”: use answer, clarification, help or knowledge")
            }
        }
    }
}
