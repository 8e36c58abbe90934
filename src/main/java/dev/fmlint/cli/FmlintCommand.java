package dev.fmlint.cli;

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

    static CommandLine commandLine(Environment env) {
        CommandLine cl = new CommandLine(new FmlintCommand(env));
        cl.addSubcommand(new CheckCommand(env));
        cl.addSubcommand(new RulesCommand(env));
        cl.addSubcommand(new PrintConfigCommand(env));
        cl.addSubcommand(new StatsCommand(env));
        cl.addSubcommand(new InitCommand(env));
        cl.addSubcommand(new CommandLine.HelpCommand());
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
