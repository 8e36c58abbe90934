package dev.fmlint.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What a whole run's results depend on beyond each file, hashed: fmlint itself, the configuration as
 * resolved, the schemas, plugins and options that change findings. A cache written under another
 * fingerprint is not used at all: simpler and safer than deciding which of its entries a change affects.
 */
public final class Fingerprint {
    private final MessageDigest digest = ContentHash.sha256();

    /** Adds one named part; the name keeps two parts from running into each other. */
    public Fingerprint add(String name, String value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        digest.update((n.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(n);
        digest.update((v.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(v);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
