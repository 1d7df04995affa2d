package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.LineItem;
import org.crmir.shared.Text;

/** What a contract invoices every period; each invoice gets these as its lines. */
@Entity
@Table(name = "contract_billing_lines")
public class ContractBillingLine implements Serializable {

    public static final int MAX_LINES = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @Column(nullable = false)
    private int position;

    @Embedded
    private LineItem item;

    protected ContractBillingLine() {
    }

    /** Checked in the contract's currency; a line's fields are reported as {@code lines[i].field}. */
    ContractBillingLine(Contract contract, int position, LineInput input) {
        this.item = LineItem.of("lines[" + (position - 1) + "].", input, contract.getCurrency());
        this.contract = contract;
        this.position = position;
    }

    /**
     * A contract's lines from what was typed: at least one for a schedule. A line's {@code priceCurrencies} entry
     * (a catalog product's currency; missing or null: the contract's) must be the contract's currency.
     */
    static List<ContractBillingLine> linesOf(Contract contract, BillingSchedule schedule, List<LineInput> inputs,
            List<String> priceCurrencies) {
        if (inputs.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "a contract has at most " + MAX_LINES + " billing lines");
        }
        if (schedule != null && inputs.isEmpty()) {
            throw new InvalidInputException("lines", "a billing schedule needs at least one billing line");
        }
        List<ContractBillingLine> built = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String priceCurrency = i < priceCurrencies.size() ? priceCurrencies.get(i) : null;
            if (priceCurrency != null && !priceCurrency.equals(contract.getCurrency())) {
                throw new InvalidInputException("lines[" + i + "].currency", "'" + Text.clean(inputs.get(i)
                        .description()) + "' is priced in " + priceCurrency + " but the contract is in "
                        + contract.getCurrency() + "; billing lines must be in the contract's currency");
            }
            built.add(new ContractBillingLine(contract, i + 1, inputs.get(i)));
        }
        return built;
    }

    /** The invoice line for one period: the description says which period it pays. */
    public LineInput toInvoiceLine(BillingPeriod period) {
        String text = item.getDescription() + " (" + period.start() + " – " + period.end() + ")";
        return item.toInput(text.length() > LineItem.MAX_DESCRIPTION ? item.getDescription() : text);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public LineItem getItem() { return item; }
}
