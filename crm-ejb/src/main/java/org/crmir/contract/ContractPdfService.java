package org.crmir.contract;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.client.Contact;
import org.crmir.communication.AttachmentData;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Interaction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.communication.RelatedDocument;
import org.crmir.identity.PasswordHasher;
import org.crmir.identity.Role;
import org.crmir.report.RenderedPdf;
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

    /** Where the application is reached from outside, for the links in emails. */
    public static final String PUBLIC_URL = "CRMIR_PUBLIC_URL";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractRenderer renderer;

    @Inject
    AuditTrail audit;

    @EJB
    CommunicationService communication;

    public RenderedPdf pdf(long id) {
        Contract contract = load(id);
        Client client = em.find(Client.class, contract.getClientId());
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        String number = contract.getNumber() == null ? "DRAFT" : contract.getLabel();
        Map<String, Object> p = new HashMap<>();
        p.put("NUMBER", number);
        p.put("TITLE", contract.getTitle());
        p.put("COMPANY", join("\n", company.getCompanyName(), company.getAddress(),
                company.getTaxId() == null ? null : "Tax id: " + company.getTaxId()));
        String address = client.getBillingAddress().toString();
        p.put("CLIENT", join("\n", client.getName(), address.isEmpty() ? null : address,
                client.getTaxId() == null ? null : "Tax id: " + client.getTaxId()));
        p.put("SUMMARY", join("\n", "Term: " + contract.getStartDate() + " to " + contract.getEndDate(),
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
        String base = System.getenv(PUBLIC_URL);
        if (base == null || base.isBlank()) {
            throw new RuleViolationException("The public address of CRMir is not configured (" + PUBLIC_URL
                    + "); the client's link cannot be sent");
        }
        Contract contract = em.find(Contract.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (contract == null) {
            throw new NotFoundException(ContractService.CONTRACT, id);
        }
        Client client = em.find(Client.class, contract.getClientId());
        Contact contact = em.createQuery("SELECT k FROM Contact k WHERE k.client = :client AND k.email IS NOT NULL"
                        + " ORDER BY k.primary DESC, k.id", Contact.class)
                .setParameter("client", client).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String to = contact != null ? contact.getEmail() : client.getEmail();
        if (to == null) {
            throw new RuleViolationException("Client " + client.getName() + " has no email address to send to");
        }
        Map<String, String> before = contract.auditSnapshot();
        contract.sent(PasswordHasher.randomSecret(32), Instant.now());
        em.flush();
        String link = base.replaceAll("/+$", "") + "/public/contract.xhtml?token=" + contract.getPublicToken();
        RenderedPdf pdf = pdf(id);
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        String greeting = "Dear " + (contact != null ? contact.getName() : client.getName()) + ",";
        Interaction email = communication.sendEmail(new OutgoingEmail(client.getId(),
                contact == null ? null : contact.getId(), to, "Contract " + (contract.getNumber() == null
                        ? contract.getTitle() : contract.getLabel()) + " from " + company.getCompanyName(),
                greeting + "\n\nplease find the contract \u201c" + contract.getTitle() + "\u201d attached. You can"
                        + " read and accept it here:\n" + link + "\n\nKind regards,\n" + company.getCompanyName(),
                List.of(new AttachmentData(pdf.fileName(), "application/pdf", pdf.content())),
                RelatedDocument.CONTRACT, id));
        Map<String, String> after = contract.auditSnapshot();
        after.put("sentTo", to);
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
        if (token == null || token.length() < 20 || token.length() > 64) {
            throw new NotFoundException(ContractService.CONTRACT, "link");
        }
        var query = em.createQuery("SELECT c FROM Contract c WHERE c.publicToken = :token", Contract.class)
                .setParameter("token", token);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContractService.CONTRACT, "link"));
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

    private static String join(String separator, String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part);
            }
        }
        return joined.toString();
    }
}
