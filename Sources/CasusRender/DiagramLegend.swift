import CasusKit

/// The legend of a trigger diagram: one row under the drawing, showing only the
/// styles the diagram uses, each drawn from the same tables in `Style` as the
/// diagram itself (a swatch per status, a real line sample per basis).
///
/// It is the label of a borderless cluster around the whole drawing, placed at
/// the bottom: a cluster label takes one row and never pushes nodes apart, as
/// a legend node or cluster among the ranks would.
struct DiagramLegend {
    var statuses: Set<Status> = []
    var bases: Set<Style.Basis> = []
    var blocked = false
    var inactive = false
    var breached = false
    var strike = false
    var lesserEvent = false
    var collective = false

    var isEmpty: Bool {
        statuses.isEmpty && bases.isEmpty && !blocked && !inactive && !breached && !strike && !lesserEvent
            && !collective
    }

    /// An HTML-like label (every word in it is ours, never the graph's).
    func label() -> String {
        var cells: [String] = []
        for s in Status.allCases where statuses.contains(s) {
            let c = Style.colours(s)
            if s == .permitted {
                cells.append(
                    "<TD BGCOLOR=\"\(c.fill)\" BORDER=\"1\" STYLE=\"dotted\" COLOR=\"#333333\"><FONT "
                        + "COLOR=\"\(c.text)\">permitted: may act (a right, not an obligation)</FONT></TD>"
                )
                continue
            }
            cells.append(
                "<TD BGCOLOR=\"\(c.fill)\" BORDER=\"1\" COLOR=\"#333333\"><FONT "
                    + "COLOR=\"\(c.text)\">\(s.rawValue)</FONT></TD>"
            )
        }
        if collective {
            cells.append("<TD BORDER=\"1\" COLOR=\"#333333\">organization as one actor (folder)</TD>")
        }
        for basis in Style.Basis.allCases where bases.contains(basis) {
            cells.append(Self.lineSample(basis))
            cells.append("<TD ALIGN=\"LEFT\">\(basis.legend)</TD>")
        }
        if strike {
            cells.append(
                "<TD BGCOLOR=\"#FBE3D3\" BORDER=\"1\" STYLE=\"dashed\" COLOR=\"#D55E00\">hypothetical strike</TD>")
        }
        if lesserEvent {
            cells.append(
                "<TD BORDER=\"1\" STYLE=\"dashed\" COLOR=\"#D55E00\"><FONT COLOR=\"#8A3A00\">event below an armed "
                    + "attack</FONT></TD>"
            )
        }
        if blocked || inactive {
            let words =
                blocked && inactive ? "blocked or inactive clause" : blocked ? "blocked clause" : "inactive clause"
            cells.append(
                "<TD BGCOLOR=\"#F4F4F4\" BORDER=\"1\" STYLE=\"dashed\" COLOR=\"#AAAAAA\"><FONT "
                    + "COLOR=\"#777777\">\(words)</FONT></TD>"
            )
        }
        if breached {
            cells.append(
                "<TD BGCOLOR=\"#FBE3D3\" BORDER=\"1\" STYLE=\"dashed\" COLOR=\"#D55E00\"><FONT "
                    + "COLOR=\"#8A3A00\">undertaking breached</FONT></TD>"
            )
        }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\"><TR><TD><B>Legend</B></TD>"
            + cells.joined() + "</TR></TABLE>>"
    }

    /// A short line in the basis's style: the bottom border of an empty cell
    /// (two borders for the double line of an escalation).
    static func lineSample(_ basis: Style.Basis) -> String {
        switch basis {
        case .established:
            return "<TD WIDTH=\"28\" HEIGHT=\"9\" FIXEDSIZE=\"TRUE\" SIDES=\"B\" BORDER=\"2\" COLOR=\"#222222\"></TD>"
        case .contested:
            return
                "<TD WIDTH=\"28\" HEIGHT=\"9\" FIXEDSIZE=\"TRUE\" SIDES=\"B\" BORDER=\"2\" STYLE=\"dashed\" "
                + "COLOR=\"#8E3B74\"></TD>"
        case .proposal:
            return
                "<TD WIDTH=\"28\" HEIGHT=\"9\" FIXEDSIZE=\"TRUE\" SIDES=\"B\" BORDER=\"2\" STYLE=\"dotted\" "
                + "COLOR=\"#A66F00\"></TD>"
        case .escalation:
            return "<TD WIDTH=\"28\" HEIGHT=\"5\" FIXEDSIZE=\"TRUE\" SIDES=\"TB\" BORDER=\"1\" COLOR=\"#006B4F\"></TD>"
        case .choice:
            return
                "<TD WIDTH=\"28\" HEIGHT=\"9\" FIXEDSIZE=\"TRUE\" SIDES=\"B\" BORDER=\"3\" STYLE=\"dashed\" "
                + "COLOR=\"#7A6A00\"></TD>"
        }
    }
}
