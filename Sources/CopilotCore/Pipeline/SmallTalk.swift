/// Greetings, thanks and goodbyes: answered in a sentence, never planned as a data question.
enum SmallTalk {
    static func reply(to message: String) -> String? {
        let phrase = QuestionTokens(message).words.joined(separator: " ")
        if greetings.contains(phrase) {
            return "Hello! Ask me about the shop's data — for example “revenue last month” — or type “help” to see what I can do."
        }
        if thanks.contains(phrase) { return "You're welcome. Anything else you'd like to know?" }
        if goodbyes.contains(phrase) { return "Goodbye!" }
        return nil
    }

    private static let greetings: Set<String> = [
        "hi", "hello", "hey", "hey there", "hi there", "hello there", "good morning", "good afternoon", "good evening", "morning", "yo",
        "howdy", "greetings",
    ]
    private static let thanks: Set<String> = [
        "thanks", "thank you", "thx", "ty", "cheers", "thanks a lot", "thank you very much", "many thanks", "great thanks", "ok thanks",
        "okay thanks", "perfect thanks", "thanks so much",
    ]
    private static let goodbyes: Set<String> = ["bye", "goodbye", "see you", "see ya", "bye bye", "later"]
}
