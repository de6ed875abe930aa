import BuildOrigin
import Foundation
import YouthCare

/// One shard of a run, a sweep or an uncertainty analysis: what `jeugdsim run|sweep|uncertainty --shard I/N`
/// writes to `shard.json` and `jeugdsim merge` reads back. It carries the resolved scenario (values with
/// provenance; an analysis's base, with its `UncertaintyJob`), the build that wrote it (`Origin`: versions,
/// commit, model fingerprint), and its part of the work: whole replication results (run), finished sweep
/// points (sweep) or finished draws (`DrawRecord`).
/// Numbers are stored as IEEE-754 bit patterns, so merged shards give the same bytes as one unsharded run.
public struct Shard: Sendable {
    public enum Kind: String, Sendable { case run, sweep, uncertainty }

    public static let format = "jeugdsim-shard-4"
    public static let fileName = "shard.json"

    public var kind: Kind
    public var origin: Origin
    /// This shard's number, 1...count.
    public var number: Int
    public var count: Int
    public var dutchCSV: Bool
    public var scenario: Scenario
    /// A run's shard: replication indices and their results.
    public var replications: [(index: Int, result: ReplicationResult)] = []
    /// A regional run's shard: region runs (task t: replication t / regions of region t % regions) and their
    /// records, the books the replications are merged from (`Experiment.regionRecords`).
    public var regionRuns: [(index: Int, record: String)] = []
    /// A sweep's shard: point indices and their records (the text the sweep's files take from a point).
    public var points: [(index: Int, record: String)] = []
    /// An uncertainty analysis's shard: what decides the analysis, and draw indices with their records.
    public var uncertainty: UncertaintyJob?
    public var draws: [(index: Int, record: String)] = []

    public init(kind: Kind, origin: Origin = .thisBuild, number: Int, count: Int, dutchCSV: Bool, scenario: Scenario) {
        self.kind = kind
        self.origin = origin
        self.number = number
        self.count = count
        self.dutchCSV = dutchCSV
        self.scenario = scenario
    }

    /// The part of `total` items (replications or sweep points) that shard `number` of `count` runs:
    /// contiguous, in order, sizes differing by at most one.
    public static func part(_ number: Int, of count: Int, total: Int) -> Range<Int> {
        (number - 1) * total / count..<number * total / count
    }

    /// `I/N` from the command line, or why not.
    public static func parse(_ text: String) -> (number: Int, count: Int)? {
        let parts = text.split(separator: "/").map { Int($0) }
        guard parts.count == 2, let number = parts[0], let count = parts[1], count >= 1, (1...count).contains(number) else { return nil }
        return (number, count)
    }

    // MARK: - Writing

    public func json() -> String {
        var fields: [(String, JSON)] =
            [("format", .string(Self.format))] + origin.jsonFields + [
                ("kind", .string(kind.rawValue)), ("shard", .number(Double(number))), ("of", .number(Double(count))),
                ("dutchCSV", .bool(dutchCSV)),
                ("scenario", Self.encode(scenario)),
            ]
        if let uncertainty { fields.append(("uncertainty", uncertainty.json)) }
        let work = self.work
        fields.append((workField, work))
        fields.append(("checksum", .string(Self.checksum(work.render()))))
        return JSON.object(fields).render() + "\n"
    }

    /// The field that holds each kind's work.
    static let workName: [Kind: String] = [.run: "replications", .sweep: "points", .uncertainty: "draws"]

    /// Whether it is a shard of a run of regions, whose work is region runs rather than replications.
    public var isRegional: Bool { kind == .run && !scenario.regions.isEmpty }

    /// The field that holds this shard's work.
    var workField: String { isRegional ? "regionRuns" : Self.workName[kind]! }

    /// The items of work the whole job is cut into: replications (x regions for a run of regions), sweep
    /// points, draws.
    public static func total(_ kind: Kind, _ scenario: Scenario, draws: Int = 0) -> Int {
        switch kind {
        case .run: scenario.replications * max(1, scenario.regions.count)
        case .sweep: scenario.sweeps.isEmpty ? 1 : scenario.sweepPointCount
        case .uncertainty: draws
        }
    }

