package dev.fmlint.plugin;

/** A plugin that cannot be used: the message names the jar and what is wrong. */
public final class PluginException extends Exception {
    public PluginException(String message) {
        super(message);
    }
}
