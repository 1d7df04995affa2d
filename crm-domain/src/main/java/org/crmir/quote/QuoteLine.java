package org.crmir.quote;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.crmir.shared.DocumentLine;

/** A line of a quote. */
@Entity
@Table(name = "quote_lines")
public class QuoteLine extends DocumentLine implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "quote_id", nullable = false, updatable = false)
    private Quote quote;

    protected QuoteLine() {
    }

    QuoteLine(Quote quote) {
        this.quote = quote;
    }

    public Long getId() { return id; }
}
