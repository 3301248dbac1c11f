/// A light stemmer for matching words: plural and possessive endings only, so "categories" meets
/// "category" and "boxes" meets "box" without turning "status" into "statu".
public enum WordStem {
    public static func light(_ word: String) -> String {
        // Plain ASCII words (nearly all) are checked byte by byte; others by Unicode properties.
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.count > 3, utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return word }
        } else {
            guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return word }
        }
        if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("uses") || word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.hasSuffix("sses") || word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        if word.hasSuffix("ches") || word.hasSuffix("shes") || word.hasSuffix("xes") { return String(word.dropLast(2)) }
        if word.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }
}
