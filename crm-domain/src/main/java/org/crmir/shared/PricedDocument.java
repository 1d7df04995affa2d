package org.crmir.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What quotes and invoices share: a client, a currency, lines, and totals that are always the sums of the
 * rounded lines. The currency is the client's at creation and never changes afterwards.
 */
@MappedSuperclass
public abstract class PricedDocument<L extends DocumentLine> extends ClientDocument implements Serializable {

    public static final int MAX_LINES = 500;

    @Column(length = 4000)
    private String notes;

    @Column(length = 4000)
    private String terms;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal subtotal = BigDecimal.ZERO;

    @Column(name = "discount_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal discountTotal = BigDecimal.ZERO;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal total = BigDecimal.ZERO;

    protected PricedDocument() {
    }

    protected PricedDocument(long clientId, String currency, String createdBy, Instant now) {
        super(clientId, currency, createdBy, now);
    }

    /** The lines, in position order. */
    protected abstract List<L> lines();

    /** A new, empty line of this document's kind. */
    protected abstract L newLine();

    /** Refuses edits unless the document is still a draft. */
    protected abstract void checkEditable();

    /** Replaces all lines: what the editor saves. */
    public void replaceLines(List<LineInput> inputs) {
        checkEditable();
        if (inputs.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "a document has at most " + MAX_LINES + " lines");
        }
        List<L> built = new java.util.ArrayList<>();
        int position = 1;
        for (LineInput input : inputs) {
            L line = newLine();
            line.fill(position++, input, getCurrency());
            built.add(line);
        }
        lines().clear();
        lines().addAll(built);
        recalculate();
    }

    public void addLine(LineInput input) {
        checkEditable();
        if (lines().size() >= MAX_LINES) {
            throw new InvalidInputException("lines", "a document has at most " + MAX_LINES + " lines");
        }
        L line = newLine();
        line.fill(lines().size() + 1, input, getCurrency());
        lines().add(line);
        recalculate();
    }

    public void removeLine(int position) {
        checkEditable();
        if (!lines().removeIf(l -> l.getPosition() == position)) {
            throw new NotFoundException("Line", position);
        }
        int next = 1;
        for (L line : lines()) {
            line.renumber(next++);
        }
        recalculate();
    }

    public void annotate(String newNotes, String newTerms) {
        checkEditable();
        this.notes = Limits.text("notes", Text.clean(newNotes), 4000);
        this.terms = Limits.text("terms", Text.clean(newTerms), 4000);
    }

    private void recalculate() {
        DocumentTotals totals = totals();
        this.subtotal = totals.subtotal().amount();
        this.discountTotal = totals.discount().amount();
        this.taxTotal = totals.tax().amount();
        this.total = totals.total().amount();
    }

    /** The totals with the tax per rate, from the stored line amounts. */
    public DocumentTotals totals() {
        return DocumentTotals.of(getCurrency(), lines().stream()
                .map(l -> new DocumentTotals.Line(l.getTaxRate(), l.amounts(getCurrency()))).toList());
    }

    public List<L> getLines() { return List.copyOf(lines()); }
    public String getNotes() { return notes; }
    public String getTerms() { return terms; }
    public Money getSubtotal() { return Money.of(subtotal, getCurrency()); }
    public Money getDiscountTotal() { return Money.of(discountTotal, getCurrency()); }
    public Money getTaxTotal() { return Money.of(taxTotal, getCurrency()); }
    public Money getTotal() { return Money.of(total, getCurrency()); }
}
