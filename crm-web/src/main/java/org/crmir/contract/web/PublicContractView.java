package org.crmir.contract.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.contract.ContractPdfService;
import org.crmir.contract.PublicContract;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** The page behind a contract's public link: the client reads it and accepts it, typing their name. */
@Named
@ViewScoped
public class PublicContractView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContractPdfService documents;

    private String token;
    private String name;
    private PublicContract contract;

    public void load() {
        try {
            contract = documents.publicView(token);
        } catch (NotFoundException e) {
            contract = null;
            Messages.notFound("This link is not valid. Ask your contact for a new one.");
        }
    }

    public void accept() {
        try {
            contract = documents.acceptByClient(token, name);
            Messages.info("Thank you, " + contract.getAcceptedBy() + ": your acceptance is recorded.");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (RuleViolationException e) {
            Messages.error(e.getMessage());
            load();
        } catch (NotFoundException e) {
            Messages.error("This link is not valid. Ask your contact for a new one.");
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PublicContract getContract() { return contract; }
}
