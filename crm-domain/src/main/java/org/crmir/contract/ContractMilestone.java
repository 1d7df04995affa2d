package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Text;

/** An important date of a contract: a labelled milestone with its due date (a delivery, a price review). */
@Entity
@Table(name = "contract_milestones")
public class ContractMilestone implements Serializable {

    public static final int MAX_MILESTONES = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** Refused when a contract would have more than {@link #MAX_MILESTONES} important dates. */
    static void checkRoomFor(int count) {
        if (count > MAX_MILESTONES) {
            throw new InvalidInputException("milestones", "a contract has at most " + MAX_MILESTONES
                    + " important dates");
        }
    }

    protected ContractMilestone() {
    }

    ContractMilestone(Contract contract, MilestoneInput input) {
        String text = Text.clean(input.label());
        if (text == null || text.length() > 200) {
            throw new InvalidInputException("milestones.label", "each important date needs a label of at most"
                    + " 200 characters");
        }
        if (input.dueDate() == null) {
            throw new InvalidInputException("milestones.dueDate", "'" + text + "' needs a due date");
        }
        this.contract = contract;
        this.label = text;
        this.dueDate = input.dueDate();
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public String getLabel() { return label; }
    public LocalDate getDueDate() { return dueDate; }
}
