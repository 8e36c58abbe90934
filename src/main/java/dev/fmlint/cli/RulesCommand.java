package dev.fmlint.cli;

import dev.fmlint.engine.RuleRegistry;
import dev.fmlint.spi.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List every rule, or print one rule's documentation.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  fmlint rules                      list rules: id, default severity, fixable, summary",
            "  fmlint rules tags-format          print the documentation of tags-format",
        })
final class RulesCommand implements Callable<Integer> {
    static final String DOCS = "/fmlint/rules/";

    private final Environment env;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A rule id: print its documentation page.")
    private String id;

    RulesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RuleRegistry registry = RuleRegistry.load(RulesCommand.class.getClassLoader());
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
        ClassLoader loader = registry.get(id).map(r -> r.getClass().getClassLoader())
                .orElse(RulesCommand.class.getClassLoader());
        try (InputStream in = loader.getResourceAsStream(DOCS.substring(1) + id + ".md")) {
            if (in == null) {
                env.out().println("# " + id);
                env.out().println();
                env.out().println(meta.get().summary() + " (no documentation page was shipped with this rule)");
            } else {
                env.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UsageException("cannot read the documentation of " + id + ": " + e.getMessage());
        }
        env.out().flush();
        return ExitCodes.CLEAN;
    }
}