    /// The shard's part of the work as JSON: a run's replications, a sweep's points or an analysis's draws.
    var work: JSON {
        switch kind {
        case .run where isRegional:
            return .array(regionRuns.map { .array([.number(Double($0.index)), .string($0.record)]) })
        case .run:
            return .array(
                replications.map { entry in
                    let (figures, series) = (entry.result.figures, entry.result.series)
                    return .object([
                        ("index", .number(Double(entry.index))),
                        ("events", .number(Double(entry.result.events))),
                        ("figures", .array(figures.keys.sorted().map { .array(Self.encode($0) + [Self.bits(figures[$0]!)]) })),
                        (
                            "series",
                            .array(series.keys.sorted().map { .array(Self.encode($0) + [.array(series[$0]!.map(Self.bits))]) })
                        ),
                    ])
                })
        case .sweep:
            return .array(points.map { .array([.number(Double($0.index)), .string($0.record)]) })
        case .uncertainty:
            return .array(draws.map { .array([.number(Double($0.index)), .string($0.record)]) })
        }
    }

    /// FNV-1a (64 bits) of the work's text: a shard whose figures were changed after jeugdsim wrote it, by
    /// hand or by a damaged copy, is refused. (It proves no origin: anyone can compute it again.)
    static func checksum(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }

    static func bits(_ value: Double) -> JSON { .string(String(value.bitPattern, radix: 16)) }

    static func encode(_ metric: Metric) -> [JSON] {
        [.string(metric.name), .string(metric.group.key), metric.year.map { .number(Double($0)) } ?? .null]
    }

    static func encode(_ text: LocalizedText) -> JSON {
        .object(LocalizedText.languages.compactMap { language in text.texts[language].map { (language, .string($0)) } })
    }

    static func localized(_ fields: [String: Any]) throws -> LocalizedText {
        LocalizedText(texts: try fields.mapValues { try ($0 as? String).unwrap("text") })
    }

    static func encode(_ scenario: Scenario) -> JSON {
        .object([
            ("name", .string(scenario.name)), ("title", encode(scenario.title)), ("description", encode(scenario.description)),
            ("files", .array(scenario.files.map { .string($0) })), ("seed", .string(String(scenario.seed))),
            ("replications", .number(Double(scenario.replications))),
            ("values", encode(scenario.values)),
            ("sweeps", .array(scenario.sweeps.map { .array([.string($0.key), .array($0.values.map(bits))]) })),
            (
                "uncertainty",
                .array(
                    scenario.uncertainty.keys.sorted().map { key in
                        let setting = scenario.uncertainty[key]!
                        return .array([
                            .string(key), .string(setting.text), .string(setting.provenance.text), .bool(setting.provenance.isAssumption),
                        ])
                    })
            ),
            ("sweepDesign", .bool(scenario.sweepDesign)),
            (
                "regions",
                .array(
                    scenario.regions.map { region in
                        .array([
                            .string(region.name), bits(region.youths.value), .string(region.youths.provenance.text),
                            .bool(region.youths.provenance.isAssumption),
                        ])
                    })
            ),
            (
                "municipalities",
                .array(
                    scenario.municipalities.map { municipality in
                        .array([
                            .string(municipality.name), bits(municipality.youths.value), .string(municipality.youths.provenance.text),
                            .bool(municipality.youths.provenance.isAssumption), encode(municipality.front),
                        ])
                    })
            ),
            (
                "timeline",
                .array(
                    scenario.timeline.map { step in
                        .object([
                            ("year", .number(Double(step.year))), ("month", .number(Double(step.month))),
                            ("rampMonths", .number(Double(step.rampMonths))), ("file", .string(step.file)),
                            ("line", .number(Double(step.line))), ("column", .number(Double(step.column))),
                            ("values", encode(step.values)),
                        ])
                    })
            ),
        ])
    }

    static func encode(_ values: [String: Scenario.Value]) -> JSON {
        .array(
            values.keys.sorted().map { key in
                let value = values[key]!
                return .array([.string(key), bits(value.value), .string(value.provenance.text), .bool(value.provenance.isAssumption)])
            })
    }

