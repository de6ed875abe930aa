/// A command's discussion as ArgumentParser should wrap it. The texts are written at the house line length,
/// but `--help` wraps at the terminal's width, so a line break in mid-sentence showed as a ragged short
/// line. This joins the lines of each paragraph and keeps as written what must stay a line of its own:
/// indented lines (examples) and list items ("- ").
func paragraphs(_ text: String) -> String {
    var lines: [String] = []
    var joinable = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let standsAlone = line.isEmpty || line.hasPrefix(" ") || line.hasPrefix("- ")
        if joinable && !standsAlone, let last = lines.popLast() {
            lines.append(last + " " + line)
        } else {
            lines.append(String(line))
        }
        joinable = !line.isEmpty && !line.hasPrefix(" ")
    }
    return lines.joined(separator: "\n")
}
