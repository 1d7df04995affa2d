package org.crmir.figures;

import java.io.Serializable;

/**
 * The quotes created in a period and how far each got, by the status each has now: every quote was created; all
 * but the drafts were sent; the accepted ones and those converted since were accepted; the converted ones were
 * converted. So each stage holds the next one, and a stage is the sum of the statuses it stands for.
 */
public record QuoteFunnel(long draft, long sent, long accepted, long declined, long expired, long converted)
        implements Serializable {

    public QuoteFunnel {
        if (draft < 0 || sent < 0 || accepted < 0 || declined < 0 || expired < 0 || converted < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public long created() {
        return draft + wentOut();
    }

    /** Sent at some point: everything but the drafts. */
    public long wentOut() {
        return sent + accepted + declined + expired + converted;
    }

    public long won() {
        return accepted + converted;
    }

    public long of(QuoteStage stage) {
        return switch (stage) {
            case CREATED -> created();
            case SENT -> wentOut();
            case ACCEPTED -> won();
            case CONVERTED -> converted;
        };
    }

    /**
     * How many quotes of {@code status} (a QuoteStatus name) the stage counts: 0 when the stage does not hold that
     * status. The chart stacks these, so every segment is one status and links to the list of that status.
     */
    public long of(QuoteStage stage, String status) {
        long count = switch (status) {
            case "DRAFT" -> draft;
            case "SENT" -> sent;
            case "ACCEPTED" -> accepted;
            case "DECLINED" -> declined;
            case "EXPIRED" -> expired;
            case "CONVERTED" -> converted;
            default -> throw new IllegalArgumentException("no quote status " + status);
        };
        boolean held = switch (stage) {
            case CREATED -> true;
            case SENT -> !"DRAFT".equals(status);
            case ACCEPTED -> "ACCEPTED".equals(status) || "CONVERTED".equals(status);
            case CONVERTED -> "CONVERTED".equals(status);
        };
        return held ? count : 0;
    }

    /** The statuses in the order the chart stacks them, from the furthest along. */
    public static final java.util.List<String> STATUSES = java.util.List.of("CONVERTED", "ACCEPTED", "DECLINED",
            "EXPIRED", "SENT", "DRAFT");
}
