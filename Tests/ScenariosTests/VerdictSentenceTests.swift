import SimKernel
import XCTest
import YouthCare

@testable import Scenarios

/// The verdict in words, as `<variant>-verdicts.csv` carries it for the report: a fall said with its size and
/// the size's interval, figures to what the interval supports, Dutch separators, verbs that agree, shares in
/// percent with their difference in percentage points, noise said as noise.
final class VerdictSentenceTests: XCTestCase {
    func headline(_ metric: String) -> Headline { Headline.all.first { $0.metric.description == metric }! }

    func verdict(_ metric: String, base: [Double], variant: [Double]) -> Comparison.Verdict {
        let difference = Summary.paired(base: base, variant: variant)
        return Comparison.Verdict(
            headline: headline(metric), difference: difference, base: Summary(base).mean, variant: Summary(variant).mean,
            distinguishable: difference.excludesZero, fromYear: nil)
    }

    func testAFallIsSaidWithItsSizeRoundedToItsInterval() {
        // Spending falls by 50,000 a year, its interval's half-width 14,525 (t with 3 degrees of freedom): whole thousands.
        let base: [Double] = [30_000_000, 31_000_000, 32_000_000, 33_000_000]
        let v = verdict("spend.perYear", base: base, variant: [29_960_000, 30_940_000, 31_955_000, 32_945_000])
        XCTAssertEqual(
            v.sentence("nl"),
            "De uitgaven dalen met 50.000 euro per jaar (95 %-interval 35.000 tot 65.000 euro per jaar), "
                + "van 31.500.000 naar 31.450.000 (gunstig).")
        XCTAssertEqual(
            v.sentence("en"),
            "Spending falls by 50,000 euros per year (95 % interval 35,000 to 65,000 euros per year), "
                + "from 31,500,000 to 31,450,000 (better).")
    }

    func testASingularRiseAndASharesPoints() {
        let wait = verdict("wait.mean.specialist", base: [98, 99, 100, 101], variant: [102, 103.5, 104, 105.5])
        XCTAssertTrue(wait.sentence("nl").hasPrefix("De wachttijd voor specialistische jeugdhulp stijgt met 4"), wait.sentence("nl"))
        XCTAssertTrue(wait.sentence("nl").hasSuffix("(ongunstig)."), wait.sentence("nl"))
        let share = verdict("share.resolvedAtLightLevels", base: [0.44, 0.45, 0.46, 0.45], variant: [0.46, 0.475, 0.48, 0.47]).sentence(
            "nl")
        // 2.125 percentage points with a half-width of 0.40: two decimals.
        XCTAssertEqual(
            share,
            "Het aandeel opgelost met lichte hulp (niveau 2-3) stijgt met 2,12 procentpunt (95 %-interval 1,73 tot 2,52 procentpunt), "
                + "van 45,00 % naar 47,12 % (gunstig).")
    }

    func testNoiseIsSaidAsNoise() {
        let v = verdict("perYear.placements", base: [50, 52, 48, 51], variant: [51, 50, 49, 52])
        XCTAssertFalse(v.distinguishable)
        XCTAssertTrue(v.sentence("nl").hasPrefix("Uithuisplaatsingen: het verschil van "), v.sentence("nl"))
        XCTAssertTrue(v.sentence("nl").hasSuffix("is niet te onderscheiden van toeval."), v.sentence("nl"))
        XCTAssertTrue(v.sentence("en").hasSuffix("is not distinguishable from noise."), v.sentence("en"))
    }

    func testRoundingFollowsTheInterval() {
        XCTAssertEqual(VerdictSentence.rounded(30_459_323, halfWidth: 278_000, "nl"), "30.460.000")
        XCTAssertEqual(VerdictSentence.rounded(-45_520, halfWidth: 275_000, "nl"), "-50.000")
        XCTAssertEqual(VerdictSentence.rounded(0.0611, halfWidth: 0.004, "nl"), "0,0611")
        XCTAssertEqual(VerdictSentence.rounded(-0.0001, halfWidth: 0.5, "en"), "0.00", "no minus before a zero")
        XCTAssertEqual(VerdictSentence.rounded(1234.5, halfWidth: 0, "en"), "1,234")
    }

    /// Every headline has its words in both languages (a new headline without them would read in English).
    func testEveryHeadlineHasItsWords() {
        for headline in Headline.all {
            XCTAssertNotNil(VerdictSentence.words[headline.metric.description], headline.metric.description)
        }
    }
}
