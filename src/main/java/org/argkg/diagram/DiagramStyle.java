package org.argkg.diagram;

import org.argkg.argmap.Basis;
import org.argkg.argmap.RelationKind;
import org.argkg.argmap.Role;

/** The look of roles and relations, shared by the diagram and its legend. */
public final class DiagramStyle {

    /** The font every text is measured and drawn with (Debian: fonts-noto-cjk). */
    public static final String FONT = "Noto Sans CJK SC";

    private DiagramStyle() {
    }

    /** How a claim of a role is drawn. */
    public record RoleStyle(String shape, String style, String fill, String border, int peripheries, String zh,
            String en) {
    }

    /** How a relation of a kind is drawn; the basis decides solid (explicit) or dashed (interpretive). */
    public record EdgeStyle(String color, String arrowhead, String dir, String arrowtail, String zh, String en) {
    }

    public static RoleStyle of(Role role) {
        if (role == null) {
            return new RoleStyle("box", "filled,dotted", "#FFFFFF", "#777777", 1, "主张", "Claim");
        }
        return switch (role) {
            case THESIS -> new RoleStyle("box", "filled,rounded,bold", "#FFE9A8", "#B7791F", 2, "中心论点", "Thesis");
            case CAUSE -> new RoleStyle("box", "filled", "#DCEBFA", "#2B6CB0", 1, "原因", "Cause");
            case COUNTERFORCE -> new RoleStyle("box", "filled,diagonals", "#FDE2D2", "#C05621", 1, "反向因素", "Counterforce");
            case CONSEQUENCE -> new RoleStyle("folder", "filled", "#EADCF5", "#6B46C1", 1, "后果", "Consequence");
            case CONCLUSION -> new RoleStyle("box", "filled,bold", "#D5F0DA", "#2F855A", 2, "结论", "Conclusion");
            case PREMISE -> new RoleStyle("note", "filled", "#EDEDED", "#666666", 1, "前提", "Premise");
        };
    }

    public static EdgeStyle of(RelationKind kind) {
        return switch (kind) {
            case SUPPORTS -> new EdgeStyle("#2F855A", "normal", "forward", "none", "支持", "supports");
            case ATTACKS -> new EdgeStyle("#C53030", "tee", "forward", "none", "反驳", "attacks");
            case EVIDENCE_FOR -> new EdgeStyle("#2B6CB0", "empty", "forward", "none", "证据", "evidence for");
            case RESTATES -> new EdgeStyle("#805AD5", "odiamond", "both", "odiamond", "重述", "restates");
        };
    }

    /** The line style of a relation's basis. */
    public static String lineStyle(Basis basis) {
        return basis == Basis.INTERPRETIVE ? "dashed" : "solid";
    }
}
