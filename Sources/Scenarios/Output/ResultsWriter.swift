import BuildOrigin
import Foundation
import SimKernel
import YouthCare

/// Writes a run's results to `Results/<scenario>/`: the resolved scenario, summary.json, tidy CSVs and
/// run.json. Everything but run.json is byte-identical for the same scenario and seed, whatever the
/// thread count.
public struct ResultsWriter {
    public struct RunInfo {
        public var origin: Origin
        public var wallSeconds: Double
        public var threads: Int
        public var command: [String]
        /// How the number of replications was chosen, when a precision rule chose it (`run --precision`).
        public var precision: PrecisionOutcome?
        /// What the console warned about these results; the report says it too.
        public var cautions: [RunCaution]

        public init(
            origin: Origin, wallSeconds: Double, threads: Int, command: [String], precision: PrecisionOutcome? = nil,
            cautions: [RunCaution] = []
        ) {
            self.origin = origin
            self.wallSeconds = wallSeconds
            self.threads = threads
            self.command = command
            self.precision = precision
            self.cautions = cautions
        }
    }

    public let scenario: Scenario
    public let results: [ReplicationResult]
    public let style: CSVStyle

    /// The confidence level of every interval written.
    public let confidence = 0.95

    public init(scenario: Scenario, results: [ReplicationResult], style: CSVStyle = .standard) {
        self.scenario = scenario
        self.results = results
        self.style = style
    }

    /// Writes every result file into `staged`; the caller commits it (after the other directories of the
    /// same command, so that a failure in any leaves all of them as they were).
    public func write(into staged: StagedDirectory, run: RunInfo) throws {
        try staged.write("scenario.yaml", ScenarioWriter.yaml(scenario))
        let summaries = Experiment.summarise(results, confidence: confidence)
        try staged.write("summary.json", summaryJSON(summaries).render() + "\n")
        try staged.write("levels.csv", figuresCSV(summaries))
        try staged.write("replications.csv", replicationsCSV())
        try staged.write("timeseries.csv", timeseriesCSV(Experiment.summariseSeries(results)))
        try staged.write("budget.csv", budgetCSV())
        try staged.write("run.json", runJSON(run).render() + "\n")
    }

    func summaryJSON(_ summaries: [Metric: Summary]) -> JSON {
        let headlines = Headline.all.compactMap { h -> JSON? in
            guard let s = summaries[h.metric] else { return nil }
            return .object(
                [("metric", .string(h.metric.description)), ("label", .string(h.label)), ("unit", .string(h.unit))]
                    + Self.fields(of: JSON.summary(s)))
        }
        let figures = summaries.keys.sorted().map { ($0.description, JSON.summary(summaries[$0]!)) }
        return .object([
            ("scenario", .string(scenario.name)),
            ("seed", .number(Double(scenario.seed))),
            ("replications", .number(Double(results.count))),
            ("years", .number(scenario.parameters.run.years)),
            ("startYear", .number(Double(scenario.parameters.run.startYear))),
            ("confidence", .number(summaries.values.first?.confidence ?? confidence)),
            ("assumptions", .number(Double(scenario.assumptions.count))),
            ("headlines", .array(headlines)),
            ("figures", .object(figures)),
        ])
    }

    static func fields(of json: JSON) -> [(String, JSON)] {
        if case .object(let fields) = json { return fields }
        return []
    }

    func figuresCSV(_ summaries: [Metric: Summary]) -> String {
        var out = style.row(["scenario", "metric", "group", "year", "mean", "sd", "lower95", "upper95", "n"])
        for metric in summaries.keys.sorted() {
            let s = summaries[metric]!
            out += style.row([
                scenario.name, metric.name, metric.group.key, metric.year.map(String.init) ?? "",
                style.number(s.mean), style.number(s.standardDeviation), style.number(s.lower),
                style.number(s.upper), String(s.count),
            ])
        }
        return out
    }

    func replicationsCSV() -> String {
        var out = style.row(["scenario", "replication", "metric", "group", "year", "value"])
        guard let metrics = results.first?.figures.keys.sorted() else { return out }
        for (r, result) in results.enumerated() {
            for metric in metrics {
                out += style.row([
                    scenario.name, String(r), metric.name, metric.group.key, metric.year.map(String.init) ?? "",
                    style.number(result.figures[metric] ?? .nan),
                ])
            }
        }
        return out
    }

    /// Per replication, budget year and line (a level, generalists, consultation, caseworkers, prevention,
    /// or the total): spending, the budget or ceiling, overspend, and what the ceiling did to starts.
    func budgetCSV() -> String {
        let columns: [Figure] = [.budget, .overspend, .ceilingReachedDay, .startsAfterCeiling, .steppedDownByCeiling, .deferredByCeiling]
        var out = style.row(["scenario", "replication", "year", "line", "spend"] + columns.map(\.rawValue))
        guard let first = results.first else { return out }
        let rows = first.figures.keys.filter { $0.figure == .spend && $0.year != nil }.sorted {
            ($0.year!, $0.group.key) < ($1.year!, $1.group.key)
        }
        for (r, result) in results.enumerated() {
            for key in rows {
                let extra = columns.map { figure in result.figures[Metric(figure, key.group, year: key.year)].map(style.number) ?? "" }
                out += style.row([scenario.name, String(r), String(key.year!), key.group.key, style.number(result.figures[key]!)] + extra)
            }
        }
        return out
    }

    func timeseriesCSV(_ series: [Metric: [Summary]]) -> String {
        var out = style.row(["scenario", "metric", "group", "month", "mean", "lower95", "upper95"])
        let startYear = scenario.parameters.run.startYear
        for metric in series.keys.sorted() {
            for (m, s) in series[metric]!.enumerated() {
                let month = String(format: "%04d-%02d", startYear + m / 12, m % 12 + 1)
                out += style.row([
                    scenario.name, metric.name, metric.group.key, month,
                    style.number(s.mean), style.number(s.lower), style.number(s.upper),
                ])
            }
        }
        return out
    }

    func runJSON(_ run: RunInfo) -> JSON {
        let info = ProcessInfo.processInfo
        return .object(
            run.origin.jsonFields + [
                ("wallSeconds", .number((run.wallSeconds * 1000).rounded() / 1000)),
                ("threads", .number(Double(run.threads))),
                ("cores", .number(Double(info.activeProcessorCount))),
                ("host", .string(info.hostName)),
                ("os", .string(info.operatingSystemVersionString)),
                ("command", .array(run.command.map { .string($0) })),
                ("events", .number(Double(results.reduce(0) { $0 + $1.events }))),
                ("replications", .number(Double(results.count))),
                (
                    "replicationsChosenBy",
                    run.precision.map { p in
                        .object([
                            ("rule", .string("precision")), ("relativeHalfWidth", .number(p.rule.relative)),
                            ("maximum", .number(Double(p.rule.maximum))), ("batch", .number(Double(PrecisionRule.batch))),
                            ("met", .bool(p.met)), ("stopped", .string(p.description)),
                        ])
                    } ?? .string("the scenario or --replications")
                ),
                ("cautions", .array(run.cautions.map(\.json))),
                ("finished", .string(ISO8601DateFormatter().string(from: Date()))),
            ])
    }
}
