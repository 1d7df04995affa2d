package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The guard of recurring billing: one row per contract (its number, shared by all its revisions) and period
 * start, under a unique index, written in the transaction that makes the period's invoice. A second run, a
 * concurrent run or a retried one cannot insert it again, so a period is invoiced exactly once.
 */
@Entity
@Table(name = "contract_billed_periods")
public class BilledPeriod implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_number", nullable = false, length = 30, updatable = false)
    private String contractNumber;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private Long contractId;

    @Column(name = "invoice_id")
    private Long invoiceId;

    @Column(name = "billed_at", nullable = false, updatable = false)
    private Instant billedAt;

    protected BilledPeriod() {
    }

    public BilledPeriod(Contract contract, BillingPeriod period, Instant now) {
        this.contractNumber = contract.getNumber();
        this.contractId = contract.getId();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.billedAt = now;
    }

    public void invoicedBy(long id) {
        this.invoiceId = id;
    }

    public Long getId() { return id; }
    public String getContractNumber() { return contractNumber; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public Long getContractId() { return contractId; }
    public Long getInvoiceId() { return invoiceId; }
    public Instant getBilledAt() { return billedAt; }
}
