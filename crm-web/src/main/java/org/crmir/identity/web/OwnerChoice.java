package org.crmir.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.identity.UserService;
import org.crmir.identity.UserSummary;
import org.crmir.shared.ClientOwner;

/**
 * A list's "client owner" filter as its autocomplete shows it: {@value #MINE}, or a user as "Name (#id)", and
 * back to a {@link ClientOwner}.
 */
public final class OwnerChoice {

    public static final String MINE = "My clients";
    private static final Pattern ID = Pattern.compile("\\(#(\\d{1,18})\\)\\s*$");

    private OwnerChoice() {
    }

    /** What the field shows for an owner given by a URL: the user's name where it is known. */
    public static String label(ClientOwner owner, UserService users) {
        if (owner == null) {
            return null;
        }
        if (owner.isMe()) {
            return MINE;
        }
        return users.activeUsersStartingWith("", 50).stream().filter(u -> u.id() == owner.userId()).findFirst()
                .map(OwnerChoice::label).orElse("User (#" + owner.userId() + ")");
    }

    /** The owner a chosen or typed text names; text that names none (or nothing) is no owner filter. */
    public static ClientOwner ownerOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.equalsIgnoreCase(MINE) || value.equalsIgnoreCase("me")) {
            return ClientOwner.ME;
        }
        Matcher m = ID.matcher(value);
        return m.find() ? ClientOwner.user(Long.parseLong(m.group(1))) : null;
    }

    /** {@value #MINE} and the active users whose username or name starts with what was typed. */
    public static List<String> complete(UserService users, String text) {
        List<String> choices = new ArrayList<>();
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (MINE.toLowerCase(Locale.ROOT).startsWith(typed) || "me".startsWith(typed)) {
            choices.add(MINE);
        }
        users.activeUsersStartingWith(typed, 10).forEach(u -> choices.add(label(u)));
        return choices;
    }

    private static String label(UserSummary user) {
        return (user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName())
                + " (#" + user.id() + ")";
    }
}
