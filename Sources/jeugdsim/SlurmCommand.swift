import ArgumentParser
import Foundation
import Scenarios
import YouthCare

struct Slurm: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a scenario, a sweep or an uncertainty analysis on a Slurm cluster: a job array of shards, then a merge job.",
        discussion: paragraphs(
            """
            Writes DIR/jobs/array.sh (one array task per shard: 'jeugdsim run|sweep --shard I/N') and
            DIR/jobs/merge.sh ('jeugdsim merge', submitted with --dependency=afterok on the array), submits both
            with sbatch, and prints their job ids. Shards go to DIR/shards/I/, logs to DIR/logs/, and the merged
            results, byte-identical to one machine's run, to DIR/merged/. A scenario with a sweep runs its
            points in shards; one without runs its replications in shards; with --uncertainty VARIANT (once per
            variant) the scenario is the base of an uncertainty analysis ('jeugdsim uncertainty --help') whose
            --draws run in shards.

            --resume submits only the shards that have no results yet (after a failed or cancelled task), then
            the merge. --dry-run writes the scripts and prints the sbatch commands without submitting.
            The jeugdsim binary and the scenario file must be reachable from the compute nodes at the same path
            (a shared file system, as on every university cluster).

            Examples:
              jeugdsim slurm Scenarios/national-baseline.yaml --shards 16 -r 64 \\
                  --partition normal --time 02:00:00
              jeugdsim slurm Scenarios/front-sweep.yaml --shards 4 --dry-run
              jeugdsim slurm Scenarios/national-baseline.yaml --shards 16 -r 64 --resume
              jeugdsim slurm Scenarios/baseline-municipality.yaml --shards 4 \\
                  --uncertainty Scenarios/front-2fte-shift.yaml --draws 200 -r 20
            """))

    @Argument(help: "Scenario file (YAML).")
    var scenario: String

    @OptionGroup var options: RunOptions

    @Option(help: "Number of shards (array tasks).")
    var shards: Int

    @Option(
        name: .customLong("uncertainty"),
        help: ArgumentHelp("A variant of an uncertainty analysis with the scenario as its base (repeatable).", valueName: "variant"))
    var uncertaintyVariants: [String] = []

    @Option(help: "With --uncertainty: the parameter sets to draw.")
    var draws = 100

    @Option(help: "Slurm partition (default: the cluster's default).")
    var partition: String?

    @Option(help: "Time limit of one array task, as Slurm writes it (HH:MM:SS or D-HH:MM:SS).")
    var time = "01:00:00"

    @Option(help: "CPUs per array task (the shard's replications run on that many threads).")
    var cpus = 1

    @Option(help: "Job directory (default: Results/<scenario name>-slurm).")
    var out: String?

    @Flag(help: "Write CSV for Dutch spreadsheet settings.")
    var dutchCSV = false

    @Flag(help: "Write the job scripts and print the sbatch commands, but submit nothing.")
    var dryRun = false

    @Flag(help: "Submit only the shards without results, then the merge.")
    var resume = false

    func validate() throws {
        try options.refusePrecision("slurm (each shard runs a share of the replications)")
        guard shards >= 1 else { throw ValidationError("--shards must be at least 1, got \(shards)") }
        try checkCount("--cpus", cpus, 1...4096)
        try checkCount("--draws", draws, 2...100_000)
        guard time.range(of: #"^(\d+-)?\d{1,2}:\d{2}:\d{2}$"#, options: .regularExpression) != nil else {
            throw ValidationError("--time takes HH:MM:SS or D-HH:MM:SS, got '\(time)'")
        }
        if let partition, partition.isEmpty || partition.contains(where: { $0.isWhitespace || $0 == "'" }) {
            throw ValidationError("--partition takes a partition name, got '\(partition)'")
        }
    }

    func run() throws {
        let base = try options.scenario(scenario, allowLists: !isUncertainty)
        for variant in uncertaintyVariants { _ = try options.scenario(variant) }
        let isSweep = !base.sweeps.isEmpty
        let (total, what): (Int, String) =
            if isUncertainty {
                (draws, "draws")
            } else if isSweep {
                (base.sweepPointCount, "sweep points")
            } else if base.regions.isEmpty {
                (base.replications, "replications")
            } else {
                (Shard.total(.run, base), "region runs (replications x regions)")
            }
        guard shards <= total else { throw ValidationError("--shards \(shards) for \(total) \(what); use at most \(total)") }
        let directory = URL(fileURLWithPath: out ?? "Results/\(base.name)-slurm").standardizedFileURL
        let manager = FileManager.default
        for folder in ["jobs", "logs", "shards"] {
            try manager.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let shardFolder = { (number: Int) in directory.appendingPathComponent("shards/\(number)") }
        let finished = (1...shards).filter { manager.fileExists(atPath: shardFolder($0).appendingPathComponent(Shard.fileName).path) }
        if !resume && !finished.isEmpty {
            throw CommandError(
                "\(directory.path) holds shards of an earlier job (\(finished.count) of them): "
                    + "--resume continues that job; or choose another --out")
        }
        let missing = (1...shards).filter { !finished.contains($0) }
        let jobs = JobScripts(
            jeugdsim: Self.executable(), directory: directory, command: isUncertainty ? "uncertainty" : isSweep ? "sweep" : "run",
            arguments: arguments(), shards: shards)
        try jobs.write(partition: partition, time: time, cpus: cpus, name: base.name)
        if dryRun {
            print("Wrote \(jobs.array.path) and \(jobs.merge.path). To submit:")
            print("  sbatch --parsable --array=\(Self.ranges(missing)) \(jobs.array.path)")
            print("  sbatch --parsable --dependency=afterok:<array job id> \(jobs.merge.path)")
            return
        }
        var mergeArguments = ["--parsable"]
        if !missing.isEmpty {
            let array = try Self.sbatch(["--parsable", "--array=\(Self.ranges(missing))", jobs.array.path])
            print("Submitted job array \(array): \(missing.count) of \(shards) shards of \(base.name).")
            mergeArguments.append("--dependency=afterok:\(array)")
        }
        let merge = try Self.sbatch(mergeArguments + [jobs.merge.path])
        let merged = directory.appendingPathComponent("merged").path
        print("Submitted merge job \(merge); results will be in \(merged)/ (squeue --me to follow).")
    }

    /// The options that decide the results, passed on to every shard as they were given here.
    func arguments() -> [String] {
        // As given: the jobs start in this directory (--chdir), so relative paths, and with them the
        // provenance the results record, are the same as in a run on this machine.
        var list = [scenario] + uncertaintyVariants
        if isUncertainty { list += ["--draws", String(draws)] }
        if let replications = options.replications { list += ["--replications", String(replications)] }
        if let seed = options.seed { list += ["--seed", String(seed)] }
        if let years = options.years { list += ["--years", String(years)] }
        for assignment in options.overrides { list += ["--set", assignment] }
        if dutchCSV { list.append("--dutch-csv") }
        return list + ["--threads", String(cpus)]
    }

    var isUncertainty: Bool { !uncertaintyVariants.isEmpty }

    /// "1-3,5,7-8": the shard numbers as Slurm's --array takes them.
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start = numbers.first
        for (i, number) in numbers.enumerated() where i == numbers.count - 1 || numbers[i + 1] != number + 1 {
            parts.append(start == number ? String(number) : "\(start!)-\(number)")
            if i + 1 < numbers.count { start = numbers[i + 1] }
        }
        return parts.joined(separator: ",")
    }

    static func executable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// Runs sbatch and returns the job id it prints with --parsable.
    static func sbatch(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sbatch"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let id = text.split(separator: ";").first?.trimmingCharacters(in: .whitespacesAndNewlines),
            !id.isEmpty
        else {
            let why = problem.isEmpty ? "is Slurm installed here? (--dry-run only writes the scripts)" : problem
            throw CommandError("sbatch \(arguments.joined(separator: " ")) failed: \(why)")
        }
        return id
    }
}

