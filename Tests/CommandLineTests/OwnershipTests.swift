import Foundation
import XCTest

/// jeugdsim deletes and overwrites only what it wrote, and can prove it: a results directory's marker
/// records each file it wrote (name and size), and its lock file is never followed through a link, made
/// for a refused target, or left behind (issue "Nothing lost, second round").
final class OwnershipTests: JeugdsimTestCase {
    let run = ["run", "-r", "2", "--years", "1", "--set", "run.warmStart=false"]

    func results(_ name: String) throws -> URL {
        let out = work.appendingPathComponent(name)
        let result = try jeugdsim(run + ["--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return out
    }

    /// Runs into `out` and expects a refusal that says `message`, with `out` as it was.
    func assertRefused(_ out: URL, _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = try snapshot(out)
        let result = try jeugdsim(run + ["--seed", "9", "--out", out.path])
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(message), "expected '\(message)' in: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(try snapshot(out), before, "the refused directory changed", file: file, line: line)
        XCTAssertFalse(
            FileManager.default.fileExists(
                atPath: out.deletingLastPathComponent().appendingPathComponent(".\(out.lastPathComponent).lock").path),
            "a refused run left a lock file", file: file, line: line)
    }

    /// Every file under `directory` with its bytes.
    func snapshot(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            files[url.path] = (try? Data(contentsOf: url)) ?? Data()
        }
        return files
    }

    func testResultsWithTheUsersOwnFilesAddedAreRefusedNamingTheFirst() throws {
        let notes = try results("notes")
        try "mine\n".write(to: notes.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try assertRefused(notes, "holds notes.txt, which jeugdsim did not write")
        let figures = try results("figures")
        try FileManager.default.createDirectory(at: figures.appendingPathComponent("figs"), withIntermediateDirectories: true)
        try assertRefused(figures, "holds figs, which jeugdsim did not write")
        let edited = try results("edited")
        try "{}\n".write(to: edited.appendingPathComponent("summary.json"), atomically: true, encoding: .utf8)
        try assertRefused(edited, "holds summary.json, changed since jeugdsim wrote it (3 bytes, not ")
        // A file of its own that the user removed is no reason to refuse: the rest is still jeugdsim's.
        let removed = try results("removed")
        try FileManager.default.removeItem(at: removed.appendingPathComponent("levels.csv"))
        XCTAssertEqual(try jeugdsim(run + ["--out", removed.path]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: removed.appendingPathComponent("levels.csv").path))
    }

    func testAFolderOfTheUsersIsNeverJeugdsimsWhateverItHolds() throws {
        // Only names jeugdsim also writes, no marker: the user's own scenario.yaml.
        let project = work.appendingPathComponent("myproj")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try "name: mine\n".write(to: project.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        try assertRefused(project, "was not written by jeugdsim (it has no .jeugdsim-results marker)")
        // A marker copied from real results into a folder with a thesis in it.
        let thesis = work.appendingPathComponent("thesis")
        try FileManager.default.createDirectory(at: thesis, withIntermediateDirectories: true)
        try "\\documentclass{book}\n".write(to: thesis.appendingPathComponent("thesis.tex"), atomically: true, encoding: .utf8)
        let marker = try results("real").appendingPathComponent(".jeugdsim-results")
        try FileManager.default.copyItem(at: marker, to: thesis.appendingPathComponent(".jeugdsim-results"))
        try assertRefused(thesis, "holds thesis.tex, which jeugdsim did not write")
        // A marker that is a link (to a record that lists the thesis too) is not one jeugdsim wrote.
        let forged = work.appendingPathComponent("forged")
        try (String(contentsOf: marker, encoding: .utf8) + "22 thesis.tex\n").write(to: forged, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: thesis.appendingPathComponent(".jeugdsim-results"))
        try FileManager.default.createSymbolicLink(at: thesis.appendingPathComponent(".jeugdsim-results"), withDestinationURL: forged)
        try assertRefused(thesis, "has a .jeugdsim-results that is not a file jeugdsim wrote")
        // The marker of jeugdsim 0.6 and earlier recorded nothing: its directories are replaced while they
        // hold only the files those versions wrote.
        let unrecorded = "Written by jeugdsim. The next jeugdsim run that writes here replaces this directory as a whole.\n"
        for (name, files, replaced) in [("old", ["levels.csv", "run.json"], true), ("oldthesis", ["levels.csv", "thesis.tex"], false)] {
            let folder = work.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try unrecorded.write(to: folder.appendingPathComponent(".jeugdsim-results"), atomically: true, encoding: .utf8)
            for file in files { try "old\n".write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8) }
            if replaced {
                XCTAssertEqual(try jeugdsim(run + ["--out", folder.path]).status, 0)
                XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("levels.csv"), encoding: .utf8).hasPrefix("scenario,"))
            } else {
                try assertRefused(folder, "holds thesis.tex, which jeugdsim did not write")
            }
        }
    }

