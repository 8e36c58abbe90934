package dev.fmlint.config;

/** A configuration that cannot be used; the message names the file, the line and what is wrong. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