    // MARK: - Reading

    /// Reads `directory/shard.json`; the error names the file and what is wrong with it.
    public init(directory: URL) throws {
        let file = directory.appendingPathComponent(Self.fileName)
        guard let data = try? Data(contentsOf: file) else {
            throw ShardError(
                "\(file.path): cannot be read; expected the shard.json that 'jeugdsim run --shard I/N', "
                    + "'jeugdsim sweep --shard I/N' or 'jeugdsim uncertainty --shard I/N' writes"
            )
        }
        try self.init(json: data, file: file.path)
    }

    /// Reads the text of a shard.json (`file` names it in errors); the fuzz target feeds it any bytes.
    public init(json data: Data, file: String) throws {
        let fail = { (problem: String) in ShardError("\(file): \(problem)") }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let format = root["format"] as? String,
            format.hasPrefix("jeugdsim-shard-")
        else { throw fail("is not a jeugdsim shard (format \(Self.format))") }
        guard format == Self.format else {
            throw fail(
                "was written by another version of jeugdsim (\(format); this one reads \(Self.format)): "
                    + "run every shard and the merge with one build")
        }
        do {
            let reader = Reader(root)
            kind = try Kind(rawValue: reader.string("kind")).unwrap("kind")
            origin = Origin(
                version: try reader.string("version"), modelVersion: try reader.string("modelVersion"),
                commit: try reader.string("commit"), fingerprint: try reader.string("fingerprint"))
            number = try reader.int("shard")
            count = try reader.int("of")
            dutchCSV = try reader.bool("dutchCSV")
            scenario = try Self.decodeScenario(Reader(reader.object("scenario")))
            for entry in try reader.array("replications", required: kind == .run && scenario.regions.isEmpty) {
                let item = Reader(try (entry as? [String: Any]).unwrap("replication"))
                var result = ReplicationResult()
                for figure in try item.array("figures") {
                    let (metric, rest) = try Self.decodeMetric(figure)
                    result.figures[metric] = try Self.double(rest)
                }
                for series in try item.array("series") {
                    let (metric, rest) = try Self.decodeMetric(series)
                    result.series[metric] = try (rest as? [Any]).unwrap("series values").map(Self.double)
                }
                result.events = try item.int("events")
                replications.append((try item.int("index"), result))
            }
            func records(_ field: String, _ what: String) throws -> [(Int, String)] {
                try reader.array(field, required: kind == Self.workName.first { $0.value == field }!.key).map { entry in
                    let pair = try (entry as? [Any]).unwrap(what)
                    guard pair.count == 2, let index = pair[0] as? Int, let record = pair[1] as? String else {
                        throw ShardError("a malformed \(what)")
                    }
                    return (index, record)
                }
            }
            regionRuns = try reader.array("regionRuns", required: isRegional).map { entry in
                let pair = try (entry as? [Any]).unwrap("region run")
                guard pair.count == 2, let index = pair[0] as? Int, let record = pair[1] as? String else {
                    throw ShardError("a malformed region run")
                }
                return (index, record)
            }
            points = try records("points", "point")
            draws = try records("draws", "draw")
            if kind == .uncertainty { uncertainty = try UncertaintyJob(Reader(reader.object("uncertainty"))) }
            if let problem = checked(checksum: try reader.string("checksum")) { throw fail(problem) }
        } catch let error as ShardError {
            throw fail("malformed: \(error.description)")
        }
    }

