package dev.fmlint.cli;

import dev.fmlint.custom.CustomRule;
import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.plugin.PluginRule;
import dev.fmlint.spi.Rule;
import dev.fmlint.spi.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List every rule, or print one rule's documentation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  fmlint rules                      list rules: id, default severity, fixable, summary",
            "  fmlint rules tags-format          print the documentation of tags-format",
            "  fmlint rules --plugin rules.jar   also list a plugin's rules",
        })
final class RulesCommand implements Callable<Integer> {
    static final String DOCS = "/fmlint/rules/";

    private final Environment env;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id: print its documentation page.")
    private String id;

    @Mixin
    private ConfigOptions configOptions = new ConfigOptions();

    RulesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = RunSetup.rules(configOptions, env);
        List<RuleMeta> catalog = registry.catalog();
        if (id == null) {
            int width = catalog.stream().mapToInt(m -> m.id().length()).max().orElse(10);
            env.out().printf("%-" + width + "s  %-8s  %-3s  %s%n", "RULE", "DEFAULT", "FIX", "WHAT IT CHECKS");
            for (RuleMeta m : catalog) {
                env.out().printf("%-" + width + "s  %-8s  %-3s  %s%n", m.id(), m.defaultSeverity().label(),
                        m.fixable() ? "yes" : "", m.summary());
            }
            return ExitCodes.CLEAN;
        }
        Optional<RuleMeta> meta = catalog.stream().filter(m -> m.id().equals(id)).findFirst();
        if (meta.isEmpty()) {
            String hint = dev.fmlint.config.Suggestions.closest(id, catalog.stream().map(RuleMeta::id).toList())
                    .map(s -> "; did you mean \"" + s + "\"?").orElse("; run 'fmlint rules' to list them");
            throw new UsageException("unknown rule \"" + id + "\"" + hint);
        }
        Optional<String> page = page(registry.get(id).orElse(null), id);
        if (page.isEmpty()) {
            env.out().println("# " + id);
            env.out().println();
            env.out().println(meta.get().summary() + " (no documentation page was shipped with this rule)");
        } else {
            env.out().print(page.get());
        }
        env.out().flush();
        return ExitCodes.CLEAN;
    }

    /** A custom rule's page is made from its definition; a plugin's comes from its jar; others from fmlint's. */
    private static Optional<String> page(Rule rule, String id) {
        if (rule instanceof CustomRule custom) {
            return Optional.of(custom.documentation());
        }
        if (rule instanceof PluginRule plugin) {
            return plugin.documentation();
        }
        try (InputStream in = RulesCommand.class.getClassLoader().getResourceAsStream(DOCS.substring(1) + id + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot read the documentation of " + id + ": " + e.getMessage());
        }
    }
}