/// The two job scripts of a sharded run: the array of shards and the merge.
struct JobScripts {
    let jeugdsim: String
    let directory: URL
    let command: String
    let arguments: [String]
    let shards: Int

    var array: URL { directory.appendingPathComponent("jobs/array.sh") }
    var merge: URL { directory.appendingPathComponent("jobs/merge.sh") }

    func write(partition: String?, time: String, cpus: Int, name: String) throws {
        let logs = directory.appendingPathComponent("logs").path
        let here = FileManager.default.currentDirectoryPath
        try Self.refuseUnsafe(here: here, logs: logs, words: [jeugdsim, directory.path] + arguments)
        let common =
            ["#SBATCH --time=\(time)", "#SBATCH --chdir=\(here)"]
            + (partition.map { ["#SBATCH --partition=\($0)"] } ?? [])
        let shardsFolder = Self.quoted(directory.appendingPathComponent("shards").path)
        let shardCommand =
            ([jeugdsim, command] + arguments).map(Self.quoted).joined(separator: " ")
            + " --shard \"${SLURM_ARRAY_TASK_ID}/\(shards)\" --out \(shardsFolder)/\"${SLURM_ARRAY_TASK_ID}\""
        let arrayScript =
            ([
                "#!/bin/bash", "# One shard of \(name) per array task (written by jeugdsim slurm).",
                "#SBATCH --job-name=jeugdsim-\(name)", "#SBATCH --array=1-\(shards)", "#SBATCH --cpus-per-task=\(cpus)",
                "#SBATCH --output=\(logs)/shard-%a.out",
            ] + common + ["set -euo pipefail", "exec \(shardCommand)"])
            .joined(separator: "\n") + "\n"
        let merged = Self.quoted(directory.appendingPathComponent("merged").path)
        let shardList = (1...shards).map { Self.quoted(directory.appendingPathComponent("shards/\($0)").path) }.joined(separator: " ")
        let mergeScript =
            ([
                "#!/bin/bash", "# Joins the shards of \(name) (written by jeugdsim slurm).",
                "#SBATCH --job-name=jeugdsim-\(name)-merge", "#SBATCH --cpus-per-task=1", "#SBATCH --output=\(logs)/merge.out",
            ]
            + common + [
                "set -euo pipefail",
                "exec \(Self.quoted(jeugdsim)) merge \(shardList) --out \(merged)",
            ])
            .joined(separator: "\n") + "\n"
        for (url, text) in [(array, arrayScript), (merge, mergeScript)] {
            try Data(text.utf8).write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
    }

    /// Refuses what a job script cannot carry safely: a line break anywhere (in bash it would end the command
    /// and run the rest as one of its own), and in the paths of `#SBATCH` lines, which Slurm reads without
    /// a shell's quoting, a blank, a quote or a `%` (Slurm's file-name patterns).
    static func refuseUnsafe(here: String, logs: String, words: [String]) throws {
        if let word = ([here, logs] + words).first(where: { $0.contains(where: \.isNewline) }) {
            let start = word.split(whereSeparator: \.isNewline).first ?? ""
            throw CommandError("'\(start)...' holds a line break, which no job script can carry")
        }
        for (path, what) in [(here, "the folder jeugdsim slurm runs in"), (logs, "the job's log folder")]
        where path.contains(where: { $0.isWhitespace || "'\"%\\".contains($0) }) {
            throw CommandError(
                "\(what), \(path), holds a blank, a quote or a %, which Slurm's #SBATCH lines cannot carry: "
                    + "run jeugdsim slurm from a folder (and with an --out) whose path has none")
        }
    }

    /// A word for bash, in single quotes.
    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