    /// What a shard holds, checked as a scenario file's values are: a shard may have been edited or come
    /// from anywhere. The problem, or nil.
    func checked(checksum: String) -> String? {
        guard count >= 1, (1...count).contains(number) else { return "'shard': \(number) of \(count) is not a shard of a job" }
        if let problem = ScenarioName.problem(scenario.name) { return "'scenario.name': \(problem)" }
        let steps = [("scenario", scenario.values)] + scenario.timeline.map { ("timeline step \($0.year)-\($0.month)", $0.values) }
        for (place, values) in steps {
            for key in values.keys.sorted() {
                if let problem = ParameterCatalog.definition(key)!.problem(values[key]!.value) { return "\(place), '\(key)': \(problem)" }
            }
        }
        for sweep in scenario.sweeps {
            guard let definition = ParameterCatalog.definition(sweep.key) else { return "a sweep of '\(sweep.key)', not a key" }
            if let problem = sweep.values.lazy.compactMap(definition.problem).first { return "the sweep of '\(sweep.key)': \(problem)" }
        }
        if let problem = scenario.inconsistencies().first { return "scenario: \(problem.message)" }
        guard Scenario.replicationRange.contains(scenario.replications) else {
            return "'scenario.replications': found \(scenario.replications), expected \(Scenario.replicationsExpected)"
        }
        let sweeps = scenario.sweeps.isEmpty ? 1 : scenario.sweepPointCount
        guard scenario.sweeps.isEmpty || sweeps <= Scenario.maximumSweepPoints else {
            return "its sweep has \(sweeps) points, expected at most \(Scenario.maximumSweepPoints)"
        }
        if let problem = uncertainty?.problem() { return problem }
        if let job = uncertainty,
            let draw = draws.first(where: {
                DrawRecord.decode($0.record, variants: job.variants.count, replications: job.replications) == nil
            })
        {
            return "draw \(draw.index + 1): not \(job.variants.count) variants x \(UncertaintyResults.measures.count) headlines x "
                + "\(job.replications) replications of numbers"
        }
        let total = Self.total(kind, scenario, draws: uncertainty?.draws ?? 0)
        guard count <= total else { return "'of': \(count) shards of \(total) \(isRegional ? "region runs" : Self.workName[kind]!)" }
        for (index, result) in replications {
            if let metric = result.figures.keys.sorted().first(where: { !result.figures[$0]!.isFinite }) {
                return "replication \(index + 1): figure '\(metric.name)' is \(result.figures[metric]!), not a finite number"
            }
            if let metric = result.series.keys.sorted().first(where: { !result.series[$0]!.allSatisfy(\.isFinite) }) {
                return "replication \(index + 1): series '\(metric.name)' holds a number that is not finite"
            }
        }
        guard Self.checksum(work.render()) == checksum else {
            return "its figures do not match its checksum: the file was changed after jeugdsim wrote it; run the shard again"
        }
        return nil
    }

    static func decodeValues(_ entries: [Any]) throws -> [String: Scenario.Value] {
        var values: [String: Scenario.Value] = [:]
        for entry in entries {
            guard let item = entry as? [Any], item.count == 4, let key = item[0] as? String, let text = item[2] as? String,
                let assumption = item[3] as? Bool, ParameterCatalog.definition(key) != nil
            else { throw ShardError("a malformed scenario value") }
            values[key] = Scenario.Value(value: try double(item[1]), provenance: Provenance(text: text, isAssumption: assumption))
        }
        return values
    }

