/// A finished draw of an uncertainty analysis as text: what a shard carries and what the record of a
/// resumable run keeps (`UncertaintyAnalysis.runDraw`'s paired differences). Numbers as IEEE-754 bit
/// patterns, so a merged or resumed analysis writes the same bytes as one run straight through: a line per
/// variant, headlines separated by `;`, replications by `,`.
public enum DrawRecord {
    public static func encode(_ draw: [[[Double]]]) -> String {
        draw.map { variant in
            variant.map { headline in headline.map { String($0.bitPattern, radix: 16) }.joined(separator: ",") }.joined(separator: ";")
        }.joined(separator: "\n")
    }

    /// The draw back, or nil when the text is not one of `variants` x headlines x `replications` numbers.
    public static func decode(_ text: String, variants: Int, replications: Int) -> [[[Double]]]? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == variants else { return nil }
        var draw: [[[Double]]] = []
        for line in lines {
            let headlines = line.split(separator: ";", omittingEmptySubsequences: false)
            guard headlines.count == UncertaintyResults.measures.count else { return nil }
            var variant: [[Double]] = []
            for headline in headlines {
                let values = headline.split(separator: ",", omittingEmptySubsequences: false).compactMap { UInt64($0, radix: 16) }
                guard values.count == replications else { return nil }
                variant.append(values.map { Double(bitPattern: $0) })
            }
            draw.append(variant)
        }
        return draw
    }
}
