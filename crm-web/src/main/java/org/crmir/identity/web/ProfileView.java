package org.crmir.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.identity.ApiTokenService;
import org.crmir.identity.IssuedToken;
import org.crmir.identity.TokenSummary;
import org.crmir.identity.UserService;
import org.crmir.identity.UserSummary;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;

/** A user's own profile: their account, their API tokens, their password. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UserService users;

    @EJB
    private ApiTokenService tokens;

    private UserSummary me;
    private PagedModel<TokenSummary> tokenModel;
    private String tokenName;
    private IssuedToken issued;
    private String signature;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void init() {
        me = users.me();
        signature = users.ownSignature();
        tokenModel = PagedModel.ofPages(tokens::mine, TokenSummary::id);
    }

    public void createToken() {
        try {
            issued = tokens.create(tokenName);
            tokenName = null;
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        }
    }

    public void revoke(TokenSummary token) {
        try {
            tokens.revoke(token.id());
            Messages.info("Token " + token.name() + " revoked: programs using it are refused from now on.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void changePassword() {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
            Messages.info("Password changed.");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public void saveSignature() {
        try {
            users.changeOwnSignature(signature);
            Messages.info("Signature saved: it closes the emails you send.");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        }
    }

    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }

    public void forgetIssued() {
        issued = null;
    }

    public UserSummary getMe() { return me; }
    public PagedModel<TokenSummary> getTokenModel() { return tokenModel; }
    public String getTokenName() { return tokenName; }
    public void setTokenName(String tokenName) { this.tokenName = tokenName; }
    public IssuedToken getIssued() { return issued; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
