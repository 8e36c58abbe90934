package dev.fmlint.config;

import java.util.List;

/** The presets shipped in {@code rules/presets/}, for messages and {@code fmlint rules}. */
public final class Presets {
    public static final List<String> NAMES = List.of("recommended", "strict", "blog", "zh");

    private Presets() {}
}
