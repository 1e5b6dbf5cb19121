package org.trialkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version every command prints with {@code --version}: the one in the jar's manifest, or the source's. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"trialkg " + (v == null ? "0.1.0" : v)};
    }
}
