package org.crmir.contract;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.communication.Interaction;
import org.crmir.communication.RelatedDocument;
import org.crmir.document.DocumentSender;
import org.crmir.document.DocumentToSend;
import org.crmir.document.PublicLinks;
import org.crmir.document.Recipient;
import org.crmir.document.RenderedPdf;
import org.crmir.identity.Role;
import org.crmir.report.Letterhead;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.LineItem;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * The contract as a document: its PDF (JasperReports), sending it to the client through the communication
 * pipeline with a public link, and the client's acceptance behind that link, which records who and when.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ContractPdfService {

    @Inject
    EntityManager em;

    @Inject
    ContractRenderer renderer;

    @Inject
    AuditTrail audit;

    @EJB
    DocumentSender sender;

    public RenderedPdf pdf(long id) {
        Contract contract = load(id);
        Client client = em.find(Client.class, contract.getClientId());
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        String number = contract.getNumber() == null ? "DRAFT" : contract.getLabel();
        Map<String, Object> p = new HashMap<>();
        p.put("NUMBER", number);
        p.put("TITLE", contract.getTitle());
        p.put("COMPANY", Letterhead.companyAddress(company));
        p.put("CLIENT", Letterhead.client(client));
        p.put("SUMMARY", Letterhead.join("\n", "Term: " + contract.getStartDate() + " to " + contract.getEndDate(),
                "Notice period: " + contract.getNoticeDays() + " days (last day to give notice: "
                        + contract.getNoticeDeadline() + ")",
                contract.isAutoRenew() ? "Renews automatically for " + contract.getRenewalMonths()
                        + " month(s) unless notice is given" : "Ends on its end date without renewal",
                "Contract value: " + contract.getValue()));
        p.put("TERMS", contract.getTerms() == null ? "No further terms." : contract.getTerms());
        StringBuilder dates = new StringBuilder();
        for (ContractMilestone m : contract.getMilestones()) {
            dates.append(dates.length() == 0 ? "Important dates\n" : "").append(m.getDueDate()).append("  ")
                    .append(m.getLabel()).append('\n');
        }
        p.put("DATES", dates.toString().strip());
        StringBuilder billing = new StringBuilder();
        if (contract.getBillingSchedule() != null) {
            billing.append("Billed ").append(contract.getBillingSchedule().name().toLowerCase())
                    .append(", in advance, per period:\n");
            for (ContractBillingLine billed : contract.getLines()) {
                LineItem line = billed.getItem();
                billing.append(line.getQuantity().toPlainString()).append(line.getUnit() == null ? "" : " "
                        + line.getUnit()).append(" × ").append(line.getDescription()).append(" at ")
                        .append(line.getUnitPrice().setScale(contract.getCurrencyDigits()).toPlainString())
                        .append(' ').append(contract.getCurrency()).append(" + ")
                        .append(line.getTaxRate().stripTrailingZeros().toPlainString()).append(" % tax\n");
            }
        }
        p.put("BILLING", billing.toString().strip());
        p.put("SIGNATURE", contract.getAcceptedAt() != null ? "Accepted by " + contract.getAcceptedBy() + " on "
                + contract.getAcceptedAt().toString().substring(0, 16).replace('T', ' ') + " UTC"
                : contract.getSignatory() != null ? "Signed by " + contract.getSignatory()
                        + (contract.getSignedOn() == null ? "" : " on " + contract.getSignedOn())
                        : "Signature: ______________________     Date: ____________");
        return new RenderedPdf(number.replace(' ', '-').replace(".", "") + ".pdf", renderer.render(p));
    }

    /**
     * Emails the contract's PDF and its public acceptance link to the client's first contact with an email (or
     * the client's own address), recorded in the history against the contract. Sending again sends the same link.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Interaction send(long id) {
        if (ContractLinks.PAGE.prefix().isEmpty()) {
            throw new RuleViolationException("The public address of CRMir is not configured ("
                    + PublicLinks.PUBLIC_URL + "); the client's link cannot be sent");
        }
        Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException(ContractService.CONTRACT, id);
        }
        Recipient to = sender.requireRecipient(contract.getClientId(), " to send to");
        Map<String, String> before = contract.auditSnapshot();
        contract.sent(PublicLinks.newToken(), Instant.now());
        em.flush();
        String link = ContractLinks.of(contract).orElseThrow();
        RenderedPdf pdf = pdf(id);
        String company = sender.companyName();
        Interaction email = sender.send(DocumentToSend.written(to, "Contract " + (contract.getNumber() == null
                        ? contract.getTitle() : contract.getLabel()) + " from " + company,
                "Dear " + to.name() + ",\n\nplease find the contract \u201c" + contract.getTitle() + "\u201d attached."
                        + " You can read and accept it here:\n" + link + "\n\nKind regards,\n" + company,
                pdf, RelatedDocument.CONTRACT, id));
        Map<String, String> after = contract.auditSnapshot();
        after.put("sentTo", to.email());
        audit.record(email.getAuthor(), ContractService.CONTRACT, id, AuditAction.UPDATE, before, after);
        return email;
    }

    /** The client's view of a sent contract, by its public token. No sign-in: the unguessable token is the key. */
    @PermitAll
    public PublicContract publicView(String token) {
        Contract contract = byToken(token, false);
        Client client = em.find(Client.class, contract.getClientId());
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        return new PublicContract(contract.getNumber() == null ? "(draft)" : contract.getLabel(),
                company.getCompanyName(), client.getName(), contract.getTitle(), contract.getStatus(),
                contract.getStartDate(), contract.getEndDate(), contract.getNoticeDays(), contract.isAutoRenew(),
                contract.getRenewalMonths(), contract.getValue().toString(), contract.getTerms(),
                contract.getMilestones().stream().map(m -> new MilestoneInput(m.getLabel(), m.getDueDate())).toList(),
                contract.getAcceptedBy(), contract.getAcceptedAt());
    }

    /** The client accepts behind the public link, typing their name: who and when are recorded, once. */
    @PermitAll
    public PublicContract acceptByClient(String token, String name) {
        Contract contract = byToken(token, true);
        Map<String, String> before = contract.auditSnapshot();
        contract.acceptedByClient(name, Instant.now());
        em.flush();
        audit.record("client:" + contract.getAcceptedBy(), ContractService.CONTRACT, contract.getId(),
                AuditAction.UPDATE, before, contract.auditSnapshot());
        return publicView(token);
    }

    private Contract byToken(String token, boolean lock) {
        return ContractLinks.PAGE.find(em, token, lock);
    }

    private Contract load(long id) {
        Contract contract = em.find(Contract.class, id);
        if (contract == null) {
            throw new NotFoundException(ContractService.CONTRACT, id);
        }
        contract.getLines().size();
        contract.getMilestones().size();
        return contract;
    }
}
