/// A scenario's title or description in the report's languages: a planner reads the Dutch, an evaluator
/// abroad the English. A file gives one text for every language (`title: "..."`) or one per language
/// (`title: {nl: "...", en: "..."}`); a language it leaves out reads the other's.
public struct LocalizedText: Sendable, Equatable {
    /// The languages a report is written in (`jeugdsim report --lang`), and verdict sentences (`VerdictSentence`).
    public static let languages = ["nl", "en"]

    public private(set) var texts: [String: String]

    public init(_ text: String) { texts = Dictionary(uniqueKeysWithValues: Self.languages.map { ($0, text) }) }

    public init(nl: String, en: String) { texts = ["nl": nl, "en": en] }

    /// The text in `language`, or in the other language when this one has none.
    public func text(_ language: String) -> String {
        texts[language] ?? Self.languages.lazy.compactMap { texts[$0] }.first ?? ""
    }

    /// The English text: what the console prints.
    public var english: String { text("en") }

    /// Whether every language reads the same (written back as one text).
    public var isSingle: Bool { Set(Self.languages.map(text)).count == 1 }

    init(texts: [String: String]) { self.texts = texts }

    /// As a scenario file writes it: one quoted text, or a flow mapping per language.
    var yaml: String {
        if isSingle { return ScenarioWriter.quoted(english) }
        return "{" + Self.languages.map { "\($0): \(ScenarioWriter.quoted(text($0)))" }.joined(separator: ", ") + "}"
    }
}
