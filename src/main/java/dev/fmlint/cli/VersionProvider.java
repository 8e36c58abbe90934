package dev.fmlint.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, so it is never written twice. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"fmlint " + (version == null ? "(development build)" : version)};
    }
}