    static func decodeScenario(_ reader: Reader) throws -> Scenario {
        let values = try decodeValues(try reader.array("values"))
        guard Set(values.keys) == Set(ParameterCatalog.definitions.map(\.key)) else {
            throw ShardError("its scenario's keys are not this version's")
        }
        let sweeps = try reader.array("sweeps").map { entry -> Scenario.Sweep in
            guard let item = entry as? [Any], item.count == 2, let key = item[0] as? String, let list = item[1] as? [Any] else {
                throw ShardError("a malformed sweep")
            }
            return Scenario.Sweep(key: key, values: try list.map(double))
        }
        let timeline = try reader.array("timeline").map { entry -> TimelineStep in
            let step = Reader(try (entry as? [String: Any]).unwrap("timeline step"))
            return TimelineStep(
                year: try step.int("year"), month: try step.int("month"), rampMonths: try step.int("rampMonths"),
                values: try decodeValues(try step.array("values")), file: try step.string("file"), line: try step.int("line"),
                column: try step.int("column"))
        }
        var uncertainty: [String: UncertaintySetting] = [:]
        for entry in try reader.array("uncertainty", required: false) {
            guard let item = entry as? [Any], item.count == 4, let key = item[0] as? String, let text = item[1] as? String,
                let provenance = item[2] as? String, let assumption = item[3] as? Bool, ParameterCatalog.uncertainty(key) != nil,
                case .success(let distribution) = UncertaintySetting.parse(text, key: key)
            else { throw ShardError("a malformed uncertainty setting") }
            uncertainty[key] = UncertaintySetting(
                distribution: distribution, provenance: Provenance(text: provenance, isAssumption: assumption))
        }
        var scenario = Scenario(
            name: try reader.string("name"), title: try localized(reader.object("title")),
            description: try localized(reader.object("description")),
            files: try reader.array("files").map { try ($0 as? String).unwrap("file") }, values: values,
            seed: try UInt64(reader.string("seed")).unwrap("seed"), replications: try reader.int("replications"),
            sweeps: sweeps, timeline: timeline,
            sweepDesign: try reader.bool("sweepDesign"))
        scenario.uncertainty = uncertainty
        scenario.regions = try reader.array("regions", required: false).map { entry in
            guard let item = entry as? [Any], item.count == 4, let name = item[0] as? String, !name.isEmpty, !name.contains("/"),
                let provenance = item[2] as? String, let assumption = item[3] as? Bool
            else { throw ShardError("a malformed region") }
            let youths = try double(item[1])
            guard youths >= 1, youths.isFinite else { throw ShardError("a region with \(youths) youths") }
            return Scenario.RegionValue(
                name: name, youths: Scenario.Value(value: youths, provenance: Provenance(text: provenance, isAssumption: assumption)))
        }
        scenario.municipalities = try reader.array("municipalities", required: false).map { entry in
            guard let item = entry as? [Any], item.count == 5, let name = item[0] as? String, !name.isEmpty, !name.contains("/"),
                let provenance = item[2] as? String, let assumption = item[3] as? Bool, let front = item[4] as? [Any]
            else { throw ShardError("a malformed municipality") }
            let youths = try double(item[1])
            let values = try decodeValues(front)
            guard youths >= 1, youths.isFinite, values.keys.allSatisfy(Scenario.isFrontKey) else {
                throw ShardError("a municipality with \(youths) youths or a value not of its front")
            }
            return Scenario.MunicipalityValue(
                name: name, youths: Scenario.Value(value: youths, provenance: Provenance(text: provenance, isAssumption: assumption)),
                front: values)
        }
        return scenario
    }

    static func decodeMetric(_ entry: Any) throws -> (Metric, Any) {
        guard let item = entry as? [Any], item.count == 4, let name = item[0] as? String, let group = item[1] as? String else {
            throw ShardError("a malformed figure")
        }
        let metric = try Metric(name: name, group: group, year: item[2] as? Int).unwrap("figure '\(name)'")
        return (metric, item[3])
    }

    static func double(_ value: Any) throws -> Double {
        guard let text = value as? String, let bits = UInt64(text, radix: 16) else {
            throw ShardError("a number that is not a bit pattern")
        }
        return Double(bitPattern: bits)
    }

    /// Typed access to a JSON object's fields, with the missing field named.
    struct Reader {
        let fields: [String: Any]
        init(_ fields: [String: Any]?) { self.fields = fields ?? [:] }
        func string(_ key: String) throws -> String { try (fields[key] as? String).unwrap(key) }
        func int(_ key: String) throws -> Int { try (fields[key] as? Int).unwrap(key) }
        func bool(_ key: String) throws -> Bool { try (fields[key] as? Bool).unwrap(key) }
        func object(_ key: String) throws -> [String: Any] { try (fields[key] as? [String: Any]).unwrap(key) }
        func array(_ key: String, required: Bool = true) throws -> [Any] {
            guard let list = fields[key] as? [Any] else {
                if required { throw ShardError("no '\(key)'") }
                return []
            }
            return list
        }
    }
}

/// What is wrong with a shard or a set of shards.
public struct ShardError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension Optional {
    func unwrap(_ what: String) throws -> Wrapped {
        guard let self else { throw ShardError("no valid '\(what)'") }
        return self
    }
}
