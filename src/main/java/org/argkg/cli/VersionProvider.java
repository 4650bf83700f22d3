package org.argkg.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest (falls back to "dev" when run from classes). */
public class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = ArgkgCommand.class.getPackage().getImplementationVersion();
        return new String[] {"argkg " + (v == null ? "dev" : v)};
    }
}
