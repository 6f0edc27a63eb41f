package dev.trustcenter.history;

import dev.trustcenter.diag.UserException;

/**
 * No branch, tag or commit has the name given. Its own type so a caller can fall back to another
 * name (as {@code diff} does from {@code main} to {@code origin/main}) without reading messages.
 */
public final class UnknownRefException extends UserException {

    private final String ref;
    private final String fetchCommand;

    /** @param fetchCommand the git command that would fetch {@code ref} from its remote; null when it names none */
    UnknownRefException(String ref, String fetchCommand) {
        super("unknown ref '" + ref + "': no branch, tag or commit has that name"
                + (fetchCommand == null ? "" : "; fetch it with `" + fetchCommand + "`"));
        this.ref = ref;
        this.fetchCommand = fetchCommand;
    }

    public String ref() {
        return ref;
    }

    /** The git command that would fetch the missing remote branch, or null. */
    public String fetchCommand() {
        return fetchCommand;
    }
}
