package org.crmir.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.identity.ApiTokenService;
import org.crmir.identity.IssuedToken;
import org.crmir.identity.Role;

/**
 * What the in-container tests start from: the test users, a client of the test's own, unique e-mail addresses and
 * API tokens. A test that needs mail keeps its own {@link MailServer} beside it, since it starts and stops it.
 */
@Stateless
@PermitAll
public class Fixtures {

    @EJB
    TestUsers testUsers;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsSupport asSupport;

    @EJB
    AsViewer asViewer;

    @EJB
    ClientService clients;

    @EJB
    ApiTokenService tokens;

    /** The it-* accounts the As* helpers run as exist. */
    public void usersExist() throws Exception {
        testUsers.ensure();
    }

    /** A new company client (in EUR, the default) named {@code name} and a unique tag, created by it-sales. */
    public long client(String name) throws Exception {
        return client(name, client -> { });
    }

    /** As {@link #client(String)}, with {@code details} (an e-mail address, payment terms) set before it is saved. */
    public long client(String name, Consumer<Client> details) throws Exception {
        Client client = new Client(ClientKind.COMPANY, name + " " + unique());
        details.accept(client);
        return asSales.call(() -> clients.create(client, null).getId());
    }

    /**
     * A new company client named {@code name} and a unique tag, created (and so owned) by the it-* user with
     * {@code role} (ADMIN or SALES), with {@code details} set before it is saved.
     */
    public long clientOwnedBy(Role role, String name, Consumer<Client> details) throws Exception {
        Client client = new Client(ClientKind.COMPANY, name + " " + unique());
        details.accept(client);
        Callable<Long> create = () -> clients.create(client, null).getId();
        return switch (role) {
            case ADMIN -> asAdmin.call(create);
            case SALES -> asSales.call(create);
            default -> throw new IllegalArgumentException("clients are made by it-admin or it-sales, not " + role);
        };
    }

    /** The secret of a new API token of the it-* user with {@code role}. */
    public String apiToken(Role role, String name) throws Exception {
        Callable<IssuedToken> issue = () -> tokens.create(name);
        IssuedToken token = switch (role) {
            case ADMIN -> asAdmin.call(issue);
            case SALES -> asSales.call(issue);
            case FINANCE -> asFinance.call(issue);
            case SUPPORT -> asSupport.call(issue);
            case VIEWER -> asViewer.call(issue);
        };
        return token.secret();
    }

    /** Eight random characters, so that what one test makes is never found by another. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code who.<unique>@domain}: an address whose mail only this test reads. */
    public static String emailAddress(String who, String domain) {
        return who + "." + unique() + "@" + domain;
    }
}
