package dev.fmlint.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "fmlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lint Markdown files: YAML front matter against a JSON Schema, the body against rules.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2},
        footer = {"", "Run 'fmlint check --help' for the options and examples of a check."})
final class FmlintCommand implements java.util.concurrent.Callable<Integer> {
    private final Environment env;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    FmlintCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(env.err());
        return ExitCodes.USAGE;
    }

    /**
     * The command line for {@code args}. picocli builds a command's model by reflection when it is added, which
     * cost a one-file check about a fifth of its start-up for commands it never ran; so when the first
     * argument names a command, only that one is added. Anything else (no command, an option, a typo,
     * {@code help}) gets all of them, for the usage text, suggestions and {@code help COMMAND}.
     */
    static CommandLine commandLine(Environment env, String[] args) {
        CommandLine cl = new CommandLine(new FmlintCommand(env));
        List<Object> commands = List.of(new CheckCommand(env), new RulesCommand(env), new PrintConfigCommand(env),
                new StatsCommand(env), new InitCommand(env));
        String first = args.length > 0 ? args[0] : "";
        Optional<Object> named = commands.stream()
                .filter(c -> c.getClass().getAnnotation(Command.class).name().equals(first)).findFirst();
        if (named.isPresent()) {
            cl.addSubcommand(named.get());
        } else {
            commands.forEach(cl::addSubcommand);
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UsageException) {
                e.getMessage().lines().forEach(line -> env.err().println("fmlint: " + line));
                return ExitCodes.USAGE;
            }
            env.err().println("fmlint: internal error: " + e + " (run with --debug for details)");
            if (parsed.hasMatchedOption("--debug")
                    || parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug")) {
                e.printStackTrace(env.err());
            }
            return ExitCodes.USAGE;
        });
        return cl;
    }
}
