package org.crmir.invoice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.crmir.shared.DocumentLine;

/** A line of an invoice. */
@Entity
@Table(name = "invoice_lines")
public class InvoiceLine extends DocumentLine implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    /** The invoice's id as a column of the line: read, never written (the invoice above writes it). */
    @Column(name = "invoice_id", insertable = false, updatable = false)
    private Long invoiceId;

    /**
     * When the invoice was created, which never changes: a product's invoices are listed newest first from the
     * lines' own index (V82), without reading each invoice.
     */
    @Column(name = "invoice_created_at", nullable = false, updatable = false)
    private Instant invoiceCreatedAt;

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice) {
        this.invoice = invoice;
        this.invoiceCreatedAt = invoice.getCreatedAt();
    }

    public Long getId() { return id; }
}
