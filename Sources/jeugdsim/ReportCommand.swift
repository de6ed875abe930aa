import ArgumentParser
import Foundation
import Scenarios

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a one-page report of a run, a compare or a sweep, for a council member.",
        discussion: paragraphs(
            """
            DIR/report.html: one self-contained file (charts and styles inside; it loads nothing from a network)
            that opens in any browser and prints on A4. In Dutch unless --lang en (then report-en.html): what
            was compared, the verdict per headline in a sentence with its 95 % interval, when spending
            differences appear, the cautions (which figures are not distinguishable from noise), waiting lists
            month by month, spending per year against the budget, paired differences, the need pyramid, and
            the model description in the STRESS-DES structure with every value's provenance.

            --xlsx adds report.xlsx for budget planners: the key figures, per-year differences, the paired
            difference per replication and spending per year, as numbers with headers in the report's
            language. --note adds note.pdf (a compare only): one A4 page with what was compared, each
            variant's verdict, the key figures and the spending difference, printed by Chromium.

            The charts are drawn by Notebooks/plots.py (matplotlib), as in the notebooks; the first report
            installs that environment into Notebooks/.venv.

            Examples:
              jeugdsim report Results/baseline-municipality
              jeugdsim compare Scenarios/baseline-municipality.yaml \\
                  Scenarios/front-2fte-shift.yaml --out Results/front
              jeugdsim report Results/front
              jeugdsim report Results/front --xlsx --note   # and the workbook and note
              jeugdsim run Scenarios/addon.yaml --report   # the same, right after a run
            """))

    @Argument(help: "A results directory: of a run, a sweep, or the --out folder of a compare.")
    var directory: String

    @OptionGroup var language: ReportLanguage

    @Option(help: "The base scenario, when the folder holds comparisons against several bases.")
    var base: String?

    @Flag(help: "Also the figures as an Excel workbook (report.xlsx).")
    var xlsx = false

    @Flag(help: "Also a one-page decision note, printed to PDF (note.pdf; the results of a compare).")
    var note = false

    func run() throws {
        let folder = URL(fileURLWithPath: directory)
        let suffix = language.lang == "nl" ? "" : "-\(language.lang)"
        let files = [ReportWriter.fileName(language.lang)] + (xlsx ? ["report\(suffix).xlsx"] : []) + (note ? ["note\(suffix).pdf"] : [])
        try StagedDirectory.adding(files, to: folder) {
            try ReportWriter.write(
                for: folder, language: language.lang, base: base, extra: (xlsx ? ["--xlsx"] : []) + (note ? ["--note"] : []))
        }
    }
}

/// The report's language, shared by `report` and the `--report` of run, compare and sweep.
struct ReportLanguage: ParsableArguments {
    @Option(help: "The report's language: nl (Dutch, the default) or en.")
    var lang = "nl"

    func validate() throws {
        guard ["nl", "en"].contains(lang) else { throw ValidationError("--lang must be nl or en, got '\(lang)'") }
    }
}

/// Runs Notebooks/report.py in the project's Python environment (made on first use).
enum ReportWriter {
    /// The file the report of `language` is written to, in the results directory.
    static func fileName(_ language: String) -> String { language == "nl" ? "report.html" : "report-\(language).html" }

    static func write(for directory: URL, language: String, base: String? = nil, extra: [String] = []) throws {
        guard let home = projectHome() else {
            throw CommandError("cannot find Notebooks/report.py: run jeugdsim from the JeugdSim folder, or set JEUGDSIM_HOME to it")
        }
        let python = home.appendingPathComponent("Notebooks/.venv/bin/python")
        if !FileManager.default.fileExists(atPath: python.path) {
            // Said before it happens: the first report downloads and installs a Python environment.
            let line =
                "The report is drawn by Python (pandas, matplotlib): installing them once into "
                + "\(home.appendingPathComponent("Notebooks/.venv").path) from Notebooks/requirements.txt (about a minute, from PyPI).\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        try run(
            home.appendingPathComponent("scripts/setup-python.sh"),
            [home.appendingPathComponent("Notebooks/requirements.txt").path, home.appendingPathComponent("Notebooks/.venv").path])
        var arguments = [home.appendingPathComponent("Notebooks/report.py").path, directory.path, "--lang", language]
        if let base { arguments += ["--base", base] }
        try run(python, arguments + extra)
    }

    /// The JeugdSim folder: $JEUGDSIM_HOME, or the first folder above the binary or the working directory
    /// that holds Notebooks/report.py.
    static func projectHome() -> URL? {
        let manager = FileManager.default
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["JEUGDSIM_HOME"] { candidates.append(URL(fileURLWithPath: home)) }
        for start in [
            URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent(),
            URL(fileURLWithPath: manager.currentDirectoryPath),
        ] {
            var folder = start.standardizedFileURL
            while folder.path != "/" {
                candidates.append(folder)
                folder = folder.deletingLastPathComponent()
            }
        }
        return candidates.first { manager.fileExists(atPath: $0.appendingPathComponent("Notebooks/report.py").path) }
    }

    static func run(_ executable: URL, _ arguments: [String]) throws {
        fflush(nil)  // what this command printed comes before what the child prints (nil: every stream)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
            throw CommandError("\(command) failed (exit \(process.terminationStatus))")
        }
    }
}