    /// A file where a folder must go, and a name the file system cannot hold, are told in words (not as
    /// "NSCocoaErrorDomain Code=516"), the long name when the scenario is checked, before any work.
    func testFileSystemProblemsAreToldInWords() throws {
        let file = work.appendingPathComponent("Results")
        try "not a folder\n".write(to: file, atomically: true, encoding: .utf8)
        let under = try jeugdsim(run + ["--out", file.appendingPathComponent("x").path])
        XCTAssertEqual(under.status, 1)
        XCTAssertTrue(under.stderr.contains("\(file.path) is a file where jeugdsim needs a folder"), under.stderr)
        let long = work.appendingPathComponent("long.yaml")
        try "name: \(String(repeating: "\u{5E74}", count: 100))\n".write(to: long, atomically: true, encoding: .utf8)
        let named = try jeugdsim(["validate", long.path])
        XCTAssertEqual(named.status, 1)
        XCTAssertTrue(
            named.stdout.contains("found a name of 300 bytes in UTF-8, expected at most 150") || named.stderr.contains("300 bytes"),
            named.stderr)
    }

    /// `--out .` (or "", or a folder holding the working one) once swapped the empty folder a shell stood in
    /// for the results, pulling it away from under the shell.
    func testTheFolderItRunsInIsNeverTheResults() throws {
        let here = work.appendingPathComponent("here/inner")
        try FileManager.default.createDirectory(at: here, withIntermediateDirectories: true)
        for out in [".", "", "..", here.deletingLastPathComponent().path] {
            let result = try jeugdsim(run + ["--out", out], in: here)
            XCTAssertEqual(result.status, 1, out)
            XCTAssertTrue(
                result.stderr.contains("is the folder jeugdsim runs in, or holds it")
                    || result.stderr.contains("is not a directory jeugdsim can write results to"), "\(out): \(result.stderr)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: here.path), [])
    }

    func testTheLockIsNeverFollowedMadeForARefusedTargetOrLeftBehind() throws {
        let precious = work.appendingPathComponent("precious.txt")
        try "precious\n".write(to: precious, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: work.appendingPathComponent(".res.lock"), withDestinationURL: precious)
        let refused = try jeugdsim(run + ["--out", work.appendingPathComponent("res").path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(
            refused.stderr.contains("its lock file \(work.appendingPathComponent(".res.lock").path) is a symbolic link"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: precious, encoding: .utf8), "precious\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("res").path))
        // A file and a folder that are not jeugdsim's: refused before a lock file is made beside them.
        let mine = work.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try "x\n".write(to: mine.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        try assertRefused(mine, "was not written by jeugdsim")
        try assertRefused(precious, "exists and is not a directory")
        // A run that ends removes its lock file.
        _ = try results("done")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent(".done.lock").path))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: work.path).filter {
                $0.hasPrefix(".") && $0 != ".cache" && $0 != ".res.lock"
            },
            [])
    }
}
