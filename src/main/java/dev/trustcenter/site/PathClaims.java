package dev.trustcenter.site;

import dev.trustcenter.diag.UserException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Who wrote each site path, so that two files claiming one path (a slug colliding with a page) fail. Thread-safe. */
final class PathClaims {

    private final Map<String, String> owners = new ConcurrentHashMap<>();

    void claim(String sitePath, String owner) {
        String previous = owners.putIfAbsent(sitePath, owner);
        if (previous != null) {
            throw new UserException("two things want to be written to " + sitePath + ": " + previous
                    + " and " + owner + " (rename or move one of them)");
        }
    }

    int size() {
        return owners.size();
    }
}
