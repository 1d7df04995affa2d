package org.crmir.invoice;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
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

    protected InvoiceLine() {
    }

    InvoiceLine(Invoice invoice) {
        this.invoice = invoice;
    }

    public Long getId() { return id; }
}
