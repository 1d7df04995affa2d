package org.crmir.report;

import java.io.Serializable;
import java.util.List;

/** Everything a receipt's PDF shows, already worded; the template only places it. */
public record ReceiptContent(String number, String company, String client, String details, String amount,
        String summary, String footer, List<ReceiptLine> lines) implements Serializable {
}
